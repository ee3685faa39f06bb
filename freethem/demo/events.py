"""The demo's events page, its worldwide day of action and its other events."""

import datetime

from django.utils import timezone

from freethem.mobilize.models import DayOfActionPage, EventIndexPage, EventPage

from .data import read
from .translate import paragraph_pairs, paragraphs, translate_page

data = read("events")

LANGUAGES = ["es", "fa", "fr"]


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


class EventBuilder:
    def __init__(self, locales, log, today=None):
        self.locales = locales
        self.log = log
        # Planned events are dated from the day the demo is loaded, so that some are upcoming.
        self.today = today or timezone.localdate()

    def _translate(self, page, texts, slug, languages):
        for code in languages:
            pairs = paragraph_pairs(*texts, code=code)
            pairs.append((slug, slug))
            translate_page(page, self.locales[code], pairs)

    def event(self, parent, raw):
        if raw.get("offset_days") is not None:
            start = self.today + datetime.timedelta(days=raw["offset_days"])
        else:
            start = datetime.date.fromisoformat(raw["start_date"])
        page = EventPage(
            title=raw["title"]["en"],
            slug=raw["slug"],
            start_date=start,
            start_time=_time(raw.get("start_time")),
            end_time=_time(raw.get("end_time")),
            time_zone=raw.get("time_zone") or "UTC",
            city=raw.get("city", ""),
            country=raw.get("country", ""),
            venue=raw.get("venue", ""),
            online_url=raw.get("online_url", ""),
            organizer=raw.get("organizer", ""),
            summary=raw["summary"]["en"],
            status=raw.get("status", EventPage.SCHEDULED),
        )
        parent.add_child(instance=page)
        page.save_revision().publish()
        self._translate(
            page, [raw["title"], raw["summary"]], raw["slug"], raw.get("translations", [])
        )
        return page

    def build(self, home):
        texts = data.INDEX
        index = home.add_child(
            instance=EventIndexPage(
                title=texts["title"]["en"],
                slug=texts["slug"],
                intro=paragraphs(texts["intro"]["en"]),
                show_in_menus=True,
            )
        )
        index.save_revision().publish()
        self._translate(index, [texts["title"], texts["intro"]], texts["slug"], LANGUAGES)
        count = 0
        for raw_day in data.DAYS_OF_ACTION:
            day = DayOfActionPage(
                title=raw_day["title"]["en"],
                slug=raw_day["slug"],
                date=datetime.date.fromisoformat(raw_day["date"]),
                call=paragraphs(raw_day["call"]["en"]),
            )
            index.add_child(instance=day)
            day.save_revision().publish()
            self._translate(day, [raw_day["title"], raw_day["call"]], raw_day["slug"], LANGUAGES)
            for raw in raw_day["events"]:
                self.event(day, raw)
                count += 1
        for raw in data.EVENTS:
            self.event(index, raw)
            count += 1
        self.log(
            f"Built the events page with {len(data.DAYS_OF_ACTION)} day of action and {count} "
            "events, with their translations."
        )
        return index
