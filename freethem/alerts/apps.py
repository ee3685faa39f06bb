from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "freethem.alerts"
    verbose_name = _("Alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from freethem.core import jobs

        from . import services

        jobs.register(
            "alerts.resume", services.resume_stalled_mailings, report="Resumed {} alert sendings."
        )
