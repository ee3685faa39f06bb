"""The sitemap: every live public page in every language, at the site's configured address.

Wagtail writes each location from its Site record; here each is rewritten onto the configured
address (core/site_address.py), so the sitemap names the same addresses as everything else the
site gives out, whatever host it was fetched at.

Each page that exists in more than one language lists all its live public versions as
alternates (hreflang), itself included, and `x-default`: the version in the site's default
language, else the first in the order of settings.LANGUAGES, as the pages' own heads do
(core/previews.py). Wagtail's translations are separate pages with their own slugs, so
Django's own `i18n`/`alternates` (one object under each language prefix) cannot tell them.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

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
        items = list(self.paginator.page(page).object_list)
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        urls, versions = [], {}
        for item in items:
            for number, url_info in enumerate(item.get_sitemap_urls(self.request)):
                if url_info.get("location"):
                    url_info["location"] = _at_site_address(url_info["location"])
                    if number == 0:  # the page's own address, not one of its parts
                        url_info["translation_key"] = item.translation_key
                        language = languages[item.locale_id]
                        versions.setdefault(item.translation_key, {})[language] = url_info[
                            "location"
                        ]
                urls.append(url_info)
        self._add_versions_listed_elsewhere(versions, {item.pk for item in items})
        for url_info in urls:
            url_info["alternates"] = _alternates(
                versions.get(url_info.pop("translation_key", None))
            )
        last_mods = {url_info.get("lastmod") for url_info in urls}
        # Empty if the whole site is private.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _add_versions_listed_elsewhere(self, versions, listed):
        """Versions on another page of a sitemap long enough to be cut in pages."""
        others = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=list(versions))
            .exclude(pk__in=listed)
            .select_related("locale")
        )
        for other in others:
            location = other.get_full_url(self.request)
            if location:
                versions[other.translation_key][other.locale.language_code] = _at_site_address(
                    location
                )


def _alternates(versions):
    """The sitemap's alternates of one page from {language code: location}; none if it exists
    in one language only."""
    if not versions or len(versions) < 2:
        return []
    ordered = [(code, versions[code]) for code, _name in settings.LANGUAGES if code in versions]
    default = versions.get(settings.LANGUAGE_CODE, ordered[0][1])
    alternates = [{"lang_code": code, "location": location} for code, location in ordered]
    return alternates + [{"lang_code": "x-default", "location": default}]
