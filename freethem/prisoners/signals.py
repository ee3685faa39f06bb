"""When a profile is published, its facts reach its translations at once, and its posters are
made ready.

Dates, statuses, cases and sources are the same in every language, so publishing the page
they were written on updates its translations (keeping what translators wrote, and showing the
source text for anything new until it is translated). Without this, a Persian reader could see
a prisoner as awaiting trial days after the English page said "executed".
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from freethem.core.cache import purge_page_cache

from .models import Charge, Prison, PrisonerPage

log = logging.getLogger(__name__)


def sync_translations(page):
    """Bring every translation of `page` up to date with it; drafts stay drafts."""
    from wagtail_localize.models import Translation, TranslationSource

    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale=page.locale
    ).first()
    if source is None:
        return
    source.update_from_db()
    for translation in Translation.objects.filter(source=source, enabled=True):
        target = page.get_translation_or_none(translation.target_locale)
        translation.save_target(publish=bool(target and target.live))


def _published(sender, instance, **kwargs):
    page = instance
    if getattr(settings, "FREETHEM_SYNC_PRISONER_TRANSLATIONS", True):
        try:
            sync_translations(page)
        except Exception:
            # The source is published either way; its translations catch up on the next sync.
            log.exception(
                "Could not bring the translations of prisoner page %s up to date", page.pk
            )
    if getattr(settings, "FREETHEM_POSTERS_ON_PUBLISH", False):
        from .tasks import render_posters

        transaction.on_commit(lambda: render_posters.enqueue(page.pk))


page_published.connect(_published, sender=PrisonerPage)


def _shared_record_changed(sender, **kwargs):
    """A prison's or a charge's name or address shows on every profile that names it."""
    purge_page_cache()


for model in (Prison, Charge):
    post_save.connect(_shared_record_changed, sender=model)
    post_delete.connect(_shared_record_changed, sender=model)
