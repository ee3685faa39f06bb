"""Taking over the admin, which holds supporters' data: each attack we know of, and that it fails.

A password is not enough to reach anything behind the admin's login; guessing passwords is cut
short per account and per (hashed) client; sessions end after a day without use and on a
change of password; who changed users and who took signers' data out stays in the audit log.
"""

import logging
import re

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Collection, CollectionViewRestriction, ModelLogEntry

from freethem.accounts import services
from freethem.accounts.tests.helpers import authenticator_app, current_code

PASSWORD = "a long and right password"
HOME = "/admin/"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in_with_password(client, username, password, **extra):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password, "next": HOME},
        **extra,
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def sent_to_second_step(response):
    return response.status_code == 302 and response["Location"].startswith(
        reverse("second_factor_verify")
    )


@pytest.fixture
def password_only(client, editor):
    """A session that knows the editor's password and nothing more."""
    authenticator_app(editor)
    assert sign_in_with_password(client, "editor", PASSWORD).status_code == 302
    assert logged_in(client)
    return client


# Password alone ------------------------------------------------------------------------------


def test_a_password_alone_reaches_no_admin_view(password_only, site_tree):
    page = site_tree.home
    urls = [
        HOME,
        f"/admin/pages/{page.pk}/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.pk}/edit/preview/",
        "/admin/api/main/pages/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/account/",
        "/admin/documents/",
        "/admin/images/",
        "/admin/reports/site-history/",
        reverse("appeal_signatures:index") + "?export=csv",
        reverse("second_factor_manage"),
        reverse("second_factor_codes"),
        "/admin/no-such-page/",
    ]
    for url in urls:
        assert sent_to_second_step(password_only.get(url)), url
    assert sent_to_second_step(password_only.post(reverse("second_factor_new_codes")))
    assert not services.recovery_codes_left(get_user_model().objects.get(username="editor"))


def test_the_same_views_open_once_the_second_factor_is_given(client, editor, site_tree):
    client.force_login(editor)
    for url in [HOME, f"/admin/pages/{site_tree.home.pk}/", "/admin/users/", "/admin/account/"]:
        assert client.get(url).status_code == 200, url


def test_a_password_alone_opens_no_private_document(password_only, editor, settings, tmp_path):
    from wagtail.documents.models import Document

    settings.MEDIA_ROOT = tmp_path
    private = Collection.get_first_root_node().add_child(name="Lawyers' letters")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.create(
        title="Letter", file=ContentFile(b"secret", name="letter.txt"), collection=private
    )
    url = reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    response = password_only.get(url)
    assert response.status_code == 302 and "secret" not in response.content.decode()

    verified = Client()
    verified.force_login(editor)
    assert b"".join(verified.get(url).streaming_content) == b"secret"


def test_a_password_alone_cannot_set_up_another_second_factor(password_only, editor):
    # The setup page sends an account that has a second factor to give it first.
    assert password_only.get(reverse("second_factor_setup"))["Location"].startswith(
        reverse("second_factor_verify")
    )
    # Even with a device being set up and its right code, nothing is confirmed.
    pending = TOTPDevice.objects.create(user=editor, name="attacker's app", confirmed=False)
    response = password_only.post(reverse("second_factor_setup"), {"code": current_code(pending)})
    pending.refresh_from_db()
    assert not pending.confirmed
    assert sent_to_second_step(password_only.get(HOME)) and response.status_code == 302


def test_a_secret_seen_with_a_stolen_password_is_never_the_one_the_owner_sets_up(db):
    """Someone with the password of an account not yet set up sees a setup page: its secret
    must not be the one the owner is shown and confirms later."""
    get_user_model().objects.create_superuser("newcomer", "n@example.org", PASSWORD)
    setup = reverse("second_factor_setup")
    thief, owner = Client(), Client()
    sign_in_with_password(thief, "newcomer", PASSWORD)
    stolen = secret_on(thief.get(setup))
    assert secret_on(thief.get(setup)) == stolen  # a reload keeps it, for its own session
    sign_in_with_password(owner, "newcomer", PASSWORD)
    assert secret_on(owner.get(setup)) != stolen
    # The thief's code confirms nothing; the owner's app stands alone.
    response = thief.post(setup, {"code": code_for(stolen)})
    assert response.status_code == 200 or sent_to_second_step(response)
    assert not TOTPDevice.objects.filter(user__username="newcomer", confirmed=True).exists()


