"""The site as an onion service: the normal address points Tor Browser to it, and pages served
for the onion host name only the onion host (freethem/core/onion.py)."""

import datetime
from html.parser import HTMLParser

import pytest
from django.test import RequestFactory

from freethem.appeals.tests.factories import make_appeal
from freethem.core import checks, onion
from freethem.core.cache import is_stored
from freethem.mobilize.tests.factories import make_event, make_events_index
from freethem.news.tests.factories import build_site, make_post, translate
from freethem.prisoners import vocabulary as v
from freethem.prisoners.tests.factories import event, make_index, make_prisoner
from tests.test_links_name_the_site_address import addresses_in_xml

pytestmark = pytest.mark.django_db

SITE = "https://campaign.example"
ONION_HOST = "freethem" + "2" * 48 + ".onion"
ONION = f"http://{ONION_HOST}"
AT_ONION = {"HTTP_HOST": ONION_HOST}
AT_SITE = {"HTTP_HOST": "campaign.example", "HTTP_X_FORWARDED_PROTO": "https"}


@pytest.fixture
def campaign(settings, db):
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.FREETHEM_ONION_ADDRESS = ONION
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    return build_site()


class Addresses(HTMLParser):
    """Every address a page names in an attribute: links, sources, forms, meta tags."""

    ATTRIBUTES = {"href", "src", "action", "content", "srcset", "poster", "data", "formaction"}

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in self.ATTRIBUTES and value:
                if name == "srcset":
                    self.found += [part.split()[0] for part in value.split(",") if part.strip()]
                else:
                    self.found.append(value.strip())


def addresses_in(html):
    parser = Addresses()
    parser.feed(html)
    return parser.found


def assert_names_only_the_onion(html):
    found = addresses_in(html)
    assert found
    whole = [a for a in found if a.startswith(("http://", "https://", "//"))]
    strays = [a for a in whole if not a.startswith(ONION + "/") and a != ONION]
    # Share links lead to each network's own page, carrying the onion address as a parameter.
    strays = [a for a in strays if "campaign.example" in a or not a.startswith("https://")]
    assert strays == []
    assert "campaign.example" not in html


def test_pages_on_the_normal_address_point_tor_browser_to_the_same_page_on_the_onion(
    client, campaign
):
    response = client.get("/en/news/?page=2", **AT_SITE)
    assert response["Onion-Location"] == ONION + "/en/news/?page=2"
    # And so does the copy the page cache keeps.
    assert is_stored(RequestFactory().get("/en/news/?page=2", **AT_SITE))
    again = client.get("/en/news/?page=2", **AT_SITE)
    assert again["Onion-Location"] == ONION + "/en/news/?page=2"
    assert client.get("/fa/", **AT_SITE)["Onion-Location"] == ONION + "/fa/"


def test_without_an_onion_address_pages_carry_no_onion_location(client, campaign, settings):
    settings.FREETHEM_ONION_ADDRESS = ""
    response = client.get("/en/", **AT_SITE)
    assert response.status_code == 200
    assert "Onion-Location" not in response


