"""What supporters and editors do with alerts: subscribe, confirm, leave; send an alert."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone, translation

from freethem.core import addresses, bounces, delivery, outbox, tokens
from freethem.core.limits import hash_ip, over_limit
from freethem.core.models import MailboxReport
from freethem.core.site_address import site_url

from .messages import versions
from .models import Alert, Delivery, Mailing, Subscriber

logger = logging.getLogger(__name__)

CONFIRM_SALT = "freethem.alerts.confirm"
# A mailing whose delivery rows are not all written after this long lost its task.
PREPARE_GRACE = timedelta(minutes=2)


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
        return site_url(reverse("alerts_confirm", args=[token]))


def subscriber_for_token(token):
    """The subscriber a confirmation link names, or None if forged or expired."""
    return tokens.find(Subscriber.objects.all(), token, CONFIRM_SALT)


def confirm(subscriber):
    """Start the alerts; confirming twice changes nothing."""
    updated = Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.PENDING).update(
        status=Subscriber.CONFIRMED, confirmed_at=timezone.now()
    )
    subscriber.refresh_from_db()
    if updated:
        # The link came through and was followed: what mail systems said before is past.
        bounces.lift(subscriber.email)
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


def archive_choice_saved(alert):
    """Apply "publish in the archive" as the editor saved it, to every language, at once.

    Saving an alert keeps its words in a revision until it is published, but whether a sent
    alert is public is no wording to review: it holds from the save, for all its translations.
    """
    from freethem.core.cache import purge_page_cache

    versions = Alert.objects.filter(translation_key=alert.translation_key)
    if versions.order_by("pk").values_list("pk", flat=True).first() != alert.pk:
        return  # a translation follows its original's choice
    Alert.objects.filter(translation_key=alert.translation_key).exclude(
        archived=alert.archived
    ).update(archived=alert.archived)
    purge_page_cache()


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
        original, translations = versions(alert_key)
        translated = {alert.locale.language_code for alert in [original, *translations]}
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
    from .tasks import prepare_mailing

    try:
        with transaction.atomic():
            mailing = Mailing.objects.create(
                alert_key=alert.translation_key, subject=alert.subject, started_by=user
            )
    except IntegrityError:
        return Mailing.objects.get(alert_key=alert.translation_key), False
    transaction.on_commit(lambda: prepare_mailing.enqueue(mailing.pk))
    return mailing, True


def prepare(mailing):
    """One delivery row, due now, per confirmed subscriber; run again, it adds only the missing
    ones. The delivery engine sends them (freethem.alerts.emails)."""
    last = 0
    now = timezone.now()
    while True:
        pks = list(
            Subscriber.objects.filter(status=Subscriber.CONFIRMED, pk__gt=last)
            .order_by("pk")
            .values_list("pk", flat=True)[:5000]
        )
        if not pks:
            break
        Delivery.objects.bulk_create(
            [Delivery(mailing=mailing, subscriber_id=pk, due_at=now) for pk in pks],
            ignore_conflicts=True,
        )
        last = pks[-1]
    total = Delivery.objects.filter(mailing=mailing).count()
    Mailing.objects.filter(pk=mailing.pk).update(prepared=True, total=total)
    mailing.prepared, mailing.total = True, total


def prepare_unprepared(older_than=PREPARE_GRACE):
    """Start again the preparation of mailings whose task was lost (the clock calls this)."""
    from .tasks import prepare_mailing

    stalled = Mailing.objects.filter(
        prepared=False, started_at__lt=timezone.now() - older_than
    ).values_list("pk", flat=True)
    for pk in stalled:
        prepare_mailing.enqueue(pk)
    return len(stalled)


def finish_mailings():
    """Mark finished the mailings with nothing left to send (the clock calls this)."""
    owed = Delivery.objects.filter(mailing=OuterRef("pk"), status=Delivery.PENDING)
    return (
        Mailing.objects.filter(prepared=True, finished_at__isnull=True)
        .exclude(Exists(owed))
        .update(finished_at=timezone.now())
    )


def send_mailing_now(mailing):
    """Prepare and send a mailing at once, in this process (the demo's past alerts)."""
    from .emails import NAME

    prepare(mailing)
    sent = delivery.send_now(NAME)
    finish_mailings()
    return sent


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


def stop_mailing(*, address_tokens, reason):
    """Mail systems said an address is gone (`reason` bounced) or its reader reported an alert
    as spam (complained): its subscription ends, as bounced or as unsubscribed."""
    found = Subscriber.objects.none()
    for token in address_tokens:  # the address's hash begins with its token (freethem.core.bounces)
        found |= Subscriber.objects.filter(email_hash__startswith=token)
    now = timezone.now()
    if reason == MailboxReport.COMPLAINED:
        return found.exclude(status=Subscriber.UNSUBSCRIBED).update(
            status=Subscriber.UNSUBSCRIBED, unsubscribed_at=now
        )
    return found.filter(status__in=[Subscriber.CONFIRMED, Subscriber.PENDING]).update(
        status=Subscriber.BOUNCED
    )
