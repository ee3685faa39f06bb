"""Alerts from both sides: a supporter subscribes, confirms and leaves without JavaScript; an
editor writes an alert in the admin, tests it on herself, sends it and watches it go."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from freethem.alerts import services
from freethem.alerts.models import Alert, Delivery, Mailing, Subscriber
from freethem.alerts.tests.factories import make_alert, subscribers


def path_of(link, site):
    return site.url + "/" + link.split("://", 1)[1].split("/", 1)[1]


def test_subscribe_confirm_and_leave_without_javascript(site, page_without_js):
    page = page_without_js
    page.goto(site.url + "/fa/")
    page.locator(".alerts-link a").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.locator('[name="email"]').fill("shirin@example.org")
    expect(page.locator('[name="language"]')).to_have_value("fa")
    page.locator('[name="consent"]').check()
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()
    assert Subscriber.objects.get().status == Subscriber.PENDING

    # The confirmation email, in Persian, with its link.
    [message] = mail.outbox
    assert message.to == ["shirin@example.org"]
    link = re.search(r"https?://\S+/alerts/confirm/\S+/", message.body).group(0)
    page.goto(path_of(link, site))
    assert Subscriber.objects.get().status == Subscriber.PENDING  # opening is not confirming
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()
    assert Subscriber.objects.get().status == Subscriber.CONFIRMED

    # An alert arrives; its own link stops the alerts.
    mail.outbox.clear()
    services.start_mailing(make_alert())
    [alert] = mail.outbox
    link = alert.extra_headers["List-Unsubscribe"].strip("<>")
    assert link in alert.body
    page.goto(path_of(link, site))
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()
    assert Subscriber.objects.get().status == Subscriber.UNSUBSCRIBED


@pytest.fixture
def coordinator(site):
    return get_user_model().objects.create_superuser("coordinator", "coord@example.org", "pw-1")


def test_an_editor_writes_tests_and_sends_an_alert(site, coordinator, page, sign_in_to_admin):
    subscribers(3, "en")
    subscribers(2, "es", start=3)
    sign_in_to_admin(page, "coordinator", "pw-1")

    page.goto(site.url + "/admin/snippets/alerts/alert/add/")
    page.locator("#id_subject").fill("Vigil tonight for Pakhshan Azizi")
    editor = page.locator(".Draftail-Editor [contenteditable=true]")
    editor.click()
    editor.press_sequentially("Meet at 7 pm in front of the embassy. Bring candles.")
    # Draftail writes the text into the form's hidden input a moment after the typing.
    expect(page.locator('input[name="body"]')).to_have_value(re.compile("Bring candles"))
    page.get_by_role("button", name="Save").first.click()
    expect(page.locator(".messages")).to_contain_text("created")
    assert "Bring candles." in Alert.objects.get().body

    page.goto(site.url + "/admin/snippets/alerts/alert/")
    page.get_by_role("link", name="Test and send").first.click()
    expect(page.get_by_role("cell", name="Español")).to_be_visible()
    page.get_by_role("button", name="Send the test").click()
    expect(page.locator(".messages")).to_contain_text("coord@example.org")
    [test] = mail.outbox
    assert test.to == ["coord@example.org"]
    assert test.subject == "[Test] Vigil tonight for Pakhshan Azizi"
    assert "Bring candles." in test.body

    page.get_by_role("button", name="Send to 5 subscribers now").click()
    expect(page.locator("body")).to_contain_text("5 of 5 sent")
    # The progress page refreshes itself; leave it so that no request of the
    # browser reads the tables while the test writes them.
    page.goto("about:blank")
    assert services.finish_mailings() == 1  # what the site's clock does every few seconds
    assert Mailing.objects.get().finished_at is not None
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 5
    assert sorted(m.to[0] for m in mail.outbox[1:]) == [f"reader{n}@example.org" for n in range(5)]
