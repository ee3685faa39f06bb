"""The demo's prisoners, prisons, charges, letter-writing actions and downloads page."""

import datetime
import json
import uuid

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from freethem.core.models import ResourcesPage
from freethem.core.printing import pdf_bytes
from freethem.prisoners.models import (
    Charge,
    LetterActionPage,
    LetterRecipient,
    Prison,
    PrisonerCase,
    PrisonerIndexPage,
    PrisonerPage,
    TimelineEvent,
)

from . import media
from .data import read
from .translate import english, paragraph_pairs, paragraphs, translate_page, translate_snippet

data = read("prisoners")
site_texts = read("site")

LANGUAGES = ["es", "fa", "fr"]
# How the admin tells the demo's drawn portraits from photos: their title, collection and tag.
PLACEHOLDER_TITLE = "Placeholder portrait"
PLACEHOLDER_COLLECTION = "Placeholder portraits (replace with photos)"
PLACEHOLDER_TAG = "placeholder"


def _stream(block_type, values):
    return json.dumps(
        [{"type": block_type, "value": value, "id": str(uuid.uuid4())} for value in values]
    )


def _source(raw):
    return {
        "kind": raw["kind"],
        "title": raw["title"],
        "publisher": raw.get("publisher", ""),
        "date": raw.get("date") or None,
        "url": raw.get("url", ""),
        "internal": bool(raw.get("internal")),
    }


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _birth(birth):
    if not birth:
        return None, "year"
    value, precision = birth
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2]), precision


