"""Every request a page makes goes to the site's own origin, and axe finds no serious problem."""

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from freethem.core.site_address import page_url
from freethem.news.tests.factories import make_image, make_post

EMBED = "https://www.youtube.com/watch?v=abcDEF12345"


@pytest.fixture
def post(site):
    return make_post(
        site.index,
        title="Concert for the prisoners",
        tags=["Berlin"],
        countries=["DE"],
        extra_blocks=[
            (
                "image",
                {"image": make_image().pk, "caption": "The stage", "credit": "Photo: volunteers"},
            ),
            ("embed", {"url": EMBED, "title": "The concert on video"}),
            ("quote", {"text": "Free them all.", "attribution": "The singer"}),
        ],
    )


def origins_requested(page, url):
    seen = []
    page.on("request", lambda request: seen.append(request.url))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return {
        f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in seen if not u.startswith("data:")
    }


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "POST", "/fa/", "/en/search/?q=concert"])
def test_pages_only_talk_to_their_own_origin(site, post, page, path):
    url = site.url + (post.url if path == "POST" else path)
    assert origins_requested(page, url) == {site.url}


def test_share_links_load_nothing_from_the_services_they_lead_to(site, post, page):
    assert origins_requested(page, site.url + post.url) == {site.url}
    expect(page.locator(".share-links a")).to_have_count(6)
    expect(page.get_by_label("Or copy the address:")).to_have_value(page_url(post))


def test_embed_loads_from_its_provider_only_after_a_click(site, post, page):
    third_party = []
    page.route(
        "**/*",
        lambda route: (
            third_party.append(route.request.url) or route.abort()
            if not route.request.url.startswith(site.url)
            else route.continue_()
        ),
    )
    page.goto(site.url + post.url)
    page.wait_for_load_state("networkidle")
    assert third_party == []
    page.get_by_role("button", name="Load and play here").click()
    expect(page.locator(".embed iframe")).to_have_count(1)
    page.wait_for_timeout(300)
    assert any(
        u.startswith("https://www.youtube-nocookie.com/embed/abcDEF12345") for u in third_party
    )


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "POST", "/fa/news/"])
def test_no_serious_accessibility_violations(site, post, page, path):
    page.goto(site.url + (post.url if path == "POST" else path))
    results = Axe().run(page)
    assert results.response["passes"], "axe ran no rule"
    serious = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
