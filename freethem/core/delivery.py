"""One way to deliver email: owed in the database, leased to a task, marked sent as it goes.

Every sender of the site (signatures' confirmations, the outbox of occasional emails, …) keeps
its owed emails in its own table and describes that table with a `Postbox`; this engine does
the rest, the same way for all of them:

- owed: a row whose due time (`Postbox.due`) has come; a row with no due time owes nothing;
- queued: the clock (`queue`) sets the due time to the end of a lease and hands the rows to a
  task, a few dozen per task;
- claimed: the task takes only rows still due at the lease it was given, and holds them with a
  lease of its own, so a task lost with a crashed worker is queued again once its lease has run
  out, and a stale copy finds nothing to take;
- sent: each message goes over the task's one SMTP connection and is marked sent (a committed,
  conditional update) just before its final line (see freethem.core.smtp): a worker killed at
  any moment leaves every message either sent and marked or unsent and still owed;
- failed: a temporary refusal (4xx, a dropped connection) is tried again on one schedule,
  a permanent one (5xx) ends the delivery, and a mail server that cannot be reached at all
  puts the rest back for a minute without counting an attempt;
- bounced: a permanent refusal of the address itself stops it, and a delivery that ran out
  of tries counts a soft bounce (freethem.core.bounces).

Logs name rows by number and errors by code: never an address.
"""

import logging
import smtplib
import socket
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone

from . import bounces, smtp

logger = logging.getLogger(__name__)

# Seconds before each new try after a temporary failure; then the delivery ends.
RETRY_DELAYS = [60, 300, 1800, 7200]
# After the mail server could not be reached at all.
UNREACHABLE_DELAY = timedelta(seconds=60)
TEMPORARY, PERMANENT, UNREACHABLE = "temporary", "permanent", "unreachable"


class Skip(Exception):  # noqa: N818  (not an error: the row needs no message any more)
    """Raised by `Postbox.compose` when a row is owed nothing after all (its reader left)."""


class Postbox:
    """How one sender keeps its owed emails. Subclasses name their table and say how to
    compose a message and what "sent" and "given up" mean for a row."""

    name = ""
    due = "wanted_at"
    attempts = "attempts"
    # Messages per task (one SMTP connection each), and handed over per round of the clock.
    per_task = 50
    per_round = 1000

    def rows(self):
        """Every row that may owe an email (the engine adds the due time)."""
        raise NotImplementedError

    def compose(self, row, connection):
        """The message for `row`, on `connection`; None if it can no longer be sent."""
        raise NotImplementedError

    def sent(self, rows):
        """Record the rows of the queryset `rows` as sent; returns how many were."""
        raise NotImplementedError

    def mark_sent(self, row, held):
        """Record `row` as sent if it is still held at `held`; whether it was. Committed at
        once (autocommit) by a single statement: see freethem.core.smtp."""
        return bool(self.sent(self._held(row, held)))

    def given_up(self, rows, outcome):
        """Record the rows of `rows` as never to be sent (`outcome`: why)."""
        raise NotImplementedError

    def reopen(self, rows):
        """Undo `sent` for rows whose message the server refused after all."""

    def skipped(self, rows):
        """Record rows owed nothing after all (`compose` raised Skip)."""
        self.given_up(rows, "skipped")

    def fetch(self, pks):
        """The rows a task took, as `compose` wants them (related rows included)."""
        return self.rows().filter(pk__in=pks).order_by("pk")

    def describe(self, row):
        return f"{self.name} {row.pk}"

    def address(self, row):
        """Whom `row`'s message goes to: a refusal naming them is recorded against it
        (freethem.core.bounces)."""
        raise NotImplementedError

    def begin(self):
        """Called as a task starts its batch: drop whatever was remembered from the last."""

    # What the engine needs of the table, from the fields named above.

    def _held(self, row, lease):
        return self.rows().filter(pk=row.pk, **{self.due: lease})


_postboxes = {}


def lease_length():
    """How long a task holds what it took before the clock takes it for dead."""
    return timedelta(seconds=settings.FREETHEM_EMAIL_LEASE_SECONDS)


def register(postbox):
    _postboxes[postbox.name] = postbox
    return postbox


def postbox(name):
    return _postboxes[name]


def postboxes():
    """Every sender's postbox (for the readiness check and the metrics)."""
    return list(_postboxes.values())


def classify(error):
    """A delivery failure as a mail system reads it: temporary, permanent or unreachable."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _reply in error.recipients.values()]
        return PERMANENT if codes and all(code >= 500 for code in codes) else TEMPORARY
    if isinstance(error, smtplib.SMTPResponseException):
        return PERMANENT if error.smtp_code >= 500 else TEMPORARY
    if isinstance(error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError)):
        return UNREACHABLE
    if isinstance(error, (ConnectionError, socket.timeout, socket.gaierror)):
        return UNREACHABLE
    if isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException):
        return UNREACHABLE
    return TEMPORARY


def describe(error):
    """An SMTP error for the log, without the addresses a refusal repeats."""
    code = getattr(error, "smtp_code", None)
    if code is None and isinstance(error, smtplib.SMTPRecipientsRefused):
        code = next(iter(error.recipients.values()))[0]
    return f"{type(error).__name__}" + (f" {code}" if code else "")


def _lease(box, ids, count):
    """Up to `count` owed rows (of `ids`, if given), now leased; with the lease's end."""
    with transaction.atomic():
        now = timezone.now()
        lease = now + lease_length()
        owed = box.rows().select_for_update(skip_locked=True).filter(**{f"{box.due}__lte": now})
        if ids is not None:
            owed = owed.filter(pk__in=ids)
        pks = list(owed.order_by(box.due, "pk").values_list("pk", flat=True)[:count])
        if pks:
            box.rows().filter(pk__in=pks).update(**{box.due: lease})
    return pks, lease