class PrisonerBuilder:
    def __init__(self, locales, log):
        self.locales = locales
        self.log = log
        self.prisons = {}
        self.charges = {}
        self.pages = {}
        self._placeholders = None

    def placeholder_collection(self):
        if self._placeholders is None:
            root = Collection.get_first_root_node()
            self._placeholders = root.add_child(name=PLACEHOLDER_COLLECTION)
        return self._placeholders

    # Shared records ----------------------------------------------------------------------
    def records(self):
        for raw in data.PRISONS:
            prison = Prison.objects.create(
                name=raw["name"]["en"],
                slug=raw["slug"],
                city=english(raw.get("city")),
                province=english(raw.get("province")),
                address=raw.get("address", ""),
                locale=self.locales["en"],
            )
            for code in LANGUAGES:
                pairs = paragraph_pairs(
                    raw["name"], raw.get("city"), raw.get("province"), code=code
                )
                pairs.append((raw.get("address", ""), raw.get("address", "")))
                translate_snippet(prison, self.locales[code], pairs)
            self.prisons[raw["slug"]] = prison
        for raw in data.CHARGES:
            charge = Charge.objects.create(
                name=raw["name"]["en"],
                law=english(raw.get("law")),
                article=english(raw.get("article")),
                url=raw.get("url", ""),
                capital=raw.get("capital", False),
                locale=self.locales["en"],
            )
            for code in LANGUAGES:
                pairs = paragraph_pairs(raw["name"], raw.get("law"), raw.get("article"), code=code)
                translate_snippet(charge, self.locales[code], pairs)
            self.charges[raw["key"]] = charge

    # Prisoners ---------------------------------------------------------------------------
    def index(self, home):
        texts = site_texts.PRISONER_INDEX
        index = home.add_child(
            instance=PrisonerIndexPage(
                title=texts["en"]["title"],
                slug=texts["slug"],
                intro=paragraphs(texts["en"]["intro"]),
                show_in_menus=True,
            )
        )
        index.save_revision().publish()
        for code in LANGUAGES:
            pairs = [(texts["en"]["title"], texts[code]["title"]), (texts["slug"], texts["slug"])]
            pairs += paragraph_pairs(
                {"en": texts["en"]["intro"], code: texts[code]["intro"]}, code=code
            )
            translate_page(index, self.locales[code], pairs)
        return index

    def image(self, raw, n):
        """A drawn portrait, marked in the admin as a placeholder (its title, its collection and
        its tag say so), so that an editor knows to replace it with a real photo."""
        initials = "".join(word[0] for word in raw["name_latin"].split()[:2]).upper()
        image = get_image_model().objects.create(
            title=f"{PLACEHOLDER_TITLE}: {raw['name_latin']}",
            collection=self.placeholder_collection(),
            description=english(raw["portrait"].get("credit")),
            file=ContentFile(
                media.portrait(
                    initials, raw["portrait"].get("palette", n), gender=raw.get("gender", "")
                ),
                name=f"{raw['slug']}.jpg",
            ),
        )
        image.tags.add(PLACEHOLDER_TAG)
        return image

    def case(self, raw):
        return PrisonerCase(
            arrest_date=_date(raw.get("arrest_date")),
            arrest_date_precision=raw.get("arrest_precision") or "day",
            arresting_body=english(raw.get("arrested_by")),
            activity=english(raw.get("activity")),
            charges=_stream(
                "charge",
                [{"charge": self.charges[key].pk, "note": note} for key, note in raw["charges"]],
            ),
            court=english(raw.get("court")),
            branch=raw.get("branch", ""),
            judge=english(raw.get("judge")),
            verdict_date=_date(raw.get("verdict_date")),
            appeal_date=_date(raw.get("appeal_date")),
            sentences=_stream(
                "sentence",
                [
                    {
                        "kind": s["kind"],
                        "years": s.get("years"),
                        "months": s.get("months"),
                        "lashes": s.get("lashes"),
                        "amount": s.get("amount") or "",
                        "note": "",
                    }
                    for s in raw.get("sentences", [])
                ],
            ),
            prison=self.prisons.get(raw.get("prison")),
            violations=raw.get("violations", []),
        )

    def event(self, raw, order):
        return TimelineEvent(
            date=_date(raw["date"]),
            date_precision=raw.get("precision", "day"),
            kind=raw["kind"],
            status=raw.get("status", ""),
            release_reason=raw.get("release_reason", ""),
            note=english(raw.get("note")),
            verification=raw.get("verification", "confirmed"),
            sources=_stream("source", [_source(s) for s in raw.get("sources", [])]),
            internal=bool(raw.get("internal")),
            sort_order=order,
        )

    def prisoner(self, index, raw, n):
        birth_date, birth_precision = _birth(raw.get("birth"))
        page = PrisonerPage(
            title=raw["title"]["en"],
            slug=raw["slug"],
            name_latin=raw["name_latin"],
            name_native=raw.get("name_native", ""),
            other_names="\n".join(raw.get("other_names", [])),
            portrait=self.image(raw, n),
            portrait_credit=english(raw["portrait"].get("credit")),
            gender=raw.get("gender", ""),
            birth_date=birth_date,
            birth_date_precision=birth_precision,
            hometown=english(raw.get("hometown")),
            citizenships=raw.get("citizenships", []),
            groups=raw.get("groups", []),
            occupations=raw.get("occupations", []),
            short_story=raw["short_story"]["en"],
            story=paragraphs(raw["story"]["en"]),
            recognitions=_stream(
                "recognition",
                [
                    {
                        "organization": r["organization"],
                        "url": r.get("url", ""),
                        "date": r.get("date") or None,
                    }
                    for r in raw.get("recognitions", [])
                ],
            ),
            sources=_stream("source", [_source(s) for s in raw.get("sources", [])]),
            risk_of_execution=raw.get("risk_of_execution", False),
            private_fields=raw.get("private_fields", []),
            cases=[self.case(c) for c in raw.get("cases", [])],
            events=[self.event(e, i) for i, e in enumerate(raw.get("events", []))],
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        # Events were recorded as they happened, not on the day the demo was loaded.
        for event in page.events.all():
            TimelineEvent.objects.filter(pk=event.pk).update(
                recorded_at=timezone.make_aware(
                    datetime.datetime.combine(event.date, datetime.time(12))
                )
            )
        for code in raw.get("translations", []):
            texts = [
                raw["title"],
                raw["short_story"],
                raw["story"],
                raw.get("hometown"),
                raw["portrait"].get("credit"),
            ]
            for c in raw.get("cases", []):
                texts += [c.get(key) for key in ("arrested_by", "activity", "court", "judge")]
            texts += [e.get("note") for e in raw.get("events", [])]
            pairs = paragraph_pairs(*texts, code=code)
            pairs.append((raw["slug"], raw["slug"]))
            translate_page(page, self.locales[code], pairs)
        self.pages[raw["slug"]] = page
        return page

    # Letters -----------------------------------------------------------------------------
    def letter(self, parent, raw):
        prisoner = self.pages.get(raw.get("prisoner") or "")
        page = LetterActionPage(
            title=raw["title"]["en"],
            slug=raw["slug"],
            prisoner=prisoner,
            summary=raw["summary"]["en"],
            deadline=_date(raw.get("deadline")),
            subject=raw["subject"]["en"],
            message=raw["message"]["en"],
            recipients=[
                LetterRecipient(
                    name=r["name"]["en"],
                    role=english(r.get("role")),
                    salutation=english(r.get("salutation")),
                    postal_address=r.get("postal_address", ""),
                    email=r.get("email", ""),
                    social=r.get("social", ""),
                )
                for r in raw["recipients"]
            ],
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        for code in LANGUAGES:
            texts = [raw["title"], raw["summary"], raw["subject"], raw["message"]]
            for r in raw["recipients"]:
                texts += [r["name"], r.get("role"), r.get("salutation")]
            pairs = paragraph_pairs(*texts, code=code)
            # The letter's paragraphs are one text field: translated whole.
            pairs.append((raw["message"]["en"], raw["message"][code]))
            pairs.append((raw["slug"], raw["slug"]))
            translate_page(page, self.locales[code], pairs)
        return page

    # Downloads ---------------------------------------------------------------------------
    def document(self, raw, n):
        language = raw["language"] if raw["language"] in ("en", "es", "fa", "fr") else "en"
        html = render_to_string(
            "demo/flyer.html",
            {
                "language": language,
                "rtl": language == "fa",
                "title": raw["title"][language],
                "description": raw["description"][language],
                "palette": media.PALETTES[n % len(media.PALETTES)],
            },
        )
        content = pdf_bytes(html)
        slug = "".join(c if c.isalnum() else "-" for c in raw["title"]["en"].lower())[:40]
        return get_document_model().objects.create(
            title=raw["title"]["en"],
            file=ContentFile(content, name=f"{slug.strip('-')}.pdf"),
            file_size=len(content),
        )

    def downloads(self, home):
        texts = site_texts.DOWNLOADS
        blocks = []
        for heading, kinds in texts["sections"]:
            blocks.append({"type": "heading", "value": heading["en"], "id": str(uuid.uuid4())})
            for n, raw in enumerate(r for r in data.RESOURCES if r["kind"] in kinds):
                document = self.document(raw, n)
                blocks.append(
                    {
                        "type": "resource",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "document": document.pk,
                            "title": raw["title"]["en"],
                            "description": raw["description"]["en"],
                            "language": raw["language"],
                            "kind": raw["kind"],
                        },
                    }
                )
        page = home.add_child(
            instance=ResourcesPage(
                title=texts["en"]["title"],
                slug=texts["slug"],
                intro=paragraphs(texts["en"]["intro"]),
                resources=json.dumps(blocks),
                show_in_menus=True,
            )
        )
        page.save_revision().publish()
        for code in LANGUAGES:
            pairs = [(texts["en"]["title"], texts[code]["title"]), (texts["slug"], texts["slug"])]
            pairs += paragraph_pairs(
                {"en": texts["en"]["intro"], code: texts[code]["intro"]}, code=code
            )
            for heading, _kinds in texts["sections"]:
                pairs.append((heading["en"], heading[code]))
            for raw in data.RESOURCES:
                pairs += paragraph_pairs(raw["title"], raw["description"], code=code)
            translate_page(page, self.locales[code], pairs)
        return page

    def build(self, home):
        self.records()
        index = self.index(home)
        for n, raw in enumerate(data.PRISONERS):
            self.prisoner(index, raw, n)
        for raw in data.LETTER_ACTIONS:
            self.letter(index, raw)
        downloads = self.downloads(home)
        self.log(
            f"Built {len(data.PRISONERS)} prisoner profiles, {len(data.PRISONS)} prisons, "
            f"{len(data.CHARGES)} charges, {len(data.LETTER_ACTIONS)} letter-writing actions and "
            f"a downloads page with {len(data.RESOURCES)} files, with their translations."
        )
        return index, downloads

    def news_links(self):
        """{news post slug: [prisoner pages]} for the posts that name a demo prisoner."""
        links = {}
        for raw in data.PRISONERS:
            for slug in raw.get("news", []):
                links.setdefault(slug, []).append(self.pages[raw["slug"]])
        return links
