"""Signatures on paper: the printable sheet, and entering collected sheets from a CSV file."""

import csv
import hashlib
import io
import os
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import iri_to_uri, uri_to_iri
from django.utils.html import format_html
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_countries import countries

from freethem.core import addresses
from freethem.core.cache import remember
from freethem.core.names import clean_line
from freethem.core.printing import pdf_bytes, qr_svg
from freethem.core.site_address import page_url

from .models import AppealPage, PaperBatch, Signature

SHEET_TEMPLATE = "appeals/paper/sheet.html"
SHEET_ROWS = 15

# ---------------------------------------------------------------------------------------------
# The printable sheet


def _sheet_appeal(appeal_id):
    page = AppealPage.objects.live().public().filter(pk=appeal_id).first()
    # A closed appeal takes no more signatures, on paper or online.
    if page is None or not page.is_open:
        raise Http404
    return page


def sheet_html(page, url, language):
    """The sheet as HTML, in `language`: what WeasyPrint prints, and what tests read."""
    with translation.override(language):
        return render_to_string(
            SHEET_TEMPLATE,
            {
                "page": page,
                # Scanners read plain ASCII best; people read the address as it is written.
                "qr_svg": qr_svg(iri_to_uri(url)),
                "address": uri_to_iri(url),
                "rows": range(1, SHEET_ROWS + 1),
                # Lines to write on, placed by the translated sentence wherever its grammar
                # puts them.
                "blank_place": format_html('<span class="blank {}"></span>', "place"),
                "blank_date": format_html('<span class="blank {}"></span>', "date"),
                "blank_person": format_html('<span class="blank {}"></span>', "person"),
            },
        )


def sheet_pdf_bytes(page, url, language):
    return pdf_bytes(sheet_html(page, url, language))


def sheet_pdf(request, appeal_id):
    """A signature sheet to print, in the appeal's language, with a QR code to sign online."""
    page = _sheet_appeal(appeal_id)
    language = translation.get_language()
    if page.locale.language_code != language:
        # The address names another language's page: send to this language's sheet if there is one.
        localized = page.localized
        translated = AppealPage.objects.live().public().filter(pk=localized.pk).exists()
        if localized.pk != page.pk and translated:
            return HttpResponseRedirect(reverse("appeal_sheet", args=[localized.pk]))
        language = page.locale.language_code

    url = page_url(page)
    published = page.last_published_at.isoformat() if page.last_published_at else ""
    address = hashlib.sha256(url.encode()).hexdigest()[:16]
    # WeasyPrint takes a second or more; the sheet changes only when the page is published.
    pdf = remember(
        f"appeal-sheet:{page.pk}:{language}:{published}:{address}",
        lambda: sheet_pdf_bytes(page, url, language),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=f"{page.slug}-{language}.pdf"
    )
    return response


# ---------------------------------------------------------------------------------------------
# Entering collected sheets

DEFAULT_MAX_ROWS = 20_000
REQUIRED_COLUMNS = ("name", "country", "show_name")
COLUMNS = ("name", "affiliation", "city", "country", "email", "show_name")
# What volunteers type for the sheet's "show my name" box, in the site's languages too. Left
# empty, the name is not shown: on paper, only a ticked box is consent to publish a name.
NO = {"no", "n", "0", "false", "non", "نه", "خیر", ""}
YES = {"yes", "y", "1", "true", "sí", "si", "s", "oui", "o", "بله", "آری", "آره"}
CHUNK = 1000

_email_validator = EmailValidator()


def max_rows():
    return getattr(settings, "FREETHEM_PAPER_MAX_ROWS", DEFAULT_MAX_ROWS)


class FileRejected(Exception):
    """The file as a whole cannot be read: nothing from it is entered."""


@dataclass
class _Row:
    number: int
    fields: dict


def _column_name(header):
    return "_".join((header or "").strip().lower().replace("-", " ").split())


def _decode(raw):
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise FileRejected(
            _(
                "The file is not in UTF-8, so nothing was entered (the first character that "
                "cannot be read is on line %(line)s). Save it again as “CSV UTF-8” and upload "
                "it again."
            )
            % {"line": line}
        ) from error


def _pick_delimiter(first_line):
    """Comma, or the semicolon or tab that spreadsheets save in some languages."""

    def known(delimiter):
        header = next(csv.reader([first_line], delimiter=delimiter), [])
        return len({_column_name(h) for h in header} & set(COLUMNS))

    return max((",", ";", "\t"), key=known)


