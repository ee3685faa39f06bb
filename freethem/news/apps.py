from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "freethem.news"
    label = "news"
    verbose_name = "News"
