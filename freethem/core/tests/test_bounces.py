"""Bounces and complaints handled as a mail system does: a mailbox that does not exist is
stopped at once, soft bounces are counted, a complaint unsubscribes; reports count only through
the token each message's bounce address carries, or a provider's signed event."""

import hashlib
import hmac
import io
import json
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from freethem.alerts import services as alert_services
from freethem.alerts.models import Delivery, Subscriber
from freethem.alerts.tests.factories import make_alert, subscribers
from freethem.core import bounces, delivery
from freethem.core.models import MailboxReport
from freethem.core.tests.processes import ROOT, production_environment
from freethem.core.tests.smtp import Mailbox

pytestmark = pytest.mark.django_db

BOUNCES = "bounces@campaign.example"


@pytest.fixture(autouse=True)
def bounce_mailbox(settings):
    settings.FREETHEM_BOUNCE_ADDRESS = BOUNCES


def send_alert(capture):
    with capture(execute=True):
        alert_services.start_mailing(make_alert())
    alert_services.finish_mailings()


def _by(address):
    return next(s for s in Subscriber.objects.all() if s.email == address)


def dsn(to, *, action="failed", status="5.1.1", final="reader0@example.org"):
    """A delivery status notification as Postfix writes one (RFC 3464)."""
    return (
        "Return-Path: <>\r\n"
        f"Delivered-To: {to}\r\n"
        "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\r\n"
        f"To: {to}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n'
        "\r\n"
        "--B\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n"
        "\r\n"
        "--B\r\n"
        "Content-Type: message/delivery-status\r\n"
        "\r\n"
        "Reporting-MTA: dns; mx.example.net\r\n"
        "Arrival-Date: Sat, 5 Dec 2026 08:00:00 +0000 (UTC)\r\n"
        "\r\n"
        f"Final-Recipient: rfc822; {final}\r\n"
        f"Original-Recipient: rfc822;{final}\r\n"
        f"Action: {action}\r\n"
        f"Status: {status}\r\n"
        f"Diagnostic-Code: smtp; {status[0]}50 {status} Mailbox unavailable\r\n"
        "\r\n"
        "--B\r\n"
        "Content-Type: text/rfc822-headers\r\n"
        "\r\n"
        f"Return-Path: <{to}>\r\n"
        "From: Campaign <campaign@campaign.example>\r\n"
        f"To: {final}\r\n"
        "Subject: An urgent alert\r\n"
        "\r\n"
        "--B--\r\n"
    ).encode()


def complaint(return_path, original_to="reader0@example.org"):
    """A feedback report as a mailbox provider sends one to a feedback loop (RFC 5965)."""
    return (
        "From: feedbackloop@provider.example\r\n"
        "To: abuse@campaign.example\r\n"
        "Subject: Complaint about message from 192.0.2.1\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=feedback-report; boundary="F"\r\n'
        "\r\n"
        "--F\r\n"
        "Content-Type: text/plain\r\n"
        "\r\n"
        "This is an email abuse report.\r\n"
        "--F\r\n"
        "Content-Type: message/feedback-report\r\n"
        "\r\n"
        "Feedback-Type: abuse\r\n"
        "User-Agent: SomeGenerator/1.0\r\n"
        "Version: 1\r\n"
        "\r\n"
        "--F\r\n"
        "Content-Type: message/rfc822\r\n"
        "\r\n"
        f"Return-Path: <{return_path}>\r\n"
        "From: Campaign <campaign@campaign.example>\r\n"
        f"To: {original_to}\r\n"
        "Subject: An urgent alert\r\n"
        "\r\n"
        "Write to the prison.\r\n"
        "--F--\r\n"
    ).encode()


def verp(address):
    return f"bounces+{bounces.token(address)}@campaign.example"


def pipe(data, recipient=None, monkeypatch=None):
    """`manage.py read_bounces` with the message on standard input, as a mail server pipes it."""
    stdin = io.TextIOWrapper(io.BytesIO(data))
    monkeypatch.setattr(sys, "stdin", stdin)
    args = ["--recipient", recipient] if recipient else []
    call_command("read_bounces", *args)


