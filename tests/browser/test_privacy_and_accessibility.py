"""Every request a page makes goes to the site's own origin, and axe finds no problem of any
impact on any kind of page, nor on any form sent back for corrections, in English and Persian."""

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


def violations(page):
    """What axe finds wrong on the page as it stands, whatever the impact."""
    results = Axe().run(page)
    assert results.response["passes"], "axe ran no rule"
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
        for v in results.response["violations"]
    ]


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "POST", "/fa/news/"])
def test_no_accessibility_violation_of_any_impact(site, post, page, path):
    page.goto(site.url + (post.url if path == "POST" else path))
    assert violations(page) == []


class Audit:
    """Runs axe on each page the visitor is shown and keeps what it finds, page by page."""

    def __init__(self, page, site_url):
        self.page, self.site_url, self.found, self.pages = page, site_url, {}, 0

    def check(self, label):
        self.pages += 1
        found = violations(self.page)
        if found:
            self.found[f"{label} ({self.page.url})"] = found

    def visit(self, path, status=200):
        response = self.page.goto(self.site_url + path)
        assert response.status == status, (path, response.status)
        self.check(f"GET {path}")

    def send(self, form, label, status, sent_back=True):
        """Send `form` as it is filled in; a form sent back starts with its summary of errors,
        which takes the focus."""
        with self.page.expect_navigation() as navigation:
            form.locator("[type=submit]").first.click()
        assert navigation.value.status == status, (label, navigation.value.status)
        if sent_back:
            expect(self.page.locator(".error-summary")).to_be_focused()
        self.check(label)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_every_kind_of_page_and_every_form_sent_back_pass_axe(site, campaign, browser, language):
    from django.core.cache import caches
    from wagtail.models import PageViewRestriction

    from freethem.appeals import services
    from freethem.appeals.models import Signature
    from freethem.core.addresses import address_hash
    from freethem.news.tests.factories import translate

    all_urls, english_only = campaign
    urls = all_urls[language]
    context = browser.new_context(locale="fa-IR" if language == "fa" else "en-GB")
    audit = Audit(context.new_page(), site.url)
    page = audit.page

    for path in (
        f"/{language}/",
        urls["news"],
        urls["post"],
        f"/{language}/search/?q=concert",
        f"/{language}/search/?q=zzqxw",
        urls["prisoners"],
        urls["profile"],
        urls["letter"],
        urls["downloads"],
        urls["events"],
        urls["events"] + "past/",
        urls["event"],
        urls["day"],
        urls["appeal"] + "signers/",
        f"/{language}/alerts/archive/",
        urls["alert"],
    ):
        audit.visit(path)
    audit.visit(f"/{language}/untranslated/{english_only.pk}/")
    audit.visit(f"/{language}/no-such-page/", status=404)

    # The appeal: its form sent empty, then filled in; the confirmation sent without a choice.
    audit.visit(urls["appeal"])
    audit.send(page.locator("form.sign-form").first, "the sign form, empty", 400)
    form = page.locator("form.sign-form").first
    form.locator('[name="person-name"]').fill("Nour Example")
    form.locator('[name="person-country"]').select_option("FR")
    form.locator('[name="person-email"]').fill(f"nour.{language}@example.org")
    form.locator('[name="person-display"][value="full"]').check()
    audit.send(form, "the sign form, signed: thanks", 200, sent_back=False)
    signature = Signature.objects.get(email_hash=address_hash(f"nour.{language}@example.org"))
    token = services.confirmation_token(signature)
    audit.visit(f"/{language}/appeals/{urls['appeal_id']}/confirm/{token}/")
    audit.send(page.locator("form.confirm-form"), "the confirmation, no choice", 400)
    audit.visit(f"/{language}/appeals/{urls['appeal_id']}/confirm/forged/", status=400)
    audit.send(page.locator("main form"), "a new link, no address", 400)

    # Supporters' proposals, sent empty; the alerts, sent with a wrong address.
    for form_path in ("propose/", "report/"):
        audit.visit(urls["events"] + form_path)
        audit.send(page.locator("form.proposal-form"), f"{form_path} empty", 400)
    audit.visit(f"/{language}/alerts/")
    page.locator('main [name="email"]').fill("not-an-address")
    audit.send(page.locator("main form"), "the alerts, a wrong address", 400)

    # A page kept behind a password: the form, then a wrong password.
    private = english_only if language == "en" else translate(english_only, language)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="north-gate-42"
    )
    caches["pages"].clear()
    audit.visit(private.url)
    page.locator('main [name="password"]').fill("guess")
    audit.send(page.locator("main form"), "the password, wrong", 200)

    context.close()
    assert audit.pages > 30
    assert audit.found == {}, "\n".join(f"{where}: {found}" for where, found in audit.found.items())
