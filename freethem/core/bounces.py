"""Bounces and complaints: what mail systems say of an address after the site has written to it.

Rule: an address that cannot be reached, or whose reader reported the site's mail as spam, is
stopped; the apps that mail it learn it through `address_stopped` and decide what it means
for their rows (alerts: the subscriber is marked bounced, or unsubscribed after a complaint).

- a permanent refusal stops the address at once: a 5xx answer naming the recipient while
  sending (freethem.core.delivery), a delivery report (RFC 3464) whose Action is `failed` with
  a 5.x.x Status, a provider's "bounced" event;
- soft bounces are counted (a report `failed` with 4.x.x, a delivery that ran out of tries):
  the third within 30 days stops the address;
- a complaint (a feedback report, RFC 5965, or a provider's "complained" event) stops it too.

Each message's envelope sender, where reports come back to, names its recipient by a token
(VERP: `bounces+<token>@campaign.example`): the first 32 hex digits of the address's keyed
hash (freethem.core.addresses), so neither the token nor this table reveals an address. A
mailed report counts only through that token: one that merely names an address, which anyone
could write and mail to the bounce mailbox, decides nothing about anyone. Provider webhooks
name the address itself, and are signed (django-anymail checks the signature).

Confirming a subscription proves the address works and wanted: it lifts the stop (`lift`).
"""

import email
import email.policy
import logging
import re
from datetime import timedelta
from email.utils import getaddresses, parseaddr

from django.conf import settings
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone

from . import addresses
from .models import MailboxReport

logger = logging.getLogger(__name__)

HARD, SOFT, COMPLAINT = "hard", "soft", "complaint"
SOFT_LIMIT = 3
SOFT_WINDOW = timedelta(days=30)
TOKEN = re.compile(r"[0-9a-f]{32}")
# Where a report may carry the address it came back to, most trusted first.
ENVELOPE_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "To", "Return-Path")

# Sent inside the transaction that records the stop, with `tokens` (the address's tokens under
# every listed data key) and `reason` (MailboxReport.BOUNCED or COMPLAINED).
address_stopped = Signal()


def token(address):
    """The token of `address` in bounce addresses and reports (under the first data key)."""
    return addresses.address_hash(address)[:32]


def tokens(address):
    """Its tokens under every listed data key: what to look for while keys rotate."""
    return [value[:32] for value in addresses.address_hashes(address)]


def _bounce_base():
    configured = settings.FREETHEM_BOUNCE_ADDRESS or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    local, _, domain = configured.rpartition("@")
    return local, domain


def bounce_address(recipient):
    """The envelope sender of a message to `recipient`: the bounce mailbox, with its token."""
    local, domain = _bounce_base()
    if not recipient:
        return f"{local}@{domain}"
    return f"{local}+{token(recipient)}@{domain}"


def token_in(address):
    """The token a bounce address carries (`bounces+<token>@domain`), or None."""
    local, domain = (part.lower() for part in _bounce_base())
    got_local, _, got_domain = parseaddr(address)[1].lower().rpartition("@")
    if got_domain != domain or not got_local.startswith(local + "+"):
        return None
    value = got_local[len(local) + 1 :]
    return value if TOKEN.fullmatch(value) else None


def record(tokens_of_address, kind):
    """Count one report of `kind` for an address; stop it when it should be. Returns the
    reason it is now stopped for ("" while it is still mailed)."""
    first = tokens_of_address[0]
    now = timezone.now()
    with transaction.atomic():
        report = MailboxReport.objects.select_for_update().filter(token=first).first()
        if report is None:
            try:
                with transaction.atomic():
                    report = MailboxReport.objects.create(token=first)
            except IntegrityError:  # recorded at the same moment by another report
                report = MailboxReport.objects.select_for_update().get(token=first)
        before = report.stopped
        if kind == SOFT:
            if report.soft_since is None or report.soft_since < now - SOFT_WINDOW:
                report.soft_bounces, report.soft_since = 0, now
            report.soft_bounces += 1
            if report.soft_bounces >= SOFT_LIMIT and not report.stopped:
                report.stopped = MailboxReport.BOUNCED
        elif kind == HARD:
            report.stopped = report.stopped or MailboxReport.BOUNCED
        else:  # a complaint outweighs a bounce: the reader said no
            report.stopped = MailboxReport.COMPLAINED
        if report.stopped != before:
            report.stopped_at = now
        report.save()
        if report.stopped != before:
            address_stopped.send(
                sender=MailboxReport, tokens=tokens_of_address, reason=report.stopped
            )
    return report.stopped


