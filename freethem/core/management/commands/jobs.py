"""The site's clock (freethem.core.jobs): run every registered job, round after round.

Run it beside the application server and the task worker (see docs/deploy.md); `--once` runs
each job once and stops, for cron.
"""

import logging
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from freethem.core import health, jobs

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Run the site's periodic jobs: queue owed emails, refresh counts, clean up."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run each job once and stop.")
        parser.add_argument("--interval", type=float, default=2.0, help="Seconds between rounds.")

    def handle(self, *args, once=False, interval=2.0, **options):
        last_run = {}
        while True:
            for job in jobs.registered():
                now = time.monotonic()
                if not once and job.every and now - last_run.get(job.name, -job.every) < job.every:
                    continue
                last_run[job.name] = now
                try:
                    result = job.function()
                except Exception:
                    if once:
                        raise
                    # One job failing (the database restarting, say) must not stop the others.
                    logger.exception("Job %s failed", job.name)
                    continue
                if result and job.report:
                    self.stdout.write(job.report.format(result))
            # Seen by /readyz and /metrics: a clock that stopped leaves emails and counts waiting.
            health.record_tick()
            if once:
                return
            # A long-running process must not keep a connection the server has dropped.
            close_old_connections()
            time.sleep(interval)
