"""iCalendar files: one event, a day of action, or every upcoming event of an events page.

Each event's link and UID name the site's configured address (core/site_address.py): a
calendar keeps them long after the request, and the UID must stay the same whatever host the
file was fetched from, or a calendar that subscribes twice shows each event twice.
"""

import datetime

from django.http import HttpResponse
from django.utils.html import strip_tags
from django.utils.http import content_disposition_header
from icalendar import Calendar, Event

from freethem.core.site_address import page_url, site_host

STATUS = {"scheduled": "CONFIRMED", "cancelled": "CANCELLED", "happened": "CONFIRMED"}


def build_calendar(events, name=""):
    calendar = Calendar()
    calendar.add("prodid", "-//freethem//events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("x-wr-calname", name)
    host = site_host()
    for page in events:
        event = Event()
        event.add("uid", f"{page.translation_key}@{host}")
        event.add("dtstamp", page.last_published_at or datetime.datetime.now(datetime.UTC))
        event.add("summary", page.title)
        if page.start_time is None:
            # A whole day, or days: dates, not times, as calendars expect.
            event.add("dtstart", page.start_date)
            last = page.end_date or page.start_date
            event.add("dtend", last + datetime.timedelta(days=1))
        else:
            event.add("dtstart", page.local_start())
            end = page.local_end()
            if end is not None:
                event.add("dtend", end)
        where = ", ".join(
            part
            for part in (page.venue, page.city_name, page.country.name if page.country else "")
            if part
        )
        if where:
            event.add("location", where)
        url = page_url(page)
        event.add("url", page.online_url or url)
        description = "\n\n".join(
            part for part in (page.summary, strip_tags(page.description), url) if part
        )
        event.add("description", description)
        event.add("status", STATUS.get(page.status, "CONFIRMED"))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar


def ics_response(events, filename, name=""):
    response = HttpResponse(
        build_calendar(events, name).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=filename
    )
    return response
