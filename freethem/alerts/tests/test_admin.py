"""An editor writes an alert, previews it, tests it on themselves, sends it and follows it."""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from freethem.alerts import services
from freethem.alerts.models import Alert, Delivery, Mailing
from freethem.alerts.tests.factories import make_alert, subscribers, translate_alert
from freethem.news.tests.factories import make_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client):
    user = get_user_model().objects.create_superuser("coordinator", "coord@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def editor(client):
    """May write and test alerts, not send them to everyone."""
    group = Group.objects.create(name="Alert writers")
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "add_alert", "change_alert", "view_alert"]
        )
    )
    user = get_user_model().objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)
    return user


def refused(response):
    """Wagtail answers a refused admin request by sending the user to the dashboard."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_the_send_page_counts_subscribers_by_language(client, site_tree, coordinator):
    subscribers(3, "en")
    subscribers(2, "fa", start=3)
    alert = make_alert()
    translate_alert(alert, "fa", "هشدار")
    html = client.get(reverse("alerts_send", args=[alert.pk])).content.decode()
    assert "Send to 5 subscribers now" in html
    assert "the alert in their language" in html
    assert "the original: no translation yet" in html  # Spanish, French


def test_a_test_goes_to_the_editor_alone(
    client, site_tree, editor, django_capture_on_commit_callbacks
):
    subscribers(3)
    alert = make_alert()
    response = client.post(
        reverse("alerts_send", args=[alert.pk]), {"action": "test", "email": "editor@example.org"}
    )
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["editor@example.org"]
    assert message.subject == "[Test] Narges Mohammadi needs care now"
    # An editor has nothing to unsubscribe from: no button that leads nowhere, and the link
    # in the footer goes to the alerts page, which answers.
    assert "List-Unsubscribe" not in message.extra_headers
    html, _type = message.alternatives[0]
    [link] = re.findall(r'href="([^"]+)"', html)
    assert link.endswith("/en/alerts/")
    assert client.get(urlsplit(link).path).status_code == 200
    assert not Mailing.objects.exists() and not Delivery.objects.exists()


def test_sending_to_everyone_needs_its_own_permission(client, site_tree, editor):
    subscribers(2)
    alert = make_alert()
    html = client.get(reverse("alerts_send", args=[alert.pk])).content.decode()
    assert "Send to 2 subscribers now" not in html
    response = client.post(reverse("alerts_send", args=[alert.pk]), {"action": "send"})
    assert refused(response)
    assert not Mailing.objects.exists() and mail.outbox == []


def test_sending_shows_its_progress(
    client, site_tree, coordinator, django_capture_on_commit_callbacks
):
    subscribers(4)
    alert = make_alert()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("alerts_send", args=[alert.pk]), {"action": "send"})
    mailing = Mailing.objects.get()
    assert response["Location"] == reverse("alerts_mailing", args=[mailing.pk])
    services.finish_mailings()  # what the clock does every few seconds
    html = client.get(response["Location"]).content.decode()
    assert "4 of 4 sent" in html and "100%" in html
    assert 'http-equiv="refresh"' not in html  # finished: nothing more to follow
    assert len(mail.outbox) == 4
    listing = client.get(reverse("alerts_mailings")).content.decode()
    assert alert.subject in listing and "4 / 4" in listing
    # The page of an alert already sent says so and offers no second sending.
    again = client.get(reverse("alerts_send", args=[alert.pk])).content.decode()
    assert "This alert has been sent." in again and 'value="send"' not in again


def test_a_sending_under_way_refreshes_its_page(client, site_tree, coordinator):
    alert = make_alert()
    mailing = Mailing.objects.create(alert_key=alert.translation_key, subject=alert.subject)
    html = client.get(reverse("alerts_mailing", args=[mailing.pk])).content.decode()
    assert 'http-equiv="refresh"' in html


def test_the_alerts_listing_offers_test_and_send(client, site_tree, coordinator):
    alert = make_alert()
    html = client.get(reverse("wagtailsnippets_alerts_alert:list")).content.decode()
    assert reverse("alerts_send", args=[alert.pk]) in html


def test_the_preview_renders_the_email(client, site_tree, coordinator):
    alert = make_alert()
    url = reverse("wagtailsnippets_alerts_alert:preview_on_edit", args=[alert.pk])
    edit = client.get(reverse("wagtailsnippets_alerts_alert:edit", args=[alert.pk]))
    assert url in edit.content.decode()
    # What Wagtail's preview panel does: post the form, then show the result.
    block = {"key": "a", "text": "Bring candles.", "type": "unstyled", "depth": 0}
    block.update(inlineStyleRanges=[], entityRanges=[])
    body = json.dumps({"blocks": [block], "entityMap": {}})  # Draftail's form value
    form = {"subject": "Vigil tonight", "body": body, "news_page": ""}
    assert client.post(url, form).json()["is_valid"] is True
    html = client.get(url).content.decode()
    assert "<h1" in html and "Vigil tonight" in html and "Bring candles." in html
    assert "Stop the alerts" in html


def test_a_news_post_becomes_an_alert_in_one_click(client, site_tree, coordinator):
    post = make_post(site_tree.index, title="Five prisoners moved to solitary confinement")
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[post.pk])).content.decode()
    url = reverse("alerts_from_news", args=[post.pk])
    assert url in edit_page
    # The header's button opens a page whose form makes the alert: a link alone makes nothing.
    assert "Make the alert" in client.get(url).content.decode()
    assert not Alert.objects.exists()
    response = client.post(url)
    alert = Alert.objects.get()
    assert response["Location"] == reverse("wagtailsnippets_alerts_alert:edit", args=[alert.pk])
    assert alert.news_page_id == post.pk and alert.subject == post.title
    assert alert.locale_id == post.locale_id


def test_subscribers_are_listed_for_erasure_and_never_added_by_hand(client, site_tree, coordinator):
    subscribers(1)
    html = client.get(reverse("alerts_subscriber:index")).content.decode()
    assert "reader0@example.org" in html
    assert reverse("alerts_subscriber:add") not in html


def test_editors_without_alert_rights_are_kept_out(client, site_tree):
    user = get_user_model().objects.create_user("reader", "r@example.org", "pw")
    group = Group.objects.create(name="Readers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    alert = make_alert()
    assert refused(client.get(reverse("alerts_send", args=[alert.pk])))
    assert refused(client.get(reverse("alerts_mailings")))
    assert refused(client.post(reverse("alerts_from_news", args=[site_tree.home.pk])))
    assert not Alert.objects.exclude(pk=alert.pk).exists()


def test_a_subscriber_is_found_by_their_whole_address_however_written(client, coordinator):
    subscribers(3)
    index = reverse("alerts_subscriber:index")
    found = client.get(index, {"email": "Reader1@Example.org"}).content.decode()
    assert "reader1@example.org" in found
    assert "reader0@example.org" not in found and "reader2@example.org" not in found
    # Part of an address finds nobody: addresses are known only by their keyed hashes.
    assert "reader1@example.org" not in client.get(index, {"email": "reader1"}).content.decode()
