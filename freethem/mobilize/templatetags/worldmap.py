"""{% world_map events %}: the map of where events take place, and the anchors it links to."""

from django import template

from freethem.mobilize import worldmap

register = template.Library()


@register.simple_tag
def world_map(events, title=None):
    """The map of `events` (EventPages), its markers linking to the "By country and city" list."""
    return worldmap.events_map(events, title=title)


@register.filter
def listed_events(places):
    """The events of a "By country and city" list (see `views.by_place`), in its order."""
    return [event for _name, cities in places for _city, events in cities for event in events]


@register.simple_tag
def place_anchor(event):
    """The id of the list entry for an event's city, which the map's marker for it links to."""
    return worldmap.place_anchor(event.country.code, event.city)
