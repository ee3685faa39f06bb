"""What supporters and editors do with alerts: subscribe, confirm, leave; send an alert."""

import logging
import smtplib
import socket
import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation

from freethem.core import addresses, outbox, smtp, tokens
from freethem.core.delivery import PERMANENT, classify, describe
from freethem.core.limits import hash_ip, over_limit

from .messages import Composer, absolute
from .models import Alert, Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)

CONFIRM_SALT = "freethem.alerts.confirm"
BATCH = 200
# Seconds between renewals of a sending's lease within a batch.
RENEW_EVERY = 10
RETRY_DELAYS = [60, 300, 1800, 7200]


# Subscribing -----------------------------------------------------------------------------


def subscribe(*, email, language, ip=""):
    """Ask for alerts. Whatever the address's state, the visitor sees the same answer.

    A new or lapsed address is sent a link to confirm; one already confirmed is left alone,
    and a stranger cannot change its language. The unique address makes a double submit one.
    """
    ip_hash = hash_ip(ip)
    if over_limit("subscribe-ip", ip_hash, settings.FREETHEM_SUBSCRIBE_LIMITS_IP):
        return None
    subscriber = _by_email(email)
    if subscriber is None:
        try:
            with transaction.atomic():
                subscriber = Subscriber.objects.create(
                    email=email,
                    email_hash=addresses.address_hash(email),
                    language=language,
                    ip_hash=ip_hash,
                )
        except IntegrityError:
            subscriber = _by_email(email)
    if subscriber.status == Subscriber.CONFIRMED:
        return subscriber
    recent = timezone.now() - settings.FREETHEM_RESEND_INTERVAL
    with transaction.atomic():
        # One confirmation email per few minutes however often the form is sent.
        owed = (
            Subscriber.objects.filter(pk=subscriber.pk)
            .exclude(status=Subscriber.CONFIRMED)
            .filter(Q(confirmation_sent_at__isnull=True) | Q(confirmation_sent_at__lt=recent))
            .update(
                status=Subscriber.PENDING,
                language=language,
                confirmation_sent_at=timezone.now(),
            )
        )
        if owed:
            subscriber.refresh_from_db()
            outbox.send_later(
                to=subscriber.email,
                template="alerts/emails/confirm",
                context={"confirm_url": confirm_url(subscriber)},
                language=subscriber.language,
            )
    return subscriber


def confirm_url(subscriber):
    token = tokens.make(subscriber, CONFIRM_SALT)
    with translation.override(subscriber.language):
        return absolute(reverse("alerts_confirm", args=[token]))


def subscriber_for_token(token):
    """The subscriber a confirmation link names, or None if forged or expired."""
    return tokens.find(Subscriber.objects.all(), token, CONFIRM_SALT)


def confirm(subscriber):
    """Start the alerts; confirming twice changes nothing."""
    updated = Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.PENDING).update(
        status=Subscriber.CONFIRMED, confirmed_at=timezone.now()
    )
    subscriber.refresh_from_db()
    return bool(updated)


def _by_email(email):
    """The subscriber with this address however written (under any data key), or None."""
    return Subscriber.objects.filter(email_hash__in=addresses.address_hashes(email)).first()


def subscribe_confirmed(*, email, language, source=Subscriber.APPEAL):
    """Subscribe an address its owner has just confirmed elsewhere (a signer who asked)."""
    now = timezone.now()
    existing = _by_email(email)
    if existing is None:
        try:
            with transaction.atomic():
                return Subscriber.objects.create(
                    email=email,
                    email_hash=addresses.address_hash(email),
                    language=language,
                    source=source,
                    status=Subscriber.CONFIRMED,
                    confirmed_at=now,
                )
        except IntegrityError:
            existing = _by_email(email)
    Subscriber.objects.filter(pk=existing.pk).exclude(status=Subscriber.CONFIRMED).update(
        status=Subscriber.CONFIRMED, confirmed_at=now, unsubscribed_at=None
    )
    existing.refresh_from_db()
    return existing


def subscriber_by_token(token):
    return Subscriber.objects.filter(token=token).first()


