from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "freethem.alerts"
    verbose_name = _("Alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from freethem.core import jobs

        from . import emails, services

        jobs.register("alerts.deliveries", emails.queue_deliveries, report="Queued {} alerts.")
        jobs.register("alerts.finish", services.finish_mailings, report="Finished {} sendings.")
        jobs.register(
            "alerts.prepare",
            services.prepare_unprepared,
            every=60,
            report="Restarted {} sendings' preparation.",
        )
