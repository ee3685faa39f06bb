from django.apps import AppConfig


class MirrorConfig(AppConfig):
    name = "freethem.mirror"
    label = "mirror"
    verbose_name = "Mirrors and offline copies"
