"""Each sender's worker is killed halfway; after a restart everyone has exactly one message.

The three senders of the delivery engine (freethem.core.delivery): an alert to every
subscriber, signers' confirmations, the outbox's occasional emails. Real processes and a real
SMTP server: the worker is `manage.py db_worker` with the production settings, the mail server
is aiosmtpd on loopback taking a few milliseconds a message, the kill is SIGKILL (no clean-up
runs), and the restart is what production does: the clock (`manage.py jobs`) finds the dead
task's lease run out and queues what it held again, and a new worker takes it.
"""

import asyncio
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest
from django.db import connection
from django.utils import timezone

from freethem.alerts import services as alerts
from freethem.alerts.tests.factories import make_alert, subscribers
from freethem.appeals import services as appeals
from freethem.appeals.tests.factories import make_appeal
from freethem.core import outbox
from freethem.core.tests.processes import ROOT, manage, production_environment
from freethem.core.tests.smtp import Mailbox, free_port

READERS = 400


class SlowMailbox(Mailbox):
    """A mail server taking a few milliseconds per message, as real ones do."""

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.004)
        return await super().handle_DATA(server, session, envelope)


def owe_an_alert(site_tree):
    subscribers(READERS)
    alerts.start_mailing(make_alert())
    return {f"reader{n}@example.org" for n in range(READERS)}, "alerts_delivery", "status"


def owe_confirmations(site_tree):
    appeal = make_appeal(site_tree.home)
    for n in range(READERS):
        data = {"name": f"Signer {n}", "country": "IR", "email": f"signer{n}@gmail.com"}
        appeals.sign_appeal(appeal=appeal, data=data, ip=f"10.0.{n // 250}.{n % 250}")
    return (
        {f"signer{n}@gmail.com" for n in range(READERS)},
        "appeals_signature",
        "confirmation_sent_at IS NOT NULL",
    )


def owe_outbox_emails(site_tree):
    for n in range(READERS):
        outbox.OutgoingEmail.objects.create(
            to=f"asked{n}@example.org",
            template="alerts/emails/confirm",
            context={"confirm_url": "https://example.org/confirm/x/"},
            language="fa",
            wanted_at=timezone.now(),
        )
    return (
        {f"asked{n}@example.org" for n in range(READERS)},
        "core_outgoingemail",
        "sent_at IS NOT NULL",
    )


def marked_sent(env, table, sent):
    """How many rows of the sender's table say their message was sent."""
    query = f"SELECT count(*) FROM {table} WHERE {sent}"  # noqa: S608  (the test's own names)
    if table == "alerts_delivery":
        query = f"SELECT count(*) FROM {table} WHERE status = 'sent'"  # noqa: S608
    if connection.vendor == "sqlite":
        db = sqlite3.connect(env["FREETHEM_SQLITE_PATH"])
        (count,) = db.execute(query).fetchone()
        db.close()
        return count
    with connection.cursor() as cursor:
        cursor.execute(query)
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("owe", [owe_an_alert, owe_confirmations, owe_outbox_emails])
def test_a_worker_killed_halfway_leaves_the_rest_to_the_next_and_sends_no_one_twice(
    site_tree, tmp_path, owe, settings
):
    from aiosmtpd.controller import Controller

    mailbox = SlowMailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    log = open(tmp_path / "workers.log", "w")  # noqa: SIM115
    try:
        # As in production: background work goes to the database queue for a worker to take.
        settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        everyone, table, sent = owe(site_tree)
        env = production_environment(
            tmp_path,
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=str(port),
            EMAIL_USE_TLS="false",
            FREETHEM_EMAIL_LEASE_SECONDS="2",
        )

        def clock():
            subprocess.run(
                [sys.executable, "manage.py", "jobs", "--once"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=log,
                check=True,
            )

        clock()  # hands what is owed to the task queue
        worker = manage(env, "db_worker", "--no-startup-delay", "--interval", "0.2", log=log)
        deadline = time.monotonic() + 120
        # Halfway through a batch (the engine's tasks take 50 or 200 messages).
        while len(mailbox.messages) < READERS * 3 // 4 - 25:
            assert worker.poll() is None, (tmp_path / "workers.log").read_text()
            assert time.monotonic() < deadline, "the worker sent too little"
            time.sleep(0.01)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        time.sleep(0.5)  # anything in flight has landed
        sent_before = len(mailbox.messages)
        assert sent_before < READERS
        assert max(Counter(mailbox.recipients()).values()) == 1

        # The restart: the clock finds the dead task's lease run out and queues the rest.
        time.sleep(2.5)
        clock()
        finisher = manage(env, "db_worker", "--batch", "--no-startup-delay", log=log)
        assert finisher.wait(timeout=120) == 0
        clock()  # the alert's sending is seen finished

        received = Counter(mailbox.recipients())
        assert set(received.values()) == {1}, "someone got a message twice"
        assert len(mailbox.messages) > sent_before
        assert marked_sent(env, table, sent) == READERS
        # Everyone got one, but for at most the one message the worker was killed with between
        # marking it sent and writing its last line (the mark's round trip to the database):
        # SMTP offers no way to know, and sending it again could reach someone twice.
        missing = everyone - set(received)
        assert len(missing) <= 1, missing
        assert set(received) <= everyone
    finally:
        log.close()
        controller.stop()
