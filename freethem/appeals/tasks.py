"""Background work for appeals: confirmation emails, the tally, forgetting the unconfirmed."""

import logging
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from freethem.core.outbox import is_temporary

from . import services
from .models import AppealPage

logger = logging.getLogger(__name__)


def confirmation_message(signature, appeal, connection=None):
    with translation.override(signature.language):
        path = reverse("appeal_confirm", args=[appeal.pk, services.confirmation_token(signature)])
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
        context = {"signature": signature, "appeal": appeal, "confirm_url": url}
        subject = render_to_string("appeals/emails/confirm_subject.txt", context).strip()
        text = render_to_string("appeals/emails/confirm.txt", context)
        html = render_to_string("appeals/emails/confirm.html", context)
    message = EmailMultiAlternatives(subject, text, to=[signature.email], connection=connection)
    message.attach_alternative(html, "text/html")
    return message


def _appeal_for(signature, found):
    key = (signature.appeal_key, signature.language)
    if key not in found:
        live = AppealPage.objects.live().filter(translation_key=signature.appeal_key)
        found[key] = live.filter(locale__language_code=signature.language).first() or live.first()
    return found[key]


@task()
def send_signature_confirmations(signature_ids, lease):
    """Email signers the links that confirm their signatures, over one SMTP connection.

    The signature rows keep each email owed until it has gone (services.queue_confirmations):
    a temporary failure puts it back for later, a crash leaves it to be queued again.
    """
    signatures = services.claim_confirmations(signature_ids, datetime.fromisoformat(lease))
    sent, failed, appeals = [], [], {}
    connection = None
    try:
        for signature in signatures:
            appeal = _appeal_for(signature, appeals)
            if appeal is None or not signature.email:
                services.confirmation_failed(signature, temporary=False)
                continue
            try:
                if connection is None:
                    connection = get_connection()
                    connection.open()
                confirmation_message(signature, appeal, connection).send()
                sent.append(signature)
            except Exception as error:
                failed.append((signature, error))
                if connection is not None:
                    connection.close()  # start afresh with the next address
                    connection = None
    finally:
        if connection is not None:
            connection.close()
        if sent:
            services.confirmations_sent(sent)
    for signature, error in failed:
        retry_at = services.confirmation_failed(signature, temporary=is_temporary(error))
        if retry_at is None:
            logger.error("Confirmation email %s not sent: %s", signature.pk, error)
        else:
            logger.warning(
                "Confirmation email %s deferred to %s: %s", signature.pk, retry_at, error
            )
    return {"sent": len(sent), "failed": len(failed)}


@task()
def tally_signatures():
    return services.tally_signatures()


@task()
def delete_unconfirmed_signatures():
    return services.delete_unconfirmed()
