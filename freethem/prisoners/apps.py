from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrisonersConfig(AppConfig):
    name = "freethem.prisoners"
    verbose_name = _("Political prisoners")

    def ready(self):
        from freethem.core import related

        from . import queries, signals  # noqa: F401

        related.register(queries.related_source)
        from .forms import PrisonerPageForm
        from .models import PrisonerPage

        PrisonerPage.base_form_class = PrisonerPageForm
