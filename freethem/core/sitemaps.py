"""The sitemap: every live public page in every language, at the site's configured address.

Wagtail writes each location from its Site record; here each is rewritten onto the configured
address (core/site_address.py), so the sitemap names the same addresses as everything else the
site gives out, whatever host it was fetched at.
"""

from urllib.parse import urlsplit, urlunsplit

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .site_address import site_url


def _at_site_address(location):
    parts = urlsplit(location)
    return site_url(urlunsplit(("", "", parts.path, parts.query, parts.fragment)))


class AllLanguagesSitemap(Sitemap):
    """Every live public page of the site, in every language it exists in."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages = pages | Page.objects.descendant_of(root, inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url_info in urls:
            if url_info.get("location"):
                url_info["location"] = _at_site_address(url_info["location"])
        return urls
