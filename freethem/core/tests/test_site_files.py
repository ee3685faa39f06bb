import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from freethem.news.tests.factories import make_post, translate

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_sitemap_lists_every_public_page_in_every_language(client, site_tree):
    post = make_post(site_tree.index, title="In the sitemap")
    persian = translate(post, "fa", title="در نقشه سایت")
    hidden = make_post(site_tree.index, title="Draft")
    hidden.unpublish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = {
        urlsplit(loc.text).path
        for loc in ET.fromstring(response.content).findall("s:url/s:loc", NS)
    }
    expected = {"/en/", "/es/", "/fa/", "/fr/", "/en/news/", "/fa/news/", post.url, persian.url}
    assert expected <= locations
    assert hidden.url not in locations


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(
    client, site_tree, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    response = client.get("/robots.txt", HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    # At the site's address, whatever host robots.txt was fetched at.
    assert "Sitemap: https://campaign.example/sitemap.xml" in text


def test_home_page_shows_purpose_latest_news_and_sections(client, site_tree):
    make_post(site_tree.index, title="Latest action")
    html = client.get("/en/").content.decode()
    assert "Free every prisoner of conscience." in html
    assert "Latest action" in html
    assert 'href="/en/news/"' in html
