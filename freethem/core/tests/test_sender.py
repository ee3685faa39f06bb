"""Every message looks like it comes from the campaign: its name in From, its domain in the
greeting to the mail server and in the Message-ID, a monitored Reply-To, the message's language,
and confirmations marked as sent by a machine."""

import uuid

import pytest

from freethem.alerts.messages import Composer
from freethem.alerts.models import Subscriber
from freethem.alerts.tests.factories import make_alert, translate_alert
from freethem.appeals import services
from freethem.appeals.tests.factories import make_appeal
from freethem.core.outbox import render_message
from freethem.core.tests.smtp import Mailbox

pytestmark = pytest.mark.django_db


@pytest.fixture
def campaign(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://campaign.example"
    settings.WAGTAIL_SITE_NAME = "Free Them All"
    settings.DEFAULT_FROM_EMAIL = "appeal@campaign.example"
    settings.FREETHEM_REPLY_TO = "team@campaign.example"


def test_a_confirmation_comes_from_the_campaign_in_the_signers_language(site_tree, smtp, campaign):
    mailbox = smtp(Mailbox())
    appeal = make_appeal(site_tree.home)
    data = {"name": "Signer", "country": "SE", "email": "signer@example.org"}
    services.sign_appeal(appeal=appeal, data=data, ip="192.0.2.1", language="fa")
    services.queue_confirmations()
    [message] = mailbox.messages
    assert message["From"] == "Free Them All <appeal@campaign.example>"
    assert message["Reply-To"] == "team@campaign.example"
    assert message["Content-Language"] == "fa"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["Message-ID"].endswith("@campaign.example>")
    # The server was greeted with the campaign's name, not the machine's.
    assert mailbox.greetings == ["campaign.example"]


def test_the_greeting_can_be_named_apart(site_tree, smtp, campaign, settings):
    settings.FREETHEM_EMAIL_HELO_NAME = "mail.campaign.example"
    settings.FREETHEM_SENDER_NAME = "Campaign team"
    mailbox = smtp(Mailbox())
    render_message("alerts/emails/confirm", {"confirm_url": "x"}, "es", "a@example.org").send()
    [message] = mailbox.messages
    assert mailbox.greetings == ["mail.campaign.example"]
    assert message["From"] == "Campaign team <appeal@campaign.example>"
    assert message["Content-Language"] == "es"
    assert message["Auto-Submitted"] == "auto-generated"


def test_an_alert_says_its_language_and_is_not_marked_as_a_machines_answer(site_tree, campaign):
    alert = make_alert()
    translate_alert(alert, "fr", "Narges Mohammadi a besoin de soins maintenant")
    composer = Composer(alert.translation_key)
    for language, expected in [("fr", "fr"), ("fa", "en")]:  # no Persian version: the original
        reader = Subscriber(email="r@example.org", language=language, token=uuid.uuid4())
        message = composer.compose(reader).message()
        assert message["Content-Language"] == expected
        assert message["Auto-Submitted"] is None
        assert message["From"] == "Free Them All <appeal@campaign.example>"


def test_the_campaign_can_be_named_in_each_language(site_tree, smtp, campaign, settings):
    settings.FREETHEM_SENDER_NAMES = {"fa": "آزادشان کنید"}
    mailbox = smtp(Mailbox())
    appeal = make_appeal(site_tree.home)
    for n, language in enumerate(["fa", "fr"]):
        data = {"name": "Signer", "country": "SE", "email": f"signer{n}@example.org"}
        services.sign_appeal(appeal=appeal, data=data, ip=f"192.0.2.{n}", language=language)
    services.queue_confirmations()
    names = {m["Content-Language"]: m["From"].addresses[0].display_name for m in mailbox.messages}
    assert names == {"fa": "آزادشان کنید", "fr": "Free Them All"}
