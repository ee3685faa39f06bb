from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "freethem.news"
    label = "news"
    verbose_name = "News"

    def ready(self):
        from freethem.core import related

        from . import queries, signals  # noqa: F401  (signals keep the filter choices up to date)

        related.register(queries.related_source)
