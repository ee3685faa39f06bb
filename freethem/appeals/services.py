"""What people and moderators do with appeals: sign, confirm, count, clean up, invalidate."""

from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from freethem.core import addresses, metrics, tokens
from freethem.core.limits import hash_ip, over_limit

from .models import Signature, Tally

CONFIRM_SALT = "freethem.appeals.confirm"

# What a later signature from the same address replaces while the first is unconfirmed.
PENDING_DETAILS = (
    "kind",
    "name",
    "affiliation",
    "city",
    "country",
    "website",
    "display",
    "wants_alerts",
    "language",
    "ip_hash",
    "suspect",
)


@dataclass
class SigningOutcome:
    signature: Signature
    created: bool


def sign_appeal(*, appeal, data, ip="", language="en"):
    """Record a signature and owe its confirmation email.

    The visitor learns nothing from the outcome: a new signature, an address that had already
    signed and a signature held as suspect all lead to the same page. Nothing is public until
    the owner of the address confirms and chooses how to appear; until then a later signature
    from the same address replaces the details, so nobody can decide how someone else appears
    by signing with their address first. A held signature is sent no email until a moderator
    clears it, and confirmation emails to one address, one domain or from one client are
    bounded per hour, so the form cannot be used to send mail to strangers.
    """
    email = data.get("email", "")
    domain = addresses.domain_of(email)
    ip_hash = hash_ip(ip)
    suspect = over_limit("ip", ip_hash, settings.FREETHEM_SIGN_LIMITS_IP)
    domain_hash = addresses.domain_hash(domain)
    if domain and not addresses.is_webmail(domain):
        suspect = over_limit("domain", domain_hash, settings.FREETHEM_SIGN_LIMITS_DOMAIN) or suspect
    email_hash = addresses.address_hash(email)

    fields = {
        "kind": data.get("kind", Signature.PERSON),
        "name": data["name"],
        "affiliation": data.get("affiliation", ""),
        "city": data.get("city", ""),
        "country": data["country"],
        "website": data.get("website", ""),
        "display": data.get("display") or Signature.FULL_NAME,
        "wants_alerts": bool(data.get("wants_alerts")),
        "language": language,
        "ip_hash": ip_hash,
        "suspect": suspect,
    }
    key = appeal.translation_key
    if email and addresses.rotating():
        # While data keys rotate, the address may be stored under an older key's hash.
        existing = _signature_by_email(key, email)
        if existing is not None:
            return _signed_again(existing, fields, domain, ip_hash)
    owed = bool(email) and not suspect and _may_email(email_hash, domain, ip_hash)
    allowed = owed if email and not suspect else None
    signature = Signature(
        appeal_key=key,
        email=email,
        email_hash=email_hash,
        domain_hash=domain_hash,
        confirmation_wanted_at=timezone.now() if owed else None,
        **fields,
    )
    try:
        # One insert, nothing read first: the unique address decides, even for a double click.
        _insert(signature)
        metrics.SIGNATURES.inc()
        return SigningOutcome(signature, True)
    except IntegrityError:
        # This address had signed (or the same form arrived twice at once).
        signature = _signature_by_email(key, email)
    if signature is None:  # erased in the meantime
        return sign_appeal(appeal=appeal, data=data, ip=ip, language=language)
    return _signed_again(signature, fields, domain, ip_hash, allowed=allowed)


def _insert(signature):
    """One `INSERT … RETURNING id` for a new signature.

    Signing is the site's hottest write: under a spike the ORM's save machinery (signals,
    per-field checks, a savepoint) cost a third of the time a signature takes, so the row goes
    in as one statement, each value prepared by its own field as the ORM would.
    """
    fields = [f for f in Signature._meta.concrete_fields if not f.primary_key]
    quote = connection.ops.quote_name
    sql = _INSERT_SQL.get(connection.vendor)
    if sql is None:
        sql = _INSERT_SQL[connection.vendor] = (
            f"INSERT INTO {quote(Signature._meta.db_table)} "  # noqa: S608  (names only)
            f"({', '.join(quote(f.column) for f in fields)}) "
            f"VALUES ({', '.join(['%s'] * len(fields))}) RETURNING {quote('id')}"
        )
    values = [f.get_db_prep_save(f.pre_save(signature, True), connection) for f in fields]
    # Inside a caller's transaction, a savepoint: a refused insert (the address had signed)
    # must not abort the rest of it. On its own, the statement is its own transaction.
    with transaction.atomic() if connection.in_atomic_block else nullcontext():
        with connection.cursor() as cursor:
            cursor.execute(sql, values)
            signature.pk = cursor.fetchone()[0]
    signature._state.adding = False
    return signature


