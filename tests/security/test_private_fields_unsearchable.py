"""A part of a prisoner's profile kept "not public" cannot be found or inferred from outside.

Someone who suspects a detail (a name in Persian script, a spelling used by the family, a line
of the story, a date of arrest) must not be able to confirm it by searching the site for it or by
watching where the prisoner lands in a sorted list.
"""

import datetime

import pytest

from freethem.news.tests.factories import publish
from freethem.prisoners.tests.factories import case, make_index, make_prisoner

pytestmark = pytest.mark.django_db

# Each searchable part of a profile that can be kept private, and words only it contains.
SECRETS = {
    "name_native": "پنهانی",
    "other_names": "Zahrah Hiddenspelling",
    "short_story": "Quarrymill vanished overnight.",
    "story": "Lanternfish confided everything.",
}


@pytest.fixture
def index(site_tree):
    return make_index(site_tree.home)


@pytest.fixture
def person(index):
    return make_prisoner(
        index,
        title="Zahra Example",
        name_latin="Zahra Example",
        name_native=SECRETS["name_native"],
        other_names=SECRETS["other_names"],
        short_story=SECRETS["short_story"],
        story=f"<p>{SECRETS['story']}</p>",
    )


def site_search(client, words):
    return client.get("/en/search/", {"q": words}).content.decode()


@pytest.mark.parametrize("field", sorted(SECRETS))
def test_the_site_search_finds_a_prisoner_by_each_public_field(client, person, field):
    assert "Zahra Example" in site_search(client, SECRETS[field])


@pytest.mark.parametrize("field", sorted(SECRETS))
def test_the_site_search_does_not_find_a_prisoner_by_a_private_field(client, person, field):
    person.private_fields = [field]
    publish(person)
    assert "Zahra Example" not in site_search(client, SECRETS[field])
    # The prisoner is still found by what stays public.
    assert "Zahra Example" in site_search(client, "Zahra")


def test_making_a_field_private_takes_it_out_of_the_search_at_once(client, person):
    assert "Zahra Example" in site_search(client, "Hiddenspelling")
    person.private_fields = ["other_names"]
    publish(person)
    assert "Zahra Example" not in site_search(client, "Hiddenspelling")


def test_a_draft_is_never_searchable(client, person):
    person.short_story = "Windowbox rumours."
    person.save_revision()
    assert "Zahra Example" not in site_search(client, "Windowbox")


# Sorting -------------------------------------------------------------------------------------


def names_in_order(html, names):
    found = sorted((html.index(name), name) for name in names if name in html)
    return [name for _position, name in found]


def grid(html):
    """The list under the filters, where the chosen order shows."""
    return html.split('class="filters"')[1]


@pytest.fixture
def three(index):
    """Arrested 2020 (public); arrested 2024 but the arrest kept private; arrest not known."""
    at_risk = {"risk_of_execution": True}
    known = make_prisoner(
        index, title="Bahar Known", cases=[case(datetime.date(2020, 1, 1))], **at_risk
    )
    hidden = make_prisoner(
        index,
        title="Zand Hidden",
        cases=[case(datetime.date(2024, 1, 1))],
        private_fields=["arrest"],
        **at_risk,
    )
    unknown = make_prisoner(index, title="Arya Unknown", cases=[case(None)], **at_risk)
    return known, hidden, unknown


NAMES = ["Bahar Known", "Zand Hidden", "Arya Unknown"]


def test_a_private_arrest_date_sorts_as_if_there_were_none(client, index, three):
    html = client.get(index.url, {"sort": "arrest"}).content.decode()
    assert names_in_order(grid(html), NAMES) == ["Bahar Known", "Arya Unknown", "Zand Hidden"]


def test_the_at_risk_group_does_not_follow_a_private_arrest_date(client, index, three):
    html = client.get(index.url).content.decode()
    at_risk = html.split('class="at-risk"')[1].split("</section>")[0]
    assert names_in_order(at_risk, NAMES) == ["Bahar Known", "Arya Unknown", "Zand Hidden"]


def test_a_private_arrest_date_leaves_no_trace_in_the_sorted_pages(client, index, three):
    """The pages are the same as for a prisoner whose arrest date nobody knows."""
    _known, hidden, _unknown = three

    def pages():
        from django.core.cache import caches

        for cache in caches.all():
            cache.clear()
        return [
            client.get(index.url, query).content.decode()
            for query in ({}, {"sort": "arrest"}, {"sort": "arrest", "status": "detained"})
        ] + [client.get(index.url + "data/json/").json()["prisoners"]]

    private = pages()
    hidden = type(hidden).objects.get(pk=hidden.pk)
    hidden.private_fields = []
    hidden.cases = [case(None)]
    publish(hidden)
    unknown = pages()
    for with_private, without in zip(private, unknown, strict=True):
        if isinstance(with_private, list):
            for row in with_private + without:
                row.pop("updated", None)
        assert with_private == without


def test_the_last_update_order_follows_what_was_published_not_drafts(client, index):
    """The order is the date each profile shows as "updated": a draft, which may hold what is
    not yet public, moves no one."""
    first = make_prisoner(index, title="Bahar First")
    make_prisoner(index, title="Arya Second")
    first.short_story = "A draft with something new."
    first.save_revision()
    html = client.get(index.url, {"sort": "updated"}).content.decode()
    assert names_in_order(grid(html), ["Bahar First", "Arya Second"]) == [
        "Arya Second",
        "Bahar First",
    ]
