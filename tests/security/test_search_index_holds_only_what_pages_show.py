"""The site search finds a page only by words that page shows to everyone.

The search index is filled from each page type's `search_fields`, not from what its template
renders: a field indexed but never shown (or shown only when an editor allows it) would let a
visitor confirm a hidden fact by searching for it. On the whole demo site, every word indexed for
a public page must be on that page, as it is written or folded (core/search.py: "زنداني" is
indexed as "زندانی" too, "Bogotá" as "bogota").
"""

import html
import re

import pytest
from django.test import Client
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from freethem.core.search import folded_words
from freethem.news.tests.factories import publish
from freethem.prisoners.models import PrisonerPage
from tests import demo_site

pytestmark = pytest.mark.django_db

# Every indexed model and the fields it is searched by, as reviewed: each page type's fields are
# all shown on its pages (checked on the demo below); images and documents are searched in the
# admin only. A new indexed field or model is a decision to review here, not a side effect.
# `folded_words` is the page's other fields folded (core/search.py), nothing more.
REVIEWED = {
    "core.HomePage": {"title", "folded_words"},
    "core.ResourcesPage": {"title", "folded_words"},
    "news.NewsIndexPage": {"title", "folded_words"},
    "news.NewsPage": {
        "title",
        "kicker",
        "lead",
        "body",
        "source_organization",
        "shown_tag_names",
        "folded_words",
    },
    "appeals.AppealPage": {"title", "summary", "body", "folded_words"},
    "pages.GeneralPage": {"title", "lead", "body", "folded_words"},
    "prisoners.PrisonerIndexPage": {"title", "folded_words"},
    "prisoners.PrisonerPage": {"title", "public_search_text", "folded_words"},
    "prisoners.LetterActionPage": {"title", "folded_words"},
    "mobilize.EventIndexPage": {"title", "folded_words"},
    "mobilize.EventPage": {"title", "folded_words"},
    "mobilize.DayOfActionPage": {"title", "folded_words"},
    "wagtailcore.Page": {"title"},
    "wagtaildocs.Document": {"title", "tags"},
    "wagtailimages.Image": {"title", "description", "tags"},
}

WORD = re.compile(r"\w+")
ALT = re.compile(r'<img\b[^>]*\balt="([^"]*)"')
TAG = re.compile(r"<[^>]+>")


def words(text):
    return {word.casefold() for word in WORD.findall(text or "")}


def words_as_written_or_folded(text):
    return words(text) | words(folded_words(text))


def shown_text(markup):
    """The words of a page as a visitor reads them, scripts aside: its text and the text that
    stands for its pictures (what a screen reader reads out), no other attribute."""
    markup = re.sub(r"<(script|style)\b.*?</\1>", " ", markup, flags=re.DOTALL)
    pictures = " ".join(ALT.findall(markup))
    return html.unescape(TAG.sub(" ", markup) + " " + pictures)


def indexed_text(entry):
    # PostgreSQL keeps the indexed text beside its search vectors; SQLite keeps the text itself.
    title = getattr(entry, "title_text", None)
    body = getattr(entry, "body_text", None)
    if title is None:
        title, body = entry.title, entry.body
    return f"{title} {body}"


def test_only_reviewed_models_and_fields_are_indexed():
    """Signatures, subscribers, proposals and other supporters' data are never indexed."""
    from wagtail.search import index

    indexed = {
        model._meta.label: {
            field.field_name
            for field in model.get_search_fields()
            if not isinstance(field, index.FilterField)
        }
        for model in index.get_indexed_models()
    }
    assert indexed == REVIEWED


@demo_site.reader
def words_indexed_but_not_shown():
    """On the demo, with one prisoner's story kept private: the words each public page is
    indexed by that it does not show, and the kinds of page checked."""
    # One prisoner whose family asked to keep their name in Persian, the other spellings and
    # the whole story off the site.
    person = (
        PrisonerPage.objects.live()
        .filter(locale__language_code="en")
        .exclude(name_native="")
        .exclude(other_names="")
        .exclude(story="")
        .order_by("pk")
        .first()
    )
    person.private_fields = ["name_native", "other_names", "short_story", "story"]
    publish(person)
    client = Client()
    # What the site search looks through (core.views.search).
    searched = Page.objects.live().public().exclude(depth__lte=1)
    public = {str(pk) for pk in searched.values_list("pk", flat=True)}
    entries = [
        entry
        for entry in IndexEntry.objects.select_related("content_type")
        if entry.object_id in public and issubclass(entry.content_type.model_class(), Page)
    ]
    checked = set()
    hidden = {}
    for entry in entries:
        page = Page.objects.get(pk=entry.object_id).specific
        response = client.get(page.url)
        assert response.status_code == 200, (page.url, page)
        shown = words_as_written_or_folded(shown_text(response.content.decode()))
        missing = words(indexed_text(entry)) - shown
        if missing:
            hidden[page.url] = sorted(missing)[:10]
        checked.add(type(page).__name__)
    return hidden, checked, person.url


@pytest.mark.xdist_group("demo_site")
def test_every_word_a_public_page_is_found_by_is_on_that_page(
    django_db_setup, django_db_blocker, tmp_path_factory
):
    readings = demo_site.readings(django_db_blocker, tmp_path_factory.getbasetemp() / "demo")
    hidden, checked, private_story = readings["words_indexed_but_not_shown"]
    assert private_story
    assert hidden == {}
    # The demo has every kind of page whose text is indexed.
    assert {"NewsPage", "AppealPage", "PrisonerPage"} <= checked
