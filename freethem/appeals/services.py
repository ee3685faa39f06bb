"""What people and moderators do with appeals: sign, confirm, count, clean up, invalidate."""

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from freethem.core import tokens
from freethem.core.limits import hash_ip, over_limit

from .models import Signature, Tally

CONFIRM_SALT = "freethem.appeals.confirm"

# Providers that ignore dots in the local part, and those that deliver "name+tag@" to "name@".
DOTS_IGNORED = {"gmail.com", "googlemail.com"}
PLUS_TAGS = {
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "protonmail.com",
    "proton.me",
    "pm.me",
    "fastmail.com",
    "yandex.com",
    "yandex.ru",
}
DOMAIN_ALIASES = {"googlemail.com": "gmail.com", "pm.me": "proton.me"}
# Webmail giants: a per-domain limit would throttle half the world.
UNLIMITED_DOMAINS = PLUS_TAGS | {"yahoo.com", "aol.com", "gmx.de", "gmx.net", "mail.ru"}


def normalise_email(email):
    """The address as its provider reads it, so that one person makes one signature."""
    local, _, domain = email.strip().lower().rpartition("@")
    domain = DOMAIN_ALIASES.get(domain, domain)
    if domain in PLUS_TAGS:
        local = local.split("+", 1)[0]
    if domain in DOTS_IGNORED:
        local = local.replace(".", "")
    return f"{local}@{domain}"


@dataclass
class SigningOutcome:
    signature: Signature
    created: bool


def sign_appeal(*, appeal, data, ip="", language="en"):
    """Record a signature and send its confirmation email.

    The visitor learns nothing from the outcome: a new signature, an address that had already
    signed (its confirmation is sent again) and a signature held as suspect all lead to the
    same page.
    """
    email = data.get("email", "")
    email_key = normalise_email(email) if email else ""
    domain = email_key.rpartition("@")[2]
    ip_hash = hash_ip(ip)
    suspect = over_limit("ip", ip_hash, settings.FREETHEM_SIGN_LIMITS_IP)
    if domain not in UNLIMITED_DOMAINS:
        suspect = over_limit("domain", domain, settings.FREETHEM_SIGN_LIMITS_DOMAIN) or suspect

    fields = {
        "kind": data.get("kind", Signature.PERSON),
        "name": data["name"],
        "affiliation": data.get("affiliation", ""),
        "city": data.get("city", ""),
        "country": data["country"],
        "website": data.get("website", ""),
        "email": email,
        "email_domain": domain,
        "display": data.get("display", Signature.FULL_NAME),
        "wants_alerts": bool(data.get("wants_alerts")),
        "language": language,
        "ip_hash": ip_hash,
        "suspect": suspect,
    }
    key = appeal.translation_key
    try:
        # One insert, nothing read first: the unique address decides, even for a double click.
        with transaction.atomic():
            signature = Signature.objects.create(
                appeal_key=key,
                email_key=email_key,
                confirmation_wanted_at=timezone.now() if email else None,
                **fields,
            )
        return SigningOutcome(signature, True)
    except IntegrityError:
        # This address had signed (or the same form arrived twice at once): keep the first.
        signature = _signature_by_email(key, email_key)
    if signature.status == Signature.PENDING:
        request_confirmation(signature)
    return SigningOutcome(signature, False)


def _signature_by_email(appeal_key, email_key):
    # Spelled as the unique index's condition, so every database looks it up through it.
    return (
        Signature.objects.filter(appeal_key=appeal_key, email_key=email_key)
        .exclude(email_key="")
        .first()
    )


def resend_confirmation(*, appeal, email):
    """Send the link again to an address that signed and has not confirmed; say nothing else."""
    signature = _signature_by_email(appeal.translation_key, normalise_email(email))
    if signature is not None and signature.status == Signature.PENDING:
        request_confirmation(signature)


def request_confirmation(signature):
    """Owe the signer their confirmation email again, unless one left moments ago."""
    recent = timezone.now() - settings.FREETHEM_RESEND_INTERVAL
    Signature.objects.filter(
        pk=signature.pk, status=Signature.PENDING, confirmation_wanted_at__isnull=True
    ).filter(Q(confirmation_sent_at__isnull=True) | Q(confirmation_sent_at__lt=recent)).update(
        confirmation_wanted_at=timezone.now(), confirmation_attempts=0
    )


