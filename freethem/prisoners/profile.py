"""What the public may know about a prisoner: the one place that applies "not public".

Profile pages, lists, posters, open data, the feed and the site's search index all read a
prisoner through `public_profile`, so a field an editor keeps private is left out of every one of
them at once. Internal sources and internal or retracted events are left out the same way.
Worked-out columns that lists sort on (`PrisonerPage.derive`) follow the same choices.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from freethem.core import calendars
from freethem.core.numerals import list_separator, number

from . import vocabulary as v

PRECISIONS = {v.DAY: calendars.DAY, v.MONTH: calendars.MONTH, v.YEAR: calendars.YEAR}


def format_date(value, precision):
    """A date shown only as precisely as it is known: "2022", "September 2022" or the day, in
    the reader's calendar and digits (core/calendars.py)."""
    return calendars.format_date(value, PRECISIONS.get(precision, calendars.DAY))


def iso_date(value, precision):
    """The same, for machines: "2022", "2022-09" or "2022-09-16"."""
    if value is None:
        return ""
    if precision == v.YEAR:
        return f"{value.year:04d}"
    if precision == v.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


@dataclass
class Source:
    kind: str
    title: str
    publisher: str
    date: object
    url: str
    number: int = 0

    @property
    def kind_label(self):
        return v.label(v.SOURCE_KINDS, self.kind)

    def as_data(self):
        return {
            "kind": self.kind,
            "title": self.title,
            "publisher": self.publisher,
            "date": self.date.isoformat() if self.date else "",
            "url": self.url,
        }


class Sources:
    """The public sources of one profile, numbered once each in the order they are first cited."""

    def __init__(self):
        self.items = []
        self._numbers = {}

    def cite(self, stream):
        numbers = []
        for block in stream or []:
            value = block.value
            if value.get("internal"):
                continue
            key = (value.get("url") or "", value.get("title") or "")
            if key not in self._numbers:
                source = Source(
                    kind=value.get("kind") or "",
                    title=value.get("title") or "",
                    publisher=value.get("publisher") or "",
                    date=value.get("date"),
                    url=value.get("url") or "",
                    number=len(self.items) + 1,
                )
                self.items.append(source)
                self._numbers[key] = source.number
            numbers.append(self._numbers[key])
        return numbers


@dataclass
class Event:
    id: int
    date: object
    date_precision: str
    kind: str
    status: str
    release_reason: str
    note: str
    verification: str
    recorded_at: object
    sources: list = field(default_factory=list)
    source_objects: list = field(default_factory=list)

    @property
    def date_display(self):
        return format_date(self.date, self.date_precision)

    @property
    def date_iso(self):
        return iso_date(self.date, self.date_precision)

    @property
    def kind_label(self):
        return v.label(v.EVENT_KINDS, self.kind)

    @property
    def status_label(self):
        return v.label(v.STATUSES, self.status) if self.status else ""

    @property
    def release_reason_label(self):
        return v.label(v.RELEASE_REASONS, self.release_reason) if self.release_reason else ""

    @property
    def verification_label(self):
        return v.label(v.VERIFICATION, self.verification)


@dataclass
class Sentence:
    kind: str
    years: int | None
    months: int | None
    lashes: int | None
    amount: str
    note: str

    @property
    def kind_label(self):
        return v.label(v.SENTENCE_KINDS, self.kind)

    def __str__(self):
        parts = [str(self.kind_label)]
        term = []
        if self.years:
            term.append(
                ngettext("%(count)s year", "%(count)s years", self.years)
                % {"count": number(self.years)}
            )
        if self.months:
            term.append(
                ngettext("%(count)s month", "%(count)s months", self.months)
                % {"count": number(self.months)}
            )
        if self.lashes:
            term.append(
                ngettext("%(count)s lash", "%(count)s lashes", self.lashes)
                % {"count": number(self.lashes)}
            )
        if self.amount:
            term.append(self.amount)
        if term:
            parts.append(list_separator().join(str(t) for t in term))
        text = ": ".join(parts)
        return f"{text} ({self.note})" if self.note else text

    def as_data(self):
        return {
            "kind": self.kind,
            "years": self.years,
            "months": self.months,
            "lashes": self.lashes,
            "amount": self.amount,
            "note": self.note,
        }


@dataclass
class Case:
    arrest_date: object = None
    arrest_date_precision: str = v.DAY
    arresting_body: str = ""
    activity: str = ""
    charges: list = field(default_factory=list)  # (Charge, note)
    court: str = ""
    branch: str = ""
    judge: str = ""
    verdict_date: object = None
    appeal_date: object = None
    sentences: list = field(default_factory=list)
    prison: object = None
    violations: list = field(default_factory=list)

    @property
    def arrest_date_display(self):
        return format_date(self.arrest_date, self.arrest_date_precision)

    @property
    def violation_labels(self):
        return [v.label(v.VIOLATIONS, code) for code in self.violations]

    @property
    def is_empty(self):
        return not any(
            (
                self.arrest_date,
                self.arresting_body,
                self.activity,
                self.charges,
                self.court,
                self.branch,
                self.judge,
                self.verdict_date,
                self.appeal_date,
                self.sentences,
                self.prison,
                self.violations,
            )
        )


