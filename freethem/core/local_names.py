"""A name in each language, set once by an editor in one form: what a city or a tag is called
by readers of each site language.

The thing keeps the name it is written with everywhere (an event's city, a tag): that one
finds it, sorts it into groups and places it on the map. The names per language are what
readers are shown, and where one is missing readers see the name as written. One form holds a
field per site language (from settings.LANGUAGES), rather than one translation record per
language: a place's name is a short fact an editor knows or looks up once, not prose to go
through the translation workflow.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .names import clean_line


class LocalNames(models.Model):
    """{language code: name} for the site languages that name the thing differently."""

    names = models.JSONField(_("name in each language"), default=dict, blank=True)

    class Meta:
        abstract = True

    def name_in(self, language=None):
        """The name readers of `language` (the active one by default) see, or ""."""
        return (self.names or {}).get(language or translation.get_language()) or ""


def _field_name(code):
    return f"name_in_{code.replace('-', '_')}"


class _LocalNamesForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for code, _own_name in settings.LANGUAGES:
            self.fields[_field_name(code)].initial = (self.instance.names or {}).get(code, "")

    def save(self, commit=True):
        names = {}
        for code, _own_name in settings.LANGUAGES:
            name = clean_line(self.cleaned_data.get(_field_name(code)))
            if name:
                names[code] = name
        self.instance.names = names
        return super().save(commit=commit)


def local_names_form():
    """The admin form of a LocalNames model: one text field per site language."""
    fields = {
        _field_name(code): forms.CharField(label=own_name, max_length=200, required=False)
        for code, own_name in settings.LANGUAGES
    }
    return type("LocalNamesForm", (_LocalNamesForm,), fields)


def local_names_panel():
    """The panel of those fields, each labelled with its language's own name."""
    return MultiFieldPanel(
        [FieldPanel(_field_name(code)) for code, _own_name in settings.LANGUAGES],
        heading=_("Name in each language"),
        help_text=_("Leave a language empty to show the name as written."),
    )
