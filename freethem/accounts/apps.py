from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "freethem.accounts"
    label = "accounts"
    verbose_name = _("Admin accounts")

    def ready(self):
        from . import audit, checks  # noqa: F401  (signal receivers and system checks)
