"""Signers' confirmation emails: owed on the signature row itself, sent by the delivery engine.

Signing is one insert: the row says when its email is due (`confirmation_wanted_at`), the clock
hands due rows to the engine (freethem.core.delivery), and each message is marked sent as it
goes, so a crash anywhere sends nothing twice and loses nothing owed.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from freethem.core import delivery, mail

from . import services
from .models import AppealPage, Signature

NAME = "appeals.confirmations"


def confirmation_message(signature, appeal, connection=None):
    """The email with the link that confirms `signature`, in the signer's language.

    It carries nothing the signer typed: a stranger signing with someone else's address must
    not be able to put their own words in a message from the campaign.
    """
    with translation.override(signature.language):
        path = reverse("appeal_confirm", args=[appeal.pk, services.confirmation_token(signature)])
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
        context = {"appeal": appeal, "confirm_url": url}
        subject = " ".join(render_to_string("appeals/emails/confirm_subject.txt", context).split())
        text = render_to_string("appeals/emails/confirm.txt", context)
        html = render_to_string("appeals/emails/confirm.html", context)
    return mail.message(
        subject=subject, text=text, html=html, to=signature.email, connection=connection
    )


class Confirmations(delivery.Postbox):
    name = NAME
    due = "confirmation_wanted_at"
    attempts = "confirmation_attempts"

    def begin(self):
        self.appeals = {}  # the live page of each appeal and language, found once per batch

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
        return confirmation_message(signature, appeal, connection)

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


delivery.register(Confirmations())


def queue_confirmations(limit=None):
    """Hand the confirmation emails owed to the engine; the appeals' clock calls this.

    At most FREETHEM_CONFIRMATIONS_PER_ROUND per round: under a spike the sending takes a
    bounded share of the machine, and the backlog goes out once it is over.
    """
    if limit is None:
        limit = settings.FREETHEM_CONFIRMATIONS_PER_ROUND
    return delivery.queue(NAME, limit=limit)
