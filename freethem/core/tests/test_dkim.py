"""DKIM in the application: every message the site hands over itself carries a signature that
a receiving server verifies against the record `check_mail_setup` says to publish."""

import base64

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core.management import call_command

from freethem.appeals import services
from freethem.appeals.tests.factories import make_appeal
from freethem.core import outbox
from freethem.core.tests.smtp import Mailbox

pytestmark = pytest.mark.django_db


@pytest.fixture
def dkim_key(settings, tmp_path):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    path = tmp_path / "dkim.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    settings.DEFAULT_FROM_EMAIL = "campaign@campaign.example"
    settings.FREETHEM_DKIM_SELECTOR = "freethem1"
    settings.FREETHEM_DKIM_KEY_FILE = str(path)
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return f"v=DKIM1; k=rsa; p={base64.b64encode(public).decode()}"


def test_a_confirmation_and_an_occasional_email_verify(
    site_tree, smtp, dkim_key, django_capture_on_commit_callbacks, capsys
):
    mailbox = smtp(Mailbox())
    appeal = make_appeal(site_tree.home)
    services.sign_appeal(
        appeal=appeal,
        data={"name": "Parisa", "country": "FR", "email": "parisa@example.org"},
        ip="192.0.2.1",
    )
    services.queue_confirmations()  # stamped from a serialised copy
    with django_capture_on_commit_callbacks(execute=True):
        outbox.send_later(
            to="شیرین@example.org",  # not ASCII: the message is put together for one
            template="alerts/emails/confirm",
            context={"confirm_url": "https://campaign.example/fa/alerts/confirm/x/"},
            language="fa",
        )
    assert len(mailbox.raw) == 2

    # The record the operator is told to publish is the one a receiver finds.
    call_command("check_mail_setup", "campaign.example")
    printed = capsys.readouterr().out
    assert "freethem1._domainkey.campaign.example" in printed
    assert dkim_key.split("p=")[1] in printed.replace('" "', "").replace("\n", "")

    def dns(name, timeout=5):
        assert name == b"freethem1._domainkey.campaign.example."
        return dkim_key.encode()

    for raw in mailbox.raw:
        assert raw.startswith(b"DKIM-Signature: v=1; a=rsa-sha256;")
        assert b"d=campaign.example" in raw.split(b"\r\n\r\n")[0]
        assert dkim.verify(raw, dnsfunc=dns)
        # And a message changed on the way does not.
        assert not dkim.verify(raw.replace(b"Subject:", b"Subject: [changed]"), dnsfunc=dns)


def test_no_key_no_signature(site_tree, smtp, settings):
    mailbox = smtp(Mailbox())
    settings.FREETHEM_DKIM_SELECTOR = ""
    appeal = make_appeal(site_tree.home)
    services.sign_appeal(
        appeal=appeal,
        data={"name": "Parisa", "country": "FR", "email": "parisa@example.org"},
        ip="192.0.2.1",
    )
    services.queue_confirmations()
    assert b"DKIM-Signature" not in mailbox.raw[0]