def queue(name, *, limit=None, ids=None):
    """Hand owed emails of one postbox to the task queue, each with a lease; the clock calls
    this (and senders, right after committing what they owe)."""
    from .tasks import send_emails

    box = _postboxes[name]
    limit = box.per_round if limit is None else limit
    queued = 0
    while queued < limit:
        pks, lease = _lease(box, ids, min(500, limit - queued))
        if not pks:
            break
        # After the commit: a task never runs before its lease is written. Should handing it
        # over fail, the lease runs out and the next round queues the rows again.
        for start in range(0, len(pks), box.per_task):
            send_emails.enqueue(name, pks[start : start + box.per_task], lease.isoformat())
        queued += len(pks)
        if ids is not None:
            break
    return queued


def send_now(name):
    """Send everything owed by one postbox at once, in this process, without the task queue
    (the demo's sendings; an operator's one-off). Returns how many were sent."""
    box = _postboxes[name]
    sent = 0
    while True:
        pks, lease = _lease(box, None, 500)
        if not pks:
            return sent
        for start in range(0, len(pks), box.per_task):
            sent += deliver(name, pks[start : start + box.per_task], lease)["sent"]


def claim(box, ids, lease):
    """The rows a task was queued with that are still due at its lease, now held by it."""
    running = timezone.now() + lease_length()
    with transaction.atomic():
        pks = list(
            box.rows()
            .select_for_update()
            .filter(pk__in=ids, **{box.due: lease})
            .values_list("pk", flat=True)
        )
        box.rows().filter(pk__in=pks).update(**{box.due: running})
    return list(box.fetch(pks))


def deliver(name, ids, lease):
    """Send the emails of `ids` held under `lease`, over one SMTP connection (the task)."""
    box = _postboxes[name]
    box.begin()
    rows = claim(box, ids, lease)
    counts = {"sent": 0, TEMPORARY: 0, PERMANENT: 0, "skipped": 0, UNREACHABLE: 0}
    connection = get_connection()
    try:
        for index, row in enumerate(rows):
            outcome = _send_one(box, row, connection)
            if outcome == UNREACHABLE:
                # Nothing will get through now: the rest waits a minute, no attempt counted.
                for waiting in rows[index:]:
                    box._held(waiting, getattr(waiting, box.due)).update(
                        **{box.due: timezone.now() + UNREACHABLE_DELAY}
                    )
                counts[UNREACHABLE] = len(rows) - index
                break
            counts[outcome] += 1
    finally:
        try:
            connection.close()
        except Exception:  # noqa: S110  (the connection is being dropped anyway)
            pass
    return counts


def _send_one(box, row, connection):
    held = getattr(row, box.due)
    marked = False

    def mark_sent():
        nonlocal marked
        # One statement, committed before the message's final line (freethem.core.smtp).
        marked = box.mark_sent(row, held)
        return marked

    try:
        try:
            message = box.compose(row, connection)
        except Skip:
            box.skipped(box._held(row, held))
            return "skipped"
        if message is None:
            box.given_up(box._held(row, held), PERMANENT)
            return "skipped"
        if not smtp.deliver(connection, message, mark_sent):
            return "skipped"  # its lease ran out and another task has it
        return "sent"
    except Exception as error:
        try:
            connection.close()
        except Exception:  # noqa: S110
            pass
        outcome = classify(error)
        if marked:
            if not isinstance(error, smtplib.SMTPResponseException):
                # The final line went out and the answer was lost: the server most likely
                # has it. Sending it again could reach someone twice; keep it as sent.
                logger.warning(
                    "%s: no answer after sending (%s)", box.describe(row), describe(error)
                )
                return "sent"
            # The server answered the final line with a refusal: it was not delivered.
            return _failed(box, row, None, outcome, error)
        if outcome == UNREACHABLE:
            return UNREACHABLE
        return _failed(box, row, held, outcome, error)


def _failed(box, row, held, outcome, error):
    """Try again on the schedule, or give up; `held` None: the row was marked sent, wrongly."""
    attempts = getattr(row, box.attempts) + 1
    if held is None:
        rows = box.rows().filter(pk=row.pk, **{f"{box.due}__isnull": True})
        box.reopen(rows)
    else:
        rows = box._held(row, held)
    if outcome != PERMANENT and attempts <= len(RETRY_DELAYS):
        retry_at = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempts - 1])
        rows.update(**{box.due: retry_at, box.attempts: attempts})
        logger.warning("%s deferred to %s: %s", box.describe(row), retry_at, describe(error))
        return TEMPORARY
    rows.update(**{box.attempts: attempts})
    box.given_up(box.rows().filter(pk=row.pk), outcome)
    logger.error("%s not sent: %s", box.describe(row), describe(error))
    # A mailbox that does not exist is stopped at once; one that kept refusing for hours
    # counts a soft bounce.
    if outcome == PERMANENT and bounces.names_recipient(error):
        bounces.record_address(box.address(row), bounces.HARD)
    elif outcome != PERMANENT:
        bounces.record_address(box.address(row), bounces.SOFT)
    return PERMANENT
