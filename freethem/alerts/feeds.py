"""RSS and Atom feeds of the alerts archive, one per language, as the news feeds are built.

Every address is absolute and names the site's configured address (core/site_address.py).
"""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import get_language, gettext
from wagtail.models import Site

from freethem.core.brand import campaign_name
from freethem.core.site_address import site_url
from freethem.core.writing import isolate_runs

from . import queries

FEED_LENGTH = 30


class AlertsRssFeed(Feed):
    """The latest alerts sent in the active language."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.language = get_language()
        return super().__call__(request, *args, **kwargs)

    def title(self):
        site = Site.find_for_request(self.request)
        return gettext("Alerts of %(site_name)s") % {"site_name": campaign_name(site)}

    def link(self):
        return site_url(reverse("alerts_archive"))

    def feed_url(self):
        return site_url(self.request.path)

    def description(self):
        return gettext("The alerts sent to the campaign's subscribers, newest first.")

    def items(self):
        return [queries.as_sent(alert) for alert in queries.archive(self.language)[:FEED_LENGTH]]

    def item_title(self, item):
        return isolate_runs(item.subject, self.language)

    def item_description(self, item):
        return strip_tags(item.body)

    def item_link(self, item):
        return site_url(reverse("alerts_archived", args=[item.pk]))

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return item.sent_at


class AlertsAtomFeed(AlertsRssFeed):
    feed_type = Atom1Feed
    subtitle = AlertsRssFeed.description
