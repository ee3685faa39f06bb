"""A supporter in Lyon, JavaScript off, adds her vigil with a photo; a moderator turns it into a
draft event and publishes it; the vigil is then on the events page, on its map and in its
calendar feed."""

import datetime
import re

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import caches
from django.utils import timezone
from playwright.sync_api import expect

from freethem.mobilize.models import EventPage, Proposal
from freethem.mobilize.tests.factories import make_events_index
from freethem.mobilize.tests.proposal_factories import jpeg

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Candle vigil for the prisoners of Evin"


@pytest.fixture(autouse=True)
def fresh_caches():
    for name in ("pages", "fragments", "shared", "limits"):
        caches[name].clear()


@pytest.fixture
def index(site):
    return make_events_index(site.home, show_in_menus=True)


def test_a_supporter_proposes_a_vigil_and_a_moderator_publishes_it(
    site, index, page_without_js, page, tmp_path, sign_in_to_admin
):
    photo = tmp_path / "vigil.jpg"
    photo.write_bytes(jpeg((900, 600), gps=True))
    day = timezone.localdate() + datetime.timedelta(days=30)

    # The supporter, JavaScript off.
    supporter = page_without_js
    supporter.goto(site.url + index.url)
    supporter.get_by_role("link", name="Add your event").click()
    expect(supporter.get_by_role("heading", level=1)).to_have_text("Add your event")
    supporter.get_by_label("Name of the event").fill(TITLE)
    supporter.get_by_label("What will happen").fill(
        "We stand with candles in front of the town hall.\n\nBring a portrait of a prisoner."
    )
    supporter.get_by_label("Date").fill(day.isoformat())
    supporter.get_by_label("Starts at").fill("18:30")
    supporter.get_by_label("Ends at").fill("20:00")
    supporter.get_by_label("Time zone").select_option("Europe/Paris")
    supporter.get_by_label("City").fill("Lyon")
    supporter.get_by_label("Country").select_option("FR")
    supporter.get_by_label("Organized by").fill("Friends of the prisoners, Lyon")
    supporter.get_by_label("Photos", exact=True).set_input_files(str(photo))
    supporter.get_by_label("Your email address").fill("claire@example.org")
    supporter.get_by_label("I agree").check()
    supporter.get_by_role("button", name="Send the event").click()
    expect(supporter.get_by_role("heading", level=1)).to_have_text("Thank you: it has reached us")
    proposal = Proposal.objects.get()
    assert proposal.photos.count() == 1 and proposal.language == "en"

    # The moderator, in the admin.
    get_user_model().objects.create_superuser("moderator", "moderator@example.org", "pw-12345")
    sign_in_to_admin(page, "moderator", "pw-12345")
    page.goto(site.url + "/admin/proposals/")
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_text("Bring a portrait of a prisoner.")).to_be_visible()
    expect(page.locator('img[src^="/admin/proposals/photo/"]')).to_have_count(1)
    assert "claire@example.org" not in page.content()
    page.get_by_role("button", name="Turn into a draft event").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text("published")).not_to_have_count(0)

    event = EventPage.objects.get()
    assert event.live and event.get_parent().pk == index.pk
    assert 'embedtype="image"' in event.description
    [message] = [m for m in mail.outbox if m.to == ["claire@example.org"]]
    assert TITLE in message.subject

    # A visitor finds it on the events page, on the map, and in the calendar feed.
    supporter.goto(site.url + index.url)
    expect(supporter.locator(".event-list").get_by_role("link", name=TITLE)).to_be_visible()
    markers = supporter.locator(".world-map .markers circle title")
    expect(markers).to_have_count(1)
    expect(markers.first).to_contain_text("Lyon")
    feed = supporter.request.get(site.url + index.url + "calendar/")
    assert feed.ok
    events = icalendar.Calendar.from_ical(feed.body()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [TITLE]
    assert events[0]["location"] == "Lyon, France"
    assert events[0].decoded("dtstart").isoformat().startswith(f"{day.isoformat()}T18:30:00")
    supporter.get_by_role("link", name=TITLE).first.click()
    expect(supporter.locator(".body img")).to_have_count(1)
    assert "claire@example.org" not in supporter.content()
