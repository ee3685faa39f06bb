"""The prisoners' list is walked page by page from the last card shown, in every order."""

import datetime
import re

import pytest

from freethem.core import cursors
from freethem.core.cache import purge_page_cache
from freethem.prisoners import views

from .factories import event, make_prisoner

pytestmark = pytest.mark.django_db

NAMES = re.compile(r'class="card[^"]*"[^>]*>.*?<h3[^>]*><a [^>]*>([^<]+)</a>', re.S)


@pytest.fixture
def many(index):
    arrested = datetime.date(2022, 10, 1)
    people = []
    # Ties on every column (the same name, the same arrest) and no arrest at all, so that
    # the walk has to go by the primary key and place empty dates last.
    for n, (title, date) in enumerate(
        [
            ("Arash Sadeghi", arrested),
            ("Golrokh Iraee", arrested),
            ("Same Name", arrested),
            ("Same Name", None),
            ("Same Name", datetime.date(2023, 1, 5)),
            ("Zeynab Jalalian", None),
            ("Mohammad Rasoulof", datetime.date(2019, 7, 3)),
            ("Atena Daemi", None),
        ]
    ):
        events = [event(date)] if date else []
        page = make_prisoner(
            index, title=title, slug=f"person-{n}", name_latin=title, events=events
        )
        people.append(page)
    return people


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    text = response.content.decode()
    grid = text[text.index('<form class="filters"') :]
    slugs = re.findall(r'href="[^"]*/prisoners/(person-\d+)/"', grid)
    following = re.search(r'rel="next" href="([^"]+)"', grid)
    preceding = re.search(r'rel="prev" href="([^"]+)"', grid)
    unescape = lambda link: link.group(1).replace("&amp;", "&") if link else None  # noqa: E731
    return list(dict.fromkeys(slugs)), unescape(following), unescape(preceding)


@pytest.mark.parametrize("sort", ["name", "arrest", "updated"])
def test_walking_forward_and_back_shows_everyone_once_in_order(
    client, index, many, sort, monkeypatch
):
    everyone, _next, _prev = listed(client, f"{index.url}?sort={sort}")
    assert len(everyone) == len(many)
    monkeypatch.setattr(views, "PER_PAGE", 3)
    purge_page_cache()
    forward, pages, url = [], [], f"?sort={sort}"
    while url:
        shown, following, preceding = listed(client, index.url + url)
        assert bool(preceding) == bool(pages), "only the first page has no way back"
        forward += shown
        pages.append((shown, preceding))
        url = following
        assert len(pages) < 10
    assert forward == everyone
    assert [len(shown) for shown, _ in pages] == [3, 3, 2]
    # Back from the last page, one page at a time, to the first.
    back, preceding = [], pages[-1][1]
    while preceding:
        shown, following, preceding = listed(client, index.url + preceding)
        assert following, "a page reached going back has a way forward"
        back = shown + back
    assert back == everyone[:6]
    assert "sort=" + sort in pages[-1][1]


def test_the_order_by_arrest_puts_unknown_dates_last(client, index, many):
    everyone, _n, _p = listed(client, f"{index.url}?sort=arrest")
    slugs = {page.slug: page for page in many}
    dates = [slugs[s].arrest_date for s in everyone]
    known = [d for d in dates if d]
    assert known == sorted(known, reverse=True)
    assert dates[len(known) :] == [None] * (len(dates) - len(known))


@pytest.mark.parametrize(
    "cursor",
    [
        "not-a-cursor",
        cursors.make("signers", 1, 2),  # another list's cursor
        cursors.make("prisoners", 10**12),  # a row that does not exist
        "A" * 500,
    ],
)
def test_a_forged_or_stale_cursor_gives_the_first_page(client, index, many, cursor, monkeypatch):
    monkeypatch.setattr(views, "PER_PAGE", 3)
    first, _n, _p = listed(client, index.url)
    for name in ("after", "before"):
        shown, following, preceding = listed(client, f"{index.url}?{name}={cursor}")
        assert shown == first
        assert preceding is None and following


def test_filters_stay_on_while_walking(client, index, many, monkeypatch):
    monkeypatch.setattr(views, "PER_PAGE", 1)
    _shown, following, _p = listed(client, f"{index.url}?q=same+name")
    assert "q=same" in following
    seen = []
    url = "?q=same+name"
    while url:
        shown, url, _p = listed(client, index.url + url)
        seen += shown
    assert sorted(seen) == ["person-2", "person-3", "person-4"]
