"""What a form posted by a visitor is checked with: where it came from, and how often.

Rate limits are keyed by a hash of the visitor's address, never the address.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone


def hash_ip(ip):
    """A keyed hash of the visitor's address: enough to spot a flood, useless to trace anyone."""
    if not ip:
        return ""
    key = hashlib.sha256(f"freethem-ip:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()


def client_ip(request):
    """The visitor's address as the proxy in front of us reports it (see deploy docs)."""
    header = settings.FREETHEM_CLIENT_IP_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def from_this_site(request):
    """False when the browser says the form was posted from another website.

    Forms that live on cached pages carry no CSRF token; this, and the fact that nothing they
    do acts for a logged-in user, is what keeps other sites from posting them.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin.split("://", 1)[-1] == request.get_host()
    return True


def over_limit(kind, value, rules):
    """Count one more attempt in each window; True when any window is over its limit.

    `rules` is a list of (window in seconds, attempts allowed). The counters live in the
    "limits" cache, which every application server must share (Redis at scale).
    """
    if not value:
        return False
    cache = caches["limits"]
    now = int(timezone.now().timestamp())
    over = False
    for seconds, limit in rules:
        key = f"limit:{kind}:{seconds}:{now // seconds}:{value}"
        cache.add(key, 0, seconds * 2)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, seconds * 2)
            count = 1
        over = over or count > limit
    return over
