"""Form pieces every app's forms share."""

from django import forms
from django.forms.utils import flatatt
from django.utils.choices import BlankChoiceIterator
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from .collation import countries_in_order


class QuickSelect(forms.Select):
    """A drop-down of many options (the countries) written out in Python.

    Django renders each option through its own template: 250 countries cost about 7 ms of CPU
    per form, more than storing a signature. A form sent back with a message (a refusal under
    a spike, a mistake to correct) must cost a fraction of accepting it, or refusing would
    take the time the accepted ones need.
    """

    def __init__(self, attrs=None, choices=(), options_key=""):
        super().__init__(attrs, choices)
        # Options that never change but with the language (the countries) are written out
        # once per language and process.
        self.options_key = options_key

    def _options(self):
        key = (self.options_key, get_language()) if self.options_key else None
        if key in _written_options:
            return _written_options[key]
        options = []
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            options.append((option_value, escape(option_value), escape(label)))
        if key:
            _written_options[key] = options
        return options

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        attrs["name"] = name
        chosen = next(iter(self.format_value(value)), None)
        parts = [format_html("<select{}>", flatatt(attrs))]
        for option_value, escaped_value, escaped_label in self._options():
            selected = ""
            if option_value == chosen:
                selected, chosen = " selected", None  # one option only, as Django marks it
            parts.append(f'<option value="{escaped_value}"{selected}>{escaped_label}</option>')
        parts.append("</select>")
        return mark_safe("\n".join(parts))  # noqa: S308 (every value escaped above)


_written_options = {}


class _CountriesInOrder:
    """Every country, named and sorted in the language active when the list is read."""

    def __iter__(self):
        return iter(countries_in_order())


class CountryField(LazyTypedChoiceField):
    """The list of countries, an empty first choice ("Choose a country", so that a skipped list
    is an error, not the first country), checked by code rather than by walking 250
    translated names per form."""

    widget = QuickSelect(options_key="countries")

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "choices", BlankChoiceIterator(_CountriesInOrder(), [("", _("Choose a country"))])
        )
        super().__init__(**kwargs)

    def valid_value(self, value):
        return value in countries

    def __deepcopy__(self, memo):
        # Every form gets its own copy of its fields; the list of countries never changes, so
        # the copies share it rather than copy 250 translated names on every signature.
        choices = self._choices
        self._choices = []
        try:
            result = super().__deepcopy__(memo)
        finally:
            self._choices = choices
        result._choices = choices
        return result