@dataclass
class Profile:
    page: object
    name: str
    name_latin: str
    name_native: str
    other_names: list
    portrait: object
    portrait_credit: str
    portrait_source: str
    gender: str
    birth_date: object
    birth_date_precision: str
    hometown: str
    citizenships: list
    groups: list
    occupations: list
    short_story: str
    story: object
    recognitions: list
    status: str
    status_date: object
    status_date_precision: str
    status_verification: str
    release_reason: str
    at_risk: bool
    cases: list
    events: list
    sources: list
    profile_sources: list

    @property
    def names(self):
        """[the name in the reader's script, a name in another script if any] (names.py)."""
        from .names import reading_names

        return reading_names(self.name, self.name_native, self.name_latin)

    @property
    def status_label(self):
        return v.label(v.STATUSES, self.status) if self.status else _("Status not known")

    @property
    def release_reason_label(self):
        return v.label(v.RELEASE_REASONS, self.release_reason) if self.release_reason else ""

    @property
    def verification_label(self):
        return v.label(v.VERIFICATION, self.status_verification) if self.status_verification else ""

    @property
    def status_date_display(self):
        return format_date(self.status_date, self.status_date_precision)

    @property
    def birth_date_display(self):
        return format_date(self.birth_date, self.birth_date_precision)

    @property
    def gender_label(self):
        return v.label(v.GENDERS, self.gender) if self.gender else ""

    @property
    def group_labels(self):
        return [v.label(v.GROUPS, code) for code in self.groups]

    @property
    def occupation_labels(self):
        return [v.label(v.OCCUPATIONS, code) for code in self.occupations]

    @property
    def citizenship_names(self):
        return [country.name for country in self.citizenships]

    @property
    def is_dual_national(self):
        return len(self.citizenships) > 1

    def searchable_text(self):
        """The words the site search finds this person by: names and stories as published."""
        from wagtail.rich_text import get_text_for_indexing

        parts = [self.name, self.name_latin, self.name_native, *self.other_names]
        parts += [self.short_story, get_text_for_indexing(str(self.story or ""))]
        return "\n".join(part for part in parts if part)

    @property
    def current_prison(self):
        for case in reversed(self.cases):
            if case.prison is not None:
                return case.prison
        return None


def _case(case, public):
    charges = []
    if public("charges"):
        for block in case.charges:
            charge = block.value.get("charge")
            if charge is not None:
                charges.append((charge.localized, block.value.get("note") or ""))
    sentences = []
    if public("sentences"):
        for block in case.sentences:
            value = block.value
            sentences.append(
                Sentence(
                    kind=value.get("kind") or "",
                    years=value.get("years"),
                    months=value.get("months"),
                    lashes=value.get("lashes"),
                    amount=value.get("amount") or "",
                    note=value.get("note") or "",
                )
            )
    arrest = public("arrest")
    court = public("court")
    verdict = public("verdict")
    return Case(
        arrest_date=case.arrest_date if arrest else None,
        arrest_date_precision=case.arrest_date_precision,
        arresting_body=case.arresting_body if arrest else "",
        activity=case.activity if public("activity") else "",
        charges=charges,
        court=case.court if court else "",
        branch=case.branch if court else "",
        judge=case.judge if court else "",
        verdict_date=case.verdict_date if verdict else None,
        appeal_date=case.appeal_date if verdict else None,
        sentences=sentences,
        prison=case.prison.localized if public("prison") and case.prison_id else None,
        violations=list(case.violations) if public("violations") else [],
    )


def public_portrait(page):
    """The portrait readers may see (cards and link previews read it without a whole profile)."""
    return page.portrait if page.is_public("portrait") else None


def public_native_name(page):
    """The name in the person's own script, or "" when the editors keep it private."""
    return page.name_native if page.is_public("name_native") else ""


def public_profile(page):
    """Everything about `page` that may be published, with "not public" fields left out."""

    def public(name):
        return page.is_public(name)

    sources = Sources()
    profile_sources = sources.cite(page.sources)
    events = []
    if public("timeline"):
        for event in page.public_events():
            numbers = sources.cite(event.sources)
            events.append(
                Event(
                    id=event.pk or 0,
                    date=event.date,
                    date_precision=event.date_precision,
                    kind=event.kind,
                    status=event.status,
                    release_reason=event.release_reason,
                    note=event.note,
                    verification=event.verification,
                    recorded_at=event.recorded_at,
                    sources=numbers,
                )
            )
    by_number = {source.number: source for source in sources.items}
    for event in events:
        event.source_objects = [by_number[n] for n in event.sources]
    cases = [_case(case, public) for case in page.cases.all()]
    return Profile(
        page=page,
        name=page.title,
        name_latin=page.name_latin,
        name_native=public_native_name(page),
        other_names=page.other_names_list() if public("other_names") else [],
        portrait=public_portrait(page),
        portrait_credit=page.portrait_credit if public("portrait") else "",
        portrait_source=page.portrait_source if public("portrait") else "",
        gender=page.gender if public("gender") else "",
        birth_date=page.birth_date if public("birth_date") else None,
        birth_date_precision=page.birth_date_precision,
        hometown=page.hometown if public("hometown") else "",
        citizenships=list(page.citizenships) if public("citizenships") else [],
        groups=list(page.groups) if public("groups") else [],
        occupations=list(page.occupations) if public("occupations") else [],
        short_story=page.short_story if public("short_story") else "",
        story=page.story if public("story") else "",
        recognitions=[b.value for b in page.recognitions] if public("recognitions") else [],
        status=page.status,
        status_date=page.status_date if public("timeline") else None,
        status_date_precision=page.status_date_precision,
        status_verification=page.status_verification,
        release_reason=page.release_reason,
        at_risk=page.at_risk,
        cases=[case for case in cases if not case.is_empty],
        events=events,
        sources=sources.items,
        profile_sources=profile_sources,
    )
