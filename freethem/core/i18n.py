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
