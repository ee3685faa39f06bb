"""Whatever host a request came with, the whole addresses the site hands out name its configured
address: feeds, the sitemap, posters' and paper sheets' QR codes, share links, calendars and
open data (freethem/core/site_address.py).

Here the site is configured as https://campaign.example, its Wagtail Site record still names
http://localhost (as before `manage.py sync_site`), and every request arrives as 127.0.0.1: an
address taken from either of those would show.
"""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET
from urllib.parse import quote

import icalendar
import pytest
from wagtail.models import Site

from freethem.appeals import paper
from freethem.appeals.tests.factories import make_appeal
from freethem.core.site_address import page_url
from freethem.mobilize.tests.factories import make_event, make_events_index
from freethem.news.tests.factories import make_post, translate
from freethem.prisoners import posters
from freethem.prisoners import vocabulary as v
from freethem.prisoners.tests.factories import event, make_index, make_prisoner

pytestmark = pytest.mark.django_db

SITE = "https://campaign.example"
ELSEWHERE = {"HTTP_HOST": "127.0.0.1"}


@pytest.fixture
def campaign(site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    return site_tree


def addresses_in_xml(content):
    """Every text and attribute value of an XML document that is a whole web address."""
    found = []
    for element in ET.fromstring(content).iter():
        for value in [element.text or "", *element.attrib.values()]:
            if value.strip().startswith(("http://", "https://")):
                found.append(value.strip())
    return found


def prisoner(campaign):
    index = make_index(campaign.home)
    page = make_prisoner(
        index,
        title="Toomaj Salehi",
        events=[event(datetime.date(2023, 7, 10), kind="sentenced", status=v.DEATH_SENTENCE)],
    )
    return index, page


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_news_feed_names_the_site_address(client, campaign, kind):
    post = make_post(campaign.index, title="In the feed")
    response = client.get(f"/en/news/feed/{kind}/", **ELSEWHERE)
    assert response.status_code == 200
    found = addresses_in_xml(response.content)
    assert page_url(post) in found and page_url(campaign.index) in found
    assert all(address.startswith(SITE + "/") for address in found), found


def test_the_status_changes_feed_names_the_site_address(client, campaign):
    index, page = prisoner(campaign)
    response = client.get(index.url + "feed/atom/", **ELSEWHERE)
    assert response.status_code == 200
    found = addresses_in_xml(response.content)
    assert any(address.startswith(page_url(page) + "#event-") for address in found)
    assert all(address.startswith(SITE + "/") for address in found), found


def test_the_sitemap_names_the_site_address(client, campaign):
    post = make_post(campaign.index, title="In the sitemap")
    persian = translate(post, "fa", title="در نقشه سایت")
    response = client.get("/sitemap.xml", **ELSEWHERE)
    assert response.status_code == 200
    found = addresses_in_xml(response.content)
    assert {page_url(post), page_url(persian), SITE + "/fa/"} <= set(found)
    assert all(address.startswith(SITE + "/") for address in found), found


def test_robots_txt_names_the_site_address(client, campaign):
    text = client.get("/robots.txt", **ELSEWHERE).content.decode()
    assert "Sitemap: https://campaign.example/sitemap.xml" in text


@pytest.fixture
def printed(monkeypatch):
    """What each QR code encodes and each printed page shows, without printing."""
    seen = {"qr": [], "html": []}

    def qr_svg(url):
        seen["qr"].append(url)
        return "<svg></svg>"

    def pdf_bytes(html):
        seen["html"].append(html)
        return b"%PDF-1.7"

    for module in (posters, paper):
        monkeypatch.setattr(module, "qr_svg", qr_svg)
        monkeypatch.setattr(module, "pdf_bytes", pdf_bytes)
    return seen


def test_a_posters_qr_code_and_address_name_the_site_address(client, campaign, printed):
    index, page = prisoner(campaign)
    assert client.get(f"{page.url}poster/fa/a4/", **ELSEWHERE).status_code == 200
    assert client.get(f"{index.url}posters/a3/", **ELSEWHERE).status_code == 200
    assert printed["qr"] == [page_url(page), page_url(page)]
    assert all(page_url(page) in html for html in printed["html"])
    assert not any("127.0.0.1" in html or "localhost" in html for html in printed["html"])


def test_a_paper_sheets_qr_code_names_the_site_address(client, campaign, printed):
    appeal = make_appeal(campaign.home)
    response = client.get(f"/en/appeals/{appeal.pk}/sheet.pdf", **ELSEWHERE)
    assert response.status_code == 200
    assert printed["qr"] == [page_url(appeal)]
    assert page_url(appeal).startswith(SITE + "/en/")


def test_share_links_name_the_site_address(client, campaign):
    appeal = make_appeal(campaign.home)
    html = client.get(f"{appeal.url}thanks/", **ELSEWHERE).content.decode()
    assert quote(page_url(appeal), safe="") in html
    assert "127.0.0.1" not in html and "localhost" not in html


def test_a_calendar_names_the_site_address(client, campaign):
    index = make_events_index(campaign.home)
    rally = make_event(index, title="Vigil in Berlin")
    for address in (rally.url + "calendar/", index.url + "calendar/"):
        response = client.get(address, **ELSEWHERE)
        assert response.status_code == 200
        (vevent,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        assert str(vevent["URL"]) == page_url(rally)
        assert str(vevent["UID"]).endswith("@campaign.example")
        assert page_url(rally) in str(vevent["DESCRIPTION"])


def test_open_data_names_the_site_address(client, campaign):
    index, page = prisoner(campaign)
    data = json.loads(client.get(index.url + "data/json/", **ELSEWHERE).content)
    assert [person["url"] for person in data["prisoners"]] == [page_url(page)]
    rows = csv.DictReader(io.StringIO(client.get(index.url + "data/csv/", **ELSEWHERE).text))
    assert [row["url"] for row in rows] == [page_url(page)]
    assert page_url(page).startswith(SITE + "/en/")
