"""An editor's alert reaches every confirmed subscriber once, in their language, with a way out."""

from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from freethem.alerts import emails, services
from freethem.alerts.models import Delivery, Mailing, Subscriber
from freethem.alerts.tests.factories import make_alert, subscribers, translate_alert
from freethem.core import delivery
from freethem.core.addresses import address_hash
from freethem.core.site_address import page_url, site_url
from freethem.core.tests.smtp import Mailbox

pytestmark = pytest.mark.django_db


def send(alert, capture):
    """Press "Send" and let the background work and the clock run their course."""
    with capture(execute=True):
        mailing, started = services.start_mailing(alert)
    services.finish_mailings()
    mailing.refresh_from_db()
    return mailing


def test_every_confirmed_subscriber_gets_it_once_in_their_language(
    site_tree, smtp, django_capture_on_commit_callbacks
):
    mailbox = smtp(Mailbox())
    subscribers(3, "en")
    subscribers(2, "fa", start=3)
    subscribers(2, "es", start=5)  # no Spanish version: they get the original
    subscribers(2, "en", status=Subscriber.PENDING, start=7)
    subscribers(1, "en", status=Subscriber.UNSUBSCRIBED, start=9)
    alert = make_alert()
    translate_alert(alert, "fa", "نرگس محمدی به درمان نیاز دارد")

    mailing = send(alert, django_capture_on_commit_callbacks)

    assert sorted(mailbox.recipients()) == [f"reader{n}@example.org" for n in range(7)]
    subjects = {m["To"]: str(m["Subject"]).strip() for m in mailbox.messages}
    assert subjects["reader3@example.org"] == "نرگس محمدی به درمان نیاز دارد"
    assert subjects["reader5@example.org"] == "Narges Mohammadi needs care now"
    assert mailing.finished_at is not None and mailing.total == 7
    assert services.progress(mailing)["sent"] == 7
    assert Delivery.objects.filter(status=Delivery.SENT).count() == 7
    persian = next(m for m in mailbox.messages if m["To"] == "reader3@example.org")
    assert 'dir="rtl"' in persian.get_body(("html",)).get_content()


