from django import forms
from django.utils.choices import BlankChoiceIterator
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import LazyTypedChoiceField

from .models import Signature


class CountryField(LazyTypedChoiceField):
    """The list of countries, checked by code: not by walking 250 translated names per form."""

    def valid_value(self, value):
        return value in countries


def _clean_text(value):
    """Names in any script are kept as written; only control characters and spacing go."""
    text = "".join(ch for ch in value if ch.isprintable())
    return " ".join(text.split())


class SignatureForm(forms.Form):
    # A field people never see: filled in only by robots that fill in everything.
    homepage = forms.CharField(required=False, label=_("Leave this empty"))

    name = forms.CharField(label=_("Name"), max_length=200)
    # An empty first choice: a skipped list must be an error, not the first country.
    country = CountryField(
        label=_("Country"),
        choices=BlankChoiceIterator(countries, [("", _("Choose a country"))]),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("Only to confirm your signature. Never shown, never shared."),
    )

    kind = Signature.PERSON

    def clean_name(self):
        name = _clean_text(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Please give a name."))
        return name

    def clean_city(self):
        return _clean_text(self.cleaned_data.get("city", ""))

    def clean_affiliation(self):
        return _clean_text(self.cleaned_data.get("affiliation", ""))

    def is_robot(self):
        return bool(self.cleaned_data.get("homepage"))

    def signature_data(self):
        data = {k: v for k, v in self.cleaned_data.items() if k != "homepage"}
        data["kind"] = self.kind
        return data


class PersonSignatureForm(SignatureForm):
    affiliation = forms.CharField(
        label=_("Title or affiliation"),
        max_length=200,
        required=False,
        help_text=_("For example: poet, writer; nurse; student union."),
    )
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    display = forms.ChoiceField(
        label=_("How your name is shown"),
        choices=Signature.DISPLAY,
        initial=Signature.FULL_NAME,
        widget=forms.RadioSelect,
    )
    wants_alerts = forms.BooleanField(
        label=_("Send me alerts when prisoners' lives are in danger"), required=False
    )

    field_order = ["name", "affiliation", "city", "country", "email", "display", "wants_alerts"]


class OrganizationSignatureForm(SignatureForm):
    kind = Signature.ORGANIZATION

    name = forms.CharField(label=_("Organization"), max_length=200)
    email = forms.EmailField(
        label=_("Contact email"),
        max_length=254,
        help_text=_("Only to confirm the signature. Never shown, never shared."),
    )
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    field_order = ["name", "country", "email", "website"]


class ResendForm(forms.Form):
    email = forms.EmailField(label=_("Email"), max_length=254)
