"""Signing in to the admin in two steps, setting up the second one, and managing it."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from freethem.accounts import services
from freethem.accounts.tests.helpers import authenticator_app, current_code

PASSWORD = "correct horse battery staple"
HOME = "/admin/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def password_step(client, username="editor", password=PASSWORD, next_url=HOME):
    """Sign in with the password; the address of the second step the admin sends on to."""
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": next_url},
    )
    assert response["Location"] == next_url
    onward = client.get(next_url)
    assert onward.status_code == 302
    return onward["Location"]


def secret_from(html):
    key = re.search(r'class="second-factor-secret"[^>]*>([A-Z2-7 ]+)<', html).group(1)
    return key.replace(" ", "")


def code_for_secret(secret):
    from base64 import b32decode

    from django_otp.oath import totp

    return f"{totp(b32decode(secret)):06d}"


def test_a_first_sign_in_sets_up_an_app_then_shows_recovery_codes_once(client, editor):
    verify_url = password_step(client)
    assert verify_url.startswith(reverse("second_factor_verify"))
    setup = client.get(verify_url, follow=True)
    assert setup.redirect_chain[-1][0].startswith(reverse("second_factor_setup"))
    html = setup.content.decode()
    assert "<svg" in html and "otpauth://" not in html.split("<svg")[0]
    secret = secret_from(html)

    wrong = client.post(setup.redirect_chain[-1][0], {"code": "000000"})
    assert wrong.status_code == 200 and not services.has_second_factor(editor)

    TOTPDevice.objects.filter(user=editor).update(throttling_failure_count=0)
    done = client.post(setup.redirect_chain[-1][0], {"code": code_for_secret(secret)})
    assert done["Location"].startswith(reverse("second_factor_codes"))
    codes_page = client.get(done["Location"])
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", codes_page.content.decode())
    assert len(codes) == services.RECOVERY_CODE_COUNT
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    # Shown once; the admin is open.
    assert client.get(done["Location"])["Location"] == reverse("second_factor_manage")
    assert client.get(HOME).status_code == 200
    assert ModelLogEntry.objects.filter(action="freethem.second_factor.app").count() == 1


def test_an_account_with_an_app_gives_its_code_after_the_password(client, editor):
    app = authenticator_app(editor)
    verify_url = password_step(client, next_url="/admin/pages/")
    page = client.get(verify_url)
    assert "Code from your authenticator app" in page.content.decode()
    assert "second-factor-secret" not in page.content.decode()

    assert client.post(verify_url, {"kind": "app", "app-code": "123456"}).status_code == 200
    app.refresh_from_db()
    app.throttle_reset()
    response = client.post(verify_url, {"kind": "app", "app-code": current_code(app)})
    assert response["Location"] == "/admin/pages/"
    assert client.get(HOME).status_code == 200


def test_a_recovery_code_works_once(client, editor):
    authenticator_app(editor)
    [code, *_] = services.new_recovery_codes(editor)
    verify_url = password_step(client)
    response = client.post(verify_url, {"kind": "recovery", "recovery-code": code.upper()})
    assert response["Location"] == HOME
    assert client.get(HOME).status_code == 200

    client.logout()
    password_step(client)
    again = client.post(verify_url, {"kind": "recovery", "recovery-code": code})
    assert again.status_code == 200
    assert "not right, or was used already" in again.content.decode()
    assert client.get(HOME).status_code == 302


def test_the_next_address_must_stay_on_this_site(client, editor):
    authenticator_app(editor)
    [code, *_] = services.new_recovery_codes(editor)
    password_step(client)
    verify = reverse("second_factor_verify")
    response = client.post(
        f"{verify}?next=https://evil.example/", {"kind": "recovery", "recovery-code": code}
    )
    assert response["Location"] == HOME


def test_new_recovery_codes_replace_the_old_ones_and_are_logged(client, editor):
    old = set(services.new_recovery_codes(editor))
    client.force_login(editor)
    response = client.post(reverse("second_factor_new_codes"))
    assert response["Location"] == reverse("second_factor_codes")
    html = client.get(response["Location"]).content.decode()
    new = set(re.findall(r"<li><code>([a-z2-7]{8})</code></li>", html))
    assert len(new) == services.RECOVERY_CODE_COUNT and not old & new
    stored = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert set(stored) == new
    # Still signed in: the session's own device was kept.
    assert client.get(reverse("second_factor_manage")).status_code == 200
    assert ModelLogEntry.objects.filter(action="freethem.second_factor.recovery_codes").exists()


def test_the_account_page_shows_the_second_factor_and_links_to_its_page(client, editor):
    authenticator_app(editor)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert "Two-step sign-in" in html and reverse("second_factor_manage") in html
    manage = client.get(reverse("second_factor_manage")).content.decode()
    assert 'id="passkey-registration-placeholder"' in manage
    assert "otp_webauthn_register.js" in manage and "<script>" not in manage.replace(" ", "")


def test_moving_to_a_new_phone_replaces_the_app_and_keeps_the_session(client, editor):
    old = authenticator_app(editor)
    services.new_recovery_codes(editor)
    client.post(password_step(client), {"kind": "app", "app-code": current_code(old)})
    page = client.get(reverse("second_factor_setup")).content.decode()
    assert "Set up a new authenticator app" in page
    response = client.post(
        reverse("second_factor_setup"), {"code": code_for_secret(secret_from(page))}
    )
    assert response.status_code == 302
    assert list(TOTPDevice.objects.filter(user=editor)) != [old]
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).count() == 1
    assert client.get(HOME).status_code == 200


def test_removing_a_passkey(client, editor):
    from django_otp_webauthn.models import WebAuthnCredential

    passkey = WebAuthnCredential.objects.create(
        user=editor,
        name="Laptop",
        confirmed=True,
        credential_id=b"id",
        public_key=b"key",
        sign_count=0,
        aaguid="00000000-0000-0000-0000-000000000000",
    )
    client.force_login(editor)
    assert "Laptop" in client.get(reverse("second_factor_manage")).content.decode()
    client.post(reverse("second_factor_remove_passkey", args=[passkey.pk]))
    assert not WebAuthnCredential.objects.filter(pk=passkey.pk).exists()
    assert ModelLogEntry.objects.filter(action="freethem.second_factor.passkey_added").exists()
    assert ModelLogEntry.objects.filter(action="freethem.second_factor.passkey_removed").exists()


@pytest.mark.parametrize("language", ["es", "fa", "fr"])
def test_the_second_step_speaks_the_editors_language(client, editor, language):
    from wagtail.users.models import UserProfile

    UserProfile.get_for_user(editor).__class__.objects.filter(user=editor).update(
        preferred_language=language
    )
    authenticator_app(editor)
    html = client.get(password_step(client)).content.decode()
    assert f'<html lang="{language}"' in html
    assert ('dir="rtl"' in html) == (language == "fa")