def record_address(address, kind):
    """Count a report about `address` itself (a refusal while sending, a signed webhook)."""
    if address:
        return record(tokens(address), kind)
    return ""


def lift(address):
    """Forget what was reported of `address`: its owner has just proved it works."""
    MailboxReport.objects.filter(token__in=tokens(address)).delete()


def names_recipient(error):
    """Whether a permanent SMTP refusal is about the recipient's address (5.1.x: no such
    mailbox), rather than about the message or the sender (5.7.x: policy, content)."""
    import smtplib

    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return any(code >= 500 for code, _reply in error.recipients.values())
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500:
        reply = error.smtp_error
        if isinstance(reply, bytes):
            reply = reply.decode("ascii", "replace")
        return reply.lstrip().startswith("5.1.")
    return False


# Reports mailed back to the bounce address.


def _headers_of(part):
    """The headers of an original message enclosed in a report (whole, or headers only)."""
    if part.get_content_type() == "text/rfc822-headers":
        return email.message_from_string(part.get_content(), policy=email.policy.default)
    return part


def _find_token(message, recipient):
    candidates = [recipient] if recipient else []
    for part in message.walk():
        part = _headers_of(part)
        for header in ENVELOPE_HEADERS:
            for value in part.get_all(header, []):
                candidates += [address for _name, address in getaddresses([str(value)])]
    for candidate in candidates:
        found = token_in(candidate or "")
        if found:
            return found
    return None


def _status_kind(status):
    status = (status or "").strip()
    if status.startswith("5."):
        return HARD
    if status.startswith("4."):
        return SOFT
    return None


def report_kind(message):
    """What a mailed report says: HARD, SOFT, COMPLAINT, or None (not a report, or a delay)."""
    if message.get_content_type() != "multipart/report":
        return None
    report_type = (message.get_param("report-type") or "").lower()
    kinds = set()
    for part in message.walk():
        content_type = part.get_content_type()
        if report_type == "feedback-report" and content_type == "message/feedback-report":
            fields = part.get_payload()
            fields = fields[0] if isinstance(fields, list) and fields else part
            if str(fields.get("Feedback-Type", "abuse")).strip().lower() != "not-spam":
                kinds.add(COMPLAINT)
        elif report_type == "delivery-status" and content_type == "message/delivery-status":
            # The first block is about the message; each further one about one recipient.
            blocks = part.get_payload()
            for block in blocks[1:] if isinstance(blocks, list) else []:
                if str(block.get("Action", "")).strip().lower() == "failed":
                    kinds.add(_status_kind(str(block.get("Status", ""))))
    for kind in (COMPLAINT, HARD, SOFT):
        if kind in kinds:
            return kind
    return None


def read_report(data, recipient=None):
    """Read one message that came back to the bounce mailbox and act on it. `recipient`: the
    address it was delivered to, when the mail server says (a pipe's $ORIGINAL_RECIPIENT).
    Returns (kind, stopped reason), or None when it decides nothing."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    kind = report_kind(message)
    if kind is None:
        return None
    found = _find_token(message, recipient)
    if found is None:
        logger.info("A %s report without a token of ours: ignored", kind)
        return None
    return kind, record([found], kind)


# Signed events from a mail provider's webhook (django-anymail).


def on_provider_event(sender, event, esp_name, **kwargs):
    """A provider's tracking event: a bounce or complaint marks the address it names."""
    from anymail.signals import EventType

    kind = {EventType.BOUNCED: HARD, EventType.COMPLAINED: COMPLAINT}.get(event.event_type)
    if kind and event.recipient:
        record_address(event.recipient, kind)


def provider_view(provider):
    """The configured provider's tracking webhook view (django-anymail), or None."""
    if not provider or provider != settings.FREETHEM_MAIL_PROVIDER:
        return None
    from anymail.urls import urlpatterns

    for pattern in urlpatterns:
        if pattern.name == f"{provider}_tracking_webhook":
            return pattern.callback
    return None
