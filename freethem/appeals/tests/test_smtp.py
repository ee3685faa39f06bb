"""The confirmation email through a real SMTP server, started by the test on loopback."""

import datetime
import email
import email.policy
import re
import socket

import pytest
from aiosmtpd.controller import Controller
from django.utils import timezone

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal, person

pytestmark = pytest.mark.django_db


class Mailbox:
    def __init__(self, refuse_first=0):
        self.messages = []
        self.refusals_left = refuse_first

    async def handle_DATA(self, server, session, envelope):
        if self.refusals_left:
            self.refusals_left -= 1
            return "451 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append(message)
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(settings):
    def start(mailbox):
        port = free_port()
        controller = Controller(mailbox, hostname="127.0.0.1", port=port)
        controller.start()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = False
        started.append(controller)
        return mailbox

    started = []
    yield start
    for controller in started:
        controller.stop()


def sign(client, appeal, **overrides):
    response = client.post(f"/en/appeals/{appeal.pk}/sign/", person(**overrides))
    services.queue_confirmations()  # what the appeals' clock does every few seconds
    return response


def test_the_link_in_the_received_message_confirms(client, site_tree, smtp):
    mailbox = smtp(Mailbox())
    appeal = make_appeal(site_tree.home)
    assert sign(client, appeal).status_code == 303

    [message] = mailbox.messages
    assert message["To"] == "nasrin@example.org"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    link = re.search(r"https?://[^/\s]+(/\S+/confirm/\S+/)", text).group(1)
    assert link in html

    assert client.get(link).status_code == 200
    assert Signature.objects.get().status == Signature.PENDING
    assert client.post(link).status_code == 200
    signature = Signature.objects.get()
    assert signature.status == Signature.CONFIRMED
    assert signature.confirmation_sent_at is not None


def test_a_temporary_refusal_is_retried(client, site_tree, smtp):
    mailbox = smtp(Mailbox(refuse_first=1))
    appeal = make_appeal(site_tree.home)
    sign(client, appeal)
    assert mailbox.messages == []
    signature = Signature.objects.get()
    # Still owed, a minute from now.
    assert signature.confirmation_attempts == 1
    assert signature.confirmation_wanted_at > timezone.now() + datetime.timedelta(seconds=50)
    assert services.queue_confirmations() == 0
    Signature.objects.update(confirmation_wanted_at=timezone.now())  # the minute has passed
    assert services.queue_confirmations() == 1
    assert len(mailbox.messages) == 1
    signature.refresh_from_db()
    assert signature.confirmation_sent_at is not None
    assert signature.confirmation_wanted_at is None