def test_each_message_says_where_reports_go_with_a_token_for_its_recipient(
    site_tree, smtp, django_capture_on_commit_callbacks
):
    mailbox = smtp(Mailbox())
    subscribers(2, "en")
    send_alert(django_capture_on_commit_callbacks)
    by_recipient = dict(zip(mailbox.recipients(), mailbox.senders, strict=True))
    assert by_recipient == {
        "reader0@example.org": verp("reader0@example.org"),
        "reader1@example.org": verp("reader1@example.org"),
    }
    # The token is not the address, nor anything it can be read back from without the key.
    assert "reader0" not in by_recipient["reader0@example.org"]
    assert all(m["From"].addresses[0].addr_spec == "campaign@localhost" for m in mailbox.messages)


def test_a_mailbox_that_does_not_exist_is_stopped_at_once_and_never_tried_again(
    site_tree, smtp, django_capture_on_commit_callbacks, caplog
):
    mailbox = smtp(Mailbox(unknown={"reader0@example.org"}))
    subscribers(2, "en")
    send_alert(django_capture_on_commit_callbacks)
    refused = Delivery.objects.get(subscriber__email_hash=_by("reader0@example.org").email_hash)
    assert refused.status == Delivery.FAILED and refused.due_at is None
    assert refused.attempts == 1  # no second try: 550 is permanent
    assert "550" in caplog.text and "reader0" not in caplog.text  # the log keeps no address
    assert _by("reader0@example.org").status == Subscriber.BOUNCED
    assert _by("reader1@example.org").status == Subscriber.CONFIRMED
    report = MailboxReport.objects.get()
    assert report.stopped == MailboxReport.BOUNCED
    assert report.token == bounces.token("reader0@example.org")

    # The next alert goes to the one who can receive it.
    mailbox.messages.clear()
    send_alert(django_capture_on_commit_callbacks)
    assert mailbox.recipients() == ["reader1@example.org"]


def test_a_refusal_of_the_message_itself_marks_no_one(site_tree):
    import smtplib

    assert bounces.names_recipient(smtplib.SMTPRecipientsRefused({"x@y": (550, b"5.1.1 no")}))
    assert bounces.names_recipient(smtplib.SMTPDataError(550, b"5.1.1 User unknown"))
    assert not bounces.names_recipient(smtplib.SMTPDataError(554, b"5.7.1 Spam content"))
    assert not bounces.names_recipient(smtplib.SMTPRecipientsRefused({"x@y": (450, b"4.2.0")}))


def test_a_delivery_that_runs_out_of_tries_counts_a_soft_bounce(
    site_tree, smtp, django_capture_on_commit_callbacks
):
    # 451 to every try: the schedule runs out.
    subscribers(1, "en")
    mailbox = Mailbox()
    mailbox.handle_DATA = _always_451
    smtp(mailbox)
    with django_capture_on_commit_callbacks(execute=True):
        alert_services.start_mailing(make_alert())
    for _ in range(len(delivery.RETRY_DELAYS) + 1):
        Delivery.objects.exclude(due_at=None).update(due_at=timezone.now())
        delivery.send_now("alerts.deliveries")
    row = Delivery.objects.get()
    assert row.status == Delivery.FAILED
    report = MailboxReport.objects.get()
    assert report.soft_bounces == 1 and report.stopped == ""
    assert _by("reader0@example.org").status == Subscriber.CONFIRMED


async def _always_451(server, session, envelope):
    return "451 4.3.0 Try again later"


def test_a_delivery_report_of_a_missing_mailbox_stops_the_address(site_tree, monkeypatch):
    subscribers(2, "en")
    pipe(dsn(verp("reader0@example.org")), monkeypatch=monkeypatch)
    assert _by("reader0@example.org").status == Subscriber.BOUNCED
    assert _by("reader1@example.org").status == Subscriber.CONFIRMED
    assert MailboxReport.objects.get().stopped == MailboxReport.BOUNCED