def secret_on(response):
    return re.search(r'second-factor-secret"[^>]*>([A-Z2-7 ]+)<', response.content.decode())[1]


def code_for(secret):
    from base64 import b32decode

    from django_otp.oath import totp

    return f"{totp(b32decode(secret.replace(' ', ''))):06d}"


def test_a_password_alone_cannot_add_a_passkey(password_only):
    response = password_only.post(
        reverse("otp_webauthn:credential-registration-begin"), content_type="application/json"
    )
    assert response.status_code == 403
    assert "otp_webauthn_register_state" not in password_only.session


def test_passkeys_never_replace_the_password(client, editor):
    response = client.post(
        reverse("otp_webauthn:credential-authentication-begin"), content_type="application/json"
    )
    assert response.status_code in (302, 403)
    assert not logged_in(client)


def test_guessing_app_codes_is_throttled(password_only, editor):
    app = TOTPDevice.objects.get(user=editor)
    verify = reverse("second_factor_verify")
    for guess in range(30):
        password_only.post(verify, {"kind": "app", "app-code": f"{guess:06d}"})
    response = password_only.post(verify, {"kind": "app", "app-code": current_code(app)})
    assert response.status_code == 200
    assert "Too many wrong codes" in response.content.decode()
    assert sent_to_second_step(password_only.get(HOME))


def test_guessing_recovery_codes_is_throttled(password_only, editor):
    [code, *_] = services.new_recovery_codes(editor)
    verify = reverse("second_factor_verify")
    for guess in range(30):
        password_only.post(verify, {"kind": "recovery", "recovery-code": f"guess{guess:03d}"})
    password_only.post(verify, {"kind": "recovery", "recovery-code": code})
    assert sent_to_second_step(password_only.get(HOME))


# Guessing passwords --------------------------------------------------------------------------


def test_two_hundred_wrong_passwords_lock_the_account_even_for_the_right_one(client, editor):
    for attempt in range(200):
        sign_in_with_password(client, "editor", f"wrong guess {attempt}")
    response = sign_in_with_password(client, "editor", PASSWORD)
    assert not logged_in(client)
    assert response.status_code == 429
    assert client.get(HOME).status_code == 302


def test_an_account_is_locked_whichever_clients_guess(client, editor):
    limit = settings.FREETHEM_LOGIN_FAILURES_PER_ACCOUNT
    for n in range(limit):
        sign_in_with_password(client, "editor", "wrong", REMOTE_ADDR=f"198.51.100.{n}")
    response = sign_in_with_password(Client(), "editor", PASSWORD, REMOTE_ADDR="192.0.2.99")
    assert response.status_code == 429


def test_one_client_trying_many_accounts_is_locked_out(client, editor):
    limit = settings.FREETHEM_LOGIN_FAILURES_PER_CLIENT
    for n in range(limit):
        sign_in_with_password(client, f"someone{n}", "guess", REMOTE_ADDR="203.0.113.7")
    locked = sign_in_with_password(client, "editor", PASSWORD, REMOTE_ADDR="203.0.113.7")
    assert locked.status_code == 429 and not logged_in(client)
    # Another client, and the account itself, are not locked by that client's guesses.
    other = Client()
    assert sign_in_with_password(other, "editor", PASSWORD, REMOTE_ADDR="192.0.2.1").status_code
    assert logged_in(other)


def test_a_few_mistakes_from_one_client_lock_out_nobody(client, editor):
    limit = settings.FREETHEM_LOGIN_FAILURES_PER_ACCOUNT
    for n in range(limit - 1):
        sign_in_with_password(client, f"typo{n}", "guess", REMOTE_ADDR="203.0.113.8")
    # Past the account's limit for this client, short of the client's: still open.
    for n in range(limit):
        sign_in_with_password(client, f"other{n}", "guess", REMOTE_ADDR="203.0.113.8")
    assert sign_in_with_password(client, "editor", PASSWORD, REMOTE_ADDR="203.0.113.8")
    assert logged_in(client)


