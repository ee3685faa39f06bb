"""Events for tests, under the site the news factories build."""

import datetime
import itertools

from freethem.mobilize.models import DayOfActionPage, EventIndexPage, EventPage
from freethem.news.tests.factories import publish

_counter = itertools.count(1)


def make_events_index(home, **fields):
    defaults = {"title": "Actions", "slug": "actions"}
    defaults.update(fields)
    page = EventIndexPage(**defaults)
    home.add_child(instance=page)
    return publish(page)


def make_day_of_action(index, **fields):
    n = next(_counter)
    defaults = {
        "title": f"Day of action {n}",
        "slug": f"day-{n}",
        "date": datetime.date(2030, 11, 5),
    }
    defaults.update(fields)
    page = DayOfActionPage(**defaults)
    index.add_child(instance=page)
    return publish(page)


def make_event(parent, **fields):
    n = next(_counter)
    defaults = {
        "title": f"Rally number {n}",
        "slug": f"rally-{n}",
        "start_date": datetime.date(2030, 11, 5),
        "start_time": datetime.time(15, 0),
        "end_time": datetime.time(17, 0),
        "time_zone": "Europe/Paris",
        "city": "Paris",
        "country": "FR",
        "organizer": "Friends of the prisoners",
    }
    defaults.update(fields)
    page = EventPage(**defaults)
    parent.add_child(instance=page)
    return publish(page)
