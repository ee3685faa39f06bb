"""Which language versions of a page exist, for the language switcher and untranslated pages."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page


def language_versions(page):
    """One entry per site language: its code, name, and the live translation of `page` if any."""
    live = {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }
    versions = []
    for code, name in settings.LANGUAGES:
        translated = live.get(code)
        if translated is not None:
            url = translated.get_url()
        else:
            with translation.override(code):
                url = reverse("untranslated", args=[page.pk])
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "exists": translated is not None,
                "current": translated is not None and translated.pk == page.pk,
                "bidi": translation.get_language_info(code)["bidi"],
            }
        )
    return versions


def available_versions(page_id):
    """The live language versions of the page with this id, or None if it does not exist."""
    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        return None
    return [v for v in language_versions(page) if v["exists"]]


def in_language_or_original(queryset, language):
    """Each page of `queryset` once: its version in `language`, or else the first published.

    For lists where a page must appear in every language whether or not it is translated yet
    (prisoners, events): two correlated EXISTS on the translation key, which an index answers.
    """
    from django.db.models import Exists, OuterRef, Q
    from wagtail.models import Locale, Page

    from .cache import public_q

    locale_id = next(
        iter(Locale.objects.filter(language_code=language).values_list("pk", flat=True)), None
    )
    live = Page.objects.filter(live=True).filter(public_q())
    in_language = live.filter(translation_key=OuterRef("translation_key"), locale_id=locale_id)
    earlier = live.filter(translation_key=OuterRef("translation_key"), pk__lt=OuterRef("pk"))
    return queryset.filter(Q(locale_id=locale_id) | (~Exists(in_language) & ~Exists(earlier)))