def test_the_lockout_page_speaks_the_visitors_language(client, editor):
    for attempt in range(settings.FREETHEM_LOGIN_FAILURES_PER_ACCOUNT):
        sign_in_with_password(client, "editor", f"wrong {attempt}")
    response = sign_in_with_password(client, "editor", PASSWORD, HTTP_ACCEPT_LANGUAGE="fa")
    html = response.content.decode()
    assert response.status_code == 429
    assert '<html lang="fa" dir="rtl"' in html
    assert "15" in html  # minutes to wait


def test_failed_sign_ins_keep_no_address_anywhere(client, editor, caplog):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.core.cache import caches

    caplog.set_level(logging.DEBUG)
    for attempt in range(settings.FREETHEM_LOGIN_FAILURES_PER_ACCOUNT + 2):
        sign_in_with_password(client, "editor", f"wrong {attempt}", REMOTE_ADDR="203.0.113.77")
    assert sign_in_with_password(client, "editor", PASSWORD).status_code == 429
    assert not AccessAttempt.objects.exists()
    assert not AccessLog.objects.exists() and not AccessFailureLog.objects.exists()
    cache = caches[settings.AXES_CACHE]
    stored = repr(cache._cache) if hasattr(cache, "_cache") else ""
    assert "203.0.113.77" not in stored and "203.0.113.77" not in caplog.text


def test_an_operator_unlocks_an_account(client, editor):
    for attempt in range(settings.FREETHEM_LOGIN_FAILURES_PER_ACCOUNT):
        sign_in_with_password(client, "editor", f"wrong {attempt}", REMOTE_ADDR="192.0.2.50")
    assert sign_in_with_password(Client(), "editor", PASSWORD).status_code == 429
    call_command("unlock_account", "editor")
    fresh = Client()
    sign_in_with_password(fresh, "editor", PASSWORD)
    assert logged_in(fresh)
    assert ModelLogEntry.objects.filter(action="freethem.account.unlocked").exists()


def test_axes_own_command_unlocks_too(client, editor):
    for attempt in range(settings.FREETHEM_LOGIN_FAILURES_PER_ACCOUNT):
        sign_in_with_password(client, "editor", f"wrong {attempt}", REMOTE_ADDR="192.0.2.51")
    call_command("axes_reset_username", "editor")
    fresh = Client()
    sign_in_with_password(fresh, "editor", PASSWORD)
    assert logged_in(fresh)


