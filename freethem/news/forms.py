import datetime

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from freethem.core import calendars
from freethem.core.numerals import digits

# The years the filter takes: the campaign's archive starts in 1979.
FIRST_DAY, LAST_DAY = datetime.date(1979, 1, 1), datetime.date(2100, 12, 31)


class NewsFilterForm(forms.Form):
    """The filters of the news index. Values that make no sense are dropped, never an error."""

    country = forms.CharField(required=False, max_length=2, label=_("Country"))
    tag = forms.SlugField(required=False, max_length=100, label=_("Tag"))
    # A year of the reader's calendar, so its bounds depend on the language (clean_year).
    year = forms.IntegerField(required=False, label=_("Year"))

    def clean_country(self):
        code = self.cleaned_data["country"].upper()
        if code and code not in countries:
            raise forms.ValidationError(_("We do not know that country."))
        return code

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year is None:
            return year
        for validator in (MinValueValidator, MaxValueValidator):
            limit = calendars.year_of(FIRST_DAY if validator is MinValueValidator else LAST_DAY)
            try:
                validator(limit)(year)
            except forms.ValidationError as error:
                # Django's own words, the year in the reader's digits.
                raise forms.ValidationError(
                    error.message, code=error.code, params={"limit_value": digits(limit)}
                ) from None
        return year

    def filters(self):
        """The valid filters; invalid fields are reported by the form and left out here."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}