def _records(text):
    """The header's column names, and each non-blank record with its spreadsheet row number."""
    first_line = text.split("\n", 1)[0].rstrip("\r")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_pick_delimiter(first_line))
    header = None
    try:
        for number, values in enumerate(reader, start=1):
            if header is None:
                header = [_column_name(h) for h in values]
                yield header, None
                continue
            if any(v.strip() for v in values):
                yield number, values
    except csv.Error as error:
        raise FileRejected(
            _(
                "The file could not be read as CSV, so nothing was entered "
                "(line %(line)s: %(error)s)."
            )
            % {"line": reader.line_num, "error": error}
        ) from error
    if header is None:
        raise FileRejected(_("The file is empty: it needs a header row and one row per signer."))


# Names people write that are not the ISO names django-countries knows.
COUNTRY_ALIASES = {
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "united states": "US",
    "holland": "NL",
    "ivory coast": "CI",
}


class _Countries:
    """Country codes for the values people type, each value looked up once."""

    def __init__(self, language):
        self.languages = ["en"] if language == "en" else ["en", language]
        self.known = {}

    def code(self, value):
        key = value.strip().casefold()
        if key not in self.known:
            name = key.removeprefix("the ")
            code = countries.alpha2(key) if len(key) <= 3 else ""
            code = code or COUNTRY_ALIASES.get(name, "")
            for language in self.languages:
                code = code or countries.by_name(name, language=language)
            self.known[key] = code
        return self.known[key]


def _check_row(values, columns, country_codes):
    """The row's signature fields, or the reason it cannot be entered."""
    data = {
        column: values[i] if i < len(values) else ""
        for column, i in columns.items()
        if column in COLUMNS
    }
    name = clean_line(data.get("name", ""))
    affiliation = clean_line(data.get("affiliation", ""))
    city = clean_line(data.get("city", ""))
    country_text = clean_line(data.get("country", ""))
    email = data.get("email", "").strip()
    show_name = data.get("show_name", "").strip().lower()

    if not name:
        return None, _("The name is missing.")
    if len(name) > 200:
        return None, _("The name is longer than %(limit)s characters.") % {"limit": 200}
    if len(affiliation) > 200:
        return None, (
            _("The title or affiliation is longer than %(limit)s characters.") % {"limit": 200}
        )
    if len(city) > 100:
        return None, _("The city is longer than %(limit)s characters.") % {"limit": 100}
    if not country_text:
        return None, _("The country is missing.")
    country = country_codes.code(country_text)
    if not country:
        return None, _(
            "“%(country)s” is not a country we know: use its English name or its two-letter code."
        ) % {"country": country_text[:60]}
    if show_name not in YES | NO:
        return None, _("“%(value)s” in show_name: write yes or no.") % {"value": show_name[:20]}
    email_hash = ""
    if email:
        try:
            if len(email) > 254:
                raise ValidationError("too long")
            _email_validator(email)
        except ValidationError:
            # The report keeps no one's address: the row number is enough to find it.
            return None, _("The email address is not valid.")
        email_hash = addresses.address_hash(email)
    return {
        "name": name,
        "affiliation": affiliation,
        "city": city,
        "country": country,
        "email": email,
        "email_hash": email_hash,
        "domain_hash": addresses.domain_hash(addresses.domain_of(email)),
        "display": Signature.HIDDEN if show_name in NO else Signature.FULL_NAME,
    }, None


def _already_signed(appeal_key, email_hashes):
    signed = set()
    hashes = sorted(email_hashes)
    for start in range(0, len(hashes), 500):
        signed.update(
            Signature.objects.filter(
                appeal_key=appeal_key, email_hash__in=hashes[start : start + 500]
            ).values_list("email_hash", flat=True)
        )
    return signed


def _read(text, *, appeal, limit):
    """Accepted rows and the report on the others; FileRejected if the file cannot be used."""
    records = _records(text)
    header, _none = next(records)
    columns = {}
    for i, column in enumerate(header):
        columns.setdefault(column, i)
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        rows = sum(1 for _record in records)
        raise FileRejected(
            ngettext(
                "A column is missing: %(missing)s. The first row must name the columns: "
                "%(expected)s.",
                "Columns are missing: %(missing)s. The first row must name the columns: "
                "%(expected)s.",
                len(missing),
            )
            % {"missing": ", ".join(missing), "expected": ", ".join(COLUMNS)},
            rows,
        )

    country_codes = _Countries(appeal.locale.language_code)
    accepted, report = [], []
    first_email_row = {}
    over, first_over = 0, None
    for number, values in records:
        if len(accepted) + len(report) >= limit:
            over += 1
            first_over = first_over or number
            last_over = number
            continue
        fields, reason = _check_row(values, columns, country_codes)
        if reason is None and fields["email_hash"]:
            seen = first_email_row.setdefault(fields["email_hash"], number)
            if seen != number:
                reason = _("The same email address is on row %(row)s.") % {"row": seen}
        if reason:
            report.append({"row": number, "reason": reason})
        else:
            accepted.append(_Row(number, fields))
    if not accepted and not report and not over:
        raise FileRejected(_("The file has a header row but no signatures."), 0)
    if over:
        report.append(
            {
                "row": first_over,
                "last_row": last_over,
                "reason": _(
                    "Too many rows: a file takes at most %(limit)s signatures, so rows "
                    "%(first)s to %(last)s (%(count)s rows) were not entered. Upload them in "
                    "another file."
                )
                % {"limit": limit, "first": first_over, "last": last_over, "count": over},
            }
        )
    return accepted, report, over


