"""A reader opens a prisoner's profile: who they are, their case, their timeline, sources."""

import datetime
import re

import pytest

from freethem.news.models import NewsPagePrisoner
from freethem.news.tests.factories import make_post, publish
from freethem.prisoners import vocabulary as v
from freethem.prisoners.models import PrisonerPage

from .factories import event, make_prisoner, source

pytestmark = pytest.mark.django_db


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_status_comes_from_the_latest_public_event(toomaj):
    assert toomaj.status == v.DEATH_SENTENCE
    assert toomaj.status_date == datetime.date(2023, 7, 10)
    assert toomaj.status_verification == v.REPORTED
    # Counts use confirmed facts only: the death sentence is still only reported.
    assert toomaj.confirmed_status == v.DETAINED
    assert toomaj.at_risk
    assert toomaj.arrest_date == datetime.date(2022, 10, 30)


def test_internal_and_retracted_events_set_no_status(index):
    page = make_prisoner(
        index,
        events=[
            event(datetime.date(2022, 1, 1), status=v.DETAINED),
            event(datetime.date(2022, 2, 1), kind="executed", status=v.EXECUTED, internal=True),
            event(datetime.date(2022, 3, 1), kind="released", status=v.RELEASED, retracted=True),
        ],
    )
    assert page.status == v.DETAINED


def test_release_carries_its_reason(index):
    page = make_prisoner(
        index,
        events=[
            event(datetime.date(2022, 1, 1)),
            event(
                datetime.date(2023, 2, 3), kind="released", status=v.RELEASED, release_reason="bail"
            ),
        ],
    )
    assert (page.status, page.release_reason) == (v.RELEASED, "bail")
    assert "Released" in html_of(page) and "(Bail)" in html_of(page)


def html_of(page):
    from django.test import Client

    return Client().get(page.url).content.decode()


def test_profile_shows_the_person_the_case_and_the_timeline(client, toomaj):
    text = html(client, toomaj)
    assert "توماج صالحی" in text and 'lang="fa" dir="rtl"' in text
    assert "Tomaj Salehi" in text  # other spelling
    assert "Rapper" in text and "Musician" in text
    assert "Lur" in text
    # Birth known to the year only: the day and month are not invented.
    assert "1990" in text and "3 December 1990" not in text and "Dec. 3, 1990" not in text
    assert "Evin Prison" in text and "Tehran" in text
    assert "Enmity against God" in text and "Article 279" in text
    assert "IRGC intelligence" in text and "His songs about the uprising." in text
    assert "Torture" in text and "Solitary confinement" in text
    assert "Sentenced to death" in text and "At risk of execution" in text
    # Each event says how far it is verified.
    timeline = text[text.index('id="timeline-heading"') :]
    assert "Confirmed" in timeline and "Reported" in timeline


def test_the_prison_has_its_address(client, toomaj, evin):
    assert "Darakeh Street" not in html(client, toomaj)  # now in the page cache
    evin.address = "Evin Prison\nDarakeh Street\nTehran"
    evin.save()
    assert "Evin Prison<br>Darakeh Street<br>Tehran" in html(client, toomaj)


def test_sources_are_numbered_and_internal_ones_never_shown(client, toomaj):
    text = html(client, toomaj)
    assert "Statement of the family" in text
    assert 'href="https://example.org/lawyer"' in text
    assert "Informant inside the prison" not in text
    numbers = re.findall(r'id="source-(\d+)"', text)
    assert numbers == ["1", "2"]


def test_posts_tagged_with_the_prisoner_are_listed(client, site_tree, toomaj):
    post = make_post(site_tree.index, title="Rally for Toomaj in Berlin")
    NewsPagePrisoner.objects.create(post=post, prisoner=toomaj)
    publish(post)
    other = make_post(site_tree.index, title="A post about someone else")
    assert "Rally for Toomaj in Berlin" in html(client, toomaj)
    assert other.title not in html(client, toomaj)


def test_a_prisoner_without_events_has_an_unknown_status(client, index):
    page = make_prisoner(index, events=[])
    assert page.status == ""
    assert "Status not known" in html(client, page)


def test_an_unpublished_profile_is_not_found(client, index):
    page = make_prisoner(index, live=False)
    assert client.get(f"/en/prisoners/{page.slug}/").status_code == 404


def test_source_blocks_keep_their_fields(toomaj):
    first = toomaj.events.order_by("date").first()
    assert first.sources[0].value["kind"] == "family"
    assert source("x")["internal"] is False
    assert (
        PrisonerPage.objects.get(pk=toomaj.pk).search_names
        == "toomaj salehi toomaj salehi توماج صالحی tomaj salehi"
    )
