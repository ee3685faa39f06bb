"""Wagtail's page serving, with its routing remembered between requests.

Finding the page for a URL costs Wagtail a query for the site, one for the locale and one per
level of the page tree. For anonymous visitors the outcome (which site, which page, what is left
of the path for a routable page) is kept in the page cache under the structure generation, which
starts again when a page appears, disappears, moves or changes its slug (a publish that changes
none of these keeps the routes); paths that lead nowhere are not remembered. The page itself is
then fetched with one query and served by Wagtail as usual, view restrictions and serve hooks
included. Editors (visitors with a session) are routed afresh.
"""

import copy

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from .cache import fragments_enabled, page_cache, structure_key


def bare(site):
    """A copy of a site to keep in the cache: without the root page it may have loaded."""
    if site is not None:
        site = copy.copy(site)
        site._state.fields_cache = {}
    return site


def _route_key(request, path):
    return structure_key(
        f"route:{request._get_raw_host()}:{request.get_port()}:{get_language()}:{path}"
    )


def _remembered_route(request, path):
    key = _route_key(request, path)
    cache = page_cache()
    stored = cache.get(key)
    if stored is None:
        site = Site.find_for_request(request)
        result = Page.route_for_request(request, path)
        if site is None or result is None:
            # Not remembered: any made-up path would otherwise take a place in the cache.
            return
        page = result[0]
        components = [part for part in path.split("/") if part]
        consumed = page.depth - site.root_page.depth
        cache.set(key, (bare(site), page.content_type_id, page.pk, components[consumed:]))
        return
    site, content_type_id, page_pk, remaining = stored
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    request._wagtail_site = site
    try:
        page = model.objects.get(pk=page_pk)
        request._wagtail_route_for_request = page.route(request, remaining)
    except (model.DoesNotExist, Http404):
        request._wagtail_route_for_request = None


def serve(request, path):
    if fragments_enabled():
        _remembered_route(request, path)
    return wagtail_views.serve(request, path)


def wagtail_forms(patterns):
    """Wagtail's own URLs but its page serving, which `serve` above replaces."""
    return [pattern for pattern in patterns if getattr(pattern, "name", None) != "wagtail_serve"]
