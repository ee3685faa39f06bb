"""Translate demo pages through wagtail-localize, as a volunteer would in the admin.

Each demo text has its English source and its translations written side by side. We let
wagtail-localize extract the source page's strings, give each string its translation, and
publish the translated page, so that editors later find ordinary wagtail-localize translations
they can keep editing.
"""

from html import escape

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


def paragraphs(text):
    """Plain text with blank lines between paragraphs, as the HTML of a rich text field."""
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part.strip())


def english(texts):
    """The English of a text the data gives in each language ({en: …, fa: …}), or ""."""
    return texts["en"] if texts else ""


def paragraph_pairs(*texts, code):
    """(English, translation into `code`) for each text given as {language: text}, paragraph
    by paragraph where both have as many paragraphs, as wagtail-localize splits rich text."""
    pairs = []
    for text in texts:
        if not text:
            continue
        src, dst = text["en"], text.get(code, "")
        src_parts, dst_parts = src.split("\n\n"), dst.split("\n\n")
        if len(src_parts) == len(dst_parts):
            pairs += list(zip(src_parts, dst_parts, strict=True))
        else:
            pairs.append((src, dst))
    return pairs


def _data(text):
    return StringValue.from_plaintext(text).data


def _translate_strings(source, locale, lookup):
    """Give every string of `source` that `lookup` knows its translation into `locale`."""
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        translated = lookup.get(segment.string.data)
        if translated is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )


def translate_page(page, locale, pairs):
    """Publish the translation of `page` into `locale`, using `pairs` of (source, translated)."""
    lookup = {_data(src): _data(dst) for src, dst in pairs if src and dst}
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    _translate_strings(source, locale, lookup)
    # wagtail-localize publishes in an on-commit hook, which inside a larger transaction would
    # publish a stale copy of the page; so save a draft and publish it here, at once.
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    return translated


def translate_snippet(instance, locale, pairs):
    """Save the translation of a snippet (a prison, a charge) into `locale`."""
    lookup = {_data(src): _data(dst) for src, dst in pairs if src and dst}
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    _translate_strings(source, locale, lookup)
    translation.save_target()
    return instance.get_translation(locale)
