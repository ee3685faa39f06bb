"""A supporter finds actions near them, and adds one to their calendar."""

import datetime

import icalendar
import pytest
from django.core.exceptions import ValidationError

from freethem.mobilize.models import EventPage

from .factories import make_day_of_action, make_event, make_events_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_tree):
    return make_events_index(site_tree.home)


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_times_are_the_local_times_of_the_place(index):
    event = make_event(
        index,
        time_zone="Asia/Tehran",
        start_time=datetime.time(18, 30),
        end_time=datetime.time(20, 30),
    )
    # Tehran is UTC+3:30 all year.
    assert event.starts_at == datetime.datetime(2030, 11, 5, 15, 0, tzinfo=datetime.UTC)
    assert event.ends_at == datetime.datetime(2030, 11, 5, 17, 0, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"end_time": datetime.time(14, 0)}, "end_date"),
        ({"end_date": datetime.date(2030, 11, 4)}, "end_date"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"country": "XX"}, "country"),
    ],
)
def test_bad_dates_and_places_are_refused_with_a_message(index, fields, field):
    values = {
        "title": "Vigil",
        "slug": "vigil",
        "start_date": datetime.date(2030, 11, 5),
        "start_time": datetime.time(15, 0),
        "time_zone": "Europe/Paris",
    }
    values.update(fields)
    event = EventPage(**values)
    with pytest.raises(ValidationError) as raised:
        event.full_clean(exclude=["path", "depth", "content_type", "locale", "translation_key"])
    assert field in raised.value.message_dict


def test_upcoming_and_past_lists(client, index):
    soon = make_event(index, title="Vigil in Berlin", city="Berlin", country="DE")
    make_event(
        index,
        title="March in Bogotá",
        city="Bogotá",
        country="CO",
        start_date=datetime.date(2021, 5, 1),
        status=EventPage.HAPPENED,
    )
    upcoming = text(client, index.url)
    assert "Vigil in Berlin" in upcoming and "March in Bogotá" not in upcoming
    past = text(client, index.url + "past/")
    assert "March in Bogotá" in past and "Vigil in Berlin" not in past
    assert soon.live


def test_filter_by_country_and_unknown_countries(client, index):
    make_event(index, title="Vigil in Berlin", city="Berlin", country="DE")
    make_event(
        index, title="Rally in Toronto", city="Toronto", country="CA", time_zone="America/Toronto"
    )
    only = text(client, index.url + "?country=CA")
    assert "Rally in Toronto" in only and "Vigil in Berlin" not in only
    unknown = text(client, index.url + "?country=ZZ")
    assert "Rally in Toronto" in unknown and "Vigil in Berlin" in unknown
    assert "This filter was left out." in unknown


def test_day_of_action_groups_events_by_country_and_city(client, index):
    day = make_day_of_action(index, title="Saturday, November 5: in every city")
    make_event(day, title="Rally at the Place de la République", city="Paris", country="FR")
    make_event(day, title="Poster action in Lyon", city="Lyon", country="FR")
    make_event(
        day, title="Vigil in Medellín", city="Medellín", country="CO", time_zone="America/Bogota"
    )
    page = text(client, day.url)
    assert "3 events" in page
    colombia, france = page.index("<h2>Colombia</h2>"), page.index("<h2>France</h2>")
    assert colombia < page.index("Vigil in Medellín") < france
    assert france < page.index("<h3>Lyon</h3>") < page.index("<h3>Paris</h3>")
    # The day's events are also in the general list.
    assert "Poster action in Lyon" in text(client, index.url)


def test_one_event_as_icalendar(client, index):
    event = make_event(
        index,
        title="Vigil in Berlin",
        city="Berlin",
        country="DE",
        time_zone="Europe/Berlin",
        venue="Brandenburger Tor",
    )
    response = client.get(event.url + "calendar/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Vigil in Berlin"
    start = vevent.decoded("DTSTART")
    assert start.astimezone(datetime.UTC) == datetime.datetime(
        2030, 11, 5, 14, 0, tzinfo=datetime.UTC
    )
    assert str(start.tzinfo) == "Europe/Berlin"
    assert vevent.decoded("DTEND") - start == datetime.timedelta(hours=2)
    assert "Brandenburger Tor, Berlin, Germany" == str(vevent["LOCATION"])
    assert str(vevent["STATUS"]) == "CONFIRMED"
    assert calendar.walk("VTIMEZONE")  # the zone travels with the file


def test_the_feed_has_every_upcoming_event_and_says_which_are_cancelled(client, index):
    day = make_day_of_action(index)
    make_event(day, title="Rally in Paris")
    make_event(index, title="Cancelled concert", status=EventPage.CANCELLED)
    make_event(index, title="Old march", start_date=datetime.date(2020, 1, 1))
    make_event(index, title="All-day poster action", start_time=None, end_time=None)
    calendar = icalendar.Calendar.from_ical(client.get(index.url + "calendar/").content)
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Rally in Paris", "Cancelled concert", "All-day poster action"}
    assert str(events["Cancelled concert"]["STATUS"]) == "CANCELLED"
    whole_day = events["All-day poster action"]
    assert whole_day.decoded("DTSTART") == datetime.date(2030, 11, 5)
    assert whole_day.decoded("DTEND") == datetime.date(2030, 11, 6)
    assert len({str(e["UID"]) for e in events.values()}) == 3


def test_an_untranslated_event_shows_in_every_language(client, site_tree, index):
    from freethem.news.tests.factories import translate

    fa_index = translate(index, "fa", title="اقدام‌ها")
    make_event(index, title="Vigil in Berlin", city="Berlin", country="DE")
    page = text(client, fa_index.url)
    assert "Vigil in Berlin" in page and 'lang="en"' in page
