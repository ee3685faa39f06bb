"""A Persian reader reads dates in the Solar Hijri calendar and numbers in Persian digits, on every
kind of page; machines still read ISO Gregorian dates; other languages keep their own formats."""

import datetime
import re

import pytest
from wagtail.models import Site

from freethem.appeals.models import Tally
from freethem.appeals.tests.factories import make_appeal
from freethem.core.models import DateSettings
from freethem.mobilize.tests.factories import make_event, make_events_index
from freethem.news.tests.factories import make_post, publish, translate
from freethem.prisoners import vocabulary as v
from freethem.prisoners.tests.factories import event, make_index, make_prisoner

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def times(page):
    """Each <time> of a page as (its datetime attribute, its text)."""
    return re.findall(r'<time datetime="([^"]*)">([^<]*)</time>', page)


def gregorian_alongside(on=True):
    site = Site.objects.get(is_default_site=True)
    DateSettings.objects.update_or_create(site=site, defaults={"gregorian_alongside": on})


@pytest.fixture
def post(site_tree):
    english = make_post(
        site_tree.index,
        title="Poster action in Cali",
        date=datetime.date(2023, 5, 28),
        countries=("CO", "FR"),
    )
    translate(english, "fa", title="پوسترگردانی در کالی", slug="cali-fa")
    return english


@pytest.fixture
def appeal(site_tree):
    english = make_appeal(site_tree.home, title="Emergency appeal", goal=10000)
    Tally.objects.create(appeal_key=english.translation_key, total=3077, by_country={"IR": 1204})
    return english


@pytest.fixture
def berlin(site_tree):
    index = make_events_index(site_tree.home)
    translate(index, "fa", title="اقدام‌ها")
    english = make_event(
        index,
        title="Screening in Berlin",
        start_date=datetime.date(2027, 2, 3),
        start_time=datetime.time(19, 0),
        end_time=datetime.time(21, 30),
        time_zone="Europe/Berlin",
        city="Berlin",
        country="DE",
    )
    translate(english, "fa", title="نمایش فیلم در برلین", slug="berlin-fa")
    return english


def test_a_persian_post_is_dated_in_the_solar_hijri_calendar_for_people_and_iso_for_machines(
    client, post
):
    page = html(client, "/fa/news/cali-fa/")
    assert ("2023-05-28", "۷ خرداد ۱۴۰۲") in times(page)
    # Its countries are listed with the Persian comma.
    assert "کلمبیا</a>، <a" in page
    index = html(client, "/fa/news/")
    assert ("2023-05-28", "۷ خرداد ۱۴۰۲") in times(index)
    assert ("2023-05-28", "۷ خرداد ۱۴۰۲") in times(html(client, "/fa/"))


def test_english_pages_keep_their_dates(client, post):
    page = html(client, post.url)
    assert ("2023-05-28", "May 28, 2023") in times(page)
    assert "Colombia</a>, <a" in page
    assert ("2023-05-28", "May 28, 2023") in times(html(client, "/en/"))


def test_the_persian_signers_list_counts_in_persian_digits(client, appeal):
    fa = translate(appeal, "fa", title="فراخوان اضطراری", slug="appeal-fa")
    page = html(client, fa.url + "signers/")
    assert 'class="tally-total">۳٬۰۷۷<' in page
    assert "۱۰٬۰۰۰" in page
    assert "۱٬۲۰۴" in page  # by country
    # The meter keeps the numbers a browser reads.
    assert '<meter min="0" max="10000" value="3077">۳٬۰۷۷ / ۱۰٬۰۰۰</meter>' in page


@pytest.mark.parametrize(
    ("language", "total", "goal"),
    [("en", "3,077", "10,000"), ("es", "3.077", "10.000"), ("fr", "3\u202f077", "10\u202f000")],
)
def test_every_language_groups_the_count_its_own_way(client, appeal, language, total, goal):
    page = appeal if language == "en" else translate(appeal, language, slug=f"appeal-{language}")
    listing = html(client, page.url + "signers/")
    assert f'class="tally-total">{total}<' in listing
    assert goal in listing


def test_a_closed_appeal_tells_until_when_it_took_signatures(client, appeal, settings):
    appeal.is_open = False
    publish(appeal)
    appeal.refresh_from_db()
    closed = appeal.closed_at.date()
    fa = translate(appeal, "fa", title="فراخوان اضطراری", slug="appeal-fa")
    (iso, text) = times(html(client, fa.url + "signers/"))[0]
    assert iso == closed.isoformat()
    assert re.fullmatch(r"[۰-۹]+ \w+ [۰-۹]{4}", text)
    (iso, text) = times(html(client, appeal.url + "signers/"))[0]
    assert iso == closed.isoformat() and str(closed.year) in text