@pytest.mark.django_db(transaction=True)
def test_the_mail_servers_pipe_runs_the_command_on_each_report(site_tree, tmp_path):
    """As Postfix's alias runs it: a process of its own, the report on standard input, the
    address it was delivered to in the environment; and when the database does not answer,
    the exit status that tells the mail server to keep the report and try again."""
    subscribers(2, "en")
    env = production_environment(
        tmp_path,
        FREETHEM_BOUNCE_ADDRESS=BOUNCES,
        ORIGINAL_RECIPIENT=verp("reader1@example.org"),
    )
    report = dsn("postmaster@campaign.example", final="reader1@example.org")
    command = [sys.executable, "manage.py", "read_bounces"]
    done = subprocess.run(command, input=report, cwd=ROOT, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    query = "SELECT email_hash, status FROM alerts_subscriber"
    if connection.vendor == "sqlite":
        db = sqlite3.connect(env["FREETHEM_SQLITE_PATH"])
        rows = dict(db.execute(query).fetchall())
        db.close()
    else:
        with connection.cursor() as cursor:
            cursor.execute(query)
            rows = dict(cursor.fetchall())
    assert sorted(rows.values()) == [Subscriber.BOUNCED, Subscriber.CONFIRMED]
    assert rows[_by("reader1@example.org").email_hash] == Subscriber.BOUNCED

    env.pop("FREETHEM_SQLITE_PATH", None)
    env["DATABASE_URL"] = "postgres://nobody@127.0.0.1:9/none"
    done = subprocess.run(command, input=report, cwd=ROOT, env=env, capture_output=True)
    assert done.returncode == 75, done.stderr.decode()


def test_the_address_the_mail_server_delivered_to_is_enough(site_tree, monkeypatch):
    # Some relays rewrite the report's headers; Postfix still says whom it delivered it to.
    subscribers(1, "en")
    report = dsn("postmaster@campaign.example").replace(
        b"Return-Path: <postmaster@campaign.example>", b"Return-Path: <>"
    )
    pipe(report, recipient=verp("reader0@example.org"), monkeypatch=monkeypatch)
    assert _by("reader0@example.org").status == Subscriber.BOUNCED


def test_soft_bounces_stop_mailing_at_the_third_within_a_month(site_tree, tmp_path):
    subscribers(1, "en")
    report = tmp_path / "soft.eml"
    report.write_bytes(dsn(verp("reader0@example.org"), status="4.2.2"))
    call_command("read_bounces", str(report))
    call_command("read_bounces", str(report))
    assert _by("reader0@example.org").status == Subscriber.CONFIRMED
    assert MailboxReport.objects.get().soft_bounces == 2
    # One from long ago is forgotten: counting starts again.
    MailboxReport.objects.update(soft_since=timezone.now() - timedelta(days=40))
    call_command("read_bounces", str(report))
    call_command("read_bounces", str(report))
    assert _by("reader0@example.org").status == Subscriber.CONFIRMED
    call_command("read_bounces", str(report))
    assert _by("reader0@example.org").status == Subscriber.BOUNCED
    assert MailboxReport.objects.get().soft_bounces == 3


def test_a_delay_warning_decides_nothing(site_tree, tmp_path):
    subscribers(1, "en")
    report = tmp_path / "delayed.eml"
    report.write_bytes(dsn(verp("reader0@example.org"), action="delayed", status="4.4.1"))
    call_command("read_bounces", str(report))
    assert not MailboxReport.objects.exists()
    assert _by("reader0@example.org").status == Subscriber.CONFIRMED


def test_a_complaint_unsubscribes(site_tree, monkeypatch):
    subscribers(2, "fa")
    pipe(complaint(verp("reader1@example.org")), monkeypatch=monkeypatch)
    reader = _by("reader1@example.org")
    assert reader.status == Subscriber.UNSUBSCRIBED and reader.unsubscribed_at is not None
    assert _by("reader0@example.org").status == Subscriber.CONFIRMED
    assert MailboxReport.objects.get().stopped == MailboxReport.COMPLAINED


def test_a_forged_report_naming_someone_else_decides_nothing(site_tree, monkeypatch, tmp_path):
    # Anyone can mail the bounce mailbox a report that names an address; without the token
    # that only messages to that address carry, it is nobody's report.
    subscribers(1, "en")
    forged = [
        dsn(BOUNCES, final="reader0@example.org"),
        dsn("bounces+" + "0" * 32 + "@campaign.example"),
        dsn("bounces+../../etc@campaign.example"),
        complaint(BOUNCES),
        complaint("someone+" + bounces.token("reader0@example.org") + "@elsewhere.example"),
        b"not a message at all \xff\xfe",
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=Z\r\n\r\n--Z--",
    ]
    for n, data in enumerate(forged):
        path = tmp_path / f"{n}.eml"
        path.write_bytes(data)
        call_command("read_bounces", str(path))
    assert _by("reader0@example.org").status == Subscriber.CONFIRMED
    assert not MailboxReport.objects.filter(token=bounces.token("reader0@example.org")).exists()
    # A well-made token of no one's is only that: a row that stops no one.
    assert MailboxReport.objects.get().token == "0" * 32


def test_confirming_again_lifts_the_stop(site_tree, monkeypatch):
    subscribers(1, "en")
    pipe(dsn(verp("reader0@example.org")), monkeypatch=monkeypatch)
    reader = _by("reader0@example.org")
    assert reader.status == Subscriber.BOUNCED
    alert_services.subscribe(email="reader0@example.org", language="en", ip="192.0.2.9")
    reader.refresh_from_db()
    assert reader.status == Subscriber.PENDING
    assert alert_services.confirm(reader)
    assert not MailboxReport.objects.exists()


# A provider's webhook, signed.

KEY = "key-webhook-signing"


@pytest.fixture
def mailgun(settings):
    settings.FREETHEM_MAIL_PROVIDER = "mailgun"
    settings.ANYMAIL = {"MAILGUN_WEBHOOK_SIGNING_KEY": KEY}


def mailgun_event(event, recipient, key=KEY, **extra):
    timestamp, token = str(int(time.time())), "f" * 50
    signature = hmac.new(key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256)
    return json.dumps(
        {
            "signature": {
                "timestamp": timestamp,
                "token": token,
                "signature": signature.hexdigest(),
            },
            "event-data": {
                "event": event,
                "recipient": recipient,
                "timestamp": time.time(),
                "id": "Ase7i2zsRYeDXztHGENqRA",
                "message": {"headers": {"message-id": "x@campaign.example"}},
                **extra,
            },
        }
    )


def post(client, body):
    return client.post("/anymail/mailgun/tracking/", body, content_type="application/json")


def test_a_providers_signed_bounce_and_complaint_are_taken(client, site_tree, mailgun):
    subscribers(2, "en")
    answer = post(client, mailgun_event("failed", "reader0@example.org", severity="permanent"))
    assert answer.status_code == 200
    assert _by("reader0@example.org").status == Subscriber.BOUNCED
    assert post(client, mailgun_event("complained", "reader1@example.org")).status_code == 200
    assert _by("reader1@example.org").status == Subscriber.UNSUBSCRIBED
    # A temporary failure is the provider's to retry: nothing is counted.
    post(client, mailgun_event("failed", "reader9@example.org", severity="temporary"))
    assert MailboxReport.objects.count() == 2


def test_an_unsigned_or_missigned_event_changes_nothing(client, site_tree, mailgun, settings):
    subscribers(1, "en")
    forged = mailgun_event("complained", "reader0@example.org", key="guessed")
    assert post(client, forged).status_code == 400
    assert post(client, "{not json").status_code == 400
    assert post(client, json.dumps({"event-data": {"event": "complained"}})).status_code == 400
    # A provider the site is not set up for has no webhook at all (not found: the language
    # redirect that any unknown address gets).
    answer = client.post("/anymail/postmark/tracking/", "{}", content_type="application/json")
    assert answer.status_code in (302, 404)
    settings.FREETHEM_MAIL_PROVIDER = ""
    answer = post(client, mailgun_event("complained", "reader0@example.org"))
    assert answer.status_code in (302, 404)
    assert _by("reader0@example.org").status == Subscriber.CONFIRMED
    assert not MailboxReport.objects.exists()
