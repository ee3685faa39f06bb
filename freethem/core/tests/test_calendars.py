"""Dates and numbers are written in the reader's calendar, digits and separators."""

import datetime

import pytest
from django.utils import translation

from freethem.core import calendars, numerals

MAY_28_2023 = datetime.date(2023, 5, 28)
NOWRUZ_2026 = datetime.date(2026, 3, 21)


def in_language(language, function, *args, **kwargs):
    with translation.override(language):
        return function(*args, **kwargs)


def test_a_persian_reader_reads_28_may_2023_as_7_khordad_1402():
    text = in_language("fa", calendars.format_date, MAY_28_2023, gregorian_too=False)
    assert text == "۷ خرداد ۱۴۰۲"


def test_nowruz_2026_is_the_first_of_farvardin_1405():
    text = in_language("fa", calendars.format_date, NOWRUZ_2026, gregorian_too=False)
    assert text == "۱ فروردین ۱۴۰۵"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "May 28, 2023"), ("es", "28 de mayo de 2023"), ("fr", "28 mai 2023")],
)
def test_other_languages_keep_djangos_localized_dates(language, expected):
    assert in_language(language, calendars.format_date, MAY_28_2023) == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fa", "۳٬۰۷۷"), ("en", "3,077"), ("es", "3.077"), ("fr", "3\u202f077")],
)
def test_3077_is_grouped_by_thousands_the_readers_way(language, expected):
    assert numerals.number(3077, language) == expected


def test_small_numbers_and_decimals_follow_the_reader_too():
    assert numerals.number(7, "fa") == "۷"
    assert numerals.number(2.5, "fa", decimal_places=1) == "۲٫۵"
    assert numerals.number(2.5, "es", decimal_places=1) == "2,5"
    assert numerals.number(1234567, "en") == "1,234,567"


def test_digits_leave_everything_but_digits_as_it_is():
    assert numerals.digits("19:05, 2023", "fa") == "۱۹:۰۵, ۲۰۲۳"
    assert numerals.digits("19:05", "en") == "19:05"
    assert numerals.digits(None, "fa") == ""


def test_the_gregorian_date_follows_in_brackets_when_the_site_asks_for_it():
    text = in_language("fa", calendars.format_date, MAY_28_2023, gregorian_too=True)
    assert text == "۷ خرداد ۱۴۰۲ (۲۸ مه ۲۰۲۳)"
    # A reader of the Gregorian calendar gets it once.
    assert in_language("en", calendars.format_date, MAY_28_2023, gregorian_too=True) == (
        "May 28, 2023"
    )


def test_a_date_known_to_the_month_shows_the_solar_hijri_months_it_spans():
    september = datetime.date(2022, 9, 1)
    assert in_language(
        "fa", calendars.format_date, september, calendars.MONTH, gregorian_too=False
    ) == ("شهریور–مهر ۱۴۰۱")
    # March 2023 ends one Solar Hijri year and begins the next.
    march = datetime.date(2023, 3, 1)
    assert in_language(
        "fa", calendars.format_date, march, calendars.MONTH, gregorian_too=False
    ) == ("اسفند ۱۴۰۱ – فروردین ۱۴۰۲")
    assert in_language("en", calendars.format_date, september, calendars.MONTH) == (
        "September 2022"
    )


def test_a_date_known_to_the_year_shows_the_solar_hijri_years_it_spans():
    year_only = datetime.date(2022, 1, 1)
    assert (
        in_language("fa", calendars.format_date, year_only, calendars.YEAR, gregorian_too=False)
        == "۱۴۰۰–۱۴۰۱"
    )
    assert in_language("en", calendars.format_date, year_only, calendars.YEAR) == "2022"


def test_times_and_moments_are_written_in_the_readers_digits(settings):
    settings.TIME_ZONE = "Asia/Tehran"
    moment = datetime.datetime(2023, 5, 28, 15, 35, tzinfo=datetime.UTC)  # 19:05 in Tehran
    with translation.override("fa"):
        assert calendars.format_time(datetime.time(19, 0)) == "۱۹:۰۰"
        assert calendars.format_date(moment, gregorian_too=False) == "۷ خرداد ۱۴۰۲"
        assert calendars.format_datetime(moment, gregorian_too=False) == (
            "۷ خرداد ۱۴۰۲، ساعت ۱۹:۰۵"
        )
    with translation.override("en"):
        assert calendars.format_time(datetime.time(19, 0)) == "7 p.m."
        assert calendars.format_datetime(moment) == "May 28, 2023, 7:05 p.m."


def test_a_moment_late_in_the_evening_is_dated_by_the_sites_time_zone(settings):
    settings.TIME_ZONE = "Asia/Tehran"
    # 22:00 UTC on the 20th of March 2026 is already Nowruz in Tehran.
    moment = datetime.datetime(2026, 3, 20, 22, 0, tzinfo=datetime.UTC)
    assert in_language("fa", calendars.format_date, moment, gregorian_too=False) == (
        "۱ فروردین ۱۴۰۵"
    )


def test_solar_hijri_years_have_gregorian_bounds_for_filters():
    assert calendars.year_bounds(1402, calendars.SOLAR_HIJRI) == (
        datetime.date(2023, 3, 21),
        datetime.date(2024, 3, 19),
    )
    assert calendars.year_bounds(2023, calendars.GREGORIAN) == (
        datetime.date(2023, 1, 1),
        datetime.date(2023, 12, 31),
    )
    assert calendars.year_of(datetime.date(2023, 3, 20), calendars.SOLAR_HIJRI) == 1401
    assert calendars.year_of(datetime.date(2023, 3, 21), calendars.SOLAR_HIJRI) == 1402


def test_calendars_and_digits_are_chosen_by_settings_not_by_name(settings):
    settings.FREETHEM_LANGUAGE_CALENDARS = {"fr": calendars.SOLAR_HIJRI}
    settings.FREETHEM_LANGUAGE_DIGITS = {}
    # French readers given the Solar Hijri calendar get it with the names of its months.
    assert in_language("fr", calendars.format_date, MAY_28_2023, gregorian_too=False) == (
        "7 Khordad 1402"
    )
    # A language the settings leave out keeps the Gregorian calendar and the digits 0-9.
    assert in_language("fa", calendars.format_date, MAY_28_2023) == "28 مه 2023"
    assert numerals.number(3077, "fa") == "3٬077"


def test_the_persian_list_separator_is_the_persian_comma():
    assert in_language("fa", numerals.list_separator) == "، "
    assert in_language("en", numerals.list_separator) == ", "


def test_nothing_to_write_gives_nothing():
    assert calendars.format_date(None) == ""
    assert calendars.format_time(None) == ""
    assert calendars.format_datetime(None) == ""
    assert numerals.number(None) == ""
