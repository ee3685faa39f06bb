"""The site as a Tor onion service: one more address, set by FREETHEM_ONION_ADDRESS.

On the site's normal address every HTML page says where its onion copy is, in the
`Onion-Location` header that Tor Browser reads to offer it (the same path and query at the
onion address). A request that arrives for the onion host is the same site served for Tor:
every whole address it gives out (canonical, language alternates, feeds, Open Graph, the
sitemap) names the onion address instead of the normal one, through `site_address.site_root`,
which reads what `serving_onion` sets here. The onion address is plain http (Tor's own
encryption authenticates the host), so there it is neither redirected to https nor given HSTS,
and it carries no `Onion-Location` of its own.

The page cache keys whole pages by host, and the pieces it remembers for every page by this
address as well (core/cache.py), so a copy made for one address is never served at the other.
"""

import contextlib
import contextvars
import functools
import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.middleware.security import SecurityMiddleware

# A v3 onion service's name is 56 base32 letters; a name under it (www.…) is the same service.
ONION_HOST = re.compile(r"(?:[a-z0-9-]+\.)*[a-z2-7]{56}\.onion")

_serving = contextvars.ContextVar("freethem_onion", default=None)


def _parsed():
    """(the onion address written one way, or "", what is wrong with the setting, or None)."""
    return _parse((settings.FREETHEM_ONION_ADDRESS or "").strip())


@functools.lru_cache(maxsize=8)
def _parse(address):
    """`_parsed` for one value of the setting: read once, not on every request."""
    if not address:
        return "", None
    parts = urlsplit(address)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = "?"
    if (
        parts.scheme.lower() not in ("http", "https")
        or not ONION_HOST.fullmatch(host)
        or port
        or parts.path.strip("/")
        or parts.query
        or parts.fragment
        or parts.username
    ):
        return "", (
            "FREETHEM_ONION_ADDRESS must be an http or https address whose host is a v3 onion "
            f"name and nothing more, such as http://<56 letters>.onion (it is {address!r})."
        )
    return f"{parts.scheme.lower()}://{host}", None


def onion_address_problem():
    """What is wrong with FREETHEM_ONION_ADDRESS, or None (`manage.py check` reports it)."""
    return _parsed()[1]


def onion_root():
    """The configured onion address without a trailing slash (`http://…xyz.onion`), or "".

    An address Tor Browser would not follow counts as none: pages then say nothing of an
    onion, rather than fail, and `manage.py check` says what is wrong (freethem.E003).
    """
    return _parsed()[0]


def onion_host():
    """The host name of the onion address, or ""."""
    root = onion_root()
    return urlsplit(root).hostname if root else ""


def is_onion_request(request):
    """Whether `request` came for the onion host (the Host header, port left aside)."""
    host = onion_host()
    if not host:
        return False
    return request.get_host().rsplit(":", 1)[0].lower() == host


def serving_onion():
    """The onion address while a request for it is answered, else None."""
    return _serving.get()


@contextlib.contextmanager
def served_at_onion():
    """Within it, the site's whole addresses name the onion address (tests, the middleware)."""
    token = _serving.set(onion_root())
    try:
        yield
    finally:
        _serving.reset(token)


def _is_html(response):
    return response.get("Content-Type", "").startswith("text/html")


class OnionMiddleware:
    """Onion requests answered at the onion address; `Onion-Location` on the normal one.

    It comes right before Django's SecurityMiddleware, which it steps round for the onion host
    alone: that host is plain http, so its redirect to https must not apply there (its other
    headers still do, and it sends HSTS only over https). Everything else passes through it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        # Django wraps each middleware in `convert_exception_to_response`, which keeps it as
        # `__wrapped__`: the security middleware, and below it the rest of the stack.
        self.security = getattr(get_response, "__wrapped__", None)
        if not isinstance(self.security, SecurityMiddleware):
            raise ImproperlyConfigured(
                "freethem.core.onion.OnionMiddleware must come right before "
                "django.middleware.security.SecurityMiddleware in MIDDLEWARE."
            )

    def __call__(self, request):
        if is_onion_request(request):
            with served_at_onion():
                response = self.security.get_response(request)
                response = self.security.process_response(request, response)
            response.headers.pop("Strict-Transport-Security", None)
            return response
        response = self.get_response(request)
        if _is_html(response) and (root := onion_root()):
            response["Onion-Location"] = root + request.get_full_path()
        return response
