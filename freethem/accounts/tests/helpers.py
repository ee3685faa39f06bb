"""For tests: sessions that have given their second factor, and codes an app would show."""

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

_force_login = Client.force_login


def force_login_with_second_factor(client, user, backend=None):
    """Client.force_login, and the session marked as having given a second factor.

    Installed in place of Client.force_login for every test (see the root conftest.py): a test
    that logs someone in means a full sign-in. Tests of the second step sign in through the
    admin's forms instead.
    """
    _force_login(client, user, backend)
    device, _ = StaticDevice.objects.get_or_create(
        user=user, name="signed in by a test", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def force_login_password_only(client, user, backend=None):
    """Client.force_login as Django has it: a password given, no second factor."""
    _force_login(client, user, backend)


def authenticator_app(user):
    """A confirmed authenticator app for `user`, as if set up through the admin."""
    return TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=True)


def current_code(device):
    """The code the app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
