import datetime

import feedparser
import pytest

from .factories import make_post, translate

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_lists_latest_posts_of_its_language(client, site_tree, kind):
    make_post(site_tree.index, title="First", date=datetime.date(2022, 1, 1), tags=["Paris"])
    second = make_post(
        site_tree.index,
        title="Second",
        date=datetime.date(2023, 1, 1),
        lead="What happened in Berlin.",
    )
    translate(second, "fa", title="دومی")
    feed = feedparser.parse(client.get(f"/en/news/feed/{kind}/").content)
    assert not feed.bozo, feed.bozo_exception
    assert [entry.title for entry in feed.entries] == ["Second", "First"]
    assert feed.entries[0].link.endswith(second.url)
    assert "Berlin" in feed.entries[0].summary
    assert feed.feed.language == "en" if kind == "rss" else True

    persian = feedparser.parse(client.get(f"/fa/news/feed/{kind}/").content)
    assert not persian.bozo
    assert [entry.title for entry in persian.entries] == ["دومی"]


def test_index_page_advertises_its_feeds(client, site_tree):
    html = client.get("/es/news/").content.decode()
    assert 'type="application/rss+xml"' in html
    assert 'href="/es/news/feed/atom/"' in html