_INSERT_SQL = {}


def _signed_again(signature, fields, domain, ip_hash, allowed=None):
    """An address signs again: an unconfirmed signature takes the new details."""
    if signature.status == Signature.PENDING:
        Signature.objects.filter(pk=signature.pk, status=Signature.PENDING).update(
            **{name: fields[name] for name in PENDING_DETAILS}
        )
        for name in PENDING_DETAILS:
            setattr(signature, name, fields[name])
        if not signature.suspect:
            request_confirmation(signature, domain=domain, ip_hash=ip_hash, allowed=allowed)
    return SigningOutcome(signature, False)


def _may_email(email_hash, domain, ip_hash):
    """Whether one more confirmation email fits the hourly bounds (and count it if so)."""
    limits = settings.FREETHEM_CONFIRMATION_EMAIL_LIMITS
    over = over_limit("mail-address", email_hash, limits["address"])
    if domain and not addresses.is_webmail(domain):
        over = over_limit("mail-domain", addresses.domain_hash(domain), limits["domain"]) or over
    over = over_limit("mail-client", ip_hash, limits["client"]) or over
    return not over


def _signature_by_email(appeal_key, email):
    hashes = addresses.address_hashes(email)
    if not hashes:
        return None
    return (
        Signature.objects.filter(appeal_key=appeal_key, email_hash__in=hashes)
        .exclude(email_hash="")
        .first()
    )


def resend_confirmation(*, appeal, email, ip=""):
    """Send the link again to an address that signed and has not confirmed; say nothing else."""
    signature = _signature_by_email(appeal.translation_key, email)
    if signature is not None and signature.status == Signature.PENDING and not signature.suspect:
        request_confirmation(signature, domain=addresses.domain_of(email), ip_hash=hash_ip(ip))


def request_confirmation(signature, *, domain="", ip_hash="", allowed=None):
    """Owe the signer their confirmation email again, unless one left moments ago or the
    hourly bounds are reached (`allowed`: what checking the bounds for this attempt gave)."""
    recent = timezone.now() - settings.FREETHEM_RESEND_INTERVAL
    owed = Signature.objects.filter(
        pk=signature.pk,
        status=Signature.PENDING,
        suspect=False,
        confirmation_wanted_at__isnull=True,
    ).filter(Q(confirmation_sent_at__isnull=True) | Q(confirmation_sent_at__lt=recent))
    if not owed.exists():
        return False
    if allowed is None:
        allowed = _may_email(signature.email_hash, domain, ip_hash)
    if not allowed:
        return False
    return bool(owed.update(confirmation_wanted_at=timezone.now(), confirmation_attempts=0))


def queue_confirmations(limit=None):
    """Hand the confirmation emails owed to the delivery engine (freethem.appeals.emails)."""
    from .emails import queue_confirmations

    return queue_confirmations(limit)


def confirmation_token(signature):
    return tokens.make(signature, CONFIRM_SALT)


def signature_for_token(token):
    """The signature a confirmation link names, or None if the link is forged or expired."""
    return tokens.find(Signature.objects.all(), token, CONFIRM_SALT)


# What the owner of an address may set when confirming: how they appear, and corrections.
CONFIRMABLE = ("name", "affiliation", "city", "country", "display")


