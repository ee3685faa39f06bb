"""The admin's part: the second factor's pages, a panel on the account page, the audit actions."""

from django import forms
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.account import BaseSettingsPanel, SettingsTab

from . import audit, services, urls

security_tab = SettingsTab("security", _("Security"), order=300)


class SecondFactorPanel(BaseSettingsPanel):
    """What the account signs in with, and the way to the page that changes it."""

    name = "second_factor"
    title = _("Two-step sign-in")
    tab = security_tab
    order = 100
    template_name = "accounts/settings_panel.html"

    def get_form(self):
        return forms.Form(prefix=self.name)  # nothing to save here: the panel only links

    def get_context_data(self):
        return {
            "apps": services.authenticator_apps(self.user).count(),
            "passkeys": services.passkeys(self.user).count(),
            "codes_left": services.recovery_codes_left(self.user),
        }


@hooks.register("register_account_settings_panel")
def second_factor_panel(request, user, profile):
    return SecondFactorPanel(request, user, profile)


@hooks.register("register_admin_urls")
def second_factor_urls():
    return [path("second-factor/", include(urls))]


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    for action, formatter in audit.FORMATTERS.items():
        actions.register_action(action)(formatter)
