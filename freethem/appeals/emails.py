"""Signers' confirmation emails: owed on the signature row itself, sent by the delivery engine.

Signing is one insert: the row says when its email is due (`confirmation_wanted_at`), the clock
hands due rows to the engine (freethem.core.delivery), and each message is marked sent as it
goes, so a crash anywhere sends nothing twice and loses nothing owed.

Under a spike thousands of these go out a minute. The message of one appeal in one language is
rendered and serialised once per batch (a `Stencil`) and stamped with each signer's address
and link; marking one sent is a single statement.
"""

from django.conf import settings
from django.db import connection as database
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from freethem.core import delivery, mail, smtp

from . import services
from .models import AppealPage, Signature

NAME = "appeals.confirmations"
# Stands for each signer's own link in a message rendered once per appeal and language.
LINK = "https://freethem-confirm-link.invalid/"
MARK_SENT = (
    "UPDATE appeals_signature SET confirmation_wanted_at = NULL, confirmation_sent_at = %s, "
    "confirmation_attempts = 0 WHERE id = %s AND status = %s AND confirmation_wanted_at = %s"
)


def confirm_url(signature, appeal):
    from freethem.core.site_address import site_url

    with translation.override(signature.language):
        path = reverse("appeal_confirm", args=[appeal.pk, services.confirmation_token(signature)])
    return site_url(path)


def _render(appeal, language, url):
    with translation.override(language):
        context = {"appeal": appeal, "confirm_url": url, "site_name": settings.WAGTAIL_SITE_NAME}
        subject = " ".join(render_to_string("appeals/emails/confirm_subject.txt", context).split())
        text = render_to_string("appeals/emails/confirm.txt", context)
        html = render_to_string("appeals/emails/confirm.html", context)
    return {"subject": subject, "text": text, "html": html, "language": language}


def confirmation_message(signature, appeal, connection=None):
    """The email with the link that confirms `signature`, in the signer's language.

    It carries nothing the signer typed: a stranger signing with someone else's address must
    not be able to put their own words in a message from the campaign.
    """
    parts = _render(appeal, signature.language, confirm_url(signature, appeal))
    return mail.message(**parts, to=signature.email, connection=connection)


def confirmation_stencil(appeal, language):
    """The confirmation message of `appeal` in `language`, to stamp with each signer's link."""
    return mail.Stencil(**_render(appeal, language, LINK))


class Confirmations(delivery.Postbox):
    name = NAME
    due = "confirmation_wanted_at"
    attempts = "confirmation_attempts"

    def begin(self):
        self.appeals = {}  # the live page of each appeal and language, found once per batch
        self.stencils = {}  # and its message, rendered and serialised once

    def rows(self):
        return Signature.objects.filter(status=Signature.PENDING)

    def appeal_for(self, signature):
        key = (signature.appeal_key, signature.language)
        if key not in self.appeals:
            live = AppealPage.objects.live().filter(translation_key=signature.appeal_key)
            in_language = live.filter(locale__language_code=signature.language).first()
            self.appeals[key] = in_language or live.first()
        return self.appeals[key]

    def compose(self, signature, connection):
        appeal = self.appeal_for(signature)
        if appeal is None or not signature.email or signature.suspect:
            return None
        if smtp.takes_bytes(connection):
            key = (appeal.pk, signature.language)
            if key not in self.stencils:
                self.stencils[key] = confirmation_stencil(appeal, signature.language)
            stamped = self.stencils[key].stamp(
                signature.email, **{LINK: confirm_url(signature, appeal)}
            )
            if stamped is not None:
                return stamped
        return confirmation_message(signature, appeal, connection)

    def mark_sent(self, signature, held):
        # The hottest write after signing itself: one plain statement, its times prepared as
        # the ORM would store them.
        field = Signature._meta.get_field("confirmation_wanted_at")
        now, held = (field.get_db_prep_value(value, database) for value in (timezone.now(), held))
        with database.cursor() as cursor:
            cursor.execute(MARK_SENT, [now, signature.pk, Signature.PENDING, held])
            return cursor.rowcount == 1

    def sent(self, rows):
        return rows.update(
            confirmation_wanted_at=None,
            confirmation_sent_at=timezone.now(),
            confirmation_attempts=0,
        )

    def given_up(self, rows, outcome):
        rows.update(confirmation_wanted_at=None)

    def describe(self, signature):
        return f"Confirmation of signature {signature.pk}"

    def address(self, signature):
        return signature.email


delivery.register(Confirmations())


def queue_confirmations(limit=None):
    """Hand the confirmation emails owed to the engine; the appeals' clock calls this.

    At most FREETHEM_CONFIRMATIONS_PER_ROUND per round: under a spike the sending takes a
    bounded share of the machine, and the backlog goes out once it is over.
    """
    if limit is None:
        limit = settings.FREETHEM_CONFIRMATIONS_PER_ROUND
    return delivery.queue(NAME, limit=limit)
