from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "freethem.core"
    label = "core"
    verbose_name = "Campaign site"

    def ready(self):
        from . import signals  # noqa: F401  (connects the page-cache purge)
