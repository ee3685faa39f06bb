from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries


class NewsFilterForm(forms.Form):
    """The filters of the news index. Values that make no sense are dropped, never an error."""

    country = forms.CharField(required=False, max_length=2, label=_("Country"))
    tag = forms.SlugField(required=False, max_length=100, label=_("Tag"))
    year = forms.IntegerField(required=False, min_value=1979, max_value=2100, label=_("Year"))

    def clean_country(self):
        code = self.cleaned_data["country"].upper()
        if code and code not in countries:
            raise forms.ValidationError(_("We do not know that country."))
        return code

    def filters(self):
        """The valid filters; invalid fields are reported by the form and left out here."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
