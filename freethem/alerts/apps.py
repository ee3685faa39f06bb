from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "freethem.alerts"
    verbose_name = _("Alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from freethem.core import bounces, jobs

        from . import emails, services, signals, views  # noqa: F401  (views: query parameters)
        from .models import Alert, Mailing

        for model in (Alert, Mailing):
            for signal in (post_save, post_delete):
                signal.connect(
                    signals.purge_archive, sender=model, dispatch_uid=f"alerts.purge.{model}"
                )

        bounces.address_stopped.connect(stop_mailing, dispatch_uid="alerts.stop_mailing")

        jobs.register("alerts.deliveries", emails.queue_deliveries, report="Queued {} alerts.")
        jobs.register("alerts.finish", services.finish_mailings, report="Finished {} sendings.")
        jobs.register(
            "alerts.prepare",
            services.prepare_unprepared,
            every=60,
            report="Restarted {} sendings' preparation.",
        )


def stop_mailing(sender, tokens, reason, **kwargs):
    from .services import stop_mailing

    stop_mailing(address_tokens=tokens, reason=reason)
