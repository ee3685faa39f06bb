from django.apps import AppConfig


class MirrorConfig(AppConfig):
    name = "freethem.mirror"
    label = "mirror"
    verbose_name = "Mirrors and offline copies"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_delete
        from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

        from freethem.core import jobs

        from . import freshness

        # The site's own mirror (FREETHEM_MIRROR_DIR) follows every change of a page. The
        # nightly build is owed before changes are taken, so one round of the clock does both.
        page_published.connect(freshness.on_publish, dispatch_uid="mirror.publish")
        page_unpublished.connect(freshness.on_unpublish, dispatch_uid="mirror.unpublish")
        pre_page_move.connect(freshness.before_move, dispatch_uid="mirror.before_move")
        post_page_move.connect(freshness.after_move, dispatch_uid="mirror.after_move")
        pre_delete.connect(freshness.before_delete, dispatch_uid="mirror.delete")
        jobs.register(
            "mirror.nightly",
            freshness.owe_nightly_build,
            every=300,
            report="The mirror is owed its nightly build.",
        )
        jobs.register(
            "mirror.refresh",
            freshness.queue_changes,
            every=10,
            report="Refreshing the mirror for {} changed pages.",
        )
