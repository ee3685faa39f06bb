"""Dates in the reader's calendar and digits: one way to write a date for people to read.

The rule: a date or time shown to a reader goes through `format_date`, `format_datetime` or
`format_time` (in templates: the `calendar_date`, `calendar_datetime` and `time_of_day` filters
of freethem_tags). A language whose readers date by another calendar than the Gregorian gets its
dates in that calendar, with its month names and its digits: a Persian page reads ۷ خرداد ۱۴۰۲
where it read "28 مه 2023", a Gregorian date in Persian letters that no Persian reader uses.
Other languages keep Django's localized formats (`DATE_FORMAT` and the rest).

Which calendar a language uses is a setting (FREETHEM_LANGUAGE_CALENDARS; Gregorian when not
named), like its digits (numerals.py): no template or module names a language. The layout of a
date is still the language's Django format: only the day, month and year change calendar, so a
translator's "j F Y" holds in both. Solar Hijri month names are translated like any other words
(msgctxt "Solar Hijri month"); conversions are jdatetime's.

Machines keep the Gregorian ISO forms: `<time datetime>`, feeds' timestamps, iCal files, open
data and addresses never pass through here. A date known only to the month or the year
(a prisoner's arrest "in 2022") is shown as the span it covers in the reader's calendar
(۱۴۰۰–۱۴۰۱), never as a day it may not be.

Each site chooses whether such pages also give the Gregorian date in brackets (DateSettings,
"Dates" in the admin's settings; off by default). It is read for the site being served, which
`ServedSiteMiddleware` remembers for the length of a request, or the default site outside one.
"""

import calendar as gregorian_calendar
import contextvars
import datetime

import jdatetime
from django.conf import settings
from django.utils import dateformat, formats, timezone, translation
from django.utils.translation import pgettext, pgettext_lazy

from .numerals import digits

GREGORIAN = "gregorian"
SOLAR_HIJRI = "solar_hijri"
CALENDARS = (GREGORIAN, SOLAR_HIJRI)

# How precisely a date is known.
DAY, MONTH, YEAR = "day", "month", "year"

SOLAR_HIJRI_MONTHS = (
    pgettext_lazy("Solar Hijri month", "Farvardin"),
    pgettext_lazy("Solar Hijri month", "Ordibehesht"),
    pgettext_lazy("Solar Hijri month", "Khordad"),
    pgettext_lazy("Solar Hijri month", "Tir"),
    pgettext_lazy("Solar Hijri month", "Mordad"),
    pgettext_lazy("Solar Hijri month", "Shahrivar"),
    pgettext_lazy("Solar Hijri month", "Mehr"),
    pgettext_lazy("Solar Hijri month", "Aban"),
    pgettext_lazy("Solar Hijri month", "Azar"),
    pgettext_lazy("Solar Hijri month", "Dey"),
    pgettext_lazy("Solar Hijri month", "Bahman"),
    pgettext_lazy("Solar Hijri month", "Esfand"),
)


def calendar_of(language=None):
    """The calendar the readers of `language` (the active language by default) date by."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    table = settings.FREETHEM_LANGUAGE_CALENDARS
    return table.get(language) or table.get(language.split("-")[0]) or GREGORIAN


def calendars_in_use():
    """The calendars of the site's languages, the Gregorian first."""
    used = {calendar_of(code) for code, _name in settings.LANGUAGES}
    return [c for c in CALENDARS if c in used or c == GREGORIAN]


# Years and their bounds, for filters by year -------------------------------------------------


def year_of(value, calendar=None):
    """The year `value` (a date) falls in, in `calendar` (the reader's by default)."""
    if (calendar or calendar_of()) == SOLAR_HIJRI:
        return jdatetime.date.fromgregorian(date=value).year
    return value.year


def year_bounds(year, calendar=None):
    """The first and the last Gregorian day of `year` of `calendar` (the reader's by default)."""
    if (calendar or calendar_of()) == SOLAR_HIJRI:
        first = jdatetime.date(year, 1, 1).togregorian()
        return first, jdatetime.date(year + 1, 1, 1).togregorian() - datetime.timedelta(days=1)
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31)


# Writing dates -------------------------------------------------------------------------------


