"""The page cache: whole anonymous GET responses, kept in the "pages" cache, purged on publish.

It sits first in the middleware stack so that a hit skips sessions, locale negotiation, URL
resolution and page routing. Anything that might differ between visitors is never stored:
responses for visitors with a session (editors), responses that set a cookie or vary on it
(forms with a CSRF token), and anything but a plain 200.
"""

import contextvars
import hashlib

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")


def page_cache():
    return caches["pages"]


def purge_page_cache():
    """Forget every cached page: called whenever published content changes."""
    page_cache().clear()


def _cache_key(request):
    address = f"{request.get_host()}{request.get_full_path()}"
    return "page:" + hashlib.sha256(address.encode()).hexdigest()


def fragment_cache():
    return caches["fragments"]


def _visitor_is_anonymous(request):
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def _request_is_cacheable(request):
    return (
        settings.FREETHEM_PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(EXCLUDED_PREFIXES)
    )


def _response_is_cacheable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control or "no-cache" in cache_control:
        return False
    return "cookie" not in response.get("Vary", "").lower()


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _visitor_is_anonymous(request):
            # Editors and other visitors with a session get everything computed afresh.
            token = _fresh.set(True)
            try:
                return self.get_response(request)
            finally:
                _fresh.reset(token)
        if not _request_is_cacheable(request):
            return self.get_response(request)

        key = _cache_key(request)
        stored = page_cache().get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response.headers[name] = value
            response.headers["X-Page-Cache"] = "hit"
            return response

        response = self.get_response(request)
        if request.method == "GET" and _response_is_cacheable(request, response):
            # A page may ask to be kept for less (one that shows a live count, say).
            seconds = getattr(response, "freethem_cache_seconds", None)
            shared_max_age = settings.FREETHEM_SHARED_MAX_AGE
            if seconds is not None:
                shared_max_age = min(shared_max_age, max(seconds // 2, 1))
            patch_cache_control(
                response,
                public=True,
                max_age=min(settings.FREETHEM_PAGE_MAX_AGE, shared_max_age),
                s_maxage=shared_max_age,
            )
            headers = [(k, v) for k, v in response.headers.items() if k.lower() != "set-cookie"]
            page_cache().set(
                key, (response.content, headers), DEFAULT_TIMEOUT if seconds is None else seconds
            )
            response.headers["X-Page-Cache"] = "miss"
        return response


_MISSING = object()
_fresh = contextvars.ContextVar("freethem_fresh_fragments", default=False)


def fragments_enabled():
    """False while serving a visitor who must see fresh content (an editor)."""
    return not _fresh.get()


def remember(key, compute):
    """A value derived from published content, kept in the page cache until the next purge.

    Used for the pieces every page needs (navigation, language versions, filter choices) so
    that a page rendered fresh does not recompute them.
    """
    if not fragments_enabled():
        return compute()
    cache = page_cache()
    value = cache.get(f"fragment:{key}", _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(f"fragment:{key}", value)
    return value


def private_paths():
    """Tree paths of pages that have a view restriction; their subtrees are not public."""
    from wagtail.models import PageViewRestriction

    return remember(
        "private-paths",
        lambda: sorted(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def public_q():
    """A filter for pages outside any restricted section, without a query per call."""
    from django.db.models import Q

    q = Q()
    for path in private_paths():
        q &= ~Q(path__startswith=path)
    return q