def test_each_message_has_its_own_one_click_unsubscribe_link(
    site_tree, smtp, django_capture_on_commit_callbacks
):
    mailbox = smtp(Mailbox())
    subscribers(2, "fr")
    send(make_alert(), django_capture_on_commit_callbacks)
    first, second = sorted(mailbox.messages, key=lambda m: m["To"])
    assert first["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = first["List-Unsubscribe"].strip().strip("<>")
    assert link != second["List-Unsubscribe"].strip().strip("<>")
    assert link in first.get_body(("plain",)).get_content()
    assert link in first.get_body(("html",)).get_content()

    # What a mail program does when the reader presses its Unsubscribe button (RFC 8058):
    # a POST from its own server, no cookie, no form token.
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    gone = Subscriber.objects.get(email_hash=address_hash("reader0@example.org"))
    assert gone.status == Subscriber.UNSUBSCRIBED
    assert (
        Subscriber.objects.get(email_hash=address_hash("reader1@example.org")).status
        == Subscriber.CONFIRMED
    )

    # The next alert is not sent to them.
    mailbox.messages.clear()
    send(make_alert("A second alert"), django_capture_on_commit_callbacks)
    assert mailbox.recipients() == ["reader1@example.org"]


def test_an_alert_is_sent_once_however_often_send_is_pressed(
    site_tree, django_capture_on_commit_callbacks
):
    subscribers(3)
    alert = make_alert()
    send(alert, django_capture_on_commit_callbacks)
    send(alert, django_capture_on_commit_callbacks)
    assert Mailing.objects.count() == 1
    assert len(mail.outbox) == 3


def test_a_temporary_refusal_is_tried_again_and_then_finishes(
    site_tree, smtp, django_capture_on_commit_callbacks, caplog
):
    mailbox = smtp(Mailbox(refuse={"reader1@example.org"}))
    subscribers(3)
    mailing = send(make_alert(), django_capture_on_commit_callbacks)
    assert sorted(mailbox.recipients()) == ["reader0@example.org", "reader2@example.org"]
    assert mailing.finished_at is None
    deferred = Delivery.objects.get(status=Delivery.PENDING)
    assert deferred.due_at > timezone.now() + timedelta(seconds=50) and deferred.attempts == 1
    assert "451" in caplog.text and "reader1@" not in caplog.text  # the log keeps no address
    assert emails.queue_deliveries() == 0  # not before its time
    Delivery.objects.filter(status=Delivery.PENDING).update(due_at=timezone.now())
    assert emails.queue_deliveries() == 1
    assert sorted(mailbox.recipients()) == [f"reader{n}@example.org" for n in range(3)]
    assert services.finish_mailings() == 1
    mailing.refresh_from_db()
    assert mailing.finished_at is not None


def test_someone_leaving_during_the_sending_is_skipped(site_tree):
    readers = subscribers(3)
    alert = make_alert()
    mailing = Mailing.objects.create(alert_key=alert.translation_key, subject=alert.subject)
    services.prepare(mailing)
    services.unsubscribe(readers[1])
    delivery.send_now(emails.NAME)
    assert sorted(m.to[0] for m in mail.outbox) == ["reader0@example.org", "reader2@example.org"]
    assert services.progress(mailing)["skipped"] == 1


def test_a_task_whose_lease_ran_out_sends_nothing(site_tree, monkeypatch):
    from types import SimpleNamespace

    from freethem.core import tasks

    subscribers(2)
    alert = make_alert()
    mailing = Mailing.objects.create(alert_key=alert.translation_key, subject=alert.subject)
    services.prepare(mailing)
    lost = []
    with monkeypatch.context() as patched:  # the worker dies before running the task
        patched.setattr(tasks, "send_emails", SimpleNamespace(enqueue=lambda *a: lost.append(a)))
        assert emails.queue_deliveries() == 2
    Delivery.objects.update(due_at=timezone.now())  # its lease has run out
    assert emails.queue_deliveries() == 2  # the clock hands them to another task
    assert len(mail.outbox) == 2
    name, ids, lease = lost[0]
    assert delivery.deliver(name, ids, datetime.fromisoformat(lease))["sent"] == 0
    assert len(mail.outbox) == 2


def test_a_news_post_sent_as_an_alert_carries_its_lead_and_link(
    site_tree, django_capture_on_commit_callbacks
):
    from freethem.news.tests.factories import make_post

    post = make_post(
        site_tree.index,
        title="Worldwide day of action on 5 November",
        lead="Rallies in forty cities.",
    )
    subscribers(1)
    alert = make_alert(subject=post.title, body="")
    alert.news_page = post
    alert.save()
    send(alert, django_capture_on_commit_callbacks)
    [message] = mail.outbox
    assert message.subject == "Worldwide day of action on 5 November"
    assert "Rallies in forty cities." in message.body
    assert page_url(post) in message.body


def test_a_failure_never_undoes_what_another_task_sent(site_tree):
    import smtplib

    subscribers(1)
    alert = make_alert()
    mailing = Mailing.objects.create(alert_key=alert.translation_key, subject=alert.subject)
    services.prepare(mailing)
    stale = Delivery.objects.get()  # as a task read it, before another task sent it
    Delivery.objects.update(status=Delivery.SENT, due_at=None)
    error = smtplib.SMTPResponseException(451, b"greylisted")
    box = delivery.postbox(emails.NAME)
    delivery._failed(box, stale, stale.due_at, delivery.TEMPORARY, error)
    assert Delivery.objects.get().status == Delivery.SENT


def test_links_to_the_site_are_whole_addresses_in_both_versions(
    site_tree, django_capture_on_commit_callbacks
):
    subscribers(1)
    home = site_tree.home
    alert = make_alert(body=f'<p>See <a linktype="page" id="{home.pk}">our site</a>.</p>')
    send(alert, django_capture_on_commit_callbacks)
    [message] = mail.outbox
    html, _type = message.alternatives[0]
    assert f'href="{site_url(home.url)}"' in html
    assert f"our site ({site_url(home.url)})" in message.body


def test_a_sending_whose_alert_was_deleted_ends(site_tree):
    subscribers(2)
    alert = make_alert()
    mailing = Mailing.objects.create(alert_key=alert.translation_key, subject=alert.subject)
    services.prepare(mailing)
    alert.delete()
    delivery.send_now(emails.NAME)
    assert services.finish_mailings() == 1
    mailing.refresh_from_db()
    assert mailing.finished_at is not None
    assert services.progress(mailing)["failed"] == 2 and mail.outbox == []
