"""A real SMTP server on loopback for tests: aiosmtpd, keeping what it receives."""

import email
import email.policy
import socket
import threading

import pytest
from aiosmtpd.controller import Controller


class Mailbox:
    """Keeps each message; refuses (451) the first `refuse_first` and any address in `refuse`
    once each, and refuses for good (550, at RCPT) any address in `unknown`."""

    def __init__(self, refuse_first=0, refuse=(), unknown=()):
        self.messages = []
        self.refusals_left = refuse_first
        self.refuse = set(refuse)
        self.unknown = set(unknown)
        self.lock = threading.Lock()
        self.greetings = []
        self.senders = []  # each message's envelope sender (MAIL FROM)
        self.raw = []  # and its bytes as received

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.unknown:
            return "550 5.1.1 User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.refusals_left:
            self.refusals_left -= 1
            return "451 Try again later"
        refused = self.refuse.intersection(envelope.rcpt_tos)
        if refused:
            self.refuse -= refused
            return "451 Try again later"
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
            self.greetings.append(session.host_name)
            self.senders.append(envelope.mail_from)
            self.raw.append(envelope.original_content or envelope.content)
        return "250 OK"

    def recipients(self):
        return [message["To"] for message in self.messages]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp(settings):
    """`smtp(mailbox)` starts a server for `mailbox` and points Django's SMTP backend at it."""
    started = []

    def start(mailbox):
        port = free_port()
        controller = Controller(mailbox, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        settings.EMAIL_BACKEND = "freethem.core.smtp.EmailBackend"  # production's
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", port, False
        return mailbox

    yield start
    for controller in started:
        controller.stop()
