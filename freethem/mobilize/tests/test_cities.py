"""Readers see a city and its country named in their own language: on the event, in lists,
on the map and in the forms."""

import re

import pytest
from django.utils import translation
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from freethem.core.local_names import local_names_form
from freethem.mobilize import worldmap
from freethem.mobilize.models import City, EventPage
from freethem.mobilize.views import by_place
from freethem.news.tests.factories import translate

from .factories import make_event, make_events_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_tree):
    index = make_events_index(site_tree.home)
    for language, title in (("es", "Acciones"), ("fa", "رویدادها"), ("fr", "Actions")):
        translate(index, language, title=title, slug=f"actions-{language}")
    return index


@pytest.fixture
def cologne(db):
    return City.objects.create(
        name="Köln", country="DE", names={"en": "Cologne", "fa": "کلن", "es": "Colonia"}
    )


def test_the_persian_event_page_names_the_city_and_the_country_in_persian(client, index, cologne):
    event = make_event(index, city="Köln", country="DE", venue="Roncalliplatz")
    fa_event = translate(event, "fa", title="تجمع در کلن")
    html = client.get(fa_event.url).content.decode()
    assert re.search(r"<bdi>Roncalliplatz</bdi>[,،] کلن[,،] آلمان</dd>", html)
    english = client.get(event.url).content.decode()
    assert "<bdi>Roncalliplatz</bdi>, Cologne, Germany</dd>" in english


def test_a_city_without_a_name_in_the_readers_language_shows_as_written(client, index, cologne):
    event = make_event(index, city="Köln", country="DE", venue="")
    fr_event = translate(event, "fr", title="Rassemblement à Cologne")
    html = client.get(fr_event.url).content.decode()
    assert "Köln, Allemagne</dd>" in html


def test_the_map_and_the_list_of_places_name_the_city_in_the_readers_language(
    client, index, cologne
):
    events = [make_event(index, city="Köln", country="DE"), make_event(index, city="Paris")]
    with translation.override("fa"):
        places = worldmap.places_of(events)
        assert places[0].label.startswith("کلن، آلمان: ")
        # The map still finds the city by the name it was written with.
        assert places[0].city == "Köln"
        grouped = by_place(sorted(events, key=lambda e: (e.country.code, e.city)))
    assert [(country, [city for city, _e in cities]) for country, cities in grouped] == [
        ("آلمان", ["کلن"]),
        ("فرانسه", ["Paris"]),
    ]
    html = client.get("/fa/actions-fa/").content.decode()
    places_list = html.split('id="places-heading"')[1]
    assert "کلن (" in places_list and "آلمان" in places_list
    assert "کلن" in html.split("<svg", 1)[1].split("</figure>", 1)[0]  # the map's description


def test_a_city_is_written_once_for_every_language_version_of_an_event():
    fields = {f.field_name: f for f in get_translatable_fields(EventPage)}
    assert isinstance(fields["city"], SynchronizedField)
    assert isinstance(fields["country"], SynchronizedField)


def test_an_editor_names_a_city_in_every_language_in_one_form(cologne):
    form_class = local_names_form()
    fields = {f"name_in_{code}" for code in ("en", "es", "fa", "fr")}
    assert fields <= set(form_class.base_fields)
    form_class._meta = type("Meta", (), {"model": City, "fields": ["name", "country"]})
    data = {"name": "Köln", "country": "DE", "name_in_fa": " کلن ", "name_in_fr": ""}
    form = type("CityForm", (form_class,), {"Meta": form_class._meta})(data, instance=cologne)
    assert form.is_valid(), form.errors
    form.save()
    cologne.refresh_from_db()
    assert cologne.names == {"fa": "کلن"}


def test_the_proposal_form_lists_countries_in_the_persian_alphabet(client, index):
    html = client.get("/fa/actions-fa/propose/").content.decode()
    options = re.findall(r'<option value="([A-Z]{2})"[^>]*>([^<]*)</option>', html)
    codes = [code for code, _name in options]
    assert dict(options)["DE"] == "آلمان"
    # پ after ب, و before ه: the order of the Persian alphabet, not of Unicode.
    assert codes.index("BE") < codes.index("PK") < codes.index("TN")
    assert codes.index("VN") < codes.index("IN") < codes.index("YE")
    french = client.get("/fr/actions-fr/propose/").content.decode()
    french_codes = re.findall(r'<option value="([A-Z]{2})"', french)
    assert french_codes.index("ES") < french_codes.index("US") < french_codes.index("FI")