def test_a_persian_event_gives_its_day_and_hours_in_solar_hijri_and_persian_digits(client, berlin):
    page = html(client, "/fa/actions/berlin-fa/")
    assert ("2027-02-03T19:00:00+01:00", "۱۴ بهمن ۱۴۰۵، ۱۹:۰۰") in times(page)
    assert "– ۲۱:۳۰" in page
    # The time zone keeps its own direction inside the Persian sentence.
    assert "(به وقت محلی، <bdi>Europe/Berlin</bdi>)" in page
    assert "Berlin، آلمان" in page
    listing = html(client, "/fa/actions/")
    assert ("2027-02-03T19:00:00+01:00", "۱۴ بهمن ۱۴۰۵، ۱۹:۰۰") in times(listing)


def test_an_english_event_is_unchanged(client, berlin):
    page = html(client, berlin.url)
    assert ("2027-02-03T19:00:00+01:00", "Feb. 3, 2027, 7 p.m.") in times(page)
    assert "– 9:30 p.m." in page


def test_a_prisoners_timeline_in_persian_spans_what_is_known(client, site_tree):
    index = make_index(site_tree.home)
    translate(index, "fa", title="زندانیان سیاسی")
    prisoner = make_prisoner(
        index,
        title="Toomaj Salehi",
        events=[
            event(datetime.date(2022, 10, 30)),
            event(
                datetime.date(2022, 9, 1),
                kind="disappeared",
                status=v.DETAINED,
                date_precision=v.MONTH,
            ),
        ],
    )
    fa = translate(prisoner, "fa", title="توماج صالحی", slug="toomaj-fa")
    found = times(html(client, fa.url))
    assert ("2022-10-30", "۸ آبان ۱۴۰۱") in found
    assert ("2022-09", "شهریور–مهر ۱۴۰۱") in found
    assert ("2022-10-30", "Oct. 30, 2022") in times(html(client, prisoner.url))


def test_with_the_site_setting_on_the_gregorian_date_follows_in_brackets(client, post, berlin):
    gregorian_alongside()
    assert ("2023-05-28", "۷ خرداد ۱۴۰۲ (۲۸ مه ۲۰۲۳)") in times(html(client, "/fa/news/cali-fa/"))
    assert ("2023-05-28", "۷ خرداد ۱۴۰۲ (۲۸ مه ۲۰۲۳)") in times(html(client, "/fa/news/"))
    event_page = html(client, "/fa/actions/berlin-fa/")
    assert ("2027-02-03T19:00:00+01:00", "۱۴ بهمن ۱۴۰۵ (۳ فوریه ۲۰۲۷)، ۱۹:۰۰") in times(event_page)
    # English pages are dated once, as before.
    assert ("2023-05-28", "May 28, 2023") in times(html(client, post.url))

    # Turned off again, the pages already rendered are forgotten.
    gregorian_alongside(False)
    assert ("2023-05-28", "۷ خرداد ۱۴۰۲") in times(html(client, "/fa/news/cali-fa/"))
    assert ("2023-05-28", "۷ خرداد ۱۴۰۲") in times(html(client, "/fa/news/"))


def test_news_years_are_offered_and_filtered_in_the_readers_calendar(client, site_tree):
    before = make_post(site_tree.index, title="Last day of 1401", date=datetime.date(2023, 3, 20))
    after = make_post(site_tree.index, title="Nowruz 1402", date=datetime.date(2023, 3, 21))
    translate(before, "fa", title="آخرین روز ۱۴۰۱", slug="before-fa")
    translate(after, "fa", title="نوروز ۱۴۰۲", slug="after-fa")

    index = html(client, "/fa/news/")
    assert '<option value="1402">۱۴۰۲</option><option value="1401">۱۴۰۱</option>' in index
    chosen = html(client, "/fa/news/?year=1402")
    assert "نوروز ۱۴۰۲" in chosen and "آخرین روز ۱۴۰۱" not in chosen

    english = html(client, "/en/news/")
    assert '<option value="2023">2023</option></select>' in english
    assert "Nowruz 1402" in html(client, "/en/news/?year=2023")
    # A Gregorian year is no year of the Persian filter: it is left out, with a word why.
    refused = html(client, "/fa/news/?year=2023")
    assert "۱۴۷۹" in refused and "نوروز ۱۴۰۲" in refused
