"""A stolen copy of the database (or a backup) reveals no supporter's address and no name a
signer chose to hide: read the raw SQLite file, or PostgreSQL's own dump of every table."""

import os
import re
import subprocess
from urllib.parse import urlsplit

import pytest
from django.db import connection

from freethem.alerts import services as alerts
from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal
from freethem.core import outbox
from freethem.core.tests.processes import sqlite_copy

pytestmark = pytest.mark.django_db(transaction=True)

SECRETS = [
    "hidden.signer@example.org",
    "initials.signer@example.org",
    "open.signer@example.org",
    "pending.signer@example.org",
    "subscriber.only@example.net",
    "Golnar Hiddenname",
    "Bahareh Initialsname",
    "secret affiliation of a hidden signer",
    "Pendingtown",
]


def raw_database(tmp_path):
    """Every byte a thief would get: the SQLite file, or a dump of the PostgreSQL database."""
    if connection.vendor == "sqlite":
        return sqlite_copy(tmp_path / "copy.sqlite3").read_bytes()
    url = urlsplit(os.environ["DATABASE_URL"])
    dump = subprocess.run(
        [
            "pg_dump",
            "--data-only",
            "-h",
            url.hostname,
            "-p",
            str(url.port),
            "-U",
            url.username,
            connection.settings_dict["NAME"],
        ],
        capture_output=True,
        check=True,
    )
    return dump.stdout


def test_a_copy_of_the_database_shows_no_address_and_no_hidden_name(site_tree, tmp_path):
    appeal = make_appeal(site_tree.home)

    def sign(name, email, display, **extra):
        data = {"name": name, "country": "IR", "email": email, "display": display, **extra}
        data["wants_alerts"] = True
        return services.sign_appeal(appeal=appeal, data=data, ip="192.0.2.1").signature

    hidden = sign(
        "Golnar Hiddenname",
        "hidden.signer@example.org",
        Signature.HIDDEN,
        affiliation="secret affiliation of a hidden signer",
    )
    initials = sign("Bahareh Initialsname", "initials.signer@example.org", Signature.INITIALS)
    shown = sign("Open Signer", "open.signer@example.org", Signature.FULL_NAME)
    sign("Pending Person", "pending.signer@example.org", Signature.FULL_NAME, city="Pendingtown")
    for signature in (hidden, initials, shown):
        services.confirm_signature(signature)
    services.tally_signatures()
    alerts.subscribe(email="subscriber.only@example.net", language="fa", ip="192.0.2.2")
    # An email still owed sits in the outbox, and the task queue knows of the confirmations.
    services.queue_confirmations()

    data = raw_database(tmp_path)
    for secret in SECRETS:
        for encoded in {secret.encode(), secret.lower().encode(), secret.upper().encode()}:
            assert encoded not in data, secret
    # What signers chose to publish is there, and nothing more.
    assert b"Open Signer" in data and b"B. I." in data
    # Nor anything that looks like an address from any of them.
    found = set(re.findall(rb"[\w.+-]+@[\w-]+\.(?:org|net)", data))
    assert not any(b"signer" in address or b"subscriber" in address for address in found)


def test_the_people_who_run_the_campaign_can_still_reach_every_signer(site_tree):
    appeal = make_appeal(site_tree.home)
    data = {"name": "Sara Example", "country": "SE", "email": "Sara.Example+x@gmail.com"}
    signature = services.sign_appeal(appeal=appeal, data=data).signature
    # Found again however the address is written; the one row is resent its link.
    again = services.sign_appeal(appeal=appeal, data={**data, "email": "saraexample@gmail.com"})
    assert again.signature.pk == signature.pk and not again.created
    assert Signature.objects.get().email == "Sara.Example+x@gmail.com"
    outbox.queue_owed()
    services.confirm_signature(Signature.objects.get())
    assert Signature.objects.get().public_name == "Sara Example"
    assert services.erase_signature(signature)
    assert not Signature.objects.exists()
