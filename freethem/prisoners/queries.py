"""What readers may see of letter-writing actions from other pages: the open and closed
actions for the prisoners a page is about, live, public and in that page's language.

Registered with core/related.py as this app's source (apps.py). A page says which prisoners
it is about with a `prisoners_concerned()` method (a news post does), so nothing here names
another app.
"""

from django.utils.translation import gettext

from freethem.core.cache import public_q

from .models import LetterActionPage


def letter_actions_for(prisoners, locale_id):
    """Letter-writing actions in `locale_id` for any of `prisoners` (any language version),
    open ones first, the nearest deadline first."""
    keys = [prisoner.translation_key for prisoner in prisoners if prisoner is not None]
    if not keys:
        return []
    actions = list(
        LetterActionPage.objects.live()
        .filter(public_q())
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
