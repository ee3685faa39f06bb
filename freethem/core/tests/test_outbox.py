"""The site's occasional emails: owed with what they tell of, sent once, resumed after a crash."""

import datetime
import smtplib
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from freethem.core import delivery, jobs, outbox, tasks
from freethem.core.models import OutgoingEmail

pytestmark = pytest.mark.django_db

CONFIRM = "alerts/emails/confirm"


def owe(address="a@example.org", language="fr"):
    return outbox.send_later(
        to=address,
        template=CONFIRM,
        context={"confirm_url": "https://example.org/confirm/x/"},
        language=language,
    )


def test_an_email_goes_once_its_transaction_commits_and_in_its_language(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        owe()
    [message] = mail.outbox
    assert message.to == ["a@example.org"]
    assert "https://example.org/confirm/x/" in message.body
    html, _type = message.alternatives[0]
    assert '<html lang="fr"' in html
    # The address is forgotten at the clock's next round after the message has gone.
    assert OutgoingEmail.objects.get().sent_at is not None
    OutgoingEmail.objects.update(sent_at=timezone.now() - outbox.KEEP_SENT)
    outbox.queue_owed()
    assert not OutgoingEmail.objects.exists()


def test_nothing_goes_when_the_transaction_is_rolled_back(django_capture_on_commit_callbacks):
    class Undone(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(Undone):
        with transaction.atomic():
            owe()
            raise Undone
    assert mail.outbox == [] and not OutgoingEmail.objects.exists()


def test_an_email_lost_with_its_worker_is_sent_once_its_lease_runs_out(monkeypatch):
    owe()
    lost = []
    # The queue takes the task and the worker dies before running it.
    with monkeypatch.context() as patched:
        patched.setattr(tasks, "send_emails", SimpleNamespace(enqueue=lambda *a: lost.append(a)))
        assert outbox.queue_owed() == 1
    assert outbox.queue_owed() == 0  # held by its lease
    assert mail.outbox == []
    OutgoingEmail.objects.update(wanted_at=timezone.now() - datetime.timedelta(seconds=1))
    assert outbox.queue_owed() == 1
    assert len(mail.outbox) == 1
    # The lost task turns up late: its lease is gone, it sends nothing.
    name, ids, lease = lost[0]
    assert delivery.deliver(name, ids, datetime.datetime.fromisoformat(lease))["sent"] == 0
    assert len(mail.outbox) == 1


def test_a_temporary_refusal_is_tried_again_later(monkeypatch):
    owe()

    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPResponseException(451, b"try later")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    outbox.queue_owed()
    email = OutgoingEmail.objects.get()
    assert email.attempts == 1
    assert email.wanted_at > timezone.now() + datetime.timedelta(seconds=50)
    monkeypatch.undo()
    OutgoingEmail.objects.update(wanted_at=timezone.now())
    outbox.queue_owed()
    assert len(mail.outbox) == 1 and OutgoingEmail.objects.get().wanted_at is None


def test_a_permanent_refusal_is_dropped(monkeypatch):
    owe()

    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPResponseException(550, b"no such mailbox")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    outbox.queue_owed()
    assert not OutgoingEmail.objects.exists()


def test_the_clock_runs_every_job_and_a_failing_one_does_not_stop_the_others(monkeypatch):
    ran = []
    monkeypatch.setattr(jobs, "_jobs", {})
    jobs.register("first", lambda: ran.append("first") or 0)
    jobs.register("second", lambda: ran.append("second") or 2, report="Did {} things.")
    call_command("jobs", "--once")
    assert ran == ["first", "second"]

    def broken():
        raise RuntimeError("database restarting")

    jobs.register("first", broken)
    # Not --once (which raises, for cron to notice): one round, then stop the loop.
    monkeypatch.setattr("time.sleep", lambda seconds: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        call_command("jobs")
    assert ran == ["first", "second", "second"]


def test_a_worker_killed_midway_leaves_owed_only_what_it_had_not_sent(monkeypatch):
    for n in range(3):
        owe(f"r{n}@example.org")
    real = outbox.render_message

    def dies_on_the_second(template, context, language, to, connection=None, headers=None):
        if to == "r1@example.org":
            raise KeyboardInterrupt  # stands for the process being killed
        return real(template, context, language, to, connection, headers)

    with monkeypatch.context() as patched:
        patched.setattr(outbox, "render_message", dies_on_the_second)
        with pytest.raises(KeyboardInterrupt):
            outbox.queue_owed()
    assert [m.to for m in mail.outbox] == [["r0@example.org"]]
    # The sent one is marked so, the others still owed.
    assert OutgoingEmail.objects.filter(wanted_at__isnull=False).count() == 2
    OutgoingEmail.objects.exclude(wanted_at=None).update(wanted_at=timezone.now())  # lease out
    assert outbox.queue_owed() == 2
    assert sorted(m.to[0] for m in mail.outbox) == [f"r{n}@example.org" for n in range(3)]


def test_a_task_that_overran_its_lease_does_not_send_what_another_took(monkeypatch):
    owe("first@example.org")
    owe("second@example.org")
    real = outbox.render_message

    def slow(template, context, language, to, connection=None, headers=None):
        if to == "first@example.org":
            # This send takes longer than the lease: another task takes the second email.
            [second] = [e for e in OutgoingEmail.objects.all() if e.to == "second@example.org"]
            second.wanted_at = timezone.now() + datetime.timedelta(minutes=20)
            second.save()
        return real(template, context, language, to, connection, headers)

    monkeypatch.setattr(outbox, "render_message", slow)
    outbox.queue_owed()
    assert [m.to for m in mail.outbox] == [["first@example.org"]]
    # The other task's to send.
    assert OutgoingEmail.objects.get(wanted_at__isnull=False).to == "second@example.org"