def test_pages_on_the_onion_carry_no_onion_location_nor_hsts(client, campaign, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31536000
    response = client.get("/en/", **AT_ONION)
    assert response.status_code == 200
    assert "Onion-Location" not in response
    assert "Strict-Transport-Security" not in response
    assert "upgrade-insecure-requests" not in response["Content-Security-Policy"]
    # The normal address over plain http is still sent to https, and keeps HSTS there.
    assert client.get("/en/", HTTP_HOST="campaign.example").status_code == 301
    assert "Strict-Transport-Security" in client.get("/en/", **AT_SITE)


def test_files_other_than_pages_carry_no_onion_location(client, campaign):
    response = client.get("/robots.txt", **AT_SITE)
    assert response.status_code == 200
    assert "Onion-Location" not in response


@pytest.fixture
def pages(campaign):
    post = make_post(campaign.index, title="Released on bail")
    persian_post = translate(post, "fa", title="آزادی با وثیقه")
    appeal = make_appeal(campaign.home, title="Free them now")
    prisoners = make_index(campaign.home)
    profile = make_prisoner(
        prisoners,
        title="Toomaj Salehi",
        events=[event(datetime.date(2023, 7, 10), kind="sentenced", status=v.DEATH_SENTENCE)],
    )
    events = make_events_index(campaign.home)
    rally = make_event(events, title="Rally in Paris")
    return {
        "home": "/en/",
        "persian home": "/fa/",
        "news": campaign.index.url,
        "post": post.url,
        "persian post": persian_post.url,
        "appeal": appeal.url,
        "prisoners": prisoners.url,
        "profile": profile.url,
        "events": events.url,
        "event": rally.url,
        "subscribe": "/en/alerts/",
        "propose": events.url + "propose/",
    }


PAGES = [
    "home",
    "persian home",
    "news",
    "post",
    "persian post",
    "appeal",
    "prisoners",
    "profile",
    "events",
    "event",
    "subscribe",
    "propose",
]


@pytest.mark.parametrize("name", PAGES)
def test_a_page_served_for_the_onion_names_only_the_onion(client, pages, name):
    # The normal address first, so that anything it leaves in a cache would show.
    assert client.get(pages[name], **AT_SITE).status_code == 200
    response = client.get(pages[name], **AT_ONION)
    assert response.status_code == 200
    html = response.content.decode()
    assert_names_only_the_onion(html)
    if name != "subscribe":  # a page outside the page tree, with no canonical address
        assert f'<link rel="canonical" href="{ONION}{pages[name]}"' in html
    if name in ("subscribe", "propose"):
        assert 'action="/' in html  # the form posts to the address it came from


def test_the_same_page_on_the_normal_address_names_the_normal_address(client, pages):
    client.get(pages["post"], **AT_ONION)
    html = client.get(pages["post"], **AT_SITE).content.decode()
    assert f'<link rel="canonical" href="{SITE}{pages["post"]}"' in html
    assert ONION_HOST not in html


@pytest.mark.parametrize("address", ["/en/news/feed/rss/", "/en/news/feed/atom/", "/sitemap.xml"])
def test_feeds_and_the_sitemap_served_for_the_onion_name_only_the_onion(client, pages, address):
    client.get(address, **AT_SITE)
    response = client.get(address, **AT_ONION)
    assert response.status_code == 200
    found = addresses_in_xml(response.content)
    assert found
    assert all(a.startswith(ONION + "/") for a in found), found


def test_robots_txt_on_the_onion_names_the_onion_sitemap(client, campaign):
    text = client.get("/robots.txt", **AT_ONION).content.decode()
    assert f"Sitemap: {ONION}/sitemap.xml" in text
    assert "campaign.example" not in text


def test_the_page_cache_never_serves_a_normal_page_to_the_onion_host(client, pages):
    normal = client.get(pages["post"], **AT_SITE)
    assert is_stored(RequestFactory().get(pages["post"], **AT_SITE))
    assert not is_stored(RequestFactory().get(pages["post"], **AT_ONION))
    served = client.get(pages["post"], **AT_ONION)
    assert served.content != normal.content
    assert is_stored(RequestFactory().get(pages["post"], **AT_ONION))
    # A second visit at each address gets that address's copy.
    assert client.get(pages["post"], **AT_ONION).content == served.content
    again = client.get(pages["post"], **AT_SITE)
    assert again.content == normal.content and ONION_HOST not in again.content.decode()


def test_pages_on_the_onion_are_kept_by_the_page_cache_though_plain_http(client, pages, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get(pages["news"], **AT_ONION).status_code == 200
    assert is_stored(RequestFactory().get(pages["news"], **AT_ONION))


@pytest.mark.parametrize(
    "address",
    [
        "https://campaign.example",
        "http://short.onion",
        "ftp://" + ONION_HOST,
        ONION + "/path",
        ONION + ":8080",
        ONION_HOST,
    ],
)
def test_an_onion_address_tor_browser_would_ignore_is_refused(settings, address):
    settings.FREETHEM_ONION_ADDRESS = address
    # Taken as no onion address at all, and reported.
    assert onion.onion_root() == ""
    assert [error.id for error in checks.onion_address_check(None)] == ["freethem.E003"]


def test_pages_carry_no_onion_location_to_an_address_tor_browser_would_ignore(
    client, campaign, settings
):
    settings.FREETHEM_ONION_ADDRESS = "http://not-an-onion.example"
    response = client.get("/en/", **AT_SITE)
    assert response.status_code == 200
    assert "Onion-Location" not in response


def test_an_onion_address_the_site_would_not_answer_at_is_reported(settings):
    settings.FREETHEM_ONION_ADDRESS = ONION + "/"
    settings.ALLOWED_HOSTS = ["campaign.example"]
    assert [error.id for error in checks.onion_address_check(None)] == ["freethem.E004"]
    settings.ALLOWED_HOSTS = ["campaign.example", ONION_HOST]
    assert checks.onion_address_check(None) == []
    assert onion.onion_root() == ONION


def test_whole_addresses_name_the_onion_only_while_it_is_served(settings):
    from freethem.core.site_address import site_url

    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.FREETHEM_ONION_ADDRESS = ONION
    with onion.served_at_onion():
        assert site_url("/en/") == ONION + "/en/"
    assert site_url("/en/") == SITE + "/en/"


def test_a_host_that_only_ends_like_the_onion_is_not_the_onion(client, campaign):
    response = client.get("/en/", HTTP_HOST="x" + ONION_HOST, HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
    assert response["Onion-Location"] == ONION + "/en/"


@pytest.mark.django_db(transaction=True)
def test_check_deploy_is_clean_with_an_onion_address_whose_host_production_allows(
    site_tree, tmp_path, settings
):
    from freethem.core import site_address
    from freethem.core.tests.test_deploy import _deployed, _manage

    settings.WAGTAILADMIN_BASE_URL = SITE
    site_address.sync_default_site()
    env = {**_deployed(tmp_path), "FREETHEM_ONION_ADDRESS": ONION}
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    env["FREETHEM_ONION_ADDRESS"] = "http://not-an-onion.example"
    result = _manage("check", "--deploy", env=env)
    assert result.returncode != 0 and "freethem.E003" in result.stderr
