"""Choosing "Translate" makes a draft: nothing reaches readers until a translator publishes."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from freethem.news.models import NewsIndexPage, NewsPage
from freethem.news.tests.factories import make_post, publish

pytestmark = pytest.mark.django_db

PERSIAN_TITLE = "شب‌زنده‌داری برای زندانیان"


@pytest.fixture
def editor():
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def choose_translate(editor, page, language, capture):
    """The admin's "Translate" form, its language ticked and submitted."""
    locale = Locale.objects.get(language_code=language)
    with capture(execute=True):
        response = editor.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})
    assert response.status_code == 302
    return page.get_translation(locale)


def translation_of(page, language):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=language
    )


def translate_and_publish(editor, page, language, capture, words):
    """What a translator does in wagtail-localize's editor: each string, then "Publish"."""
    translation = translation_of(page, language)
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": words.get(segment.string.data, segment.string.data)},
        )
    with capture(execute=True):
        translation.save_target(user=editor.user, publish=True)


def persian_lists(client):
    """Everywhere a Persian reader could come across a post."""
    return {
        "news": client.get("/fa/news/").content.decode(),
        "rss": client.get("/fa/news/feed/rss/").content.decode(),
        "atom": client.get("/fa/news/feed/atom/").content.decode(),
        "home": client.get("/fa/").content.decode(),
        "search": client.get("/fa/search/", {"q": "vigil"}).content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
    }


def test_a_post_chosen_for_translation_stays_unseen_in_persian_until_its_translator_publishes(
    client, site_tree, editor, django_capture_on_commit_callbacks
):
    post = make_post(site_tree.index, title="A vigil for the prisoners", lead="Candles at seven.")

    draft = choose_translate(editor, post, "fa", django_capture_on_commit_callbacks)

    assert not draft.live
    address = f"/fa/news/{draft.slug}/"
    response = client.get(address)
    # The page saying it is not translated yet, with a link to the English post.
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fa" dir="rtl">' in html
    assert f'href="{post.url}"' in html
    assert "A vigil for the prisoners" not in html
    for where, text in persian_lists(client).items():
        assert "A vigil for the prisoners" not in text, where
        assert address not in text, where
    # The English post's language menu leads Persian readers to the same page.
    assert f'href="/fa/untranslated/{post.pk}/"' in client.get(post.url).content.decode()

    translate_and_publish(
        editor,
        post,
        "fa",
        django_capture_on_commit_callbacks,
        {"A vigil for the prisoners": PERSIAN_TITLE},
    )

    assert Page.objects.get(pk=draft.pk).live
    response = client.get(address)
    assert response.status_code == 200
    assert PERSIAN_TITLE in response.content.decode()
    lists = persian_lists(client)
    for where in ("news", "rss", "atom", "home"):
        assert PERSIAN_TITLE in lists[where], where
    assert address in lists["sitemap"]
    assert f'href="{address}"' in client.get(post.url).content.decode()


def test_syncing_translations_brings_the_new_words_as_drafts_and_publishes_nothing(
    client, site_tree, editor, django_capture_on_commit_callbacks
):
    post = make_post(site_tree.index, title="A vigil for the prisoners", lead="Candles at seven.")
    persian = choose_translate(editor, post, "fa", django_capture_on_commit_callbacks)
    translate_and_publish(
        editor,
        post,
        "fa",
        django_capture_on_commit_callbacks,
        {"A vigil for the prisoners": PERSIAN_TITLE, "Candles at seven.": "شمع‌ها ساعت هفت."},
    )
    post.lead = "Candles at eight, not seven."
    with django_capture_on_commit_callbacks(execute=True):
        publish(post)

    page = editor.get(f"/admin/localize/update/{translation_of(post, 'fa').source_id}/")
    assert page.status_code == 200
    assert "publish_translations" not in page.content.decode()
    # Even asked for (an old form, a crafted request), nothing is published.
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            f"/admin/localize/update/{translation_of(post, 'fa').source_id}/",
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    persian = NewsPage.objects.get(pk=persian.pk)
    assert persian.live and persian.lead == "شمع‌ها ساعت هفت."
    assert "Candles at eight" not in client.get(persian.url).content.decode()
    # The translator finds the new words in a draft.
    assert persian.has_unpublished_changes
    assert persian.get_latest_revision_as_object().lead == "Candles at eight, not seven."


def test_a_section_copied_along_with_a_translation_is_not_live_in_english_words(
    client, site_tree, editor, django_capture_on_commit_callbacks
):
    # A new English section, not translated: translating one of its posts copies it along.
    section = site_tree.home.add_child(instance=NewsIndexPage(title="Campaign diary", slug="diary"))
    publish(section)
    post = make_post(section, title="Day one of the hunger strike")

    draft = choose_translate(editor, post, "fa", django_capture_on_commit_callbacks)

    mirror = draft.get_parent()
    assert mirror.alias_of_id == section.pk and not mirror.live
    assert client.get("/fa/diary/").status_code == 404
    assert "Campaign diary" not in client.get("/fa/").content.decode()
    # Publishing the English section again (Wagtail then updates its aliases) changes nothing.
    section.title = "Campaign diary, day by day"
    with django_capture_on_commit_callbacks(execute=True):
        publish(section)
    assert not Page.objects.get(pk=mirror.pk).live
    assert client.get("/fa/diary/").status_code == 404
