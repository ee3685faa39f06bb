"""Cities as readers of each language name them.

An event's city is written once (`EventPage.city`), as its organizers or a supporter wrote it;
an editor gives a city its names in the site's languages once (`City`), and every event held
there, on every page, in lists, on the map and in calendars, shows the name of the reader's
language. A city is matched by its folded name (freethem.core.names) and its country, or by
its name alone when the City names no country; it is also found by any of its names, so an
event whose city was written in Persian is named in French too. Without a match the city
shows as written.
"""

from django.db.models.signals import post_delete, post_save
from django.utils import translation

from freethem.core.cache import purge_page_cache, remember
from freethem.core.names import fold

from .models import City


def _names(language):
    found = {}
    for city in City.objects.only("name", "country", "names"):
        local = city.name_in(language)
        if not local:
            continue
        code = city.country.code if city.country else ""
        for written in [city.name, *(city.names or {}).values()]:
            found.setdefault((code, fold(written)), local)
    return found


def city_names(language=None):
    """{(country code or "", folded name): the name in `language`}, kept until a publish."""
    language = language or translation.get_language()
    return remember(f"city-names:{language}", lambda: _names(language))


def local_city(written, country="", language=None):
    """The name of the city `written` (in `country`) that readers of `language` see."""
    written = (written or "").strip()
    if not written:
        return ""
    names = city_names(language)
    key = fold(written)
    return names.get((country or "", key)) or names.get(("", key)) or written


def _city_changed(sender, **kwargs):
    """A city's names show on every page and map that lists an event held there."""
    purge_page_cache()


post_save.connect(_city_changed, sender=City)
post_delete.connect(_city_changed, sender=City)
