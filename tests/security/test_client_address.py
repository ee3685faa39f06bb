"""The client's address cannot be forged, and no stored hash of it can be reversed later."""

import datetime

import pytest
from django.core.cache import caches
from django.test import RequestFactory
from django.utils import timezone

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal, person
from freethem.core import limits

pytestmark = pytest.mark.django_db

# Rate limits count in fixed windows; tests use one long window, with no boundary to cross.
YEAR = 365 * 24 * 3600


def request(remote, **headers):
    return RequestFactory().post("/", REMOTE_ADDR=remote, **headers)


def test_a_forwarded_address_from_an_untrusted_socket_is_ignored(settings):
    settings.FREETHEM_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.FREETHEM_TRUSTED_PROXIES = []
    forged = request("203.0.113.5", HTTP_X_REAL_IP="10.9.8.7")
    assert limits.client_ip(forged) == "203.0.113.5"
    settings.FREETHEM_TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]
    assert limits.client_ip(forged) == "203.0.113.5"
    proxied = request("127.0.0.1", HTTP_X_REAL_IP="198.51.100.4")
    assert limits.client_ip(proxied) == "198.51.100.4"
    # A chain: only what our proxy appended counts, not what the client wrote before it.
    chained = request("10.1.1.1", HTTP_X_REAL_IP="6.6.6.6, 198.51.100.4")
    assert limits.client_ip(chained) == "198.51.100.4"


def test_production_believes_no_forwarded_address_by_default():
    from freethem.settings import base

    assert base.FREETHEM_CLIENT_IP_HEADER == "" or base.FREETHEM_TRUSTED_PROXIES
    prod = open(base.PROJECT_DIR / "settings" / "production.py").read()
    assert "HTTP_X_REAL_IP" not in prod


def test_a_signer_who_forges_headers_still_meets_the_rate_limit(client, site_tree, settings):
    settings.FREETHEM_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.FREETHEM_TRUSTED_PROXIES = []
    settings.FREETHEM_SIGN_LIMITS_IP = [(YEAR, 3)]  # one window: no boundary to cross mid-test
    appeal = make_appeal(site_tree.home)
    for n in range(6):
        client.post(
            f"/en/appeals/{appeal.pk}/sign/",
            person(**{"person-email": f"f{n}@example.net"}),
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_REAL_IP=f"10.0.0.{n}",
        )
    assert Signature.objects.count() == 6
    assert Signature.objects.filter(suspect=True).count() == 3
    assert len(set(Signature.objects.values_list("ip_hash", flat=True))) == 1


def test_check_deploy_warns_of_a_header_believed_from_nobody(settings):
    from freethem.core.checks import forwarded_address_check

    settings.FREETHEM_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.FREETHEM_TRUSTED_PROXIES = []
    assert [w.id for w in forwarded_address_check(None)] == ["freethem.W001"]
    settings.FREETHEM_TRUSTED_PROXIES = ["127.0.0.1"]
    assert forwarded_address_check(None) == []


def test_yesterdays_hashes_cannot_be_recomputed_even_with_the_secret_key(monkeypatch):
    today = limits.hash_ip("198.51.100.23")
    assert today == limits.hash_ip("198.51.100.23")
    # What a copy of the database and SECRET_KEY allow: the old keyed hash of every address.
    import hashlib
    import hmac

    from django.conf import settings

    old_key = hashlib.sha256(f"freethem-ip:{settings.SECRET_KEY}".encode()).digest()
    assert today != hmac.new(old_key, b"198.51.100.23", hashlib.sha256).hexdigest()
    # The day's secret lives only in the cache, never in the database...
    key = caches["shared"].get(f"client-key:{timezone.now().date().isoformat()}")
    assert isinstance(key, bytes) and len(key) == 32
    # ...and the next day brings a new one: the same address no longer hashes the same.
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    monkeypatch.setattr(limits.timezone, "now", lambda: tomorrow)
    assert limits.hash_ip("198.51.100.23") != today


def test_every_worker_hashes_a_client_the_same_within_a_day():
    first = limits.hash_ip("198.51.100.23")
    limits._client_key.value = None  # another worker process, with nothing remembered
    assert limits.hash_ip("198.51.100.23") == first


def test_ipv6_clients_are_hashed_per_64_network():
    one = limits.hash_ip("2001:db8:1:2:aaaa::1")
    assert one == limits.hash_ip("2001:db8:1:2:ffff:1:2:3")
    assert one != limits.hash_ip("2001:db8:1:3::1")
    assert limits.hash_ip("::ffff:192.0.2.1") == limits.hash_ip("192.0.2.1")


def test_flood_tools_still_link_a_flood_within_a_day(site_tree):
    appeal = make_appeal(site_tree.home)
    for n in range(3):
        services.sign_appeal(
            appeal=appeal,
            data={"name": f"Bot {n}", "country": "FR", "email": f"b{n}@spam.example"},
            ip="192.0.2.99",
        )
    ip_hash = limits.hash_ip("192.0.2.99")
    flood = services.flood_signatures(appeal_key=appeal.translation_key, ip_hash=ip_hash)
    assert flood.count() == 3
