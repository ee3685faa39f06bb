"""Every list of prisoners and letter-writing actions readers see, read in one place.

Rule: the index, its at-risk group, the home page's, the open data, the feed, the poster packs
and the related pages of other apps all start from `people()` (each public person once, in the
reader's language where translated) or from the action queries below, so a page that is not
live, not public or a duplicate translation never reaches any of them.

Privacy: a field an editor keeps private is left out of one profile by `profile.py`; in a list
it must not decide what is found either, or a filter would tell what the page hides. That rule
is `public_where()`, here and nowhere else: every filter on a field that may be private and the
feed of the timeline go through it. Columns worked out on save (`PrisonerPage.derive`: the
folded names, the latest arrest) already leave private values out, so their filters add nothing.

Letter-writing actions for other pages: registered with core/related.py as this app's source
(apps.py). A page says which prisoners it is about with a `prisoners_concerned()` method (a
news post does), so nothing here names another app.
"""

import datetime

from django.db.models import Count, Exists, OuterRef, Prefetch
from django.utils.translation import gettext

from freethem.core.cache import public_q
from freethem.core.names import fold
from freethem.core.pagination import Key

from .fields import has_code
from .models import LetterActionPage, PrisonerCase, PrisonerPage, TimelineEvent


def people(language):
    """Every public prisoner once, in `language` where translated."""
    return PrisonerPage.objects.one_per_person(language)


def by_pk(pks):
    """The pages of a list already read through `people()` (a keyset page's keys)."""
    return PrisonerPage.objects.filter(pk__in=pks)


def published(pk):
    """One live, public profile by its key, or None."""
    return PrisonerPage.objects.live().filter(public_q()).filter(pk=pk).first()


def public_where(field):
    """The prisoners whose `field` (a name from `vocabulary.PRIVATE_FIELDS`) is public."""
    return ~has_code("private_fields", field)


def filtered(queryset, filters):
    """`queryset` narrowed by the index's filters; a private field never matches its filter."""
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("occupation"):
        queryset = queryset.filter(
            has_code("occupations", filters["occupation"]), public_where("occupations")
        )
    if filters.get("group"):
        queryset = queryset.filter(has_code("groups", filters["group"]), public_where("groups"))
    if filters.get("gender"):
        queryset = queryset.filter(public_where("gender"), gender=filters["gender"])
    if filters.get("prison"):
        held_there = PrisonerCase.objects.filter(
            page=OuterRef("pk"), prison__slug=filters["prison"]
        )
        queryset = queryset.filter(Exists(held_there), public_where("prison"))
    if filters.get("risk"):
        queryset = queryset.filter(at_risk=True)
    if filters.get("q"):
        # Folded names hold public names only (derive), as the search index does.
        for word in fold(filters["q"]).split()[:8]:
            queryset = queryset.filter(search_names__contains=word)
    return queryset


# How each order walks the list: its columns, ending with the primary key (see KeysetPage).
ORDERS = {
    "arrest": [Key("arrest_date", descending=True, nullable=True), Key("sort_name"), Key("pk")],
    "updated": [Key("last_published_at", descending=True, nullable=True), Key("pk")],
    "name": [Key("sort_name"), Key("pk")],
}


def order_keys(sort):
    return ORDERS.get(sort) or ORDERS["name"]


def ordered(queryset, sort):
    return queryset.order_by(*(key.order() for key in order_keys(sort)))


def at_risk(language):
    """The people at risk of execution, latest arrest first."""
    return ordered(people(language).filter(at_risk=True), "arrest")


def by_confirmed_status(language):
    """{confirmed status ("" for none yet): how many people}."""
    rows = people(language).values("confirmed_status").annotate(n=Count("pk")).order_by()
    return {row["confirmed_status"]: row["n"] for row in rows}


def for_open_data(language):
    """Every person for the CSV and JSON files, with what `public_profile` reads prefetched."""
    return (
        people(language)
        .select_related("locale", "portrait")
        .prefetch_related(
            Prefetch(
                "cases",
                PrisonerCase.objects.select_related("prison").order_by("sort_order"),
            ),
            Prefetch("events", TimelineEvent.objects.order_by("sort_order")),
        )
        .order_by("name_latin", "pk")
    )


def for_posters(language, filters, limit):
    """Up to `limit` people of the index's filtered selection, in its order, for a poster pack."""
    selection = ordered(filtered(people(language), filters), filters.get("sort"))
    return list(selection.select_related("portrait", "locale")[:limit])


def in_language(page, language):
    """The live, public version of `page` in `language`, or `page` itself if it has none."""
    if page.locale.language_code == language:
        return page
    translated = (
        PrisonerPage.objects.live()
        .filter(public_q())
        .filter(translation_key=page.translation_key, locale__language_code=language)
        .first()
    )
    return translated or page


def status_changes(language, count):
    """The latest public changes of status of public timelines, newest recorded first."""
    pages = people(language).filter(public_where("timeline"))
    return (
        TimelineEvent.objects.public()
        .filter(page__in=pages.values("pk"))
        .exclude(status="")
        .select_related("page")
        .order_by("-recorded_at", "-date", "-pk")[:count]
    )


# Letter-writing actions ---------------------------------------------------------------------


def live_actions():
    return LetterActionPage.objects.live().filter(public_q())


def actions_under(index):
    """The letter-writing actions under a prisoner index: open ones first, nearest deadline
    first; then closed ones, latest first (letters may still help)."""
    far = datetime.date.max
    return sorted(
        live_actions().child_of(index),
        key=lambda a: (
            not a.is_open(),
            (a.deadline or far).toordinal() * (1 if a.is_open() else -1),
        ),
    )


def actions_for_person(prisoner):
    """Letter-writing actions for this person, in the page's language if there are any."""
    actions = live_actions().filter(prisoner__translation_key=prisoner.translation_key)
    actions = actions.order_by("-first_published_at")
    here = list(actions.filter(locale=prisoner.locale_id))
    return here or list(actions)


def letter_actions_for(prisoners, locale_id):
    """Letter-writing actions in `locale_id` for any of `prisoners` (any language version),
    open ones first, the nearest deadline first."""
    keys = [prisoner.translation_key for prisoner in prisoners if prisoner is not None]
    if not keys:
        return []
    actions = list(
        live_actions()
        .filter(locale_id=locale_id, prisoner__translation_key__in=keys)
        .order_by("deadline", "-first_published_at")
    )
    return sorted(actions, key=lambda action: not action.is_open())


def related_source(page):
    """This app's source for core/related.py: letters to write for a page's prisoners."""
    concerned = getattr(page, "prisoners_concerned", None)
    if concerned is None or isinstance(page, LetterActionPage):
        return []
    return [(gettext("Write a letter"), letter_actions_for(concerned(), page.locale_id))]
