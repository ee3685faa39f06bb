from itertools import groupby

from django import forms
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries

from freethem.core.pagination import ListPage

PER_PAGE = 30


class EventFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, data, *, countries=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["country"].choices = [("", _("All countries"))] + list(countries)


def by_place(events):
    """[(country name, [(city, [events])])], countries and cities in order."""
    places = []
    for code, in_country in groupby(events, key=lambda e: e.country.code or ""):
        cities = [
            (city, list(in_city)) for city, in_city in groupby(in_country, key=lambda e: e.city)
        ]
        places.append((all_countries.name(code) if code else "", cities))
    return sorted(places, key=lambda item: str(item[0]))


def event_list(request, index, *, past):
    events = index.events()
    events = events.past() if past else events.upcoming()
    codes = sorted({c for c in events.values_list("country", flat=True) if c})
    countries = sorted(((c, all_countries.name(c)) for c in codes), key=lambda i: str(i[1]))
    form = EventFilterForm(request.GET, countries=countries)
    ignored = []
    if form.is_valid():
        country = form.cleaned_data["country"]
    else:
        country = ""
        ignored = [form.fields["country"].label]
    if country:
        events = events.filter(country=country)
    order = ("-starts_at", "-pk") if past else ("starts_at", "pk")
    listing = ListPage(events.order_by(*order), request.GET.get("page"), PER_PAGE)
    places = by_place(sorted(events, key=lambda e: (e.country.code or "", e.city, e.starts_at)))
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "mobilize/event_index_page.html",
        {
            "page": index,
            "self": index,
            "past": past,
            "events": listing,
            "places": places,
            "form": form,
            "country": country,
            "ignored": ignored,
            "filter_query": query.urlencode(),
        },
    )
