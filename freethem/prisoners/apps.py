from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrisonersConfig(AppConfig):
    name = "freethem.prisoners"
    verbose_name = _("Political prisoners")

    def ready(self):
        from freethem.core import related

        # posters and views declare the query parameters they read (core/cache.py).
        from . import posters, queries, signals, views  # noqa: F401

        related.register(queries.related_source)
        from .forms import PrisonerPageForm
        from .models import PrisonerPage

        PrisonerPage.base_form_class = PrisonerPageForm
