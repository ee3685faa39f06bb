"""RSS and Atom feeds of the news.

Every address in a feed is absolute and names the site's configured address
(core/site_address.py), whatever host the feed was fetched at: readers keep the links.
"""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from freethem.core.brand import campaign_name
from freethem.core.site_address import page_url, site_url
from freethem.core.writing import isolate_runs

FEED_LENGTH = 30


class NewsRssFeed(Feed):
    """The latest posts of one news index, in that index's language."""

    feed_type = Rss201rev2Feed

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.title

    def author_name(self):
        return campaign_name(self.index.get_site(), self.index.locale.language_code)

    def link(self):
        return page_url(self.index)

    def feed_url(self):
        return site_url(self.request.path)

    def description(self):
        return self.index.seo_title or self.index.title

    def items(self):
        return self.index.posts()[:FEED_LENGTH]

    def item_title(self, item):
        # A hashtag or an address running against the title's direction between Unicode
        # isolates (core/writing.py); titles in one direction carry no invisible characters.
        return isolate_runs(item.title, self.index.locale.language_code)

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return page_url(item)

    def item_guid(self, item):
        return page_url(item)

    def item_pubdate(self, item):
        return timezone.make_aware(
            timezone.datetime.combine(item.date, timezone.datetime.min.time())
        )

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()] + item.country_names()


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
