"""Nothing reaches readers in a language it is not written in.

A copy made for translation holds the original's words until a translator replaces them. Left
as they come, wagtail-localize would publish such a copy the moment an editor chooses
"Translate" (English text under /fa/, right to left, in the Persian lists and feeds), and
publish the original's new words into every translation from "Sync translated pages"; Wagtail
itself keeps an alias live wherever it sits, in whatever language. So:

- "Translate" makes drafts (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False in the
  settings). A page or an alert goes live in a language when its translator publishes it;
  until then readers of that language find the page saying it is not translated yet, with
  links to the versions that exist (core/views.py), and lists, feeds, the sitemap and search,
  which read live pages only, leave it out.
- "Sync translated pages" gives each translation the original's new words as a draft, never
  live: `SyncTranslationsView` below stands in for wagtail-localize's view at its address.
- A page that mirrors (aliases) a page of another language is never live (`mirror_stays_draft`).
- Alerts have drafts too: a translated alert is sent once published (alerts/messages.py), and
  links to a post in its language once that is published (`published_version`).

docs/translate.md tells translators the same.
"""

import contextlib

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from wagtail.models import Page, RevisionMixin
from wagtail_localize.views.update_translations import (
    UpdateTranslationsForm,
    UpdateTranslationsView,
)


def is_mirror_of_another_language(page):
    """Whether `page` is an alias of a page in another language (one query, aliases only)."""
    if not page.alias_of_id:
        return False
    original_locale = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True)
    return page.locale_id not in original_locale


def mirror_stays_draft(sender, instance, **kwargs):
    """pre_save: an alias in another language holds the original's words, so it is not live.

    Wagtail makes aliases when wagtail-localize copies a page's untranslated parents, when a
    language is set to follow another's tree, and publishes them again with their original.
    """
    if isinstance(instance, Page) and instance.live and is_mirror_of_another_language(instance):
        instance.live = False


def published_version(page, locale_id=None):
    """What a reader following a link to `page` should get: its published version in the
    language `locale_id` if there is one, else `page` itself if live, else its first published
    version in another language (None if it is published nowhere)."""
    if locale_id is not None and page.locale_id != locale_id:
        there = page.get_translations().live().filter(locale_id=locale_id).first()
        if there is not None:
            return there.specific
    if page.live:
        return page
    other = page.get_translations().live().order_by("pk").first()
    return other.specific if other is not None else None


def save_draft(translation, user=None):
    """A draft revision of `translation`'s target with the source's current words and what is
    translated of them; the live version, if any, stays as it is.

    Plain snippets (no revisions) and aliases have no drafts: their translator publishes from
    wagtail-localize's editor, which shows the new words.
    """
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    if not isinstance(target, RevisionMixin) or getattr(target, "alias_of_id", None):
        return None
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    return draft.save_revision(user=user, clean=False)


class SyncTranslationsForm(UpdateTranslationsForm):
    """wagtail-localize's form without "Publish immediately", which would put the original's
    new words live in every translation."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["publish_translations"]

    def clean(self):
        return {**super().clean(), "publish_translations": False}


class SyncTranslationsView(UpdateTranslationsView):
    def get_form(self):
        if self.request.method == "POST":
            return SyncTranslationsForm(self.request.POST)
        return SyncTranslationsForm()

    @transaction.atomic
    def form_valid(self, form):
        response = super().form_valid(form)
        for translation in self.object.translations.filter(enabled=True).select_related(
            "source", "target_locale"
        ):
            with contextlib.suppress(ValidationError):
                save_draft(translation, self.request.user)
        return response