def queue_confirmations(batch_size=500, per_task=50, limit=None):
    """Hand the confirmation emails owed to the task queue; the appeals' clock calls this.

    Each signature owing one is given a lease along with its task (one task per few dozen
    emails, sent over one SMTP connection). The task claims the lease before sending, and an
    email stays owed until it has gone: a task lost with a crashed worker is queued again once
    its lease runs out, and a stale copy finds its lease gone and sends nothing.
    """
    from .tasks import send_signature_confirmations

    queued = 0
    if limit is None:
        limit = settings.FREETHEM_CONFIRMATIONS_PER_ROUND
    while queued < limit:
        with transaction.atomic():
            now = timezone.now()
            lease = now + settings.FREETHEM_CONFIRMATION_LEASE
            pks = list(
                Signature.objects.select_for_update(skip_locked=True)
                .filter(confirmation_wanted_at__lte=now, status=Signature.PENDING)
                .order_by("confirmation_wanted_at")
                .values_list("pk", flat=True)[: min(batch_size, limit - queued)]
            )
            if not pks:
                return queued
            Signature.objects.filter(pk__in=pks).update(confirmation_wanted_at=lease)
            for start in range(0, len(pks), per_task):
                send_signature_confirmations.enqueue(
                    pks[start : start + per_task], lease.isoformat()
                )
        queued += len(pks)
    return queued


def claim_confirmations(signature_ids, lease):
    """Take the lease a task was queued with: the signatures still owed an email under it."""
    running = timezone.now() + settings.FREETHEM_CONFIRMATION_LEASE
    owed = Signature.objects.filter(
        pk__in=signature_ids, status=Signature.PENDING, confirmation_wanted_at=lease
    )
    with transaction.atomic():
        claimed = list(owed.select_for_update().values_list("pk", flat=True))
        Signature.objects.filter(pk__in=claimed).update(confirmation_wanted_at=running)
    return list(Signature.objects.filter(pk__in=claimed).order_by("pk"))


def confirmations_sent(signatures):
    Signature.objects.filter(
        pk__in=[s.pk for s in signatures],
        confirmation_wanted_at__in={s.confirmation_wanted_at for s in signatures},
    ).update(
        confirmation_wanted_at=None, confirmation_sent_at=timezone.now(), confirmation_attempts=0
    )


def confirmation_failed(signature, *, temporary):
    """Try again later after a temporary failure, up to a limit; give up on a permanent one."""
    attempts = signature.confirmation_attempts + 1
    delays = settings.FREETHEM_CONFIRMATION_RETRY_DELAYS
    retry_at = None
    if temporary and attempts <= len(delays):
        retry_at = timezone.now() + timedelta(seconds=delays[attempts - 1])
    Signature.objects.filter(
        pk=signature.pk, confirmation_wanted_at=signature.confirmation_wanted_at
    ).update(confirmation_wanted_at=retry_at, confirmation_attempts=attempts)
    return retry_at


def confirmation_token(signature):
    return tokens.make(signature, CONFIRM_SALT)


def signature_for_token(token):
    """The signature a confirmation link names, or None if the link is forged or expired."""
    return tokens.find(Signature.objects.all(), token, CONFIRM_SALT)


def confirm_signature(signature):
    """Mark a signature confirmed; confirming twice changes nothing."""
    updated = Signature.objects.filter(pk=signature.pk, status=Signature.PENDING).update(
        status=Signature.CONFIRMED, confirmed_at=timezone.now(), confirmation_wanted_at=None
    )
    signature.refresh_from_db()
    if updated and signature.wants_alerts and signature.email:
        # The address is now confirmed: the alerts the signer asked for need no second step.
        from freethem.alerts.services import subscribe_confirmed

        subscribe_confirmed(email=signature.email, language=signature.language)
    return bool(updated)


def tally_signatures(batch_size=5000):
    """Bring every appeal's tally up to date with its signatures, a batch at a time.

    Newly counted signatures are added and those no longer counted (invalidated, held) are
    taken off, with one write per appeal rather than one per signature.
    """
    changed = 0
    while True:
        with transaction.atomic():
            # Rows locked until the batch commits: an erasure waits and then sees them tallied.
            to_add = list(
                Signature.objects.counted()
                .select_for_update()
                .filter(tallied=False)
                .values_list("pk", "appeal_key", "country")[:batch_size]
            )
            to_remove = list(
                Signature.objects.select_for_update()
                .filter(tallied=True)
                .exclude(status=Signature.CONFIRMED, suspect=False)
                .values_list("pk", "appeal_key", "country")[:batch_size]
            )
            if not to_add and not to_remove:
                break
            deltas = {}
            for rows, step in ((to_add, 1), (to_remove, -1)):
                for _pk, key, country in rows:
                    delta = deltas.setdefault(key, {"total": 0, "countries": Counter()})
                    delta["total"] += step
                    delta["countries"][str(country)] += step
            tallies = []
            for key, delta in deltas.items():
                tally, _created = Tally.objects.select_for_update().get_or_create(appeal_key=key)
                tally.total = max(tally.total + delta["total"], 0)
                merged = Counter(tally.by_country)
                merged.update(delta["countries"])
                tally.by_country = {code: n for code, n in merged.items() if n > 0}
                tally.save()
                tallies.append(tally)
            Signature.objects.filter(pk__in=[r[0] for r in to_add]).update(tallied=True)
            Signature.objects.filter(pk__in=[r[0] for r in to_remove]).update(tallied=False)
        # Published only once the batch is committed, so readers never see a rolled-back count.
        for tally in tallies:
            publish_tally(tally)
        changed += len(to_add) + len(to_remove)
    return changed


