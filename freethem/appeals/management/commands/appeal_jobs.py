"""The appeals' clock: queue owed confirmation emails and refresh the tallies every few seconds,
forget unconfirmed signatures and the emails of appeals closed past their retention hourly.

Run it beside the application server (see docs/deploy.md); `--once` runs each job once, for cron.
"""

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from freethem.appeals import services


class Command(BaseCommand):
    help = "Queue confirmation emails, keep appeal counts up to date, delete the unconfirmed."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run each job once and stop.")
        parser.add_argument("--interval", type=float, default=2.0, help="Seconds between rounds.")
        parser.add_argument(
            "--cleanup-every", type=float, default=3600.0, help="Seconds between clean-ups."
        )

    def handle(self, *args, once=False, interval=2.0, cleanup_every=3600.0, **options):
        last_cleanup = 0.0
        while True:
            queued = services.queue_confirmations()
            if queued:
                self.stdout.write(f"Queued {queued} confirmation emails.")
            tallied = services.tally_signatures()
            if tallied:
                self.stdout.write(f"Tallied {tallied} signatures.")
            if time.monotonic() - last_cleanup >= cleanup_every or once:
                deleted = services.delete_unconfirmed()
                if deleted:
                    self.stdout.write(f"Deleted {deleted} unconfirmed signatures.")
                anonymised = services.anonymise_closed_appeals()
                if anonymised:
                    self.stdout.write(f"Erased the email addresses of {anonymised} signers.")
                last_cleanup = time.monotonic()
            if once:
                return
            # A long-running process must not keep a connection the server has dropped.
            close_old_connections()
            time.sleep(interval)
