from django import forms
from django.utils.translation import gettext_lazy as _

from freethem.core.forms import CountryField
from freethem.core.names import clean_line

from .models import Signature

DISPLAY_CHOICES = [
    (Signature.FULL_NAME, _("Show my name, with my title or affiliation and city")),
    (Signature.INITIALS, _("Show only my initials and country")),
    (Signature.HIDDEN, _("Do not show me: only count my signature")),
]


class SignerDetails:
    """What a signer types about themselves, cleaned the same way on every form."""

    def clean_name(self):
        name = clean_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Please give a name."))
        return name

    def clean_city(self):
        return clean_line(self.cleaned_data.get("city", ""))

    def clean_affiliation(self):
        return clean_line(self.cleaned_data.get("affiliation", ""))


class SignatureForm(SignerDetails, forms.Form):
    # A field people never see: filled in only by robots that fill in everything.
    homepage = forms.CharField(required=False, label=_("Leave this empty"))

    name = forms.CharField(label=_("Name"), max_length=200)
    country = CountryField(
        label=_("Country"),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        help_text=_("Only to confirm your signature. Never shown, never shared."),
    )

    kind = Signature.PERSON

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
    # Nothing chosen in advance: how a signer appears in public is theirs to decide.
    display = forms.ChoiceField(
        label=_("On the public list of signers"),
        choices=DISPLAY_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose how you appear on the list of signers.")},
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
    # A text input with the keyboard of an address: what was typed comes back as typed, which
    # an <input type="url"> may not hold when it is not an address.
    website = forms.URLField(
        label=_("Website"),
        required=False,
        assume_scheme="https",
        widget=forms.TextInput(attrs={"inputmode": "url", "autocomplete": "url"}),
    )

    field_order = ["name", "country", "email", "website"]


class ResendForm(forms.Form):
    email = forms.EmailField(label=_("Email"), max_length=254)


class ConfirmForm(SignerDetails, forms.Form):
    """What the owner of the address confirms: how they appear, with any corrections."""

    name = forms.CharField(label=_("Name"), max_length=200)
    affiliation = forms.CharField(label=_("Title or affiliation"), max_length=200, required=False)
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    country = CountryField(
        label=_("Country"),
    )
    display = forms.ChoiceField(
        label=_("On the public list of signers"),
        choices=DISPLAY_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose how you appear on the list of signers.")},
    )

    def __init__(self, *args, signature, **kwargs):
        self.signature = signature
        super().__init__(*args, **kwargs)
        if signature.kind == Signature.ORGANIZATION:
            # An organization signs under its name: there is nothing to choose.
            for name in ("affiliation", "city", "display"):
                del self.fields[name]
            self.fields["name"].label = _("Organization")

    def choices(self):
        return dict(self.cleaned_data)

    def previews(self):
        """For each way of appearing, exactly what the public list would show."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else self.initial
        signature = Signature(
            kind=self.signature.kind,
            name=data.get("name", ""),
            affiliation=data.get("affiliation", ""),
            city=data.get("city", ""),
            country=data.get("country", ""),
        )
        shown = {}
        for value, _label in DISPLAY_CHOICES:
            shown[value] = Signature(kind=signature.kind, country=signature.country)
            for name, text in signature.public_fields(value).items():
                setattr(shown[value], name, text)
        if "display" not in self.fields:
            return [(None, shown[Signature.FULL_NAME])]
        return [(choice, shown[choice.data["value"]]) for choice in self["display"]]
