"""The second step of signing in to the admin, setting up a second factor, and managing them.

Every view here sits under the admin's address (`wagtail_hooks.py`), so Wagtail's own check
(an account with access to the admin) and the account's language apply. The second step and
the setup are open to a session that has given its password only (`middleware.py`).
"""

import segno
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from django_otp import login as otp_login
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import services
from .forms import AppCodeForm, RecoveryCodeForm

# New recovery codes wait here between the request that makes them and the page that shows them.
NEW_CODES_SESSION_KEY = "freethem_new_recovery_codes"
# The app being set up in this session, so that a reload shows the same secret.
PENDING_APP_SESSION_KEY = "freethem_pending_app"


def next_url(request):
    """Where to go once done: the `next` the admin asked for, if it is on this site."""
    candidate = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME)
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def with_next(url_name, request):
    return f"{reverse(url_name)}?{urlencode({REDIRECT_FIELD_NAME: next_url(request)})}"


def errors_of(form):
    """A form's errors, for the messages above it (`accounts/step_base.html`)."""
    if form is None or not form.is_bound:
        return []
    return [*form.non_field_errors(), *form.errors.get("code", [])]


def throttled_error(until):
    return _("Too many wrong codes in a row. Try again after %(time)s.") % {
        "time": formats.time_format(timezone.localtime(until), "TIME_FORMAT")
    }


@never_cache
@sensitive_post_parameters()
def verify(request):
    """The second step: a code from the app, a passkey, or a recovery code."""
    user = request.user
    if user.is_verified():
        return redirect(next_url(request))
    if not services.has_second_factor(user):
        return redirect(with_next("second_factor_setup", request))

    apps = list(services.authenticator_apps(user))
    recovery = list(services.recovery_devices(user))
    kind = request.POST.get("kind") if request.method == "POST" else None
    app_form = AppCodeForm(request.POST if kind == "app" else None, prefix="app")
    recovery_form = RecoveryCodeForm(
        request.POST if kind == "recovery" else None, prefix="recovery"
    )
    form, devices = {"app": (app_form, apps), "recovery": (recovery_form, recovery)}.get(
        kind, (None, [])
    )
    if form is not None and form.is_valid():
        until = services.throttled_until(devices)
        if until is not None:
            form.add_error(None, throttled_error(until))
        else:
            device = services.check_code(user, devices, form.cleaned_data["code"])
            if device is not None:
                otp_login(request, device)
                if kind == "recovery":
                    left = services.recovery_codes_left(user)
                    messages.warning(
                        request,
                        _(
                            "You used a recovery code: %(left)s left. Make new ones from your "
                            "account if you are running out."
                        )
                        % {"left": left},
                    )
                return redirect(next_url(request))
            form.add_error("code", _("This code is not right, or was used already."))

    return render(
        request,
        "accounts/verify.html",
        {
            "app_form": app_form if apps else None,
            "recovery_form": recovery_form if recovery else None,
            "has_passkeys": services.passkeys(user).exists(),
            "next": next_url(request),
            "step_errors": errors_of(form),
        },
    )


@never_cache
@sensitive_post_parameters()
def setup(request):
    """Set up an authenticator app: the first second factor, or a new phone's."""
    user = request.user
    if services.has_second_factor(user) and not user.is_verified():
        # Replacing a second factor takes one first: a password alone sets up nothing.
        return redirect(with_next("second_factor_verify", request))

    device = services.pending_authenticator_app(user, request.session.get(PENDING_APP_SESSION_KEY))
    request.session[PENDING_APP_SESSION_KEY] = device.pk
    form = AppCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        until = services.throttled_until([device])
        if until is not None:
            form.add_error(None, throttled_error(until))
        else:
            confirmed = services.confirm_authenticator_app(
                user=user, device=device, code=form.cleaned_data["code"]
            )
            if confirmed is not None:
                request.session.pop(PENDING_APP_SESSION_KEY, None)
                otp_login(request, confirmed)
                if services.recovery_codes_left(user) == 0:
                    request.session[NEW_CODES_SESSION_KEY] = services.new_recovery_codes(user)
                    return redirect(with_next("second_factor_codes", request))
                messages.success(request, _("Your authenticator app is set up."))
                return redirect(next_url(request))
            form.add_error("code", _("This code is not right. Check the time on your phone."))

    uri = device.config_url
    qr = segno.make(uri, error="m").svg_inline(
        scale=4, border=4, dark="#000", light="#fff", title=_("QR code for your authenticator app")
    )
    return render(
        request,
        "accounts/setup.html",
        {
            "form": form,
            "qr_svg": qr,
            "secret": services.totp_secret(device),
            "uri": uri,
            "replacing": user.is_verified(),
            "next": next_url(request),
            "step_errors": errors_of(form),
        },
    )


class RecoveryCodesView(WagtailAdminTemplateMixin, TemplateView):
    """New recovery codes, shown once."""

    template_name = "accounts/recovery_codes.html"
    page_title = gettext_lazy("Your recovery codes")
    header_icon = "key"

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
        if not codes:
            return redirect("second_factor_manage")
        return self.render_to_response(self.get_context_data(codes=codes, next=next_url(request)))


class ManageView(WagtailAdminTemplateMixin, TemplateView):
    """The account's second factors: add a passkey, new recovery codes, a new phone."""

    template_name = "accounts/manage.html"
    page_title = gettext_lazy("Two-step sign-in")
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_account"), "label": _("Account")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            apps=services.authenticator_apps(user),
            passkeys=services.passkeys(user),
            codes_left=services.recovery_codes_left(user),
            **kwargs,
        )


manage = never_cache(ManageView.as_view())
recovery_codes = never_cache(RecoveryCodesView.as_view())


@require_POST
def new_codes(request):
    request.session[NEW_CODES_SESSION_KEY] = services.new_recovery_codes(request.user)
    return redirect("second_factor_codes")


@require_POST
def remove_passkey(request, passkey_id):
    if services.remove_passkey(user=request.user, passkey_id=passkey_id):
        messages.success(request, _("The passkey was removed."))
    return redirect("second_factor_manage")


def locked_out(request, original_response=None, credentials=None):
    """What a locked-out sign-in gets instead of the admin (AXES_LOCKOUT_CALLABLE)."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    return render(
        request,
        "accounts/locked_out.html",
        {"minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
