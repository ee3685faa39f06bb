"""An alert's translation is sent once its translator publishes it, never the copy "Translate"
makes, which holds the original's words."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from freethem.alerts import services
from freethem.alerts.messages import Composer
from freethem.alerts.models import Alert, Subscriber
from freethem.alerts.tests.factories import make_alert, subscribers
from freethem.core.site_address import page_url
from freethem.news.tests.factories import make_post

pytestmark = pytest.mark.django_db

PERSIAN_SUBJECT = "نرگس محمدی به درمان نیاز دارد"


@pytest.fixture
def editor():
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def choose_translate(editor, alert, language, capture):
    """The admin's "Translate" form for a snippet, its language ticked and submitted."""
    locale = Locale.objects.get(language_code=language)
    with capture(execute=True):
        response = editor.post(
            f"/admin/localize/submit/snippet/alerts/alert/{alert.pk}/", {"locales": [locale.pk]}
        )
    assert response.status_code == 302
    return Alert.objects.get(translation_key=alert.translation_key, locale=locale)


def choose_translate_page(editor, page, language, capture):
    locale = Locale.objects.get(language_code=language)
    with capture(execute=True):
        editor.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})
    return page.get_translation(locale)


def translate_and_publish(editor, alert, language, capture, words):
    """What a translator does in wagtail-localize's editor: each string, then "Publish"."""
    translation = Translation.objects.get(
        source__object_id=alert.translation_key, target_locale__language_code=language
    )
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


def as_received(alert, language):
    [reader] = subscribers(1, language)
    message = Composer(alert.translation_key).compose(reader)
    Subscriber.objects.filter(pk=reader.pk).delete()
    return message


def test_a_persian_copy_of_an_alert_is_not_sent_until_its_translator_publishes_it(
    site_tree, editor, django_capture_on_commit_callbacks
):
    alert = make_alert()

    copy = choose_translate(editor, alert, "fa", django_capture_on_commit_callbacks)

    assert copy.subject == alert.subject and not copy.live
    persian_row = next(
        row for row in services.audience(alert.translation_key) if row["code"] == "fa"
    )
    assert not persian_row["translated"]
    # Persian readers get the original, as the original: in English, left to right.
    message = as_received(alert, "fa")
    assert message.subject == "Narges Mohammadi needs care now"
    assert message.extra_headers["Content-Language"] == "en"
    assert 'dir="rtl"' not in message.alternatives[0][0]

    translate_and_publish(
        editor,
        alert,
        "fa",
        django_capture_on_commit_callbacks,
        {"Narges Mohammadi needs care now": PERSIAN_SUBJECT},
    )

    persian_row = next(
        row for row in services.audience(alert.translation_key) if row["code"] == "fa"
    )
    assert persian_row["translated"]
    message = as_received(alert, "fa")
    assert message.subject == PERSIAN_SUBJECT
    assert message.extra_headers["Content-Language"] == "fa"


def test_a_translated_alert_links_to_the_post_in_its_language_once_that_is_published(
    site_tree, editor, django_capture_on_commit_callbacks
):
    post = make_post(site_tree.index, title="Narges Mohammadi moved to hospital")
    alert = Alert.objects.create(subject=post.title, news_page=post, locale=post.locale)
    choose_translate(editor, alert, "fa", django_capture_on_commit_callbacks)
    translate_and_publish(
        editor, alert, "fa", django_capture_on_commit_callbacks, {post.title: PERSIAN_SUBJECT}
    )
    persian_post = choose_translate_page(editor, post, "fa", django_capture_on_commit_callbacks)

    # The Persian post is a draft: the Persian alert leads to the English one.
    message = as_received(alert, "fa")
    assert message.subject == PERSIAN_SUBJECT
    assert page_url(post) in message.body
    assert page_url(persian_post) not in message.body

    with django_capture_on_commit_callbacks(execute=True):
        persian_post.save_revision().publish()

    assert page_url(persian_post) in as_received(alert, "fa").body
    assert page_url(persian_post) not in as_received(alert, "en").body


def test_the_original_goes_out_as_its_editor_last_saved_it(site_tree, editor):
    alert = make_alert()
    alert.subject = "Narges Mohammadi needs care tonight"
    alert.save_revision(user=editor.user)  # "Save draft" on a published alert

    assert as_received(alert, "en").subject == "Narges Mohammadi needs care tonight"
