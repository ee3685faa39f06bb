"""The sending worker is killed halfway; after a restart everyone has exactly one message.

Real processes and a real SMTP server: the worker is `manage.py db_worker` with the production
settings, the mail server is aiosmtpd on loopback, the kill is SIGKILL (no clean-up runs), and
the restart is what production does: the clock (`manage.py jobs`) finds the sending's lease run
out and queues it again, and a new worker takes it.
"""

import asyncio
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection
from django.db.models import Count

from freethem.alerts import services
from freethem.alerts.models import Delivery, Mailing
from freethem.alerts.tests.factories import make_alert, subscribers
from freethem.core.tests.processes import manage, production_environment
from freethem.core.tests.smtp import Mailbox, free_port

ROOT = Path(__file__).resolve().parents[3]
READERS = 400


class SlowMailbox(Mailbox):
    """A mail server taking a few milliseconds per message, as real ones do."""

    async def handle_DATA(self, server, session, envelope):
        await asyncio.sleep(0.004)
        return await super().handle_DATA(server, session, envelope)


def worker_environment(tmp_path, port):
    return production_environment(
        tmp_path,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(port),
        EMAIL_USE_TLS="false",
        FREETHEM_EMAIL_LEASE_SECONDS="2",
    )


def statuses(env):
    if connection.vendor == "sqlite":
        db = sqlite3.connect(env["FREETHEM_SQLITE_PATH"])
        rows = db.execute("SELECT status, count(*) FROM alerts_delivery GROUP BY status")
        found = dict(rows.fetchall())
        finished = db.execute("SELECT finished_at FROM alerts_mailing").fetchone()[0]
        db.close()
        return found, finished
    found = dict(
        Delivery.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n")
    )
    return found, Mailing.objects.get().finished_at


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_halfway_leaves_the_rest_to_the_next_and_sends_no_one_twice(
    site_tree, settings, tmp_path
):
    from aiosmtpd.controller import Controller

    mailbox = SlowMailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    log = open(tmp_path / "workers.log", "w")  # noqa: SIM115
    try:
        subscribers(READERS)
        alert = make_alert()
        # As in production: the sending goes to the database queue for a worker to take.
        settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        services.start_mailing(alert)
        env = worker_environment(tmp_path, port)

        worker = manage(env, "db_worker", "--no-startup-delay", "--interval", "0.2", log=log)
        deadline = time.monotonic() + 120
        # Halfway through the second batch of the delivery engine (200 a task).
        while len(mailbox.messages) < READERS * 3 // 4:
            assert worker.poll() is None, (tmp_path / "workers.log").read_text()
            assert time.monotonic() < deadline, "the worker sent too little"
            time.sleep(0.01)
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        sent_before = len(mailbox.messages)
        time.sleep(0.5)  # anything in flight has landed
        assert READERS // 2 <= len(mailbox.messages) < READERS
        assert max(Counter(mailbox.recipients()).values()) == 1

        # The restart: the clock finds the lease run out and queues the rest again.
        time.sleep(2.5)

        def clock():
            subprocess.run(
                [sys.executable, "manage.py", "jobs", "--once"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=log,
                check=True,
            )

        clock()
        finisher = manage(env, "db_worker", "--batch", "--no-startup-delay", log=log)
        assert finisher.wait(timeout=120) == 0
        clock()  # which sees the sending finished

        received = Counter(mailbox.recipients())
        assert set(received.values()) == {1}, "someone got the alert twice"
        assert len(mailbox.messages) > sent_before
        found, finished = statuses(env)
        assert found == {"sent": READERS}
        assert finished is not None
        # Everyone got it, but for at most the one message the worker was killed with between
        # marking it sent and writing its last line (the mark's round trip to the database):
        # SMTP offers no way to know, and sending it again could reach someone twice.
        missing = {f"reader{n}@example.org" for n in range(READERS)} - set(received)
        assert len(missing) <= 1, missing
    finally:
        log.close()
        controller.stop()
