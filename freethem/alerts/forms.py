from django import forms
from django.utils.translation import gettext_lazy as _

from freethem.core.languages import site_languages


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We send you a link to confirm. We never show or share your address."),
    )
    language = forms.ChoiceField(label=_("Language of the alerts"), choices=site_languages)
    consent = forms.BooleanField(
        label=_("Send me the campaign's alerts. I can stop them with one click in any alert."),
        error_messages={"required": _("Tick this box so that we may write to you.")},
    )


class TestAlertForm(forms.Form):
    email = forms.EmailField(label=_("Send a test to"))
