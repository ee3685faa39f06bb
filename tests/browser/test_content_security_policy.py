"""Every kind of public page, in each of the four languages, runs under the site's strict
Content-Security-Policy without a single violation: nothing inline, nothing from elsewhere, only
the video player a visitor chooses to load, in its frame. The admin runs under its own policy.

Chromium reports a violation twice, and both are listened to: as an error in the console
("… violates the following Content Security Policy directive …") and as a
`securitypolicyviolation` event, caught by a script Playwright adds to every page (it runs
outside the page's policy). The first step checks that both still hear a real violation.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from freethem.appeals import services as appeal_services
from freethem.news.tests.factories import make_post

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PLAYERS = tuple(settings.FREETHEM_EMBED_PLAYER_ORIGINS)

LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolation(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    + ` (${event.sourceFile || "?"}:${event.lineNumber})`
  );
}, true);
"""


class Watch:
    """What the browser reported while the test walked the site."""

    def __init__(self, context, site_url):
        self.site_url = site_url
        self.events, self.console, self.errors, self.elsewhere = [], [], [], []
        self.documents = 0
        context.expose_binding(
            "__cspViolation", lambda source, text: self.events.append((source["frame"].url, text))
        )
        context.add_init_script(LISTENER)
        for origin in PLAYERS:
            # The network is not reached: a stand-in player answers.
            context.route(f"{origin}/**", self._player)
        context.on("request", self._request)

    def _player(self, route):
        route.fulfill(body="<!DOCTYPE html><title>player</title>", content_type="text/html")

    def _request(self, request):
        # A request the policy let through to another host than the site and its players.
        if not request.url.startswith((self.site_url, *PLAYERS, "data:")):
            self.elsewhere.append(request.url)

    def page(self, context):
        page = context.new_page()
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.errors.append((page.url, str(error))))
        return page

    def _console(self, message):
        if message.type == "error" and "Content Security Policy" in message.text:
            self.console.append((message.page.url if message.page else "?", message.text))

    def clear(self):
        self.events.clear()
        self.console.clear()

    def problems(self):
        return {
            "console": self.console,
            "events": self.events,
            "script errors": self.errors,
            "requests elsewhere": self.elsewhere,
        }


def settle(page):
    """Let the page's queued events (violations are reported asynchronously) reach us."""
    page.evaluate("() => new Promise((done) => setTimeout(done, 20))")


def visit(watch, page, url, status=200):
    response = page.goto(watch.site_url + url)
    assert response is not None, url
    assert response.status == status, (url, response.status)
    assert "frame-ancestors 'none'" in response.headers.get("content-security-policy", ""), url
    watch.documents += 1
    settle(page)


def submit(watch, page, form, status=None):
    with page.expect_navigation() as navigation:
        form.locator("[type=submit]").first.click()
    response = navigation.value
    if status is not None:
        assert response.status == status, (page.url, response.status)
    assert "Content-Security-Policy" in {k.title() for k in response.headers}, page.url
    watch.documents += 1
    settle(page)


@pytest.fixture
def watched(browser, site):
    context = browser.new_context(locale="en-GB")
    watch = Watch(context, site.url)
    page = watch.page(context)
    yield watch, page
    context.close()


