"""Related content across apps: what each app links to a page, drawn in one place.

Core names no app and no page type. Each app registers a *source* (in its AppConfig.ready): a
function that takes a live page and returns groups of related pages, `[(heading, [page, …])]`,
or nothing. The relation is set once, where editors set it (a post names the day of action,
the events and the prisoners it reports on), and both pages show it: the app that owns the
relation answers for both sides, reading through its own `queries.py`, so no app imports
another to find what links to it.

Sources return only live, public pages in the language of the page asked about (its
readers'). `{% related_content page %}` (core/templatetags/freethem_tags.py) draws the groups
with `core/includes/related.html`.
"""

from django.db.models import Q

from .cache import public_q

_sources = []


def register(source):
    """Add a source of related pages (usable as a decorator); registering twice adds it once."""
    if source not in _sources:
        _sources.append(source)
    return source


def related_to(page):
    """[(heading, [page, …])] from every source, in the order the apps registered them."""
    groups = []
    for source in _sources:
        for heading, pages in source(page) or ():
            if pages:
                groups.append((heading, pages))
    return groups


def in_language(model, pages, locale_id):
    """The live, public version in `locale_id` of each of `pages` (any language version),
    kept in their order; those with none are left out."""
    keys = [page.translation_key for page in pages]
    if not keys:
        return []
    found = {
        page.translation_key: page
        for page in model.objects.live()
        .filter(Q(translation_key__in=keys), locale_id=locale_id)
        .filter(public_q())
    }
    seen, result = set(), []
    for key in keys:
        if key in found and key not in seen:
            seen.add(key)
            result.append(found[key])
    return result
