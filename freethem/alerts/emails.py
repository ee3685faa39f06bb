"""An alert's messages, one delivery row per subscriber, sent by the site's delivery engine.

The engine (freethem.core.delivery) leases due deliveries to tasks, sends each over one SMTP
connection per batch and marks it sent just before its last line: a worker killed at any
moment leaves no one sent the alert twice and no one forgotten. Each language's message is
rendered and serialised once per batch and stamped with each reader's own unsubscribe link.
"""

from django.db import connection as database
from django.utils import timezone

from freethem.core import delivery, smtp

from .messages import STAMPED_LINK, Composer, unsubscribe_url
from .models import Alert, Delivery, Subscriber

NAME = "alerts.deliveries"
MARK_SENT = (
    "UPDATE alerts_delivery SET status = %s, sent_at = %s, due_at = NULL, "
    "attempts = attempts + 1 WHERE id = %s AND status = %s AND due_at = %s"
)


class Deliveries(delivery.Postbox):
    name = NAME
    due = "due_at"
    attempts = "attempts"
    # An alert goes to everyone at once: bigger batches, more of them each round.
    per_task = 200
    per_round = 4000

    def begin(self):
        self.composers = {}  # one per alert, each rendering a language once

    def rows(self):
        return Delivery.objects.all()

    def fetch(self, pks):
        return Delivery.objects.filter(pk__in=pks).select_related("subscriber", "mailing")

    def composer(self, mailing):
        if mailing.alert_key not in self.composers:
            try:
                self.composers[mailing.alert_key] = Composer(mailing.alert_key)
            except Alert.DoesNotExist:
                self.composers[mailing.alert_key] = None
        return self.composers[mailing.alert_key]

    def compose(self, row, connection):
        subscriber = row.subscriber
        if subscriber.status != Subscriber.CONFIRMED:
            raise delivery.Skip  # left since the sending started
        composer = self.composer(row.mailing)
        if composer is None:
            return None  # the alert was deleted before everyone had it
        if smtp.takes_bytes(connection):
            stamped = composer.stencil(subscriber.language).stamp(
                subscriber.email, **{STAMPED_LINK: unsubscribe_url(subscriber)}
            )
            if stamped is not None:
                return stamped
        return composer.compose(subscriber, connection)

    def mark_sent(self, row, held):
        field = Delivery._meta.get_field("due_at")
        now, held = (field.get_db_prep_value(value, database) for value in (timezone.now(), held))
        with database.cursor() as cursor:
            cursor.execute(MARK_SENT, [Delivery.SENT, now, row.pk, Delivery.PENDING, held])
            return cursor.rowcount == 1

    def sent(self, rows):
        return rows.update(status=Delivery.SENT, sent_at=timezone.now(), due_at=None)

    def reopen(self, rows):
        rows.update(status=Delivery.PENDING, sent_at=None)

    def given_up(self, rows, outcome):
        rows.update(status=Delivery.FAILED, due_at=None)

    def skipped(self, rows):
        rows.update(status=Delivery.SKIPPED, due_at=None)

    def describe(self, row):
        return f"Alert delivery {row.pk}"

    def address(self, row):
        return row.subscriber.email


delivery.register(Deliveries())


def queue_deliveries():
    """Hand the deliveries due to the engine; the alerts' clock calls this."""
    return delivery.queue(NAME)
