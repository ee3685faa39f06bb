from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "freethem.core"
    label = "core"
    verbose_name = "Campaign site"

    def ready(self):
        from django.urls import register_converter

        from .converters import IdConverter

        # Before any URL module loads: `<id:...>` in every app's URLs, the admin's included.
        register_converter(IdConverter, "id")
        # signals: the page-cache purge; views: the query parameters they read (cache.py).
        from . import checks, jobs, outbox, signals, views  # noqa: F401

        jobs.register("core.outbox", outbox.queue_owed, report="Queued {} emails.")

        from django.db.models.signals import pre_save

        from .translations import mirror_stays_draft

        pre_save.connect(mirror_stays_draft, dispatch_uid="core.mirror_stays_draft")

        from anymail.signals import tracking

        from . import bounces

        tracking.connect(bounces.on_provider_event, dispatch_uid="core.bounces")
