"""What readers may see of the news beyond its own lists: posts reporting on other pages, and
the pages a post reports on, each only live, public and in the reader's language.

The relations are set on the post (its day of action, events and prisoners); the pages they
name are found by translation key, so a post linked to the English day of action is listed on
the Persian one's page too, once the post itself is published in Persian. Registered with
core/related.py as this app's source (apps.py): no other app reads these tables itself.
"""

from django.utils.translation import gettext

from freethem.core.cache import public_q
from freethem.core.related import in_language

from .models import NewsPage, NewsPageEvent, NewsPagePrisoner

# For each kind of page a post can report on: how a post names it.
REPORTED_BY = {
    "mobilize.dayofactionpage": "day_of_action__translation_key",
    "mobilize.eventpage": "related_events__event__translation_key",
}
REPORTS_SHOWN = 20


def published_posts(locale_id):
    return NewsPage.objects.live().filter(public_q()).filter(locale_id=locale_id)


def reports_on(page, count=REPORTS_SHOWN):
    """Live public posts in `page`'s language that report on it (any version of it), newest
    first; none for a kind of page posts do not report on."""
    lookup = REPORTED_BY.get(page._meta.label_lower)
    if lookup is None:
        return []
    posts = (
        published_posts(page.locale_id)
        .filter(**{lookup: page.translation_key})
        .distinct()
        .order_by("-date", "-pk")
    )
    return list(posts[:count])


def about_prisoners(prisoners, locale_id, count=REPORTS_SHOWN):
    """Live public posts in `locale_id` about any of `prisoners` (any version), newest first."""
    keys = [prisoner.translation_key for prisoner in prisoners if prisoner is not None]
    if not keys:
        return []
    posts = (
        published_posts(locale_id)
        .filter(related_prisoners__prisoner__translation_key__in=keys)
        .distinct()
        .order_by("-date", "-pk")
    )
    return list(posts[:count])


def reported_on(post):
    """The day of action, events and prisoners `post` names, each in the post's language."""
    day = [post.day_of_action] if post.day_of_action_id else []
    events = [link.event for link in post.related_events.select_related("event")]
    prisoners = post.prisoners_concerned()
    groups = []
    if day:
        found = in_language(type(day[0]), day, post.locale_id)
        groups.append((gettext("Day of action"), _dated(found, "date")))
    if events:
        found = in_language(type(events[0]), events, post.locale_id)
        groups.append((gettext("Events"), _dated(found, "start_date")))
    if prisoners:
        groups.append(
            (gettext("Prisoners"), in_language(type(prisoners[0]), prisoners, post.locale_id))
        )
    return groups


def prisoners_in_reports_on(page):
    """The prisoners named by posts reporting on `page` (any language version of either), in
    `page`'s language."""
    lookup = REPORTED_BY[page._meta.label_lower]
    posts = NewsPage.objects.live().filter(public_q()).filter(**{lookup: page.translation_key})
    links = NewsPagePrisoner.objects.filter(post__in=posts).select_related("prisoner")
    prisoners = [link.prisoner for link in links]
    if not prisoners:
        return []
    return in_language(type(prisoners[0]), prisoners, page.locale_id)


def actions_for_prisoner(prisoner, locale_id=None, count=REPORTS_SHOWN):
    """Days of action and events in `prisoner`'s language (or `locale_id`'s) that posts about
    them report on."""
    locale_id = locale_id or prisoner.locale_id
    posts = NewsPage.objects.live().filter(public_q())
    posts = posts.filter(related_prisoners__prisoner__translation_key=prisoner.translation_key)
    day_model = NewsPage._meta.get_field("day_of_action").related_model
    event_model = NewsPageEvent._meta.get_field("event").related_model
    days = day_model.objects.filter(
        translation_key__in=posts.exclude(day_of_action=None).values(
            "day_of_action__translation_key"
        )
    )
    events = event_model.objects.filter(
        translation_key__in=posts.values("related_events__event__translation_key")
    )
    found = _dated(in_language(day_model, list(days), locale_id), "date")
    found += _dated(in_language(event_model, list(events), locale_id), "start_date")
    return sorted(found, key=lambda page: page.related_date, reverse=True)[:count]


def _dated(pages, field):
    for page in pages:
        page.related_date = getattr(page, field)
    return pages


def related_source(page):
    """This app's source for core/related.py."""
    if isinstance(page, NewsPage):
        return reported_on(page)
    if page._meta.label_lower in REPORTED_BY:
        return [
            (gettext("Reports"), _dated(reports_on(page), "date")),
            (gettext("Prisoners"), prisoners_in_reports_on(page)),
        ]
    if page._meta.label_lower == "prisoners.prisonerpage":
        # Posts about them are listed by the profile itself ("In the news").
        return [(gettext("Actions for them"), actions_for_prisoner(page))]
    concerned = getattr(page, "prisoners_concerned", None)
    if concerned is not None:
        # A page about prisoners (a letter-writing action): the news and actions about them.
        prisoners = concerned()
        actions = [action for p in prisoners for action in actions_for_prisoner(p, page.locale_id)]
        return [
            (gettext("In the news"), _dated(about_prisoners(prisoners, page.locale_id), "date")),
            (gettext("Actions for them"), actions),
        ]
    return []
