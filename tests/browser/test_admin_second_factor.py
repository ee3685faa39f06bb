"""An editor signs in to the admin in two steps: a code from an app, a recovery code, a passkey."""

import re
from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from playwright.sync_api import expect

from freethem.accounts import services
from freethem.accounts.tests.helpers import authenticator_app, current_code

PASSWORD = "pw-for-the-browser"


@pytest.fixture
def editor(site):
    return get_user_model().objects.create_superuser("shirin", "shirin@example.org", PASSWORD)


def password_step(page, site):
    page.goto(site.url + "/admin/login/")
    page.get_by_label("Username").fill("shirin")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def sign_out(page, site):
    page.context.clear_cookies()
    page.goto(site.url + "/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))


def test_an_editor_gives_the_code_of_her_app_and_reaches_the_dashboard(site, editor, page):
    app = authenticator_app(editor)
    password_step(page, site)
    expect(page.get_by_role("heading", level=1)).to_have_text("Second step")
    # No admin yet: the password alone opened nothing.
    page.goto(site.url + "/admin/pages/")
    expect(page).to_have_url(re.compile(r"/admin/second-factor/\?next=%2Fadmin%2Fpages%2F$"))
    page.get_by_label("Code from your authenticator app").fill(current_code(app))
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/$"))
    page.goto(site.url + "/admin/")
    expect(page.locator(".w-dashboard")).to_be_visible()


def test_a_first_sign_in_sets_up_an_app_and_a_recovery_code_works_once(site, editor, page):
    password_step(page, site)
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-step sign-in")
    expect(page.locator("svg.segno")).to_be_visible()
    page.get_by_text("Cannot scan it? Type this key instead").click()
    secret = page.locator(".second-factor-secret").inner_text().replace(" ", "")
    page.get_by_label("Code from your authenticator app").fill(f"{totp(b32decode(secret)):06d}")
    page.get_by_role("button", name="Turn on two-step sign-in").click()

    expect(page.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    codes = page.locator(".second-factor-codes code").all_inner_texts()
    assert len(codes) == services.RECOVERY_CODE_COUNT
    page.get_by_role("link", name="I have kept them: continue").click()
    expect(page.locator(".w-dashboard")).to_be_visible()

    # The phone is lost: a recovery code lets her in, once.
    for attempt in range(2):
        sign_out(page, site)
        password_step(page, site)
        page.get_by_text("Use a recovery code").click()
        page.get_by_label("Recovery code").fill(codes[0])
        page.get_by_role("button", name="Continue").last.click()
        if attempt == 0:
            expect(page.locator(".w-dashboard")).to_be_visible()
        else:
            expect(page.locator(".messages")).to_contain_text("not right, or was used already")
            expect(page).to_have_url(re.compile(r"/admin/second-factor/"))


@pytest.fixture
def passkeys_here(settings, site):
    """Passkeys for the live server's origin (http://localhost:<port>, a secure context)."""
    assert site.url.startswith("http://localhost:")
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [site.url]


def virtual_authenticator(page):
    """Chromium's virtual authenticator, as a phone or a laptop with a fingerprint reader."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    options = {
        "protocol": "ctap2",
        "transport": "internal",
        "hasResidentKey": True,
        "hasUserVerification": True,
        "isUserVerified": True,
    }
    authenticator = cdp.send("WebAuthn.addVirtualAuthenticator", {"options": options})
    return cdp, authenticator["authenticatorId"]


def test_an_editor_adds_a_passkey_and_signs_in_with_it(
    site, editor, page, passkeys_here, sign_in_to_admin
):
    cdp, authenticator_id = virtual_authenticator(page)
    sign_in_to_admin(page, "shirin", PASSWORD)

    page.goto(site.url + "/admin/account/")
    page.get_by_role("tab", name="Security").click()
    page.get_by_role("link", name="Add a passkey, make new recovery codes").click()
    page.get_by_role("button", name="Add a passkey").click()
    expect(page.locator(".second-factor-passkeys li")).to_have_count(1)
    assert services.passkeys(editor).count() == 1
    credentials = cdp.send("WebAuthn.getCredentials", {"authenticatorId": authenticator_id})
    assert len(credentials["credentials"]) == 1

    sign_out(page, site)
    password_step(page, site)
    page.get_by_role("button", name="Use a passkey").click()
    expect(page.locator(".w-dashboard")).to_be_visible()
    passkey = services.passkeys(editor).get()
    assert passkey.last_used_at is not None
