from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppealsConfig(AppConfig):
    name = "freethem.appeals"
    verbose_name = _("Appeals")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from freethem.core import jobs

        from . import emails, services, signers  # noqa: F401  (signers: its query parameters)

        jobs.register(
            "appeals.confirmations",
            emails.queue_confirmations,
            report="Queued {} confirmation emails.",
        )
        jobs.register("appeals.tally", services.tally_signatures, report="Tallied {} signatures.")
        jobs.register(
            "appeals.unconfirmed",
            services.delete_unconfirmed,
            every=3600,
            report="Deleted {} unconfirmed signatures.",
        )
        jobs.register(
            "appeals.retention",
            services.anonymise_closed_appeals,
            every=3600,
            report="Erased the email addresses of {} signers.",
        )