def test_password_reset_does_not_tell_who_has_an_account(client, editor):
    url = reverse("wagtailadmin_password_reset")
    known = client.post(url, {"email": "editor@example.org"}, follow=True)
    unknown = Client().post(url, {"email": "nobody@example.org"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain
    assert known.status_code == unknown.status_code == 200
    # The same page, but for the form's token.
    token = re.compile(rb"[A-Za-z0-9]{64}")
    assert token.sub(b"", known.content) == token.sub(b"", unknown.content)
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["editor@example.org"]


# Sessions ------------------------------------------------------------------------------------


def test_an_admin_session_ends_after_a_day_without_use(client, editor):
    assert settings.SESSION_COOKIE_AGE == 24 * 3600 and settings.SESSION_SAVE_EVERY_REQUEST
    client.force_login(editor)
    key = client.session.session_key
    # Every request moves the end a day on.
    Session.objects.filter(pk=key).update(expire_date=timezone.now() + timezone.timedelta(hours=1))
    assert client.get(HOME).status_code == 200
    left = Session.objects.get(pk=key).expire_date - timezone.now()
    assert left > timezone.timedelta(hours=23)
    # A day without a request, and it is over.
    gone = timezone.now() - timezone.timedelta(seconds=1)
    Session.objects.filter(pk=key).update(expire_date=gone)
    assert client.get(HOME)["Location"].startswith(reverse("wagtailadmin_login"))


def test_readers_still_get_no_cookie_and_no_session(client, site_tree):
    for url in ["/en/", "/fa/", "/en/news/", "/en/search/?q=azizi"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
        assert "cookie" not in response.get("Vary", "").lower(), url
    assert not Session.objects.exists()


def test_changing_the_password_ends_the_other_sessions(editor):
    laptop, stolen = Client(), Client()
    laptop.force_login(editor)
    stolen.force_login(editor)
    assert stolen.get(HOME).status_code == 200
    account = laptop.get(reverse("wagtailadmin_account"))
    form = {
        field.html_name: field.value() or ""
        for panels in account.context["panels_by_tab"].values()
        for panel in panels
        for field in panel.get_form()
    }
    form.update(
        {
            "name_email-first_name": "Shirin",
            "name_email-last_name": "Editor",
            "password-old_password": PASSWORD,
            "password-new_password1": "another long new password",
            "password-new_password2": "another long new password",
        }
    )
    response = laptop.post(reverse("wagtailadmin_account"), form)
    assert response.status_code == 302
    assert laptop.get(HOME).status_code == 200
    assert stolen.get(HOME)["Location"].startswith(reverse("wagtailadmin_login"))


def test_resetting_a_second_factor_ends_every_session(editor):
    authenticator_app(editor)
    stolen = Client()
    stolen.force_login(editor)
    call_command("reset_second_factor", "editor")
    assert not services.has_second_factor(editor)
    # Not offered to set one up: signed out.
    assert stolen.get(HOME)["Location"].startswith(reverse("wagtailadmin_login"))
    assert ModelLogEntry.objects.filter(action="freethem.second_factor.reset").exists()


# Audit log -----------------------------------------------------------------------------------


def test_exporting_signers_is_in_the_audit_log(client, editor, site_tree):
    from freethem.appeals import services as appeals
    from freethem.appeals.tests.factories import make_appeal

    appeal = make_appeal(site_tree.home, title="Free the poets")
    appeals.sign_appeal(
        appeal=appeal, data={"name": "Shirin", "country": "FR", "email": "s@example.org"}, ip=""
    )
    client.force_login(editor)
    before = timezone.now()
    response = client.get(reverse("appeal_signatures:index"), {"export": "csv"})
    assert response.status_code == 200
    entry = ModelLogEntry.objects.get(action="freethem.export")
    assert entry.user_id == editor.pk and entry.timestamp >= before
    assert entry.data == {"model": "appeals.signature", "format": "csv", "rows": 1}
    assert "Exported 1 signatures (CSV)" in str(entry.message)
    # It shows in the admin's site history.
    history = client.get("/admin/reports/site-history/").content.decode()
    assert "Export personal data" in history


def test_changes_to_users_are_in_the_audit_log(client, editor):
    client.force_login(editor)
    editors = Group.objects.get_or_create(name="Editors")[0]
    created = client.post(
        reverse("wagtailusers_users:add"),
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "a fine long password",
            "password2": "a fine long password",
            "is_active": "on",
        },
    )
    assert created.status_code == 302
    newcomer = get_user_model().objects.get(username="newcomer")
    edited = client.post(
        reverse("wagtailusers_users:edit", args=[newcomer.pk]),
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [editors.pk],
        },
    )
    assert edited.status_code == 302
    entries = ModelLogEntry.objects.filter(object_id=str(newcomer.pk)).order_by("pk")
    actions = [entry.action for entry in entries]
    assert "wagtail.create" in actions and "wagtail.edit" in actions
    groups = entries.get(action="freethem.user.groups")
    assert groups.data == {"added": ["Editors"], "removed": []} and groups.user_id == editor.pk
    flags = entries.get(action="freethem.user.flags")
    assert flags.data == {"is_superuser": True} and flags.user_id == editor.pk

    assert client.post(reverse("wagtailusers_users:delete", args=[newcomer.pk])).status_code == 302
    deleted = ModelLogEntry.objects.get(object_id=str(newcomer.pk), action="wagtail.delete")
    assert deleted.user_id == editor.pk


def test_users_made_on_the_command_line_are_in_the_audit_log(db):
    call_command("createsuperuser", username="operator", email="op@example.org", interactive=False)
    operator = get_user_model().objects.get(username="operator")
    entry = ModelLogEntry.objects.get(object_id=str(operator.pk), action="wagtail.create")
    assert entry.user is None
    # And such an account sets up its second factor at its first sign-in.
    assert not services.has_second_factor(operator)
