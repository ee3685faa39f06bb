"""The second factors of the people who use the admin, and what an operator does about them.

A second factor is one of three kinds, all kept by django-otp and its plugins: an authenticator
app (TOTP, `otp_totp`), passkeys (WebAuthn, `django_otp_webauthn`) and one-time recovery codes
(`otp_static`). Every session that has given a password must also give one of them before it
reaches anything behind the login (`middleware.py`). Someone without any yet sets up an
authenticator app right after their password and gets recovery codes with it.

Wrong codes are throttled by django-otp on each device (the wait doubles after each miss);
wrong passwords by django-axes (`throttle.py`).
"""

from base64 import b32encode
from importlib import import_module

import axes.utils
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone
from django_otp import devices_for_user, user_has_device, verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.utils import get_credential_model

from . import audit

RECOVERY_CODE_COUNT = 10
# Names stored on devices; people see them translated (see `device_kind`).
TOTP_NAME = "authenticator app"
RECOVERY_NAME = "recovery codes"


def passkey_model():
    return get_credential_model()


def has_second_factor(user):
    """Whether the user has set up any second factor (an app, a passkey or recovery codes)."""
    return user_has_device(user, confirmed=True)


def authenticator_apps(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk")


def passkeys(user):
    return passkey_model().objects.devices_for_user(user, confirmed=True).order_by("pk")


def recovery_devices(user):
    return StaticDevice.objects.devices_for_user(user, confirmed=True).order_by("pk")


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def device_kind(device):
    """'app', 'passkey' or 'recovery': what the person used, in words the templates translate."""
    if isinstance(device, TOTPDevice):
        return "app"
    if isinstance(device, StaticDevice):
        return "recovery"
    return "passkey"


# Setting up an authenticator app -------------------------------------------------------------


def pending_authenticator_app(user, device_id=None):
    """The app being set up: an unconfirmed TOTP device with a fresh secret.

    `device_id` keeps the same secret across reloads of one session (the caller keeps it in the
    session). Any other session gets a new secret, and earlier ones are dropped: a secret seen by
    someone who had only the password must never be the one the owner later confirms.
    """
    pending = TOTPDevice.objects.filter(user=user, confirmed=False)
    if device_id is not None:
        device = pending.filter(pk=device_id).first()
        if device is not None:
            return device
    pending.delete()
    return TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)


def totp_secret(device):
    """The secret as people type it into an app: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def confirm_authenticator_app(*, user, device, code):
    """Confirm the app being set up when `code` is one it shows; it replaces any earlier app.

    Returns the confirmed device, or None when the code does not match (or is throttled).
    """
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(pk=device.pk, user=user, confirmed=False)
            .first()
        )
        if device is None or not device.verify_token(normalise_code(code)):
            return None
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    audit.log_on_user(user, audit.APP_SET_UP)
    return device


# Recovery codes ------------------------------------------------------------------------------


def new_recovery_codes(user, *, by=audit.SELF):
    """Replace the user's recovery codes with new ones, returned to be shown once.

    The device is kept (a session verified with one of its codes stays verified); its codes go.
    """
    with transaction.atomic():
        device = recovery_devices(user).first()
        if device is None:
            device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    audit.log_on_user(user, audit.RECOVERY_CODES, by=by)
    return codes


def normalise_code(code):
    """Codes as typed: spaces and dashes left out, recovery codes in lower case."""
    return "".join(str(code).split()).replace("-", "").lower()


# Checking a code -----------------------------------------------------------------------------


def throttled_until(devices):
    """When the soonest of `devices` takes a code again, or None if one takes it now."""
    waits = []
    for device in devices:
        allowed, details = device.verify_is_allowed()
        if allowed:
            return None
        waits.append((details or {}).get("locked_until") or timezone.now())
    return min(waits) if waits else None


def check_code(user, devices, code):
    """The device among `devices` that accepts `code` (each code works once), or None."""
    code = normalise_code(code)
    if not code:
        return None
    for device in devices:
        verified = verify_token(user, device.persistent_id, code)
        if verified is not None:
            return verified
    return None


# What an operator does -----------------------------------------------------------------------


def remove_passkey(*, user, passkey_id):
    """Remove one of the user's passkeys; True when there was one to remove."""
    passkey = passkeys(user).filter(pk=passkey_id).first()
    if passkey is None:
        return False
    passkey.delete()
    audit.log_on_user(user, audit.PASSKEY_REMOVED, data={"name": passkey.name})
    return True


def reset_second_factor(user):
    """Remove every second factor of the user's and end all their sessions.

    For someone who lost their phone and their recovery codes: at their next sign-in they set
    up a new app. Their sessions end too, or one left open (perhaps someone else's) would be
    offered that setup without a second factor. Returns how many devices were removed.
    """
    with transaction.atomic():
        removed = 0
        for device in list(devices_for_user(user, confirmed=None)):
            device.delete()
            removed += 1
    end_sessions(user)
    audit.log_on_user(user, audit.SECOND_FACTOR_RESET, by=None, data={"devices": removed})
    return removed


def end_sessions(user, *, keep=None):
    """End every session of the user's, except the one with the key `keep`."""
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store, "get_model_class"):
        raise ImproperlyConfigured("Ending a user's sessions needs database-backed sessions.")
    model = store.get_model_class()
    user_id = str(user.pk)
    ended = 0
    for session in model.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.session_key == keep:
            continue
        if store().decode(session.session_data).get(SESSION_KEY) == user_id:
            session.delete()
            ended += 1
    return ended


def unlock_account(username, *, user=None):
    """Forget the failed sign-ins of `username` (django-axes) and of its second factors.

    Returns how many counters were cleared.
    """
    cleared = axes.utils.reset(username=username)
    if user is not None:
        for device in devices_for_user(user, confirmed=None):
            if getattr(device, "throttling_failure_count", 0):
                device.throttle_reset()
                cleared += 1
        audit.log_on_user(user, audit.ACCOUNT_UNLOCKED, by=None)
    return cleared
