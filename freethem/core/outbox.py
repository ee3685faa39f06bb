"""One path for the site's occasional emails: owed in the database, sent by a task over SMTP.

`send_later` stores the email in the caller's transaction, so it exists exactly when what it
tells of does. The clock (`manage.py jobs`) and a hook after each commit hand owed emails to
the task queue with a lease; the task takes the lease before sending, so a task lost with a
crashed worker is queued again once its lease runs out, and a stale copy sends nothing. A sent
email's row is deleted; a temporary refusal is tried again later.
"""

import logging
import smtplib
import socket
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import OutgoingEmail

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)
RETRY_DELAYS = [60, 300, 1800, 7200]
PER_TASK = 50


def is_temporary(error):
    """Failures worth another try: the server is down, busy, or says try later (4xx)."""
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(
        error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, socket.error)
    )


def describe(error):
    """An SMTP error for the log, without the addresses a refusal repeats."""
    code = getattr(error, "smtp_code", None)
    if code is None and isinstance(error, smtplib.SMTPRecipientsRefused):
        code = next(iter(error.recipients.values()))[0]
    return f"{type(error).__name__}" + (f" {code}" if code else "")


def render_message(template, context, language, to, connection=None, headers=None):
    """The email `template` names, in `language`: `<template>_subject.txt`, `.txt`, `.html`."""
    with translation.override(language):
        context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(
        subject, text, to=[to], connection=connection, headers=headers or {}
    )
    message.attach_alternative(html, "text/html")
    return message


def send_later(*, to, template, context, language):
    """Owe `to` an email; it goes once the caller's transaction commits."""
    owed = OutgoingEmail.objects.create(
        to=to, template=template, context=context, language=language, wanted_at=timezone.now()
    )
    # robust: the clock sends it anyway if handing it over fails; the caller's work is done.
    transaction.on_commit(lambda: queue_owed(ids=[owed.pk]), robust=True)
    return owed


def queue_owed(ids=None, limit=1000):
    """Hand owed emails to the task queue, each with a lease; the clock calls this."""
    from .tasks import send_owed_emails

    now = timezone.now()
    lease = now + LEASE
    with transaction.atomic():
        owed = OutgoingEmail.objects.select_for_update(skip_locked=True).filter(wanted_at__lte=now)
        if ids is not None:
            owed = owed.filter(pk__in=ids)
        pks = list(owed.order_by("wanted_at").values_list("pk", flat=True)[:limit])
        if not pks:
            return 0
        OutgoingEmail.objects.filter(pk__in=pks).update(wanted_at=lease)
    for start in range(0, len(pks), PER_TASK):
        send_owed_emails.enqueue(pks[start : start + PER_TASK], lease.isoformat())
    return len(pks)


def claim(ids, lease):
    """Take the lease a task was queued with: the emails still owed under it."""
    running = timezone.now() + LEASE
    with transaction.atomic():
        claimed = list(
            OutgoingEmail.objects.select_for_update()
            .filter(pk__in=ids, wanted_at=lease)
            .values_list("pk", flat=True)
        )
        OutgoingEmail.objects.filter(pk__in=claimed).update(wanted_at=running)
    return list(OutgoingEmail.objects.filter(pk__in=claimed).order_by("pk"))


def failed(email, error):
    """Try again later after a temporary failure, up to a limit; drop it after a permanent one."""
    attempts = email.attempts + 1
    if is_temporary(error) and attempts <= len(RETRY_DELAYS):
        retry_at = timezone.now() + timedelta(seconds=RETRY_DELAYS[attempts - 1])
        OutgoingEmail.objects.filter(pk=email.pk, wanted_at=email.wanted_at).update(
            wanted_at=retry_at, attempts=attempts
        )
        logger.warning("Email %s deferred to %s: %s", email.pk, retry_at, describe(error))
    else:
        OutgoingEmail.objects.filter(pk=email.pk, wanted_at=email.wanted_at).delete()
        logger.error("Email %s (%s) not sent: %s", email.pk, email.template, describe(error))


def send_owed(ids, lease):
    """Send the emails held under `lease` over one SMTP connection.

    Each row is deleted as soon as its message is sent, and only while this task still holds
    it: a worker killed midway leaves owed only what it had not sent, and a task that has
    overrun its lease stops before sending what another task now holds.
    """
    sent, failures = 0, []
    connection = None
    try:
        for email in claim(ids, lease):
            if not OutgoingEmail.objects.filter(pk=email.pk, wanted_at=email.wanted_at).exists():
                continue  # its lease ran out and another task took it
            try:
                if connection is None:
                    connection = get_connection()
                    connection.open()
                render_message(
                    email.template, email.context, email.language, email.to, connection
                ).send()
            except Exception as error:
                failures.append((email, error))
                if connection is not None:
                    connection.close()  # start afresh with the next address
                    connection = None
                continue
            OutgoingEmail.objects.filter(pk=email.pk, wanted_at=email.wanted_at).delete()
            sent += 1
    finally:
        if connection is not None:
            connection.close()
    for email, error in failures:
        failed(email, error)
    return {"sent": sent, "failed": len(failures)}
