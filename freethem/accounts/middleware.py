"""Nothing behind a login is reached with a password alone.

A session of an account that can reach the admin, having given a password but no second factor
yet (django-otp's `is_verified()` is False), is, until it gives one:

- on the admin's addresses, sent to the second step (which sends someone without any second
  factor to set one up), except for that step itself, signing in and out, password reset and
  the few files those pages load;
- everywhere else (documents, private pages, the editors' bar on pages), anonymous.

Comes after django-otp's OTPMiddleware. A request without a session cookie is left alone and
its session untouched: readers get no session and no `Vary: Cookie`, which the page cache needs.
"""

import functools

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.functional import LazyObject, SimpleLazyObject, empty
from django.utils.http import urlencode

# The admin's addresses open to a session still owing its second factor.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "second_factor_verify",
    "second_factor_setup",
}
# django-otp-webauthn's endpoints: a passkey as the second step. Adding a passkey there is
# refused by the library itself to a session that has a second factor and has not given it.
OPEN_NAMESPACES = {"otp_webauthn"}


def concrete(value):
    """The user behind `request.user`, which middleware wraps in lazy objects, twice over.

    Wagtail's audit log looks through one wrapper only, and logs nothing for anything else.
    """
    while isinstance(value, LazyObject):
        if value._wrapped is empty:
            value._setup()
        value = value._wrapped
    return value


def owes_second_factor(user):
    """Whether the user has given a password but not yet the second factor their account owes.

    Every account that can reach the admin owes one. An account that cannot (a volunteer given
    a login only to read the campaign's private pages) signs in with its password alone.
    """
    if not user.is_authenticated or user.is_verified():
        return False
    return user.has_perm("wagtailadmin.access_admin")


def _anonymous():
    user = AnonymousUser()
    user.otp_device = None
    user.is_verified = lambda: False
    return user


def _verified_or_anonymous(user):
    return _anonymous() if owes_second_factor(user) else user


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return self.get_response(request)
        admin_prefix = reverse("wagtailadmin_home")
        if request.path_info.startswith(admin_prefix):
            request.user = concrete(request.user)
            if not self._is_open(request.path_info) and owes_second_factor(request.user):
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse('second_factor_verify')}?{query}")
            return self.get_response(request)

        user = request.user
        request.user = SimpleLazyObject(functools.partial(_verified_or_anonymous, user))
        auser = getattr(request, "auser", None)
        if auser is not None:
            request.auser = functools.partial(self._averified_or_anonymous, auser)
        return self.get_response(request)

    @staticmethod
    async def _averified_or_anonymous(auser):
        return _verified_or_anonymous(await auser())

    @staticmethod
    def _is_open(path):
        try:
            match = resolve(path)
        except Resolver404:
            return False
        return match.url_name in OPEN_URL_NAMES or bool(OPEN_NAMESPACES & set(match.namespaces))
