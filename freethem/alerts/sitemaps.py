"""The alerts archive in the sitemap: each language's list and every alert in it, at the
site's configured address (core/site_address.py), as the pages' sitemap names them."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils import translation

from freethem.core.site_address import site_url

from . import queries


class AlertArchiveSitemap(Sitemap):
    def items(self):
        items = []
        for language, _name in settings.LANGUAGES:
            items.append((language, None))
            items += [(language, alert) for alert in queries.archive(language)]
        return items

    def location(self, item):
        language, alert = item
        with translation.override(language):
            if alert is None:
                return reverse("alerts_archive")
            return reverse("alerts_archived", args=[alert.pk])

    def lastmod(self, item):
        return item[1].sent_at if item[1] is not None else None

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url_info in urls:
            url_info["location"] = site_url(urlsplit(url_info["location"]).path)
        return urls
