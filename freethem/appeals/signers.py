"""The public list of signers: notable signers first, then newest first, a page at a time.

Rule: the list and its search show and find only what each signer chose to make public
(`public_name`, and affiliation and city when they chose to show them); a signer shown by
initials is found by those initials, one not shown is never found.

Pages follow a cursor (the last signature's confirmation time and id) rather than an offset,
so page 500 of a million signatures costs what page 1 does. The cursor is opaque and sealed
(core/cursors.py): it tells nobody when anyone confirmed, and a forged one is refused.
"""

import re
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.template.response import TemplateResponse
from django_countries import countries

from freethem.core import cursors
from freethem.core.cache import reads_parameters
from freethem.core.collation import countries_in_order, sort_key

from .models import Signature
from .services import read_tally

CURSOR = "signers"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _cursor(value):
    numbers = cursors.read(CURSOR, value, 2)
    if numbers is None:
        return None
    micros, pk = numbers
    try:
        return EPOCH + timedelta(microseconds=micros), pk
    except OverflowError:
        return None


def _encode(signature):
    delta = signature.confirmed_at - EPOCH
    micros = (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds
    return cursors.make(CURSOR, micros, signature.pk)


def search_names(signers, query):
    """Signers whose public name has the words asked for (indexes: migration 0006)."""
    if connection.vendor == "sqlite":
        words = re.findall(r"\w+", query)
        if not words:
            return signers.none()
        # Each word as a quoted prefix: nothing the visitor types is read as FTS syntax.
        match = " ".join(f'"{word}"*' for word in words[:8])
        names = (
            "SELECT rowid FROM appeals_signature_public_names "
            "WHERE appeals_signature_public_names MATCH %s"
        )
        # Constant SQL; what the visitor typed goes in as a bound value.
        return signers.filter(pk__in=RawSQL(names, [match]))  # noqa: S611
    pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    folded = "freethem_fold(public_name) LIKE freethem_fold(%s)"
    return signers.filter(RawSQL(folded, [pattern], output_field=BooleanField()))  # noqa: S611


@reads_parameters("country", "after", typed=["q"])
def signers_page(request, appeal):
    per_page = settings.FREETHEM_SIGNERS_PER_PAGE
    query = " ".join(request.GET.get("q", "").split())[:100]
    country = request.GET.get("country", "").upper()
    if country not in countries:
        country = ""
    cursor = _cursor(request.GET.get("after", ""))

    signers = Signature.objects.shown().filter(appeal_key=appeal.translation_key)
    if query:
        signers = search_names(signers, query)
    if country:
        signers = signers.filter(country=country)
    fields = [
        "pk",
        "public_name",
        "public_affiliation",
        "public_city",
        "country",
        "display",
        "kind",
        "confirmed_at",
    ]
    notable = []
    if cursor is None and not query:
        notable = list(
            signers.filter(notable=True)
            .order_by("public_name")
            .only(*fields, "notable_description")[:200]
        )
    if cursor is not None:
        stamp, pk = cursor
        # The plain range first, so that databases seek the index to the cursor, not scan to it.
        signers = signers.filter(confirmed_at__lte=stamp).filter(
            Q(confirmed_at__lt=stamp) | Q(pk__lt=pk)
        )
    if notable:
        signers = signers.filter(notable=False)
    rows = list(signers.order_by("-confirmed_at", "-pk").only(*fields)[: per_page + 1])
    following = None
    if len(rows) > per_page:
        rows = rows[:per_page]
        following = _encode(rows[-1])
    tally = read_tally(appeal.translation_key)
    by_country = sorted(
        ((countries.name(code), n) for code, n in tally["by_country"].items() if code),
        key=lambda item: (-item[1], sort_key(item[0])),
    )
    # Served through AppealPage.serve, which also sets how long the page may be cached.
    return TemplateResponse(
        request,
        "appeals/signers.html",
        {
            "page": appeal,
            "self": appeal,
            "notable": notable,
            "signers": rows,
            "next_cursor": following,
            "query": query,
            "country": country,
            "countries": countries_in_order(),
            "tally": tally,
            "by_country": by_country,
        },
    )