def confirm_signature(signature, choices=None):
    """Confirm a signature as its owner sees it: with their corrections and choice of display.

    Only now does anything of it become public: the public fields are made from what the
    owner confirmed. Confirming twice changes nothing.
    """
    for name, value in (choices or {}).items():
        if name in CONFIRMABLE:
            setattr(signature, name, value)
    if signature.kind == Signature.ORGANIZATION:
        signature.display = Signature.FULL_NAME
    public = signature.public_fields()
    updated = Signature.objects.filter(pk=signature.pk, status=Signature.PENDING).update(
        status=Signature.CONFIRMED,
        confirmed_at=timezone.now(),
        confirmation_wanted_at=None,
        tally_due=True,
        **{name: getattr(signature, name) for name in CONFIRMABLE},
        **public,
    )
    signature.refresh_from_db()
    if updated:
        metrics.CONFIRMATIONS.inc()
    if updated and signature.wants_alerts and signature.email:
        # The address is now confirmed: the alerts the signer asked for need no second step.
        from freethem.alerts.services import subscribe_confirmed

        subscribe_confirmed(email=signature.email, language=signature.language)
    return bool(updated)


def disown_signature(signature):
    """The owner of the address did not sign: the signature and all it holds are deleted."""
    return Signature.objects.filter(pk=signature.pk, status=Signature.PENDING).delete()[0] > 0


def tally_signatures(batch_size=5000):
    """Bring every appeal's tally up to date with its signatures, a batch at a time.

    Whatever changes whether a signature counts (confirming, holding, invalidating, hiding a
    name) marks it `tally_due`; this takes those rows only, with one write per appeal rather
    than one per signature. A signature counts in the total once confirmed and not held, and
    in the counts by country only while its name is on the public list, so the counts never
    show a country whose signers all chose not to be listed.
    """
    changed = 0
    while True:
        with transaction.atomic():
            # Rows locked until the batch commits: an erasure waits and then sees them tallied.
            rows = list(
                Signature.objects.select_for_update()
                .filter(tally_due=True)
                .values_list(
                    "pk",
                    "appeal_key",
                    "country",
                    "status",
                    "suspect",
                    "display",
                    "hidden_by_moderator",
                    "tallied",
                )[:batch_size]
            )
            if not rows:
                break
            deltas, by_state = {}, {}
            for pk, key, country, status, suspect, display, hidden, tallied in rows:
                wanted = _tally_state(status, suspect, display, hidden)
                by_state.setdefault(wanted, []).append(pk)
                if wanted == tallied:
                    continue
                delta = deltas.setdefault(key, {"total": 0, "countries": Counter()})
                delta["total"] += (wanted > 0) - (tallied > 0)
                step = (wanted == Signature.IN_COUNTRY) - (tallied == Signature.IN_COUNTRY)
                if step:
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
            for state, pks in by_state.items():
                Signature.objects.filter(pk__in=pks).update(tallied=state, tally_due=False)
        # Published only once the batch is committed, so readers never see a rolled-back count.
        for tally in tallies:
            publish_tally(tally)
        changed += len(rows)
    return changed


def _tally_state(status, suspect, display, hidden_by_moderator):
    if status != Signature.CONFIRMED or suspect:
        return Signature.NOT_TALLIED
    if display == Signature.HIDDEN or hidden_by_moderator:
        return Signature.IN_TOTAL
    return Signature.IN_COUNTRY


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
        signatures = signatures.filter(domain_hash__in=addresses.domain_hashes(domain))
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
        status=Signature.INVALIDATED, confirmation_wanted_at=None, tally_due=True
    )


def clear_suspects(signatures):
    """A moderator vouches for held signatures: they count once confirmed, and those still
    waiting for confirmation are sent their email now."""
    held = signatures.filter(suspect=True)
    with transaction.atomic():
        waiting = list(
            held.filter(status=Signature.PENDING, email_hash__gt="").values_list("pk", flat=True)
        )
        cleared = held.update(suspect=False, tally_due=True)
        for start in range(0, len(waiting), 500):
            Signature.objects.filter(
                pk__in=waiting[start : start + 500], confirmation_wanted_at__isnull=True
            ).update(confirmation_wanted_at=timezone.now(), confirmation_attempts=0)
    return cleared


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
            if row["tallied"] == Signature.IN_COUNTRY:
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
                email_hash="",
                domain_hash="",
                ip_hash="",
                wants_alerts=False,
                confirmation_wanted_at=None,
            )
    return erased