def check_the_listeners_hear_a_violation(watch, page):
    visit(watch, page, "/en/")
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.ran = true";
            document.body.append(script);
        }"""
    )
    settle(page)
    assert page.evaluate("() => window.ran") is None
    assert watch.console and watch.events, watch.problems()
    watch.clear()


def walk_one_language(watch, page, code, urls, english_only):
    visit(watch, page, f"/{code}/")
    visit(watch, page, urls["news"])

    # A post, then its video loaded by a click: the player's host is allowed in a frame only.
    visit(watch, page, urls["post"])
    page.locator(".embed-load").click()
    expect(page.locator(".embed iframe")).to_have_attribute("src", re.compile(r"^https://"))
    page.locator(".embed iframe").content_frame.locator("title").wait_for(state="attached")
    settle(page)

    # Search from the footer, as a visitor does.
    page.locator("#footer-q").fill("concert")
    submit(watch, page, page.locator("form.search-form"), status=200)

    # The appeal: the page, the form in its error state, signing, confirming, the signers.
    visit(watch, page, urls["appeal"])
    sheet = page.locator('a[href$="sheet.pdf"]')
    expect(sheet).to_have_count(1)
    if code == "en":  # a PDF: no page runs, and drawing it takes a while
        pdf = page.request.get(watch.site_url + sheet.get_attribute("href"))
        assert pdf.ok and pdf.headers["content-type"] == "application/pdf"
        assert "content-security-policy" in pdf.headers
    form = page.locator("form.sign-form").first
    form.locator('[name="person-email"]').fill("not-an-address")
    submit(watch, page, form, status=400)
    expect(page.locator("form.sign-form .error-summary")).to_be_visible()
    form = page.locator("form.sign-form").first
    form.locator('[name="person-name"]').fill(f"Signer {code}")
    form.locator('[name="person-country"]').select_option("FR")
    form.locator('[name="person-email"]').fill(f"signer-{code}@example.org")
    form.locator('[name="person-display"][value="full"]').check()
    submit(watch, page, form, status=200)
    assert page.url.endswith("/thanks/")
    mail.outbox.clear()
    appeal_services.queue_confirmations()
    [message] = mail.outbox
    link = re.search(r"https?://[^/\s]+(/\S+/confirm/\S+/)", message.body).group(1)
    visit(watch, page, link)
    # Confirming without choosing how to appear: the form's error state.
    submit(watch, page, page.locator("article.appeal-confirm form"), status=400)
    page.locator('[name="display"][value="initials"]').check()
    submit(watch, page, page.locator("article.appeal-confirm form"), status=200)
    expect(page.locator("article.appeal-confirmed")).to_be_visible()
    appeal_services.tally_signatures()
    visit(watch, page, urls["appeal"] + "signers/?q=Signer")

    # Prisoners: the index filtered and searched, a profile, a letter to write.
    visit(watch, page, urls["prisoners"] + "?status=detained&occupation=rapper")
    visit(watch, page, urls["prisoners"] + "?q=toomaj")
    visit(watch, page, urls["profile"])
    visit(watch, page, urls["letter"])
    visit(watch, page, urls["downloads"])

    # Actions: the index with its map, an event, a day of action, the two forms sent empty.
    visit(watch, page, urls["events"])
    expect(page.locator(".world-map")).to_have_count(1)
    visit(watch, page, urls["event"])
    visit(watch, page, urls["day"])
    for form_path in ("propose/", "report/"):
        visit(watch, page, urls["events"] + form_path)
        form = page.locator("main form").first
        form.evaluate("form => { form.noValidate = true; }")
        submit(watch, page, form)
        expect(page.locator("main .error").first).to_be_visible()

    # Alerts: the form, then sent with a wrong address.
    visit(watch, page, f"/{code}/alerts/")
    form = page.locator("main form").first
    form.evaluate("form => { form.noValidate = true; }")
    form.locator('[name="email"]').fill("not-an-address")
    submit(watch, page, form)
    expect(page.locator("main .error").first).to_be_visible()
    # The archive of alerts and an alert sent.
    visit(watch, page, f"/{code}/alerts/archive/")
    visit(watch, page, urls["alert"])

    visit(watch, page, f"/{code}/untranslated/{english_only.pk}/")
    visit(watch, page, f"/{code}/no-such-page/", status=404)


def test_every_public_page_in_every_language_runs_without_a_violation(watched, campaign):
    watch, page = watched
    urls, english_only = campaign
    check_the_listeners_hear_a_violation(watch, page)
    for code in LANGUAGES:
        walk_one_language(watch, page, code, urls[code], english_only)
    assert watch.documents == 1 + 29 * len(LANGUAGES)
    assert watch.problems() == {
        "console": [],
        "events": [],
        "script errors": [],
        "requests elsewhere": [],
    }


def test_the_admin_runs_under_its_own_policy(watched, site, sign_in_to_admin):
    watch, page = watched
    post = make_post(site.index, title="Edited in the admin")
    get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-12345")
    # The password, then the second factor: its pages run under the admin's policy too.
    sign_in_to_admin(page, "editor", "pw-12345")
    expect(page).to_have_url(watch.site_url + "/admin/")
    for path in (
        "/admin/",
        f"/admin/pages/{site.index.pk}/",
        f"/admin/pages/{post.pk}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/proposals/",
        "/admin/users/",
    ):
        response = page.goto(watch.site_url + path)
        assert response.status == 200, path
        policy = response.headers["content-security-policy"]
        assert "frame-ancestors 'self'" in policy
        assert not [part for part in policy.split() if "//" in part], policy
        settle(page)
    # The editor at work: the page's editing form takes focus and input.
    page.goto(watch.site_url + f"/admin/pages/{post.pk}/edit/")
    page.locator("#id_title").fill("Edited in the admin, again")
    settle(page)
    assert urlsplit(page.url).path == f"/admin/pages/{post.pk}/edit/"
    assert watch.problems() == {
        "console": [],
        "events": [],
        "script errors": [],
        "requests elsewhere": [],
    }
