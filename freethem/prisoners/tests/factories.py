"""Prisoners for tests, under the site the news factories build."""

import datetime
import io
import itertools
import json
import uuid

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from freethem.news.tests.factories import publish
from freethem.prisoners import vocabulary as v
from freethem.prisoners.models import (
    Charge,
    Prison,
    PrisonerCase,
    PrisonerIndexPage,
    PrisonerPage,
    TimelineEvent,
)

_counter = itertools.count(1)


def stream(block_type, *values):
    return json.dumps([{"type": block_type, "value": v, "id": str(uuid.uuid4())} for v in values])


def source(title="Statement of the family", kind="family", url="", internal=False, **extra):
    return {
        "kind": kind,
        "title": title,
        "publisher": extra.get("publisher", ""),
        "date": extra.get("date"),
        "url": url,
        "internal": internal,
    }


def make_index(home, **fields):
    defaults = {"title": "Political prisoners", "slug": "prisoners"}
    defaults.update(fields)
    index = PrisonerIndexPage(**defaults)
    home.add_child(instance=index)
    return publish(index)


def make_prison(name="Evin Prison", slug="evin", **fields):
    return Prison.objects.create(name=name, slug=slug, city=fields.pop("city", "Tehran"), **fields)


def make_charge(name="Enmity against God", article="Article 279", **fields):
    return Charge.objects.create(name=name, law="Islamic Penal Code", article=article, **fields)


def portrait(colour=(90, 40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 380), colour).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title="Portrait", file=ContentFile(buffer.getvalue(), name="portrait.jpg")
    )


def event(date, kind="arrested", status=v.DETAINED, verification=v.CONFIRMED, **fields):
    sources = fields.pop("sources", [])
    return TimelineEvent(
        date=date,
        kind=kind,
        status=status,
        verification=verification,
        sources=stream("source", *sources) if sources else "[]",
        **fields,
    )


def case(arrest_date=None, prison=None, charges=(), sentences=(), **fields):
    return PrisonerCase(
        arrest_date=arrest_date,
        prison=prison,
        charges=stream("charge", *({"charge": c.pk, "note": ""} for c in charges)),
        sentences=stream("sentence", *sentences),
        **fields,
    )


def make_prisoner(index, *, events=None, cases=None, live=True, **fields):
    n = next(_counter)
    defaults = {
        "title": f"Prisoner {n}",
        "slug": f"prisoner-{n}",
        "name_latin": f"Prisoner {n}",
        "name_native": "",
        "short_story": "Arrested for singing about the protests; held without a lawyer.",
        "occupations": ["musician"],
        "gender": "male",
    }
    defaults.update(fields)
    if events is None:
        events = [event(datetime.date(2022, 10, n % 28 + 1))]
    page = PrisonerPage(**defaults, events=events, cases=cases or [])
    index.add_child(instance=page)
    if live:
        return publish(page)
    page.save_revision()
    page.live = False
    page.save()
    return page
