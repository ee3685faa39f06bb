"""Browser tests: Debian's Chromium, headless, driven by Playwright against a live test server."""

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test
# body are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("FREETHEM_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; `make test` installs it.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def site(transactional_db, live_server):
    from freethem.news.tests.factories import build_site

    tree = build_site()
    tree.url = live_server.url
    return tree


@pytest.fixture
def sign_in_to_admin(site):
    """Sign in to the admin as an editor would: the password, then the code the app shows.

    The account gets an authenticator app first if it has none, as if it had set one up.
    """

    def sign_in(page, username, password):
        from django.contrib.auth import get_user_model
        from playwright.sync_api import expect

        from freethem.accounts import services
        from freethem.accounts.tests.helpers import authenticator_app, current_code

        user = get_user_model().objects.get(username=username)
        app = services.authenticator_apps(user).first() or authenticator_app(user)
        page.goto(site.url + "/admin/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_label("Code from your authenticator app").fill(current_code(app))
        page.get_by_role("button", name="Continue").click()
        expect(page.locator(".w-dashboard")).to_be_visible()

    return sign_in
