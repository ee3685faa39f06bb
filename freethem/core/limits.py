"""What a form posted by a visitor is checked with: where it came from, and how often.

Rate limits are keyed by a hash of the visitor's address, never the address.
"""

import hashlib
import hmac
import ipaddress
import logging
import secrets
import threading
import time
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

logger = logging.getLogger(__name__)

# A client key lives a day and a little more, so that one made just before midnight still
# hashes the day's late requests; its successor is a new random key.
CLIENT_KEY_LIFETIME = 26 * 3600
# How often each process checks that the day's key in the shared cache is still the one it holds.
CLIENT_KEY_RECHECK = 60

_client_key = threading.local()


def _day_key():
    """Today's secret for hashing clients: random, shared by every worker through the cache.

    It is never written to the database and is gone once the day is over, so the hashes that
    signatures keep link a flood within a day but cannot be reversed later, not even with a
    copy of the database and SECRET_KEY together.
    """
    day = timezone.now().date().isoformat()
    held = getattr(_client_key, "value", None)
    now = time.monotonic()
    if held and held[0] == day and now - held[1] < CLIENT_KEY_RECHECK:
        return held[2]
    cache = caches["shared"]
    name = f"client-key:{day}"
    mine = held[2] if held and held[0] == day else secrets.token_bytes(32)
    # The first worker to ask makes the day's key; the others (and this one, should the cache
    # have dropped it) take that one.
    cache.add(name, mine, CLIENT_KEY_LIFETIME)
    key = cache.get(name) or mine
    _client_key.value = (day, now, key)
    return key


def _network(ip):
    """What identifies a client: its IPv4 address, or the /64 network of an IPv6 one."""
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return ip.strip()
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def hash_ip(ip):
    """A keyed hash of the visitor's address (IPv6: its /64) under the day's secret.

    Enough to spot a flood and to count attempts within a day; useless to trace anyone.
    """
    if not ip:
        return ""
    return hmac.new(_day_key(), _network(ip).encode(), hashlib.sha256).hexdigest()


@lru_cache(maxsize=4)
def _proxies(configured):
    networks = []
    for entry in configured:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            logger.error("FREETHEM_TRUSTED_PROXIES: %r is not an address or network", entry)
    return tuple(networks)


def is_trusted_proxy(address):
    networks = _proxies(tuple(settings.FREETHEM_TRUSTED_PROXIES))
    try:
        address = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(address in network for network in networks)


_warned = []


def client_ip(request):
    """The visitor's address: the socket's, or the proxy's header when a trusted proxy sent it.

    A forwarded-address header is believed only from the proxies listed in
    FREETHEM_TRUSTED_PROXIES; from anyone else it is what an attacker chose (to pass every
    rate limit and steer the moderators' flood tools), so the socket address is used instead.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    header = settings.FREETHEM_CLIENT_IP_HEADER
    if header and request.META.get(header):
        if is_trusted_proxy(remote):
            # The proxy appends what it saw last: earlier entries are the client's own words.
            return request.META[header].split(",")[-1].strip()
        if not _warned:
            _warned.append(True)
            logger.warning(
                "%s came from an address that is not in FREETHEM_TRUSTED_PROXIES; ignored.",
                header,
            )
    return remote


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
