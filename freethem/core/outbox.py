"""The site's occasional emails (a proposal's outcome, a subscription to confirm): owed in the
database, sent by the delivery engine (freethem.core.delivery).

`send_later` stores the email in the caller's transaction, so it exists exactly when what it
tells of does; it is handed to the task queue right after the commit, and by the clock should
that fail. A sent email's row (its address with it) is deleted at the clock's next round.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from . import delivery, mail
from .models import OutgoingEmail

NAME = "core.outbox"
# How long a sent email's row is kept before it goes: long enough to tell a refusal after the
# final line from a delivery, short enough that the address is soon forgotten.
KEEP_SENT = timedelta(seconds=30)


def render_message(template, context, language, to, connection=None, headers=None):
    """The email `template` names, in `language`: `<template>_subject.txt`, `.txt`, `.html`."""
    with translation.override(language):
        context = {"site_name": settings.WAGTAIL_SITE_NAME, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    return mail.message(
        subject=subject,
        text=text,
        html=html,
        to=to,
        language=language,
        connection=connection,
        headers=headers,
    )


class Outbox(delivery.Postbox):
    name = NAME
    due = "wanted_at"
    attempts = "attempts"

    def rows(self):
        return OutgoingEmail.objects.all()

    def compose(self, email, connection):
        return render_message(email.template, email.context, email.language, email.to, connection)

    def sent(self, rows):
        return rows.update(wanted_at=None, sent_at=timezone.now())

    def reopen(self, rows):
        rows.update(sent_at=None)

    def given_up(self, rows, outcome):
        rows.delete()

    def describe(self, email):
        return f"Email {email.pk} ({email.template})"

    def address(self, email):
        return email.to


delivery.register(Outbox())


def send_later(*, to, template, context, language):
    """Owe `to` an email; it goes once the caller's transaction commits."""
    owed = OutgoingEmail.objects.create(
        to=to, template=template, context=context, language=language, wanted_at=timezone.now()
    )
    # robust: the clock sends it anyway if handing it over fails; the caller's work is done.
    transaction.on_commit(lambda: queue_owed(ids=[owed.pk]), robust=True)
    return owed


def queue_owed(ids=None, limit=1000):
    """Hand owed emails to the task queue and forget those sent; the clock calls this."""
    OutgoingEmail.objects.filter(
        wanted_at__isnull=True, sent_at__lt=timezone.now() - KEEP_SENT
    ).delete()
    return delivery.queue(NAME, ids=ids, limit=limit)
