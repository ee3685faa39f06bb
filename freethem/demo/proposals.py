"""The demo's supporters' proposals: a few events and reports with photos, waiting for a
moderator in the admin's Proposals menu, sent in several languages."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from freethem.mobilize import services
from freethem.mobilize.forms import new_submission_key
from freethem.mobilize.models import EventIndexPage, Proposal
from freethem.mobilize.photos import process_photo

from . import media
from .data import read

data = read("proposals")


class ProposalBuilder:
    def __init__(self, log, today=None):
        self.log = log
        self.today = today or timezone.localdate()

    def photos(self, raw, seed):
        """Each drawn photo goes through the same checks and re-drawing as a supporter's."""
        return [
            process_photo(
                SimpleUploadedFile(
                    f"photo-{n}.jpg",
                    media.rally(photo["placards"], photo["palette"], seed=seed + n),
                )
            )
            for n, photo in enumerate(raw["photos"])
        ]

    def build(self):
        now = timezone.now()
        indexes = EventIndexPage.objects.order_by("path")
        for seed, raw in enumerate(data.PROPOSALS):
            if raw.get("offset_days") is not None:
                date = self.today + datetime.timedelta(days=raw["offset_days"])
            else:
                date = datetime.date.fromisoformat(raw["date"])
            times = {
                name: datetime.time.fromisoformat(raw[name]) if raw.get(name) else None
                for name in ("start_time", "end_time")
            }
            proposal = services.submit_proposal(
                kind=raw["kind"],
                data={
                    "title": raw["title"],
                    "text": raw["text"],
                    "date": date,
                    "time_zone": raw.get("time_zone", ""),
                    "city": raw["city"],
                    "country": raw["country"],
                    "organizer": raw["organizer"],
                    "email": raw["email"],
                    **times,
                },
                photos=self.photos(raw, seed),
                submission_key=new_submission_key(),
                language=raw["language"],
                index=indexes.filter(locale__language_code=raw["language"]).first()
                or indexes.first(),
            ).proposal
            Proposal.objects.filter(pk=proposal.pk).update(
                created_at=now - datetime.timedelta(hours=raw["hours_ago"])
            )
        self.log(
            f"Added {len(data.PROPOSALS)} supporters' proposals with photos, waiting for a "
            "moderator."
        )