def _tally_key(appeal_key):
    return f"tally:{appeal_key}"


def publish_tally(tally):
    """Put the tally where every worker reads it without a query."""
    caches["shared"].set(
        _tally_key(tally.appeal_key),
        {"total": tally.total, "by_country": tally.by_country},
        settings.FREETHEM_TALLY_LIFETIME,
    )


def read_tally(appeal_key):
    """The appeal's counts as the tally job last published them."""
    value = caches["shared"].get(_tally_key(appeal_key))
    if value is None:
        # The job has not run lately: read the table (and keep it a short while).
        tally = Tally.objects.filter(appeal_key=appeal_key).first() or Tally(appeal_key=appeal_key)
        publish_tally(tally)
        value = {"total": tally.total, "by_country": tally.by_country}
    return value


def delete_unconfirmed(older_than=None):
    """Forget signatures never confirmed, with their addresses and hashed IPs."""
    cutoff = timezone.now() - (older_than or settings.FREETHEM_UNCONFIRMED_LIFETIME)
    deleted, _ = Signature.objects.filter(
        status=Signature.PENDING, source=Signature.ONLINE, created_at__lt=cutoff
    ).delete()
    return deleted


def flood_signatures(*, appeal_key, domain="", ip_hash="", since=None, until=None):
    """The signatures of an appeal that match a flood's traces, not yet invalidated."""
    if not (domain or ip_hash or since or until):
        raise ValueError("Give a domain, a hashed address or a time range.")
    signatures = Signature.objects.filter(appeal_key=appeal_key).exclude(
        status=Signature.INVALIDATED
    )
    if domain:
        signatures = signatures.filter(email_domain=domain.lower())
    if ip_hash:
        signatures = signatures.filter(ip_hash=ip_hash)
    if since:
        signatures = signatures.filter(created_at__gte=since)
    if until:
        signatures = signatures.filter(created_at__lt=until)
    return signatures


def invalidate_signatures(**criteria):
    """Invalidate, in bulk, the signatures of a flood; the counts follow at the next tally."""
    return flood_signatures(**criteria).update(
        status=Signature.INVALIDATED, confirmation_wanted_at=None
    )


def clear_suspects(signatures):
    """A moderator vouches for held signatures: they count once confirmed."""
    return signatures.filter(suspect=True).update(suspect=False)


def erase_signature(signature):
    """Erase one signer's data on request: the row goes, and its appeal's count with it."""
    with transaction.atomic():
        row = (
            Signature.objects.select_for_update()
            .filter(pk=signature.pk)
            .values("tallied", "appeal_key", "country")
            .first()
        )
        if row is None:
            return False
        tally = None
        if row["tallied"]:
            tally = Tally.objects.select_for_update().filter(appeal_key=row["appeal_key"]).first()
        if tally is not None:
            tally.total = max(tally.total - 1, 0)
            by_country = Counter(tally.by_country)
            by_country[str(row["country"])] -= 1
            tally.by_country = {code: n for code, n in by_country.items() if n > 0}
            tally.save()
        Signature.objects.filter(pk=signature.pk).delete()
    if tally is not None:
        publish_tally(tally)
    return True


def anonymise_closed_appeals(now=None):
    """Erase emails and hashed addresses of appeals closed longer than editors chose to keep them.

    Names, countries and counts stay as signers chose; signatures never confirmed go entirely.
    An appeal counts as closed when every one of its language versions is.
    """
    from .models import AppealPage

    now = now or timezone.now()
    erased = 0
    pages = AppealPage.objects.filter(retention_days__isnull=False)
    by_key = {}
    for page in pages.only("translation_key", "is_open", "closed_at", "retention_days"):
        by_key.setdefault(page.translation_key, []).append(page)
    for key, versions in by_key.items():
        if any(page.is_open or page.closed_at is None for page in versions):
            continue
        closed_at = max(page.closed_at for page in versions)
        days = min(page.retention_days for page in versions)
        if closed_at + timedelta(days=days) > now:
            continue
        signatures = Signature.objects.filter(appeal_key=key)
        with transaction.atomic():
            erased += signatures.filter(status=Signature.PENDING).delete()[0]
            erased += signatures.exclude(email="", ip_hash="").update(
                email="",
                email_key="",
                email_domain="",
                ip_hash="",
                wants_alerts=False,
                confirmation_wanted_at=None,
            )
    return erased