def _store(*, appeal, accepted, report, over, batch_fields):
    """Save the batch and its signatures in one transaction; duplicates of signatures already
    there are looked up inside it, so that they join the report rather than break the import."""
    with transaction.atomic():
        signed = _already_signed(
            appeal.translation_key,
            {r.fields["email_hash"] for r in accepted if r.fields["email_hash"]},
        )
        rows = []
        report = list(report)
        for row in accepted:
            if row.fields["email_hash"] in signed:
                report.append(
                    {"row": row.number, "reason": _("This email address has already signed.")}
                )
            else:
                rows.append(row)
        report.sort(key=lambda entry: entry["row"])
        batch = PaperBatch.objects.create(
            accepted=len(rows),
            # The rows over the limit share one entry in the report, and each counts.
            rejected=len(report) - (1 if over else 0) + over,
            report=report,
            **batch_fields,
        )
        now = timezone.now()
        common = {
            "appeal_key": appeal.translation_key,
            "kind": Signature.PERSON,
            "language": appeal.locale.language_code,
            "source": Signature.PAPER,
            "status": Signature.CONFIRMED,
            "confirmed_at": now,
            "paper_batch": batch,
            "tally_due": True,
        }
        for start in range(0, len(rows), CHUNK):
            signatures = [Signature(**common, **row.fields) for row in rows[start : start + CHUNK]]
            for signature in signatures:
                # A volunteer saw them sign and tick (or not) the sheet's "show my name" box.
                signature.publish()
            Signature.objects.bulk_create(signatures, batch_size=CHUNK)
    return batch


def import_paper_csv(*, appeal, file, collected_at, collected_on, uploaded_by=""):
    """Enter the signatures of paper sheets from a CSV file, as one batch, and report on it.

    The file has a header row naming its columns: name, affiliation, city, country, email and
    show_name (in any order and case; name, country and show_name are required). Rows are
    numbered as a spreadsheet numbers them, the header being row 1. Each row is a person who
    signed: confirmed at once, since a volunteer saw them sign. A row that cannot be entered
    (no name, an unknown country, an invalid email, an email that already signed) goes in the
    batch's report with the reason; the others are entered. A file that cannot be read at all
    (not UTF-8, columns missing) enters nothing, but still leaves a batch whose report says why.
    All of a batch is saved in one transaction, or none of it. A file already entered for the
    appeal is not entered again: its earlier batch comes back, marked `repeated`.
    """
    batch_fields = {
        "appeal_key": appeal.translation_key,
        "collected_at": collected_at,
        "collected_on": collected_on,
        "uploaded_by": uploaded_by,
        "file_name": os.path.basename(getattr(file, "name", "") or "")[:255],
    }
    raw = file.read()
    batch_fields["file_sha256"] = hashlib.sha256(raw).hexdigest()
    entered = PaperBatch.objects.filter(
        appeal_key=appeal.translation_key, file_sha256=batch_fields["file_sha256"], accepted__gt=0
    ).first()
    if entered is not None:
        entered.repeated = True
        return entered
    try:
        text = _decode(raw)
        accepted, report, over = _read(text, appeal=appeal, limit=max_rows())
    except FileRejected as rejection:
        reason = rejection.args[0]
        rows = rejection.args[1] if len(rejection.args) > 1 else _count_lines(raw)
        return PaperBatch.objects.create(
            accepted=0, rejected=rows, report=[{"row": 0, "reason": reason}], **batch_fields
        )
    # Someone signing online with the same address at the same moment breaks the unique
    # constraint: look again and try once more, that address now among the duplicates.
    attempts = 3
    while True:
        try:
            return _store(
                appeal=appeal,
                accepted=accepted,
                report=report,
                over=over,
                batch_fields=batch_fields,
            )
        except IntegrityError:
            attempts -= 1
            if not attempts:
                raise


def _count_lines(raw):
    """Roughly how many signers a file that cannot be read holds: its non-blank lines after the
    header."""
    lines = [line for line in raw.splitlines() if line.strip(b" \t\r,;")]
    return max(len(lines) - 1, 0)
