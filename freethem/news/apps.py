from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "freethem.news"
    label = "news"
    verbose_name = "News"

    def ready(self):
        from . import signals  # noqa: F401  (keeps the filter choices up to date)
