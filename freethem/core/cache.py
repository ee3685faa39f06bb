"""The page cache: whole anonymous GET responses, kept in the "pages" cache, purged on publish.

It sits early in the middleware stack so that a hit skips sessions, locale negotiation, URL
resolution and page routing. Anything that might differ between visitors is never stored:
responses for visitors with a session (editors), responses that set a cookie or vary on it
(forms with a CSRF token), and anything but a plain 200.

Nor is what a visitor typed. A page asked with free text in its address (a search: `?q=`) is
never stored, and is answered `private, no-store` so that nginx, a CDN or any other shared cache
keeps no copy either: a later request for the same address must not be able to tell, by its
speed, that someone searched for that name before. Likewise for parameters no page reads. For
the same reason no response says whether it came from the cache; tests ask `is_stored()`.

Every key carries the current *generation* of published content, and a purge starts a new
one rather than emptying the cache: a page still being rendered from the old content when an
editor publishes is stored under the old generation, where nobody looks any more, and nothing
else sharing the cache server is flushed. Old entries age out.
"""

import contextvars
import functools
import hashlib
import time
from importlib import import_module
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")


def page_cache():
    return caches["pages"]


GENERATION_KEY = "generation"
_generation = contextvars.ContextVar("freethem_generation", default=None)


def _start_generation():
    page_cache().set(GENERATION_KEY, f"{time.time_ns():x}", None)


def current_generation():
    """The generation of published content this request sees (read once per request)."""
    generation = _generation.get()
    if generation is None:
        generation = page_cache().get(GENERATION_KEY)
        if generation is None:  # first start, or evicted: begin a new one, which is always safe
            _start_generation()
            generation = page_cache().get(GENERATION_KEY)
    return generation


def purge_page_cache():
    """Forget every cached page and shared piece: called whenever published content changes.

    Once at once, and once more when the change is committed: a request that read the old rows
    between the two would otherwise store them under the new generation.
    """
    _start_generation()
    transaction.on_commit(_start_generation)


def generation_key(key):
    return f"{current_generation()}:{key}"


def _cache_key(request):
    address = f"{request.scheme}://{request.get_host()}{request.path}?{request.GET.urlencode()}"
    return generation_key("page:" + hashlib.sha256(address.encode()).hexdigest())


def is_stored(request):
    """Whether the page cache holds a copy of the page this request asks for.

    For tests and checks: no response says whether it came from the cache, since a visitor
    who could tell would learn that someone asked for the same address before.
    """
    return page_cache().get(_cache_key(request)) is not None


def fragment_cache():
    return caches["fragments"]


@functools.cache
def release():
    """What fragments are rendered with: templates, catalogues and code, changing per deploy."""
    if settings.FREETHEM_RELEASE:
        return settings.FREETHEM_RELEASE
    project = Path(__file__).resolve().parent.parent
    changed = (p.stat().st_mtime for p in project.rglob("*") if p.suffix in {".html", ".mo", ".py"})
    return str(int(max(changed)))


def _has_session(request):
    """Whether the visitor holds a real session (an editor), not merely a cookie of that name.

    Checking the store costs one lookup, and only for requests that carry the cookie; without
    it, anyone could switch every cache off by sending a made-up session cookie.
    """
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if not key:
        return False
    store = import_module(settings.SESSION_ENGINE).SessionStore
    return store().exists(key)


def _carries_free_text(request):
    """Whether the address holds something a visitor typed (an empty search box does not)."""
    return any(
        value.strip()
        for name in settings.FREETHEM_FREE_TEXT_PARAMETERS
        for value in request.GET.getlist(name)
    )


def _parameters_are_cacheable(request):
    # Parameters no page reads would let anyone fill the cache with copies of one page.
    return set(request.GET).issubset(
        settings.FREETHEM_PAGE_CACHE_PARAMETERS
    ) and not _carries_free_text(request)


def _request_is_cacheable(request):
    return (
        settings.FREETHEM_PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and _parameters_are_cacheable(request)
        # Plain HTTP is redirected to HTTPS by the security middleware, never served.
        and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)
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
        response = self._respond(request)
        if (
            request.method in ("GET", "HEAD")
            and not request.path.startswith(EXCLUDED_PREFIXES)
            and not _parameters_are_cacheable(request)
        ):
            # Kept by no cache anywhere: see the module's docstring.
            add_never_cache_headers(response)
        return response

    def _respond(self, request):
        if _has_session(request):
            # Editors and other visitors with a session get everything computed afresh.
            token = _fresh.set(True)
            try:
                return self.get_response(request)
            finally:
                _fresh.reset(token)
        token = _generation.set(current_generation())
        try:
            return self._serve(request)
        finally:
            _generation.reset(token)

    def _serve(self, request):
        if not _request_is_cacheable(request):
            return self.get_response(request)

        key = _cache_key(request)
        stored = page_cache().get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response.headers[name] = value
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
    key = generation_key(f"fragment:{key}")
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value)
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
