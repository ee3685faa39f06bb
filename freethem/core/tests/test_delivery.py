"""The delivery engine: each message marked sent as it goes, refusals read as a mail system
reads them, for every sender that uses it."""

import datetime
import smtplib

import pytest
from django.core import mail
from django.utils import timezone

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal
from freethem.core import delivery
from freethem.core.tests.smtp import Mailbox

pytestmark = pytest.mark.django_db


def sign_many(appeal, count):
    for n in range(count):
        services.sign_appeal(
            appeal=appeal,
            data={"name": f"Signer {n}", "country": "SE", "email": f"s{n}@example.org"},
            ip=f"192.0.2.{n}",
        )


def test_a_worker_killed_midway_sends_nobody_twice(site_tree, monkeypatch):
    appeal = make_appeal(site_tree.home)
    sign_many(appeal, 4)
    from freethem.appeals import emails

    real = emails.confirmation_message

    def dies_on_the_third(signature, appeal, connection=None):
        if signature.email == "s2@example.org":
            raise KeyboardInterrupt  # stands for the process being killed
        return real(signature, appeal, connection)

    with monkeypatch.context() as patched:
        patched.setattr(emails, "confirmation_message", dies_on_the_third)
        with pytest.raises(KeyboardInterrupt):
            services.queue_confirmations()
    assert sorted(m.to[0] for m in mail.outbox) == ["s0@example.org", "s1@example.org"]
    # The two sent are marked so, at once; the rest waits for its lease to run out.
    assert Signature.objects.filter(confirmation_sent_at__isnull=False).count() == 2
    Signature.objects.exclude(confirmation_wanted_at=None).update(
        confirmation_wanted_at=timezone.now()
    )
    assert services.queue_confirmations() == 2
    assert sorted(m.to[0] for m in mail.outbox) == [f"s{n}@example.org" for n in range(4)]


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (
            smtplib.SMTPRecipientsRefused({"x@example.org": (550, b"5.1.1 User unknown")}),
            "permanent",
        ),
        (smtplib.SMTPRecipientsRefused({"x@example.org": (450, b"4.2.0 Greylisted")}), "temporary"),
        (smtplib.SMTPResponseException(554, b"5.7.1 Rejected"), "permanent"),
        (smtplib.SMTPResponseException(421, b"4.7.0 Try later"), "temporary"),
        (smtplib.SMTPServerDisconnected("gone"), "unreachable"),
        (ConnectionRefusedError(), "unreachable"),
    ],
)
def test_failures_are_read_as_a_mail_system_reads_them(error, outcome):
    assert delivery.classify(error) == outcome


def test_a_permanent_refusal_is_not_tried_again(site_tree, smtp):
    mailbox = smtp(Mailbox(unknown={"s0@example.org"}))
    appeal = make_appeal(site_tree.home)
    sign_many(appeal, 2)
    services.queue_confirmations()
    refused = Signature.objects.get(email_hash=Signature.objects.order_by("pk")[0].email_hash)
    assert refused.confirmation_wanted_at is None and refused.confirmation_sent_at is None
    later = timezone.now() + datetime.timedelta(hours=3)
    assert not Signature.objects.filter(confirmation_wanted_at__lte=later).exists()
    sent = Signature.objects.order_by("pk")[1]
    assert sent.confirmation_sent_at is not None
    assert mailbox.recipients() == ["s1@example.org"]


def test_an_unreachable_server_puts_the_batch_back_without_counting_a_try(site_tree, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    appeal = make_appeal(site_tree.home)
    sign_many(appeal, 3)
    services.queue_confirmations()
    for signature in Signature.objects.all():
        assert signature.confirmation_attempts == 0
        assert signature.confirmation_wanted_at > timezone.now() + datetime.timedelta(seconds=50)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_a_stamped_message_reads_as_the_message_put_together_for_one(site_tree, language):
    import email
    import email.policy

    from freethem.appeals import emails

    appeal = make_appeal(site_tree.home)
    signature = services.sign_appeal(
        appeal=appeal,
        data={"name": "Roya", "country": "IR", "email": "roya@example.org"},
        language=language,
    ).signature
    slow = emails.confirmation_message(signature, appeal).message()
    stamped = emails.confirmation_stencil(appeal, language).stamp(
        signature.email, **{emails.LINK: emails.confirm_url(signature, appeal)}
    )
    fast = email.message_from_bytes(stamped.data, policy=email.policy.default)
    wire = slow.as_bytes(linesep="\r\n")  # as both go over SMTP
    slow = email.message_from_bytes(wire, policy=email.policy.default)
    for header in ("Subject", "To", "From", "MIME-Version"):
        assert str(fast[header]) == str(slow[header]), header
    assert fast.get_content_type() == slow.get_content_type() == "multipart/alternative"
    assert fast["Message-ID"] != slow["Message-ID"] and fast["Message-ID"].endswith(">")
    for kind in ("plain", "html"):
        assert fast.get_body((kind,)).get_content() == slow.get_body((kind,)).get_content()
    assert emails.LINK not in stamped.data.decode()
    # An address Django must encode takes the slow path.
    assert emails.confirmation_stencil(appeal, language).stamp("ré@exämple.org") is None
