"""A supporter sees on a world map where the actions are, and follows a marker to its city."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from freethem.mobilize import worldmap
from freethem.mobilize.models import EventPage

from .factories import make_day_of_action, make_event, make_events_index

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(autouse=True)
def _english():
    # Maps drawn outside a request speak the active language; a page visited by an earlier
    # test may have left another one active in this thread.
    with translation.override("en"):
        yield


@pytest.fixture
def index(site_tree):
    return make_events_index(site_tree.home)


def figure_in(markup):
    start = markup.index('<figure class="world-map">')
    return ET.fromstring(markup[start : markup.index("</figure>", start) + len("</figure>")])


def markers(figure):
    """{title of the marker: (x, y, radius)}"""
    return {
        circle.find(f"{SVG}title").text: tuple(float(circle.get(a)) for a in ("cx", "cy", "r"))
        for circle in figure.iter(f"{SVG}circle")
    }


def drawn(events):
    return markers(ET.fromstring(worldmap.events_map(events)))


def test_the_map_is_an_image_that_scales_and_is_never_mirrored(index):
    figure = ET.fromstring(worldmap.events_map([make_event(index, city="Paris", country="FR")]))
    image, pointers = figure.iter(f"{SVG}svg")
    assert image.get("role") == "img"
    title = image.find(f"{SVG}title")
    assert image.get("aria-labelledby") == title.get("id") and title.text == "Map of the actions"
    assert image.find(f"{SVG}desc").text == "Paris, France: 1 action"
    assert pointers.get("aria-hidden") == "true"
    for svg in (image, pointers):
        assert svg.get("viewBox") == f"0 0 {worldmap.WIDTH} {worldmap.HEIGHT}"
        assert svg.get("direction") == "ltr"
        assert svg.get("width") is None and svg.get("height") is None
    assert figure.find("figcaption").text.startswith("Map data: Natural Earth")


def test_cities_are_where_they_are(index):
    events = [
        make_event(index, city="Paris", country="FR"),
        make_event(index, city="Tehran", country="IR", time_zone="Asia/Tehran"),
        make_event(index, city="Cape Town", country="ZA", time_zone="Africa/Johannesburg"),
    ]
    places = drawn(events)
    paris = places["Paris, France: 1 action"]
    tehran = places["Tehran, Iran: 1 action"]
    cape_town = places["Cape Town, South Africa: 1 action"]
    assert tehran[0] > paris[0]  # east
    assert tehran[1] < cape_town[1]  # north: y grows southwards
    assert paris[1] < tehran[1]  # and Paris is north of Tehran


def test_names_match_however_they_are_written(index):
    tehran = worldmap.locate("Tehran", "IR")
    assert worldmap.locate("téhéran", "IR") == tehran
    assert worldmap.locate("تهران", "IR") == tehran  # as typed on a Persian page
    assert worldmap.locate("Medellin", "CO") == worldmap.locate("Medellín", "CO")
    assert worldmap.locate("Paris (Place de la République)", "FR") == worldmap.locate("Paris", "FR")
    # The country counts: the Paris in Texas is elsewhere.
    assert worldmap.locate("Paris", "US")[0] < worldmap.locate("Paris", "FR")[0]


def test_an_unknown_city_is_drawn_at_the_middle_of_its_country(index):
    places = drawn([make_event(index, city="Nowhere-sur-Loire", country="FR")])
    x, y, _r = places["Nowhere-sur-Loire, France: 1 action"]
    assert (x, y) == pytest.approx(worldmap.centre_of("FR"), abs=0.1)
    assert drawn([make_event(index, city="", country="FR")])["France: 1 action"][:2] == (x, y)


def test_a_centre_falls_inside_its_country():
    # Vietnam's centroid lies in Laos; its centre is moved back onto Vietnamese land.
    centre = worldmap.centre_of("VN")
    hue, savannakhet = worldmap.locate("Hue", "VN"), worldmap.locate("Savannakhet", "LA")
    assert abs(centre[1] - hue[1]) < 2
    assert abs(centre[0] - hue[0]) < abs(centre[0] - savannakhet[0])


def test_online_events_without_a_country_and_cancelled_events_draw_no_marker(index):
    online = make_event(
        index, city="", country="", online_url="https://meet.example.org/vigil", title="Online"
    )
    cancelled = make_event(index, city="Lyon", country="FR", status=EventPage.CANCELLED)
    assert worldmap.events_map([online, cancelled]) == ""
    assert list(drawn([online, cancelled, make_event(index, city="Berlin", country="DE")])) == [
        "Berlin, Germany: 1 action"
    ]


def test_markers_grow_with_the_number_of_actions_and_countries_are_shaded(index):
    events = [make_event(index, city="Paris", country="FR") for _ in range(3)]
    events.append(make_event(index, city="paris", country="FR"))  # the same city
    events.append(make_event(index, city="Berlin", country="DE"))
    figure = ET.fromstring(worldmap.events_map(events))
    places = markers(figure)
    assert places["Paris, France: 4 actions"][2] > places["Berlin, Germany: 1 action"][2]
    shaded = next(p for p in figure.iter(f"{SVG}path") if p.get("class") == "acted")
    shapes = worldmap.outlines()
    assert len(shaded.get("d")) == len(shapes["FR"].path + shapes["DE"].path)
    assert shapes["FR"].path in shaded.get("d") and shapes["DE"].path in shaded.get("d")


def test_city_names_are_text_never_markup(index):
    event = make_event(index, city="<script>alert(1)</script>", country="FR")
    markup = worldmap.events_map([event])
    assert "<script>" not in markup and "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
    assert "<script>alert(1)</script>, France: 1 action" in drawn([event])
    link = ET.fromstring(markup).find(f".//{SVG}a")
    assert link.get("href") == "#place-fr-scriptalert1script"


def test_the_map_fetches_nothing(index):
    markup = worldmap.events_map(
        [make_event(index, city=c, country=cc) for c, cc in [("Paris", "FR"), ("Kabul", "AF")]]
    )
    rest = markup.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "http" not in rest and "//" not in rest
    assert not re.search(r"\b(src|url)\b", rest)


def test_the_countries_stay_small_and_complete():
    shapes = worldmap.outlines()
    assert "AQ" not in shapes and shapes["TW"].path  # Taiwan is added where the data lacks it
    assert len("".join(o.path for o in shapes.values()).encode()) < 50_000


def test_the_events_page_maps_its_list_and_links_to_its_places(client, index):
    make_event(index, title="Vigil in Berlin", city="Berlin", country="DE")
    make_event(index, title="Rally in Paris", city="Paris", country="FR")
    make_event(index, title="Online talk", city="", country="", online_url="https://x.example")
    page = client.get(index.url).content.decode()
    figure = figure_in(page)
    assert set(markers(figure)) == {"Berlin, Germany: 1 action", "Paris, France: 1 action"}
    assert page.index('<figure class="world-map">') < page.index('id="places-heading"')
    links = {a.get("href") for a in figure.iter(f"{SVG}a")}
    assert links == {"#place-de-berlin", "#place-fr-paris"}
    for link in links:
        assert f'id="{link[1:]}"' in page
    # The map follows the list's country filter.
    only = figure_in(client.get(index.url + "?country=FR").content.decode())
    assert set(markers(only)) == {"Paris, France: 1 action"}


def test_a_day_of_action_maps_its_cities(client, index):
    day = make_day_of_action(index)
    make_event(day, city="Paris", country="FR")
    make_event(day, city="Paris", country="FR")
    make_event(day, city="Medellín", country="CO", time_zone="America/Bogota")
    make_event(day, city="", country="CA", time_zone="America/Toronto")
    make_event(index, city="Lyon", country="FR")  # not part of the day
    page = client.get(day.url).content.decode()
    assert set(markers(figure_in(page))) == {
        "Paris, France: 2 actions",
        "Medellín, Colombia: 1 action",
        "Canada: 1 action",
    }
    for anchor in ("place-fr-paris", "place-co-medellin", "place-ca"):
        assert f'<div class="city" id="{anchor}">' in page
    links = {a.get("href") for a in figure_in(page).iter(f"{SVG}a")}
    assert links == {"#place-fr-paris", "#place-co-medellin", "#place-ca"}


def test_the_map_is_not_mirrored_on_persian_pages(client, site_tree, index):
    from freethem.news.tests.factories import translate

    fa_index = translate(index, "fa", title="اقدام‌ها")
    make_event(index, city="Tehran", country="IR", time_zone="Asia/Tehran")
    page = client.get(fa_index.url).content.decode()
    assert 'dir="rtl"' in page
    figure = figure_in(page)
    assert all(svg.get("direction") == "ltr" for svg in figure.iter(f"{SVG}svg"))
    (x, y, _r) = next(iter(markers(figure).values()))
    assert (x, y) == pytest.approx(worldmap.locate("Tehran", "IR"), abs=0.1)
