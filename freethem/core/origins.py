"""Where a public form may be sent from: this site, or a mirror of it that the campaign lists.

Static copies of the site (mirrors, on other hosts or opened from a disk) carry the sign,
subscribe and proposal forms with their action at this site's address. Those three views carry
no CSRF token anyway (their pages are cached for everyone, or not kept at all) and act for no
one: no session, no cookie, nothing a visitor is logged in to. What a form sent from another
origin can do is what anyone can do by sending it directly. They take it from:

- this site: the browser says `Sec-Fetch-Site: same-origin`, or names this host in `Origin`
  (or, from a browser that sends no `Origin`, in `Referer`);
- an https origin listed in Settings → Forms from mirrors;
- `Origin: null` (a copy opened from a disk, but also any page that hides its origin) only
  when the tick box there says so.

A browser that says the form came from elsewhere (`Sec-Fetch-Site: cross-site` or `same-site`)
without naming where is refused. A request with none of these headers is not a browser posting
a form from another page for its visitor (every browser of the last years sends one), so it
is taken as before. Every other form keeps its own check: the confirmation and admin forms
are not listed here, and Django's CSRF protection still guards the admin.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .cache import remember

DEFAULT_PORTS = {"http": 80, "https": 443}


def _normal(scheme, host, port):
    host = host.lower()
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    host = f"[{host}]" if ":" in host else host
    if port and port != DEFAULT_PORTS.get(scheme):
        return f"{scheme}://{host}:{port}"
    return f"{scheme}://{host}"


def origin_of(address):
    """The origin of a whole address, written one way (`https://mirror.example`); or None."""
    try:
        parts = urlsplit(address.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    try:
        return _normal(scheme, parts.hostname, port)
    except UnicodeError:
        return None


def parse_mirror_origins(text):
    """The https origins of `text`, one a line, written one way; ValidationError naming the
    lines that are not one."""
    origins, wrong = [], []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        parts = urlsplit(line)
        origin = origin_of(line)
        if (
            origin is None
            or parts.scheme.lower() != "https"
            or parts.path.strip("/")
            or parts.query
            or parts.fragment
            or parts.username is not None
        ):
            wrong.append(line)
        elif origin not in origins:
            origins.append(origin)
    if wrong:
        raise ValidationError(
            _(
                "Each line must be the https address of a mirror's host, with nothing after the "
                "host name, such as https://mirror.example. Not so: %(lines)s"
            ),
            code="invalid_origin",
            params={"lines": ", ".join(wrong)},
        )
    return origins


def _listed():
    from .models import FormOriginSettings

    row = (
        FormOriginSettings.objects.filter(site__is_default_site=True)
        .values("mirror_origins", "accept_null_origin")
        .first()
    )
    if row is None:
        return frozenset(), False
    try:
        origins = parse_mirror_origins(row["mirror_origins"])
    except ValidationError:
        origins = []  # saved only through the form, which refuses such text: take none
    return frozenset(origins), row["accept_null_origin"]


def listed_mirrors():
    """(the listed mirror origins, whether `Origin: null` is accepted); kept with the site's
    structure, which saving the setting starts again (core/signals.py)."""
    return remember("mirror-origins", _listed, structure=True)


def _from_this_host(origin, request):
    return origin.split("://", 1)[-1] == request.get_host().lower()


def from_this_site_or_a_mirror(request):
    """Whether a sign, subscribe or proposal form may be taken: see the module's docstring."""
    if request.headers.get("Sec-Fetch-Site") == "same-origin":
        return True
    origin = request.headers.get("Origin", "").strip()
    if not origin:
        referer = request.headers.get("Referer", "").strip()
        origin = (origin_of(referer) or "null") if referer else ""
    if origin:
        if origin == "null":
            return listed_mirrors()[1]
        written = origin_of(origin)
        if written is None:
            return False
        return _from_this_host(written, request) or written in listed_mirrors()[0]
    # Nothing names where the form was: only a browser that says it is its own may go on.
    fetch_site = request.headers.get("Sec-Fetch-Site")
    return fetch_site in (None, "none")


def from_a_listed_mirror(request):
    """Whether the form came from a listed mirror rather than this site's own pages."""
    if request.headers.get("Sec-Fetch-Site") == "same-origin":
        return False
    origin = request.headers.get("Origin", "").strip()
    if not origin:
        origin = origin_of(request.headers.get("Referer", "")) or ""
    if origin == "null":
        return True
    written = origin_of(origin) if origin else None
    return written is not None and not _from_this_host(written, request)
