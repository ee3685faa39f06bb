"""Emails say nothing of the machine that sent them: the Message-ID names the campaign's
domain, not the server's host name."""

import socket

import pytest
from django.core import mail

from freethem.alerts import services as alerts
from freethem.alerts.tests.factories import make_alert, subscribers
from freethem.appeals import services
from freethem.appeals.tests.factories import make_appeal
from freethem.core import outbox

pytestmark = pytest.mark.django_db


def test_every_kind_of_email_names_the_campaigns_domain(
    site_tree, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    appeal = make_appeal(site_tree.home)
    services.sign_appeal(
        appeal=appeal, data={"name": "A", "country": "SE", "email": "a@example.org"}
    )
    services.queue_confirmations()
    alerts.subscribe(email="b@example.org", language="fa")
    outbox.queue_owed()
    subscribers(2)
    with django_capture_on_commit_callbacks(execute=True):
        alerts.start_mailing(make_alert())
    assert len(mail.outbox) == 4
    host = socket.getfqdn()
    for message in mail.outbox:
        message_id = message.message()["Message-ID"]
        assert message_id.endswith("@campaign.example>"), message_id
        assert host not in message_id or host == "campaign.example"
