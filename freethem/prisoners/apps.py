from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrisonersConfig(AppConfig):
    name = "freethem.prisoners"
    verbose_name = _("Political prisoners")

    def ready(self):
        from . import signals  # noqa: F401
        from .forms import PrisonerPageForm
        from .models import PrisonerPage

        PrisonerPage.base_form_class = PrisonerPageForm
