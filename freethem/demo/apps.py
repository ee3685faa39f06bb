from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "freethem.demo"
    label = "demo"
    verbose_name = "Demo content"