def unsubscribe(subscriber):
    """Stop every alert to this address at once, the sending under way included."""
    return bool(
        Subscriber.objects.filter(pk=subscriber.pk)
        .exclude(status=Subscriber.UNSUBSCRIBED)
        .update(status=Subscriber.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    )


# Sending ---------------------------------------------------------------------------------


def audience(alert_key=None):
    """Confirmed subscribers by language, and which languages have the alert translated."""
    counts = dict(
        Subscriber.objects.filter(status=Subscriber.CONFIRMED)
        .values_list("language")
        .annotate(n=Count("id"))
        .values_list("language", "n")
    )
    translated = set()
    if alert_key:
        translated = set(
            Alert.objects.filter(translation_key=alert_key).values_list(
                "locale__language_code", flat=True
            )
        )
    return [
        {
            "code": code,
            "name": name,
            "count": counts.get(code, 0),
            "translated": code in translated,
        }
        for code, name in settings.LANGUAGES
    ]


def start_mailing(alert, user=None):
    """Send `alert` (all its translations) to every confirmed subscriber, in the background.

    An alert is sent once: asking again (a double click, a second editor) finds the same
    mailing.
    """
    try:
        with transaction.atomic():
            mailing = Mailing.objects.create(
                alert_key=alert.translation_key, subject=alert.subject, started_by=user
            )
    except IntegrityError:
        return Mailing.objects.get(alert_key=alert.translation_key), False
    launch(mailing)
    return mailing, True


def lease():
    return timezone.now() + timedelta(seconds=settings.FREETHEM_ALERT_LEASE_SECONDS)


def launch(mailing, until=None):
    """Hand the mailing to a new task, which alone may send it from now on."""
    from .tasks import send_mailing

    runner = uuid.uuid4()
    Mailing.objects.filter(pk=mailing.pk).update(runner=runner, lease_until=until or lease())
    transaction.on_commit(lambda: send_mailing.enqueue(mailing.pk, str(runner)))
    return runner


def resume_stalled_mailings():
    """Relaunch each unfinished mailing whose task has stopped renewing its lease."""
    resumed = 0
    for mailing in Mailing.objects.filter(finished_at__isnull=True, lease_until__lt=timezone.now()):
        with transaction.atomic():
            taken = Mailing.objects.filter(
                pk=mailing.pk, lease_until=mailing.lease_until, finished_at__isnull=True
            ).update(lease_until=lease())
            if taken:
                launch(mailing)
                resumed += 1
    return resumed


def _renew(mailing_id, runner, until=None):
    """Keep the lease; False when another task has taken over the mailing."""
    return bool(
        Mailing.objects.filter(pk=mailing_id, runner=runner, finished_at__isnull=True).update(
            lease_until=until or lease()
        )
    )


def prepare(mailing):
    """One delivery row per confirmed subscriber; run again, it adds only the missing ones."""
    last = 0
    while True:
        pks = list(
            Subscriber.objects.filter(status=Subscriber.CONFIRMED, pk__gt=last)
            .order_by("pk")
            .values_list("pk", flat=True)[:5000]
        )
        if not pks:
            break
        Delivery.objects.bulk_create(
            [Delivery(mailing=mailing, subscriber_id=pk) for pk in pks], ignore_conflicts=True
        )
        last = pks[-1]
    total = Delivery.objects.filter(mailing=mailing).count()
    Mailing.objects.filter(pk=mailing.pk).update(prepared=True, total=total)
    mailing.prepared, mailing.total = True, total


def run_mailing(mailing_id, runner):
    """Send the deliveries of a mailing still owed, in order, while this task holds the lease."""
    runner = uuid.UUID(str(runner))
    if not _renew(mailing_id, runner):
        return {"sent": 0, "stopped": "superseded"}
    mailing = Mailing.objects.get(pk=mailing_id)
    if not mailing.prepared:
        prepare(mailing)
    try:
        composer = Composer(mailing.alert_key)
    except Alert.DoesNotExist:
        # The alert was deleted before everyone had it: what is left cannot be sent.
        Delivery.objects.filter(mailing_id=mailing_id, status=Delivery.PENDING).update(
            status=Delivery.FAILED
        )
        Mailing.objects.filter(pk=mailing_id, runner=runner).update(
            finished_at=timezone.now(), lease_until=None
        )
        return {"sent": 0, "stopped": "alert deleted"}
    connection = get_connection()
    sent = failed = 0
    last = 0
    try:
        while _renew(mailing_id, runner):
            now = timezone.now()
            batch = list(
                Delivery.objects.filter(mailing_id=mailing_id, status=Delivery.PENDING, pk__gt=last)
                .filter(Q(retry_at__isnull=True) | Q(retry_at__lte=now))
                .select_related("subscriber")
                .order_by("pk")[:BATCH]
            )
            if not batch:
                break
            renewed = time.monotonic()
            for delivery in batch:
                if time.monotonic() - renewed > RENEW_EVERY:
                    # A slow mail server: keep the lease while the batch goes on.
                    if not _renew(mailing_id, runner):
                        return {"sent": sent, "failed": failed, "stopped": "superseded"}
                    renewed = time.monotonic()
                outcome = _send_one(delivery, composer, connection)
                if outcome == "unreachable":
                    # The mail server is down: try again in a minute rather than fail everyone.
                    _renew(mailing_id, runner, timezone.now() + timedelta(seconds=60))
                    return {"sent": sent, "failed": failed, "stopped": "server unreachable"}
                sent += outcome == Delivery.SENT
                failed += outcome == Delivery.FAILED
            last = batch[-1].pk
        else:
            return {"sent": sent, "failed": failed, "stopped": "superseded"}
    finally:
        connection.close()
    owed = Delivery.objects.filter(mailing_id=mailing_id, status=Delivery.PENDING)
    if owed.exists():
        # Some wait to be tried again: let the lease run out when the first is due, and the
        # clock starts a task then.
        retry_at = owed.exclude(retry_at=None).order_by("retry_at").values_list("retry_at")
        _renew(mailing_id, runner, (retry_at.first() or [timezone.now()])[0])
    else:
        Mailing.objects.filter(pk=mailing_id, runner=runner).update(
            finished_at=timezone.now(), lease_until=None
        )
    return {"sent": sent, "failed": failed}


def _send_one(delivery, composer, connection):
    subscriber = delivery.subscriber
    if subscriber.status != Subscriber.CONFIRMED:
        Delivery.objects.filter(pk=delivery.pk, status=Delivery.PENDING).update(
            status=Delivery.SKIPPED
        )
        return Delivery.SKIPPED
    marked = False

    def mark_sent():
        nonlocal marked
        marked = bool(
            Delivery.objects.filter(pk=delivery.pk, status=Delivery.PENDING).update(
                status=Delivery.SENT, sent_at=timezone.now(), attempts=delivery.attempts + 1
            )
        )
        return marked

    try:
        message = composer.compose(subscriber, connection)
        if not smtp.deliver(connection, message, mark_sent):
            return "taken"
        return Delivery.SENT
    except Exception as error:
        try:
            connection.close()
        except Exception:  # noqa: S110  (the connection is being dropped anyway)
            pass
        if not marked and _unreachable(error):
            return "unreachable"
        return _failed(delivery, error, marked)


def _unreachable(error):
    """The mail server could not be reached at all (as opposed to refusing one message)."""
    return isinstance(error, (smtplib.SMTPConnectError, ConnectionError, socket.timeout)) or (
        isinstance(error, OSError) and not isinstance(error, smtplib.SMTPException)
    )


def _failed(delivery, error, marked):
    """Record a failure, on the row only as this task left it: another task may have sent it."""
    attempts = delivery.attempts + 1
    mine = Delivery.objects.filter(
        pk=delivery.pk, status=Delivery.SENT if marked else Delivery.PENDING
    )
    if classify(error) != PERMANENT and attempts <= len(RETRY_DELAYS):
        retry_at = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempts - 1])
        mine.update(status=Delivery.PENDING, attempts=attempts, retry_at=retry_at, sent_at=None)
        logger.warning(
            "Alert delivery %s deferred to %s: %s", delivery.pk, retry_at, describe(error)
        )
        return Delivery.PENDING
    mine.update(status=Delivery.FAILED, attempts=attempts, sent_at=None)
    logger.error("Alert delivery %s failed: %s", delivery.pk, describe(error))
    return Delivery.FAILED


def progress(mailing):
    counts = dict(
        Delivery.objects.filter(mailing=mailing)
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    done = counts.get(Delivery.SENT, 0) + counts.get(Delivery.FAILED, 0)
    done += counts.get(Delivery.SKIPPED, 0)
    total = mailing.total or sum(counts.values())
    return {
        "sent": counts.get(Delivery.SENT, 0),
        "failed": counts.get(Delivery.FAILED, 0),
        "skipped": counts.get(Delivery.SKIPPED, 0),
        "waiting": counts.get(Delivery.PENDING, 0),
        "total": total,
        "percent": round(100 * done / total) if total else (100 if mailing.finished_at else 0),
    }


def send_test(alert, email):
    """Send the alert to one editor's address, as a subscriber in its language would get it."""
    from .tasks import send_test_alert

    send_test_alert.enqueue(alert.pk, email)
