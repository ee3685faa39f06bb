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

The pieces that describe the site's structure rather than its content (which page a URL leads
to, the menu, the home page's facts, which language versions a page has, which sections are
private) carry a second, *structure* generation. Publishing a post starts a new content
generation only; the structure generation starts again only when a page appears, disappears,
moves or changes its title, slug, menu place or language versions (`purge_site_structure`,
called from `signals.py`). So the first visitor after a publish waits for the list, not for
the whole site to be worked out again.
"""

import contextlib
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

from freethem.core import metrics
from freethem.core.onion import is_onion_request, serving_onion

# Preview cards are named by what is drawn on them and kept for a year (core/cards.py): the
# page cache would only shorten that, and they are kept in the fragment cache already. So are
# the brand's stylesheet and logos, named by their version (core/brand.py).
EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/cards/", "/brand/")


def page_cache():
    return caches["pages"]


GENERATION_KEY = "generation"
STRUCTURE_KEY = "structure-generation"
_generation = contextvars.ContextVar("freethem_generation", default=None)


def _start_generation(structure=False):
    value = f"{time.time_ns():x}"
    # A structure change is also a content change; two keys rather than one value holding
    # both, so that two editors purging at once cannot undo each other's structure change.
    keys = {GENERATION_KEY: value, STRUCTURE_KEY: value} if structure else {GENERATION_KEY: value}
    page_cache().set_many(keys, None)


def _start_structure_generation():
    _start_generation(structure=True)


def _generations():
    """The content and structure generations this request sees (read once per request)."""
    generations = _generation.get()
    if generations is None:
        found = page_cache().get_many([GENERATION_KEY, STRUCTURE_KEY])
        if len(found) < 2:  # first start, or evicted: begin new ones, which is always safe
            _start_generation(structure=True)
            found = page_cache().get_many([GENERATION_KEY, STRUCTURE_KEY])
        generations = (found[GENERATION_KEY], found[STRUCTURE_KEY])
    return generations


def current_generation():
    """The generation of published content this request sees."""
    return _generations()[0]


def structure_generation():
    """The generation of the site's structure this request sees."""
    return _generations()[1]


def purge_page_cache():
    """Forget every cached page and content-derived piece: published content has changed.

    Once at once, and once more when the change is committed: a request that read the old rows
    between the two would otherwise store them under the new generation.
    """
    _start_generation()
    transaction.on_commit(_start_generation)


def purge_site_structure():
    """Forget the routes, menu, home page facts, language versions and private sections too."""
    _start_structure_generation()
    transaction.on_commit(_start_structure_generation)


def generation_key(key):
    return f"{current_generation()}:{key}"


def structure_key(key):
    return f"s{structure_generation()}:{key}"


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


# Query parameters, declared beside the views that read them ---------------------------------
#
# A view says which query parameters it reads with `@reads_parameters(...)`, and which of them
# carry what a visitor typed (`typed=`): nothing central to forget when a filter is added. Each
# app's `ready()` imports its views, so the declarations are known before the first request.
# A page is stored only when every parameter of its address is one its own view declared; any
# other is answered `private, no-store` (see the module's docstring).

_READ = set()
_TYPED = set()


def reads_parameters(*names, typed=()):
    """Declare the query parameters a view reads (`typed`: those holding what a visitor typed,
    such as a search box's `q`). The view's responses say so to the page cache."""
    declared = frozenset(names) | frozenset(typed)
    _READ.update(declared)
    _TYPED.update(typed)

    def decorate(view):
        @functools.wraps(view)
        def reading(*args, **kwargs):
            response = view(*args, **kwargs)
            response.freethem_parameters = declared
            return response

        reading.freethem_parameters = declared
        return reading

    return decorate


def declared_parameters():
    """Every query parameter some view reads."""
    return frozenset(_READ)


def typed_parameters():
    """The parameters that carry what a visitor typed."""
    return frozenset(_TYPED)


def _carries_free_text(request):
    """Whether the address holds something a visitor typed (an empty search box does not)."""
    return any(value.strip() for name in _TYPED for value in request.GET.getlist(name))


def _parameters_are_cacheable(request):
    # Parameters no view reads would let anyone fill the cache with copies of one page.
    return set(request.GET).issubset(_READ) and not _carries_free_text(request)


def _parameters_were_read(request, response):
    """Whether the view that answered declared every parameter of the address."""
    return set(request.GET).issubset(getattr(response, "freethem_parameters", ()))


def _request_is_cacheable(request):
    return (
        settings.FREETHEM_PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(EXCLUDED_PREFIXES)
        and _parameters_are_cacheable(request)
        # Plain HTTP is redirected to HTTPS by the security middleware, never served, except
        # on the onion address, which is plain HTTP (core/onion.py).
        and (request.is_secure() or not settings.SECURE_SSL_REDIRECT or is_onion_request(request))
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
            and not (
                _parameters_are_cacheable(request) and _parameters_were_read(request, response)
            )
        ):
            # Kept by no cache anywhere: see the module's docstring.
            add_never_cache_headers(response)
        return response

    def _respond(self, request):
        if _has_session(request):
            # Editors and other visitors with a session get everything computed afresh.
            with computed_afresh():
                return self.get_response(request)
        token = _generation.set(_generations())
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
            metrics.PAGE_CACHE.labels("hit").inc()
            request.freethem_page_cache_hit = True  # the route, for the latency's label
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response.headers[name] = value
            # Stored only when its view read every parameter (below).
            response.freethem_parameters = frozenset(request.GET)
            return response

        response = self.get_response(request)
        if (
            request.method == "GET"
            and _parameters_were_read(request, response)
            and _response_is_cacheable(request, response)
        ):
            metrics.PAGE_CACHE.labels("miss").inc()  # a page rendered that the cache now keeps
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


@contextlib.contextmanager
def computed_afresh():
    """Within it, every remembered piece is worked out from the database, not the cache."""
    token = _fresh.set(True)
    try:
        yield
    finally:
        _fresh.reset(token)


def fragments_enabled():
    """False while serving a visitor who must see fresh content (an editor)."""
    return not _fresh.get()


def remember(key, compute, structure=False):
    """A value derived from published content, kept in the page cache until the next purge.

    Used for the pieces every page needs (navigation, language versions, filter choices) so
    that a page rendered fresh does not recompute them. With `structure`, the value depends
    only on the site's structure and outlives a publish that leaves the structure alone.
    """
    if not fragments_enabled():
        return compute()
    cache = page_cache()
    if serving_onion():  # pieces may hold whole addresses, which differ there (core/onion.py)
        key = f"onion:{key}"
    key = structure_key(f"fragment:{key}") if structure else generation_key(f"fragment:{key}")
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
        structure=True,
    )


def public_q():
    """A filter for pages outside any restricted section, without a query per call."""
    from django.db.models import Q

    q = Q()
    for path in private_paths():
        q &= ~Q(path__startswith=path)
    return q
