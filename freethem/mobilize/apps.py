from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MobilizeConfig(AppConfig):
    name = "freethem.mobilize"
    verbose_name = _("Mobilize")

    def ready(self):
        from . import places  # noqa: F401 (a changed city purges the pages that name it)
