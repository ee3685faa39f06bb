"""What people and moderators do with appeals: sign, confirm, count, clean up, invalidate."""

import hashlib
import hmac
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.utils import timezone

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


def hash_ip(ip):
    """A keyed hash of the visitor's address: enough to spot a flood, useless to trace anyone."""
    if not ip:
        return ""
    key = hashlib.sha256(f"freethem-ip:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, ip.encode(), hashlib.sha256).hexdigest()


def _limits_cache():
    return caches["limits"]


def _over_limit(kind, value, rules):
    """Count one more attempt in each window; True when any window is over its limit."""
    if not value:
        return False
    cache = _limits_cache()
    now = int(timezone.now().timestamp())
    over = False
    for seconds, limit in rules:
        key = f"limit:{kind}:{seconds}:{now // seconds}:{value}"
        cache.add(key, 0, seconds * 2)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, seconds * 2)
            count = 1
        over = over or count > limit
    return over


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
    suspect = _over_limit("ip", ip_hash, settings.FREETHEM_SIGN_LIMITS_IP)
    if domain not in UNLIMITED_DOMAINS:
        suspect = _over_limit("domain", domain, settings.FREETHEM_SIGN_LIMITS_DOMAIN) or suspect

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
    existing = Signature.objects.filter(appeal_key=appeal.translation_key, email_key=email_key)
    signature = existing.first()
    created = False
    if signature is None:
        try:
            with transaction.atomic():
                signature = Signature.objects.create(
                    appeal_key=appeal.translation_key, email_key=email_key, **fields
                )
                created = True
        except IntegrityError:
            # The same address arrived twice at once (a double click): keep the first.
            signature = existing.get()
    if signature.status == Signature.PENDING:
        send_confirmation(signature)
    return SigningOutcome(signature, created)


def resend_confirmation(*, appeal, email):
    """Send the link again to an address that signed and has not confirmed; say nothing else."""
    signature = Signature.objects.filter(
        appeal_key=appeal.translation_key,
        email_key=normalise_email(email),
        status=Signature.PENDING,
    ).first()
    if signature is not None:
        send_confirmation(signature)


def send_confirmation(signature):
    """Queue the confirmation email, unless one left moments ago (no mail bombing)."""
    from .tasks import send_signature_confirmation

    recent = timezone.now() - settings.FREETHEM_RESEND_INTERVAL
    if signature.confirmation_sent_at and signature.confirmation_sent_at > recent:
        return

    transaction.on_commit(lambda: send_signature_confirmation.enqueue(signature.pk))


def confirmation_token(signature):
    return signing.dumps([signature.pk, signature.token.hex], salt=CONFIRM_SALT, compress=True)


def signature_for_token(token):
    """The signature a confirmation link names, or None if the link is forged or expired."""
    try:
        pk, nonce = signing.loads(
            token, salt=CONFIRM_SALT, max_age=settings.FREETHEM_CONFIRM_MAX_AGE
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    signature = Signature.objects.filter(pk=pk).first()
    if signature is None or signature.token.hex != nonce:
        return None
    return signature


def confirm_signature(signature):
    """Mark a signature confirmed; confirming twice changes nothing."""
    updated = Signature.objects.filter(pk=signature.pk, status=Signature.PENDING).update(
        status=Signature.CONFIRMED, confirmed_at=timezone.now()
    )
    signature.refresh_from_db()
    return bool(updated)


def tally_signatures(batch_size=5000):
    """Bring every appeal's tally up to date with its signatures, a batch at a time.

    Newly counted signatures are added and those no longer counted (invalidated, held) are
    taken off, with one write per appeal rather than one per signature.
    """
    changed = 0
    while True:
        with transaction.atomic():
            to_add = list(
                Signature.objects.counted()
                .filter(tallied=False)
                .values_list("pk", "appeal_key", "country")[:batch_size]
            )
            to_remove = list(
                Signature.objects.filter(tallied=True)
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
    return flood_signatures(**criteria).update(status=Signature.INVALIDATED)


def clear_suspects(signatures):
    """A moderator vouches for held signatures: they count once confirmed."""
    return signatures.filter(suspect=True).update(suspect=False)
