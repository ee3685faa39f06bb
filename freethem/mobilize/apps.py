from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MobilizeConfig(AppConfig):
    name = "freethem.mobilize"
    verbose_name = _("Mobilize")

    def ready(self):
        # places: a changed city purges the pages that name it; views: the query parameters
        # they read (core/cache.py).
        from . import places, views  # noqa: F401
