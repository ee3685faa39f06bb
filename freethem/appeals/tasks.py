"""Background work for appeals: confirmation emails, the tally, forgetting the unconfirmed."""

import logging
import smtplib
import socket
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import default_task_backend, task

from . import services
from .models import AppealPage, Signature

logger = logging.getLogger(__name__)

RETRY_DELAYS = [60, 300, 1800, 7200]  # seconds before each new attempt


def _temporary(error):
    """Failures worth another try: the server is down, busy, or says try later (4xx)."""
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(
        error, (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, socket.error)
    )


def confirmation_message(signature, appeal):
    with translation.override(signature.language):
        path = reverse("appeal_confirm", args=[appeal.pk, services.confirmation_token(signature)])
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
        context = {"signature": signature, "appeal": appeal, "confirm_url": url}
        subject = render_to_string("appeals/emails/confirm_subject.txt", context).strip()
        text = render_to_string("appeals/emails/confirm.txt", context)
        html = render_to_string("appeals/emails/confirm.html", context)
    message = EmailMultiAlternatives(subject, text, to=[signature.email])
    message.attach_alternative(html, "text/html")
    return message


@task()
def send_signature_confirmation(signature_id, attempt=0):
    """Email the signer the link that confirms their signature, retried on temporary failure."""
    signature = Signature.objects.filter(pk=signature_id, status=Signature.PENDING).first()
    if signature is None or not signature.email:
        return "nothing to send"
    appeal = (
        AppealPage.objects.live()
        .filter(translation_key=signature.appeal_key, locale__language_code=signature.language)
        .first()
        or AppealPage.objects.live().filter(translation_key=signature.appeal_key).first()
    )
    if appeal is None:
        return "appeal gone"
    try:
        confirmation_message(signature, appeal).send()
    except Exception as error:
        if not _temporary(error) or attempt >= len(RETRY_DELAYS):
            raise
        logger.warning("Confirmation email %s deferred: %s", signature_id, error)
        retry = send_signature_confirmation
        if default_task_backend.supports_defer:
            retry = retry.using(run_after=timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt]))
        transaction.on_commit(lambda: retry.enqueue(signature_id, attempt=attempt + 1))
        return "deferred"
    Signature.objects.filter(pk=signature_id).update(confirmation_sent_at=timezone.now())
    return "sent"


@task()
def tally_signatures():
    return services.tally_signatures()


@task()
def delete_unconfirmed_signatures():
    return services.delete_unconfirmed()
