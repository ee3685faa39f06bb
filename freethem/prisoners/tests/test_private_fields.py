"""An editor keeps part of a profile private: it appears on no page, poster, export or feed."""

import datetime

import feedparser
import pypdf
import pytest

from freethem.news.tests.factories import publish
from freethem.prisoners import vocabulary as v

from .factories import case, event, make_charge, make_prisoner, portrait

pytestmark = pytest.mark.django_db

# For each field that can be kept private: a value that shows only through that field.
SECRETS = {
    "name_native": "زهرای‌پنهان",
    "other_names": "Zahrah Hiddenspelling",
    "hometown": "Secrettown",
    "short_story": "Storytext that must stay private.",
    "story": "Longstory that must stay private.",
    "arrest": "Arrestingbody Secret",
    "activity": "Activity that must stay private.",
    "charges": "Secretcharge",
    "court": "Secretcourt",
    "verdict": "2021-05-06",
    "sentences": "Sentencenote secret",
    "prison": "Secretprison",
    "violations": "Denied family visits",
    "timeline": "Timelinenote that must stay private.",
    "recognitions": "Secret Recognisers",
    "birth_date": "1977",
    "citizenships": "Sweden",
    "groups": "Gonabadi dervish",
    "occupations": "Environmentalist",
    "gender": "Another gender",
    "portrait": "Portraitcredit secret",
}


@pytest.fixture
def person(index, evin):
    from freethem.prisoners.models import Prison

    prison = Prison.objects.create(name="Secretprison", slug="secret-prison", city="Nowhere")
    charge = make_charge("Secretcharge", "Article 1")
    return make_prisoner(
        index,
        title="Zahra Example",
        name_latin="Zahra Example",
        name_native=SECRETS["name_native"],
        other_names=SECRETS["other_names"],
        hometown=SECRETS["hometown"],
        short_story=SECRETS["short_story"],
        story=f"<p>{SECRETS['story']}</p>",
        birth_date=datetime.date(1977, 1, 1),
        citizenships=["IR", "SE"],
        groups=["gonabadi-dervish"],
        occupations=["environmentalist"],
        gender="other",
        portrait=portrait(),
        portrait_credit=SECRETS["portrait"],
        recognitions='[{"type": "recognition", "value": {"organization": "Secret Recognisers", '
        '"url": "", "date": null}, "id": "r1"}]',
        events=[
            event(datetime.date(2022, 5, 1), note=SECRETS["timeline"]),
        ],
        cases=[
            case(
                datetime.date(2022, 5, 1),
                prison=prison,
                charges=[charge],
                sentences=[
                    {
                        "kind": "prison",
                        "years": 5,
                        "months": None,
                        "lashes": None,
                        "amount": "",
                        "note": SECRETS["sentences"],
                    }
                ],
                violations=["no-family-visits"],
                arresting_body=SECRETS["arrest"],
                activity=SECRETS["activity"],
                court=SECRETS["court"],
                verdict_date=datetime.date(2021, 5, 6),
            )
        ],
    )


def everything_public(client, index, page):
    """The profile page, the index, both posters' text, the exports and the feed, as text."""
    listing = client.get(index.url).content.decode()
    # The filter form names every vocabulary word; what matters is the list around it.
    listing = (
        listing[: listing.index('<form class="filters"')] + listing[listing.index("</form>") :]
    )
    texts = [
        client.get(page.url).content.decode(),
        listing,
        client.get(index.url + "data/csv/").content.decode("utf-8-sig"),
        client.get(index.url + "data/json/").content.decode(),
    ]
    feed = feedparser.parse(client.get(index.url + "feed/atom/").content)
    texts += [f"{e.title} {e.summary}" for e in feed.entries]
    import io

    for language in ("en", "fa"):
        pdf = client.get(f"{page.url}poster/{language}/a4/").content
        texts.append(" ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    return "\n".join(texts)


def test_every_field_shows_while_public(client, index, person):
    text = everything_public(client, index, person)
    missing = [field for field, secret in SECRETS.items() if secret not in text]
    assert missing == []


@pytest.mark.parametrize("field", sorted(SECRETS))
def test_a_private_field_appears_nowhere(client, index, person, field):
    person.private_fields = [field]
    publish(person)
    text = everything_public(client, index, person)
    assert SECRETS[field] not in text
    # The rest of the profile is still there.
    assert "Zahra Example" in text


def test_every_private_field_is_covered_here():
    assert set(SECRETS) == {code for code, _label in v.PRIVATE_FIELDS}


def test_a_private_name_is_not_searchable(client, index, person):
    person.private_fields = ["name_native", "other_names"]
    publish(person)
    assert "Zahra Example" not in client.get(index.url + "?q=Hiddenspelling").content.decode()
    assert "Zahra Example" in client.get(index.url + "?q=zahra").content.decode()


def test_private_occupation_and_group_do_not_filter(client, index, person):
    person.private_fields = ["occupations", "groups", "gender", "prison"]
    publish(person)
    for query in (
        "?occupation=environmentalist",
        "?group=gonabadi-dervish",
        "?gender=other",
        "?prison=secret-prison",
    ):
        grid = client.get(index.url + query).content.decode().split('class="filters"')[1]
        assert "Zahra Example" not in grid, query


def test_a_private_arrest_date_is_not_kept_for_sorting(index, person):
    assert person.arrest_date == datetime.date(2022, 5, 1)
    person.private_fields = ["arrest"]
    publish(person)
    assert person.arrest_date is None
    person.private_fields = []
    publish(person)
    assert person.arrest_date == datetime.date(2022, 5, 1)


def test_the_upgrade_forgets_what_was_built_from_private_fields(index, person, evin):
    """Rows saved before private fields were kept out of sorting and search are cleaned."""
    import importlib

    from django.apps import apps
    from wagtail.search.models import IndexEntry

    from freethem.prisoners.models import PrisonerPage

    public = make_prisoner(index, title="Open Person", cases=[case(datetime.date(2020, 1, 1))])
    person.private_fields = ["arrest", "other_names"]
    publish(person)
    # As an older release left them: the arrest date worked out and the raw names indexed.
    PrisonerPage.objects.filter(pk=person.pk).update(arrest_date=datetime.date(2022, 5, 1))
    entries = IndexEntry.objects.filter(content_type__model="prisonerpage")
    assert entries.filter(object_id=str(person.pk)).exists()

    migration = importlib.import_module(
        "freethem.prisoners.migrations.0002_private_fields_out_of_search_and_sorting"
    )
    migration.forget_what_was_private(apps, None)

    person.refresh_from_db()
    public.refresh_from_db()
    assert person.arrest_date is None
    assert public.arrest_date == datetime.date(2020, 1, 1)
    assert not entries.filter(object_id=str(person.pk)).exists()
    assert entries.filter(object_id=str(public.pk)).exists()
