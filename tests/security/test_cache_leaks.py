"""What one visitor searched for must never be kept where another visitor's request could find it.

The attack: a state watching supporters asks for `/fa/search/?q=<a name>` (or the signers' or
prisoners' name search) and times the answer, or reads a header saying whether it came from a
cache. A hit means someone asked the same before; a shared cache (ours, nginx's, a CDN's) holding
visitor-typed text turns every search into a record others can probe. So pages whose address
carries free text are answered `private, no-store` and never stored, and no response says whether
it came from a cache. Filters by fixed values (a country code, a status, a page number) stay
cached: they say nothing about a visitor.
"""

import re
from pathlib import Path

import pytest
from django.test import RequestFactory

from freethem.appeals.tests.factories import make_appeal
from freethem.core.cache import is_stored
from freethem.news.tests.factories import make_post
from freethem.prisoners.tests.factories import make_index, make_prisoner

pytestmark = pytest.mark.django_db

NGINX = Path(__file__).resolve().parents[2] / "docs" / "nginx" / "freethem.conf"


def stored(url):
    return is_stored(RequestFactory().get(url))


def assert_private(response):
    cache_control = response.get("Cache-Control", "")
    assert response.status_code == 200
    assert "private" in cache_control and "no-store" in cache_control, cache_control
    assert "public" not in cache_control and "s-maxage" not in cache_control, cache_control


@pytest.fixture
def prisoners(site_tree):
    index = make_index(site_tree.home)
    make_prisoner(index, title="Toomaj Salehi", name_latin="Toomaj Salehi")
    return index


@pytest.fixture
def appeal(site_tree):
    return make_appeal(site_tree.home)


def test_a_site_search_is_answered_private_and_never_stored(client, site_tree):
    make_post(site_tree.index, title="Hunger strike in Evin")
    url = "/fa/search/?q=Narges+Mohammadi"
    for _ in range(2):
        assert_private(client.get(url))
    assert not stored(url)


def test_a_search_of_the_signers_is_answered_private_and_never_stored(client, appeal):
    url = f"{appeal.url}signers/?q=Nour"
    for _ in range(2):
        assert_private(client.get(url))
    assert not stored(url)


def test_a_name_search_of_the_prisoners_is_answered_private_and_never_stored(client, prisoners):
    url = f"{prisoners.url}?q=toomaj&status="
    for _ in range(2):
        response = client.get(url)
        assert_private(response)
        assert "Toomaj Salehi" in response.content.decode()
    assert not stored(url)


def test_any_page_asked_with_free_text_is_never_stored(client, site_tree):
    # A page that does not read `q` must not keep it either: the address still carries it.
    url = "/en/news/?q=what+someone+typed"
    assert_private(client.get(url))
    assert not stored(url)


def test_filters_by_fixed_values_stay_cached(client, site_tree, prisoners, appeal):
    make_post(site_tree.index, title="Rally in Bogotá", countries=["CO"])
    for url in (
        "/en/news/?country=CO",
        f"{prisoners.url}?status=detained&q=",
        f"{appeal.url}signers/?country=FR",
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert "public" in response["Cache-Control"], url
        assert stored(url), url


def test_no_response_says_whether_it_came_from_the_cache(client, site_tree):
    make_post(site_tree.index, title="Cached post")
    first = client.get("/en/news/")
    assert stored("/en/news/")
    second = client.get("/en/news/")
    assert first.content == second.content
    assert dict(first.headers) == dict(second.headers)
    for name, value in second.headers.items():
        assert not re.search(r"\b(hit|miss)\b", value, re.IGNORECASE), (name, value)


def test_the_documented_nginx_says_nothing_of_its_cache_or_its_version():
    conf = NGINX.read_text()
    directives = [line.split("#")[0].strip() for line in conf.splitlines()]
    assert "server_tokens off;" in directives
    assert not [d for d in directives if "upstream_cache_status" in d or "X-Cache" in d]
    # nginx keeps no copy of an address carrying a search, whatever the application says.
    assert "proxy_no_cache $cookie_sessionid $arg_q;" in directives
