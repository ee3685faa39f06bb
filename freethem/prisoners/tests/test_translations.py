"""A translator's Persian profile follows the facts of the original once they are published."""

import datetime

import pytest
from wagtail.models import Locale

from freethem.demo.translate import translate_page
from freethem.news.tests.factories import publish
from freethem.prisoners import vocabulary as v
from freethem.prisoners.models import PrisonerPage

from .factories import event

pytestmark = pytest.mark.django_db


def test_publishing_the_original_updates_the_translations(
    index, toomaj, django_capture_on_commit_callbacks
):
    fa = Locale.objects.get(language_code="fa")
    story = toomaj.short_story
    with django_capture_on_commit_callbacks(execute=True):
        translated = translate_page(
            toomaj,
            fa,
            [("Toomaj Salehi", "توماج صالحی"), (story, "رپری که برای ترانه‌هایش زندانی شد.")],
        )
    assert translated.status == v.DEATH_SENTENCE

    toomaj.events.add(
        event(
            datetime.date(2024, 1, 15),
            kind="released",
            status=v.RELEASED,
            release_reason="bail",
            note="Freed on bail.",
        )
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish(toomaj)

    translated = PrisonerPage.objects.get(pk=translated.pk)
    assert translated.live
    assert (translated.status, translated.release_reason) == (v.RELEASED, "bail")
    assert translated.events.count() == 3
    # What the translator wrote is kept; the new note shows in the original until translated.
    assert translated.title == "توماج صالحی"
    assert translated.short_story == "رپری که برای ترانه‌هایش زندانی شد."
    assert translated.events.get(kind="released").note == "Freed on bail."


def test_a_draft_translation_stays_a_draft(index, toomaj, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation, TranslationSource

    fa = Locale.objects.get(language_code="fa")
    source, _ = TranslationSource.get_or_create_from_instance(toomaj)
    translation = Translation.objects.create(source=source, target_locale=fa, enabled=True)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)
    draft = toomaj.get_translation(fa)
    assert not draft.live
    with django_capture_on_commit_callbacks(execute=True):
        publish(toomaj)
    assert not PrisonerPage.objects.get(pk=draft.pk).live
