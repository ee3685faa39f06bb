"""The confirmation email through a real SMTP server, started by the test on loopback."""

import datetime
import re

import pytest
from django.utils import timezone

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import confirmation, make_appeal, person
from freethem.core.tests.smtp import Mailbox

pytestmark = pytest.mark.django_db


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
    assert client.post(link, confirmation(Signature.objects.get())).status_code == 200
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
