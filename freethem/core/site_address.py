"""The site's one address: every absolute link the site gives out starts with it.

Emails, feeds, the sitemap, robots.txt, posters' and paper sheets' QR codes, share links,
calendars and open data all name the site by `settings.WAGTAILADMIN_BASE_URL` (production
requires it), through `site_url` and `page_url` here, and never by the Host a request came
with nor by Wagtail's Site record. The Host can be anything a client or a misconfigured proxy
sends (a poster printed from `http://127.0.0.1:8000` would carry that address on every copy),
and a page rendered for one request is kept and served to others. Paths keep their language
prefix, as the site's URLs have it.

Wagtail still keeps its own idea of the address in the default Site record (`Page.full_url`,
the admin's "view live" links, routing by host). `sync_default_site` makes that record follow
the configured address; `manage.py sync_site` runs it at deploy, the demo loader when it builds
the site, and `check --deploy` reports a record that differs (freethem/core/checks.py).

On the onion address (core/onion.py) the same addresses name the onion host instead: a
request for it is answered with `site_root` giving the onion address.

Wagtail's `Site.root_url` is built from a host name and a port only: port 443 reads as https,
any other port as http. An address over https on another port, over http on port 443, or under
a path cannot be written into the record, and `sync_default_site` refuses it rather than store
a record that names another address.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from .onion import serving_onion

DEFAULT_PORTS = {"http": 80, "https": 443}


def _parts():
    parts = urlsplit(settings.WAGTAILADMIN_BASE_URL.strip())
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"WAGTAILADMIN_BASE_URL must be an http or https address with a host name, "
            f"such as https://campaign.example (it is {settings.WAGTAILADMIN_BASE_URL!r})."
        )
    try:
        port = parts.port or DEFAULT_PORTS[scheme]
    except ValueError as error:
        raise ImproperlyConfigured(f"WAGTAILADMIN_BASE_URL has an invalid port: {error}") from error
    return scheme, parts.hostname, port, parts.path.rstrip("/")


def _netloc(hostname, port, scheme):
    host = f"[{hostname}]" if ":" in hostname else hostname
    return host if port == DEFAULT_PORTS[scheme] else f"{host}:{port}"


def site_root():
    """The configured address without a trailing slash, written one way: scheme and host in
    lower case, no default port (`https://campaign.example`); the onion address instead while
    a request for it is answered (core/onion.py)."""
    if onion := serving_onion():
        return onion
    scheme, hostname, port, path = _parts()
    return f"{scheme}://{_netloc(hostname, port, scheme)}{path}"


def site_host():
    """The host name of the configured address (`campaign.example`)."""
    return _parts()[1]


def site_url(path=""):
    """The absolute address of `path` (a path from the site's root, as `reverse` gives it)."""
    if "://" in path.split("?", 1)[0] or path.startswith("//"):
        raise ValueError(f"site_url takes a path from the site's root, not an address: {path!r}")
    return site_root() + "/" + path.lstrip("/")


def page_url(page):
    """The absolute address of `page`, in its own language; "" if it has none (not routable)."""
    parts = page.get_url_parts()
    if parts is None or parts[2] is None:
        return ""
    return site_url(parts[2])


def site_record_address():
    """The (hostname, port) that make Wagtail's Site record say the configured address.

    Raises ImproperlyConfigured for an address `Site.root_url` cannot express.
    """
    scheme, hostname, port, path = _parts()
    if path:
        raise ImproperlyConfigured(
            "WAGTAILADMIN_BASE_URL has a path; Wagtail's Site record can only name a host and a "
            "port. Serve the site at the root of its host name."
        )
    if (scheme == "https") != (port == 443):
        raise ImproperlyConfigured(
            "Wagtail's Site record reads port 443 as https and every other port as http: "
            f"{site_root()} cannot be written into it. Serve https on port 443."
        )
    return hostname, port


def default_site_root():
    """The address Wagtail's default Site record names, or None if there is no such record."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site is not None else None


def sync_default_site(**fields):
    """Make Wagtail's default Site record name the configured address; returns the record.

    `fields` (a root page, a site name) are set on it as well. With no default Site yet, one is
    made if `fields` give its root page; otherwise there is nothing to follow the address and
    the answer is None. Saving the record purges the page cache (freethem.core.signals).
    """
    from wagtail.models import Site

    hostname, port = site_record_address()
    wanted = {"hostname": hostname, "port": port, **fields}
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        if "root_page" not in fields:
            return None
        return Site.objects.create(is_default_site=True, **wanted)
    changed = [name for name, value in wanted.items() if getattr(site, name) != value]
    if changed:
        for name in changed:
            setattr(site, name, wanted[name])
        site.save()
    return site
