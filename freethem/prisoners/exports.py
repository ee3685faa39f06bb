"""Open data: the public fields of every prisoner, as CSV and as JSON (schema: docs/open-data.md).

Both are built from `public_profile`, so what an editor keeps private never leaves the site,
and both list each person once, in the language of the address (or the language their profile
was first written in, where it has no translation yet). Each person's `url` is their page at
the site's configured address (core/site_address.py), whatever host the file was asked at.
"""

import csv
import io
import json

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

from freethem.core.cache import remember
from freethem.core.exports import spreadsheet_safe
from freethem.core.site_address import page_url, site_root

from .profile import iso_date, public_profile
from .queries import for_open_data

SCHEMA_VERSION = 1
CSV_COLUMNS = [
    "id",
    "url",
    "language",
    "name",
    "name_latin",
    "name_native",
    "other_names",
    "gender",
    "birth_date",
    "hometown",
    "citizenships",
    "groups",
    "occupations",
    "status",
    "status_since",
    "status_verification",
    "release_reason",
    "at_risk_of_execution",
    "last_arrest_date",
    "prisons",
    "charges",
    "sentences",
    "violations",
    "short_story",
    "updated",
]


def _pages(language):
    return for_open_data(language)


def prisoner_data(page):
    """One prisoner as open data: plain values and codes, dates as precise as they are known."""
    p = public_profile(page)
    cases = []
    for case in p.cases:
        cases.append(
            {
                "arrest_date": iso_date(case.arrest_date, case.arrest_date_precision),
                "arrested_by": case.arresting_body,
                "activity": case.activity,
                "charges": [
                    {
                        "charge": charge.name,
                        "law": charge.law,
                        "article": charge.article,
                        "capital": charge.capital,
                        "note": note,
                    }
                    for charge, note in case.charges
                ],
                "court": case.court,
                "branch": case.branch,
                "judge": case.judge,
                "verdict_date": case.verdict_date.isoformat() if case.verdict_date else "",
                "appeal_date": case.appeal_date.isoformat() if case.appeal_date else "",
                "sentences": [sentence.as_data() for sentence in case.sentences],
                "prison": (
                    {"id": case.prison.slug, "name": case.prison.name, "city": case.prison.city}
                    if case.prison
                    else None
                ),
                "violations": case.violations,
            }
        )
    return {
        "id": str(page.translation_key),
        "url": page_url(page),
        "language": page.locale.language_code,
        "name": p.name,
        "name_latin": p.name_latin,
        "name_native": p.name_native,
        "other_names": p.other_names,
        "gender": p.gender,
        "birth_date": iso_date(p.birth_date, p.birth_date_precision),
        "hometown": p.hometown,
        "citizenships": [country.code for country in p.citizenships],
        "groups": p.groups,
        "occupations": p.occupations,
        "status": p.status,
        "status_since": iso_date(p.status_date, p.status_date_precision),
        "status_verification": p.status_verification,
        "release_reason": p.release_reason,
        "at_risk_of_execution": p.at_risk,
        "short_story": p.short_story,
        "recognitions": [
            {
                "organization": r.get("organization") or "",
                "url": r.get("url") or "",
                "date": r.get("date").isoformat() if r.get("date") else "",
            }
            for r in p.recognitions
        ],
        "cases": cases,
        "timeline": [
            {
                "date": iso_date(event.date, event.date_precision),
                "kind": event.kind,
                "status": event.status,
                "release_reason": event.release_reason,
                "note": event.note,
                "verification": event.verification,
                "sources": event.sources,
            }
            for event in p.events
        ],
        "sources": [dict(source.as_data(), number=source.number) for source in p.sources],
        "updated": page.last_published_at.isoformat() if page.last_published_at else "",
    }


def _csv_row(data):
    cases = data["cases"]
    return {
        "id": data["id"],
        "url": data["url"],
        "language": data["language"],
        "name": data["name"],
        "name_latin": data["name_latin"],
        "name_native": data["name_native"],
        "other_names": "; ".join(data["other_names"]),
        "gender": data["gender"],
        "birth_date": data["birth_date"],
        "hometown": data["hometown"],
        "citizenships": "; ".join(data["citizenships"]),
        "groups": "; ".join(data["groups"]),
        "occupations": "; ".join(data["occupations"]),
        "status": data["status"],
        "status_since": data["status_since"],
        "status_verification": data["status_verification"],
        "release_reason": data["release_reason"],
        "at_risk_of_execution": "yes" if data["at_risk_of_execution"] else "no",
        "last_arrest_date": max((c["arrest_date"] for c in cases if c["arrest_date"]), default=""),
        "prisons": "; ".join(c["prison"]["name"] for c in cases if c["prison"]),
        "charges": "; ".join(
            charge["charge"] + (f" ({charge['article']})" if charge["article"] else "")
            for c in cases
            for charge in c["charges"]
        ),
        "sentences": "; ".join(
            " ".join(
                str(part)
                for part in (
                    s["kind"],
                    f"{s['years']}y" if s["years"] else "",
                    f"{s['months']}m" if s["months"] else "",
                    f"{s['lashes']} lashes" if s["lashes"] else "",
                    s["amount"],
                )
                if part
            )
            for c in cases
            for s in c["sentences"]
        ),
        "violations": "; ".join(sorted({code for c in cases for code in c["violations"]})),
        "short_story": data["short_story"],
        "updated": data["updated"],
    }


def all_data(language):
    return [prisoner_data(page) for page in _pages(language)]


def _cached(kind, build):
    language = get_language()
    # Kept until the next publish (the page cache's purge), per language and site address.
    return remember(f"prisoners-{kind}:{language}:{site_root()}", lambda: build(language))


def json_response(index):
    def build(language):
        document = {
            "schema_version": SCHEMA_VERSION,
            "language": language,
            "generated": timezone.now().isoformat(),
            "prisoners": all_data(language),
        }
        return json.dumps(document, ensure_ascii=False, indent=1)

    response = HttpResponse(_cached("json", build), content_type="application/json")
    response["Content-Disposition"] = 'inline; filename="prisoners.json"'
    return response


def csv_response(index):
    def build(language):
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for data in all_data(language):
            writer.writerow({k: spreadsheet_safe(v) for k, v in _csv_row(data).items()})
        # A byte-order mark, so that spreadsheets open Persian names as UTF-8.
        return "\ufeff" + out.getvalue()

    response = HttpResponse(_cached("csv", build), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="prisoners.csv"'
    return response
