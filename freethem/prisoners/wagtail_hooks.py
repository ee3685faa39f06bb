from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Charge, Prison


class PrisonViewSet(SnippetViewSet):
    model = Prison
    icon = "home"
    list_display = ["name", "city", "locale"]
    search_fields = ["name", "city", "province"]
    list_filter = ["locale"]


class ChargeViewSet(SnippetViewSet):
    model = Charge
    icon = "doc-full"
    list_display = ["name", "law", "article", "capital", "locale"]
    search_fields = ["name", "article"]
    list_filter = ["locale", "capital"]


class PrisonerRecordsGroup(SnippetViewSetGroup):
    items = (PrisonViewSet, ChargeViewSet)
    menu_icon = "group"
    menu_label = _("Prisons and charges")
    menu_name = "prisons-and-charges"


register_snippet(PrisonerRecordsGroup)
