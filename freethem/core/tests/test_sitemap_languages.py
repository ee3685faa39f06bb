"""The sitemap lists each page's language versions as alternates, at the site's address
(core/sitemaps.py)."""

import xml.etree.ElementTree as ET

import pytest

from freethem.news.tests.factories import make_post, translate

pytestmark = pytest.mark.django_db

SITE = "https://campaign.example"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    entries = {}
    for url in ET.fromstring(response.content).findall("s:url", NS):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        entries[url.find("s:loc", NS).text] = alternates
    return entries


@pytest.fixture
def campaign(site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    return site_tree


def test_a_translated_page_lists_every_version_and_the_default_one(client, campaign):
    post = make_post(campaign.index, title="Vigil")
    persian = translate(post, "fa", title="شب‌زنده‌داری")
    entries = sitemap(client)
    expected = {
        "en": SITE + post.url,
        "fa": SITE + persian.url,
        "x-default": SITE + post.url,
    }
    assert entries[SITE + post.url] == expected
    assert entries[SITE + persian.url] == expected


def test_the_default_is_the_first_language_when_the_default_languages_version_is_missing(
    client, campaign
):
    post = make_post(campaign.indexes["fa"], title="فقط فارسی و فرانسوی")
    french = translate(post, "fr", title="En persan et en français")
    entries = sitemap(client)
    assert entries[SITE + post.url]["x-default"] == SITE + post.url
    assert entries[SITE + french.url]["fr"] == SITE + french.url


def test_a_page_in_one_language_lists_no_alternates_and_drafts_are_left_out(client, campaign):
    alone = make_post(campaign.index, title="English only")
    post = make_post(campaign.index, title="Vigil")
    draft = translate(post, "fa", title="پیش‌نویس")
    draft.unpublish()
    entries = sitemap(client)
    assert entries[SITE + alone.url] == {}
    assert entries[SITE + post.url] == {}
    assert SITE + draft.url not in entries


def test_home_pages_list_each_other(client, campaign):
    entries = sitemap(client)
    assert set(entries[SITE + "/en/"]) == {"en", "es", "fa", "fr", "x-default"}
    assert entries[SITE + "/fa/"]["x-default"] == SITE + "/en/"
