"""Read what came back to the bounce mailbox: delivery reports and complaints.

The mail server pipes each message to it (Postfix: an alias of the bounce mailbox to
`|…/manage.py read_bounces`, with `recipient_delimiter = +`), or a mailbox fetcher hands it
the messages of an IMAP box (`fetchmail --mda`, `getmail`), or an operator names message files.
See docs/deliverability.md.
"""

import os
import sys

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from freethem.core import bounces

# sysexits.h: the mail server keeps the message and tries again later.
EX_TEMPFAIL = 75


class Command(BaseCommand):
    help = "Read bounce and complaint reports (one message on standard input, or files)."
    # Run by the mail server for each report: quick, and never failing on a check.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", help="message files (default: standard input)")
        parser.add_argument(
            "--recipient",
            default=os.environ.get("ORIGINAL_RECIPIENT") or os.environ.get("RECIPIENT"),
            help="the address the report was delivered to (default: as the mail server says)",
        )

    def handle(self, *args, files, recipient, **options):
        messages = [open(name, "rb").read() for name in files] or [sys.stdin.buffer.read()]
        counted = 0
        for data in messages:
            try:
                outcome = bounces.read_report(data, recipient=recipient)
            except DatabaseError:
                # Nothing is lost: the mail server keeps the report and hands it over again.
                self.stderr.write("The database is not answering; try again later.")
                sys.exit(EX_TEMPFAIL)
            if outcome is not None:
                counted += 1
                kind, stopped = outcome
                if options["verbosity"] > 1:
                    self.stdout.write(f"{kind}: {stopped or 'counted'}")
        if options["verbosity"] > 1:
            self.stdout.write(f"{counted} of {len(messages)} messages were reports of ours.")
