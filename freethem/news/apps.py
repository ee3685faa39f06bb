from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "freethem.news"
    label = "news"
    verbose_name = "News"

    def ready(self):
        from freethem.core import related

        # signals keep the filter choices up to date; views declare the query parameters they
        # read (core/cache.py).
        from . import queries, signals, views  # noqa: F401

        related.register(queries.related_source)
