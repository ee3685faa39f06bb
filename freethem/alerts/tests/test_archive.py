"""Sent alerts are public pages: listed per language, newest first, with feeds; nothing about
their readers, and nothing that was not sent or that an editor kept out."""

import datetime
import json

import feedparser
import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from freethem.alerts import services
from freethem.alerts.models import Alert, Mailing
from freethem.alerts.tests.factories import make_alert, subscribers, translate_alert
from freethem.core.cache import is_stored
from freethem.news.tests.factories import make_post

pytestmark = pytest.mark.django_db


def sent(alert, when=None):
    mailing = Mailing.objects.create(alert_key=alert.translation_key, subject=alert.subject)
    if when is not None:
        Mailing.objects.filter(pk=mailing.pk).update(started_at=when)
    return mailing


def test_a_sent_alert_is_listed_and_readable_in_its_language(client, site_tree):
    alert = make_alert("Narges Mohammadi needs care now", "<p>Write to the prison today.</p>")
    sent(alert, timezone.make_aware(datetime.datetime(2023, 3, 25, 12)))
    listing = client.get("/en/alerts/archive/").content.decode()
    assert "Narges Mohammadi needs care now" in listing
    assert f'href="/en/alerts/archive/{alert.pk}/"' in listing
    page = client.get(f"/en/alerts/archive/{alert.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Write to the prison today." in html
    assert "March 25, 2023" in html or "25 March 2023" in html, html[html.index("<time") :][:120]
    assert 'datetime="2023-03-25"' in html


def test_the_persian_archive_dates_alerts_in_the_solar_hijri_calendar(client, site_tree):
    alert = make_alert()
    persian = translate_alert(alert, "fa", "نرگس محمدی به درمان نیاز دارد")
    sent(alert, timezone.make_aware(datetime.datetime(2023, 3, 25, 12)))
    html = client.get(f"/fa/alerts/archive/{persian.pk}/").content.decode()
    assert "نرگس محمدی به درمان نیاز دارد" in html
    assert "۵ فروردین ۱۴۰۲" in html


def test_an_unsent_alert_is_neither_listed_nor_readable(client, site_tree):
    alert = make_alert("Not sent yet")
    assert "Not sent yet" not in client.get("/en/alerts/archive/").content.decode()
    assert client.get(f"/en/alerts/archive/{alert.pk}/").status_code == 404


def test_an_alert_kept_out_of_the_archive_is_neither_listed_nor_readable(client, site_tree):
    alert = make_alert("Kept out")
    Alert.objects.filter(pk=alert.pk).update(archived=False)
    sent(alert)
    assert "Kept out" not in client.get("/en/alerts/archive/").content.decode()
    assert client.get(f"/en/alerts/archive/{alert.pk}/").status_code == 404


def test_unticking_the_archive_on_the_original_takes_every_language_out_at_once(client, site_tree):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    editor = Client()
    editor.force_login(user)
    alert = make_alert("Out of the archive")
    persian = translate_alert(alert, "fa", "بیرون از بایگانی")
    sent(alert)
    assert client.get(f"/fa/alerts/archive/{persian.pk}/").status_code == 200
    response = editor.post(
        f"/admin/snippets/alerts/alert/edit/{alert.pk}/",
        # Draftail's form value; "archived" left out, as an unticked box is.
        {"subject": alert.subject, "body": json.dumps({"blocks": [], "entityMap": {}})},
    )
    assert response.status_code == 302
    assert not Alert.objects.filter(translation_key=alert.translation_key, archived=True).exists()
    assert client.get(f"/fa/alerts/archive/{persian.pk}/").status_code == 404
    assert client.get(f"/en/alerts/archive/{alert.pk}/").status_code == 404


def test_each_language_lists_only_its_own_alerts_newest_first(client, site_tree):
    older = make_alert("Older alert")
    newer = make_alert("Newer alert")
    translate_alert(older, "es", "Alerta antigua")
    sent(older, timezone.now() - datetime.timedelta(days=30))
    sent(newer)
    english = client.get("/en/alerts/archive/").content.decode()
    assert english.index("Newer alert") < english.index("Older alert")
    spanish = client.get("/es/alerts/archive/").content.decode()
    assert "Alerta antigua" in spanish
    assert "Newer alert" not in spanish and "Older alert" not in spanish


def test_an_alert_asked_in_another_language_leads_to_its_version_there_or_the_list(
    client, site_tree
):
    alert = make_alert("In English")
    spanish = translate_alert(alert, "es", "En español")
    only_english = make_alert("Only in English")
    sent(alert)
    sent(only_english)
    response = client.get(f"/es/alerts/archive/{alert.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/es/alerts/archive/{spanish.pk}/"
    response = client.get(f"/fa/alerts/archive/{only_english.pk}/")
    assert response.status_code == 302 and response["Location"] == "/fa/alerts/archive/"
    assert client.get("/fa/alerts/archive/999999/").status_code == 404


def test_a_draft_translation_stays_out_of_its_language_until_published(client, site_tree):
    alert = make_alert()
    french = translate_alert(alert, "fr", "Brouillon de traduction")
    Alert.objects.filter(pk=french.pk).update(live=False)
    sent(alert)
    assert "Brouillon" not in client.get("/fr/alerts/archive/").content.decode()
    assert client.get(f"/fr/alerts/archive/{french.pk}/").status_code == 404
    french.live = True  # its translator publishes it
    french.save()
    assert "Brouillon de traduction" in client.get("/fr/alerts/archive/").content.decode()


def test_the_archive_is_paginated(client, site_tree, settings):
    settings.FREETHEM_ALERTS_PER_PAGE = 2
    for n in range(3):
        sent(make_alert(f"Alert number {n}"), timezone.now() - datetime.timedelta(days=n))
    first = client.get("/en/alerts/archive/").content.decode()
    assert "Alert number 0" in first and "Alert number 2" not in first
    assert 'rel="next" href="?page=2"' in first
    assert "Alert number 2" in client.get("/en/alerts/archive/?page=2").content.decode()
    assert client.get("/en/alerts/archive/?page=x").status_code == 200


def test_an_alert_page_links_its_post_in_the_alert_language(client, site_tree):
    post = make_post(site_tree.index, title="The prison refuses her care")
    alert = make_alert()
    Alert.objects.filter(pk=alert.pk).update(news_page=post)
    sent(alert)
    html = client.get(f"/en/alerts/archive/{alert.pk}/").content.decode()
    assert f'href="{post.url}"' in html
    assert "The prison refuses her care" in html


def test_an_alert_page_shows_nothing_about_its_readers(client, site_tree):
    readers = subscribers(3)
    alert = make_alert()
    mailing = sent(alert)
    services.prepare(mailing)
    for url in (
        f"/en/alerts/archive/{alert.pk}/",
        "/en/alerts/archive/",
        "/en/alerts/archive/feed/rss/",
        "/en/alerts/archive/feed/atom/",
    ):
        html = client.get(url).content.decode()
        assert "unsubscribe" not in html
        for reader in readers:
            assert str(reader.token) not in html
            assert reader.email not in html
        assert "reader0@" not in html


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_each_language_has_a_valid_feed_of_its_alerts(client, site_tree, kind):
    alert = make_alert("A feed alert", "<p>Call the embassy.</p>")
    persian = translate_alert(alert, "fa", "هشدار خبرنامه")
    sent(alert)
    feed = feedparser.parse(client.get(f"/en/alerts/archive/feed/{kind}/").content)
    assert not feed.bozo, feed.bozo_exception
    assert [entry.title for entry in feed.entries] == ["A feed alert"]
    assert feed.entries[0].link.endswith(f"/en/alerts/archive/{alert.pk}/")
    assert "Call the embassy." in feed.entries[0].summary
    persian_feed = feedparser.parse(client.get(f"/fa/alerts/archive/feed/{kind}/").content)
    assert not persian_feed.bozo
    assert [entry.link.rsplit("/", 2)[-2] for entry in persian_feed.entries] == [str(persian.pk)]


def test_sending_an_alert_refreshes_the_cached_archive(client, site_tree, settings, rf):
    settings.FREETHEM_PAGE_CACHE_ENABLED = True
    alert = make_alert("Fresh alert")
    assert "Fresh alert" not in client.get("/en/alerts/archive/").content.decode()
    assert is_stored(rf.get("/en/alerts/archive/"))
    sent(alert)
    assert "Fresh alert" in client.get("/en/alerts/archive/").content.decode()


def test_the_subscribe_page_links_to_the_archive(client, site_tree):
    assert 'href="/en/alerts/archive/"' in client.get("/en/alerts/").content.decode()


def test_the_sitemap_lists_each_archive_and_its_alerts_but_no_unsent_one(client, site_tree):
    alert = make_alert()
    persian = translate_alert(alert, "fa", "هشدار در نقشه‌ی سایت")
    unsent = make_alert("Unsent")
    sent(alert)
    sitemap = client.get("/sitemap.xml").content.decode()
    for language in ("en", "es", "fa", "fr"):
        assert f"/{language}/alerts/archive/</loc>" in sitemap
    assert f"/en/alerts/archive/{alert.pk}/</loc>" in sitemap
    assert f"/fa/alerts/archive/{persian.pk}/</loc>" in sitemap
    assert f"/alerts/archive/{unsent.pk}/</loc>" not in sitemap