def _as_local(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _day(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def _solar_codes(value, month_name=None):
    solar = jdatetime.date.fromgregorian(date=_day(value))
    name = month_name if month_name is not None else str(SOLAR_HIJRI_MONTHS[solar.month - 1])
    length = jdatetime.j_days_in_month[solar.month - 1] + (solar.month == 12 and solar.isleap())
    return {
        "d": f"{solar.day:02d}",
        "j": str(solar.day),
        "m": f"{solar.month:02d}",
        "n": str(solar.month),
        # Solar Hijri months have no short names: every form of the name is the name.
        "F": name,
        "M": name,
        "N": name,
        "E": name,
        "b": name,
        "Y": f"{solar.year:04d}",
        "y": f"{solar.year % 100:02d}",
        "t": str(length),
        "L": str(solar.isleap()),
    }


def _write(value, pattern, calendar, month_name=None):
    """`value` laid out by a Django date format (`pattern`), its day, month and year in
    `calendar`; anything else (weekday, time, time zone) is Django's, as it is in every
    calendar."""
    if calendar != SOLAR_HIJRI:
        return dateformat.format(value, pattern)
    codes = _solar_codes(value, month_name)
    pieces, escaped = [], False
    for char in pattern:
        if escaped:
            pieces.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in codes:
            pieces.append(codes[char])
        elif char.isalpha():
            pieces.append(dateformat.format(value, char))
        else:
            pieces.append(char)
    return "".join(pieces)


def _gregorian_month_span(value):
    first = _day(value).replace(day=1)
    days = gregorian_calendar.monthrange(first.year, first.month)[1]
    return first, first.replace(day=days)


def _in_calendar(value, precision, calendar):
    if precision == YEAR:
        if calendar == GREGORIAN:
            return f"{value.year:04d}"
        first, last = datetime.date(value.year, 1, 1), datetime.date(value.year, 12, 31)
        return f"{year_of(first, calendar)}–{year_of(last, calendar)}"
    if precision == MONTH:
        pattern = formats.get_format("YEAR_MONTH_FORMAT")
        if calendar == GREGORIAN:
            return _write(value, pattern, calendar)
        first, last = _gregorian_month_span(value)
        if year_of(first, calendar) != year_of(last, calendar):
            return f"{_write(first, pattern, calendar)} – {_write(last, pattern, calendar)}"
        start, end = (_solar_codes(day)["F"] for day in (first, last))
        return _write(last, pattern, calendar, month_name=f"{start}–{end}")
    return _write(value, formats.get_format("DATE_FORMAT"), calendar)


def _with_gregorian(text, gregorian):
    return pgettext(
        "a date in the reader's calendar, then the same date in the Gregorian one",
        "%(date)s (%(gregorian)s)",
    ) % {"date": text, "gregorian": gregorian}


def format_date(value, precision=DAY, language=None, gregorian_too=None):
    """`value` (a date, or a datetime taken in the current time zone) in the reader's calendar
    and digits, known to the `precision` given (DAY, MONTH or YEAR).

    `gregorian_too` adds the Gregorian date in brackets where the calendar is another one; by
    default the site's DateSettings decide.
    """
    if value is None or value == "":
        return ""
    with translation.override(language or translation.get_language()):
        value = _as_local(value)
        calendar = calendar_of()
        text = _in_calendar(value, precision, calendar)
        if calendar != GREGORIAN and _gregorian_too(gregorian_too):
            text = _with_gregorian(text, _in_calendar(value, precision, GREGORIAN))
        return digits(text)


def format_time(value, language=None):
    """A time of day (a time, or a datetime taken in the current time zone) in the reader's
    format and digits: 7 p.m., 19:00, ۱۹:۰۰."""
    if value is None or value == "":
        return ""
    with translation.override(language or translation.get_language()):
        return digits(formats.time_format(_as_local(value), "TIME_FORMAT"))


def format_datetime(value, language=None, gregorian_too=None):
    """A moment (a datetime, taken in the current time zone) by the language's DATETIME_FORMAT,
    its date in the reader's calendar, all in the reader's digits."""
    if value is None or value == "":
        return ""
    with translation.override(language or translation.get_language()):
        value = _as_local(value)
        calendar = calendar_of()
        pattern = formats.get_format("DATETIME_FORMAT")
        text = _write(value, pattern, calendar)
        if calendar != GREGORIAN and _gregorian_too(gregorian_too):
            text = _with_gregorian(text, _write(value, pattern, GREGORIAN))
        return digits(text)


# The site's choice: the Gregorian date in brackets too ----------------------------------------

_request = contextvars.ContextVar("freethem_calendars_request", default=None)


class ServedSiteMiddleware:
    """Remembers the request being served, so that dates written anywhere while it is served
    (a template filter, a profile's date) follow the settings of its site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def _served_site_id():
    from wagtail.models import Site

    request = _request.get()
    site = None
    if request is not None:
        site = getattr(request, "_wagtail_site", None) or Site.find_for_request(request)
    if site is None:
        site = Site.objects.filter(is_default_site=True).only("pk").first()
    return site.pk if site is not None else None


def _choices():
    from .models import DateSettings

    return dict(DateSettings.objects.values_list("site_id", "gregorian_alongside"))


def gregorian_alongside():
    """Whether the site being served shows the Gregorian date beside another calendar's.

    Remembered until the next purge of the page cache, which saving the setting starts."""
    from .cache import remember

    request = _request.get()
    known = getattr(request, "_freethem_gregorian_alongside", None)
    if known is None:
        known = bool(remember("date-settings", _choices).get(_served_site_id(), False))
        if request is not None:
            request._freethem_gregorian_alongside = known
    return known


def _gregorian_too(asked):
    return gregorian_alongside() if asked is None else asked


def cache_key(language=None):
    """What dates are written with in `language` for the site being served, for the keys of
    rendered pieces kept across purges (news summaries, posters)."""
    calendar = calendar_of(language)
    if calendar != GREGORIAN and gregorian_alongside():
        return f"{calendar}+{GREGORIAN}"
    return calendar
