"""What supporters and moderators do with proposals: send one, make it a draft, or reject it.

A proposal is decided once. Whatever the decision, the submitter hears of it by email in their
language (if they gave an address), the address is then cleared from the proposal, and the
private photos go: into Wagtail images for a draft, or deleted with a rejection.
"""

import hashlib
import json
import logging
import secrets
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Collection, Locale

from freethem.core.limits import hash_ip, over_limit
from freethem.core.outbox import send_later
from freethem.core.site_address import page_url

from .models import EventIndexPage, EventPage, Proposal, ProposalPhoto

logger = logging.getLogger(__name__)

SUPPORTERS_COLLECTION = "Supporters' photos"
LEAD_LENGTH = 500
# Moderators are told ahead when the photos waiting take this share of their space.
NEARLY_FULL = 0.8


class AlreadyDecided(Exception):
    """Another moderator decided on this proposal first."""


class NowhereToPut(Exception):
    """The site has no page of the kind the draft must go under."""


class NoRoomForPhotos(Exception):
    """The photos of proposals awaiting a decision fill the space set aside for them."""


@dataclass
class Submitted:
    proposal: Proposal
    created: bool


# The space for photos awaiting a decision ------------------------------------------------------


@dataclass(frozen=True)
class PhotoSpace:
    """How much of FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES the photos waiting for a decision take."""

    used: int
    quota: int

    @property
    def full(self):
        return self.used >= self.quota

    @property
    def nearly_full(self):
        return self.used >= self.quota * NEARLY_FULL


def photos_waiting_bytes():
    """Bytes the photos of proposals awaiting a decision take in the private storage.

    Each photo kept has a row with its size, and both go when its proposal is decided or
    erased: the sum of the rows is what is on disk, in one query over a table no longer than
    the queue (rather than a walk of the folder on every sending).
    """
    return ProposalPhoto.objects.aggregate(total=Sum("file_size"))["total"] or 0


def photo_space():
    return PhotoSpace(photos_waiting_bytes(), settings.FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES)


def _log_full(space):
    logger.warning(
        "The photos of proposals awaiting a decision fill their space (%s of %s bytes): a "
        "proposal's photos were refused. Decide on proposals, or raise "
        "FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES.",
        space.used,
        space.quota,
    )


def room_for_photos():
    """Whether a proposal may bring photos now; checked before any photo is read."""
    space = photo_space()
    if space.full:
        _log_full(space)
    return not space.full


# Sending -------------------------------------------------------------------------------------


def too_many_proposals(*, ip):
    """Count one more sending of a proposal form from this address; True when over the limits.

    Every sending counts, valid or not, since checking photos is the costly part.
    """
    return over_limit("proposal-ip", hash_ip(ip), settings.FREETHEM_PROPOSAL_LIMITS_IP)


def submit_proposal(*, kind, data, photos=(), submission_key, ip="", language, index=None):
    """Keep a proposal and its photos (already cleaned, see photos.py) for the moderators.

    The form's submission key is unique: the same form sent twice, even at the same moment,
    makes one proposal, and the second sending is answered as the first. Photos that would
    take the space of those waiting past its quota raise NoRoomForPhotos, and nothing is kept.
    """
    written = []
    try:
        with transaction.atomic():
            if photos:
                # Again here, with the photos' real sizes: on SQLite this transaction holds
                # the write lock, so two proposals sent at once can't both take the last room.
                space = photo_space()
                if space.used + sum(len(photo.content) for photo in photos) > space.quota:
                    _log_full(space)
                    raise NoRoomForPhotos
            proposal = Proposal.objects.create(
                kind=kind,
                submission_key=submission_key,
                ip_hash=hash_ip(ip),
                language=language,
                index=index,
                **data,
            )
            for photo in photos:
                row = ProposalPhoto(
                    proposal=proposal,
                    width=photo.width,
                    height=photo.height,
                    file_size=len(photo.content),
                )
                # A random name: the name the browser sent is never used.
                row.file.save(f"{secrets.token_hex(16)}.jpg", ContentFile(photo.content), False)
                written.append(row.file.name)
                row.save()
    except IntegrityError:
        _delete_files(written)
        existing = Proposal.objects.filter(submission_key=submission_key).first()
        if existing is None:
            raise
        return Submitted(existing, False)
    except BaseException:
        _delete_files(written)
        raise
    return Submitted(proposal, True)


def _delete_files(names):
    storage = ProposalPhoto._meta.get_field("file").storage
    for name in names:
        storage.delete(name)


# Where drafts go -----------------------------------------------------------------------------


def _in_language(pages, language):
    """The first of `pages` in `language`, else in the default language, else the first."""
    pages = pages.order_by("path")
    return (
        pages.filter(locale__language_code=language).first()
        or pages.filter(locale=Locale.get_default()).first()
        or pages.first()
    )


def events_index_for(proposal):
    """The events page in the proposal's language: the one it was sent from, translated."""
    pages = EventIndexPage.objects.all()
    if proposal.index_id:
        translations = pages.filter(translation_key=proposal.index.translation_key)
        if translations.exists():
            pages = translations
    index = _in_language(pages, proposal.language)
    if index is None:
        raise NowhereToPut
    return index


def news_index_for(proposal):
    from freethem.news.models import NewsIndexPage

    index = _in_language(NewsIndexPage.objects.all(), proposal.language)
    if index is None:
        raise NowhereToPut
    return index


# Deciding ------------------------------------------------------------------------------------


def _claim(proposal, status, user, **fields):
    """Mark the proposal decided, unless someone else just did (then AlreadyDecided)."""
    now = timezone.now()
    decided = Proposal.objects.filter(pk=proposal.pk, status=Proposal.PENDING).update(
        status=status, decided_at=now, decided_by=user, **fields
    )
    if not decided:
        raise AlreadyDecided
    proposal.status, proposal.decided_at, proposal.decided_by = status, now, user
    for name, value in fields.items():
        setattr(proposal, name, value)


def _split(text):
    """(lead, other paragraphs): the first paragraph leads when it is short enough."""
    parts = [part.strip() for part in text.split("\n\n") if part.strip()]
    if not parts:
        return "", []
    if len(parts[0]) <= LEAD_LENGTH:
        return parts[0], parts[1:]
    return Truncator(parts[0]).chars(300), parts


def _paragraph_html(text):
    return "<p>" + "<br/>".join(escape(line) for line in text.split("\n")) + "</p>"


def supporters_collection():
    """The image collection supporters' photos go into, made the first time."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=SUPPORTERS_COLLECTION).first()
    return found or root.add_child(name=SUPPORTERS_COLLECTION)


def _images(proposal, user):
    """Each private photo of the proposal as a Wagtail image, described in its language."""
    Image = get_image_model()
    photos = list(proposal.photos.all())
    if not photos:
        return []
    collection = supporters_collection()
    images = []
    for number, photo in enumerate(photos, start=1):
        with photo.file.open("rb") as file:
            content = file.read()
        description = gettext("%(title)s: photo %(number)s") % {
            "title": proposal.title,
            "number": number,
        }
        image = Image(
            title=Truncator(description).chars(255),
            description=Truncator(description).chars(255),
            collection=collection,
            uploaded_by_user=user,
            # A random name: renditions sit in a public folder until the page is published.
            file=ContentFile(content, name=f"{secrets.token_hex(16)}.jpg"),
            file_size=len(content),
            file_hash=hashlib.sha1(content, usedforsecurity=False).hexdigest(),
        )
        image.save()
        images.append(image)
    return images


def _slug(parent, proposal, fallback):
    return find_available_slug(parent, slugify(proposal.title)[:60].strip("-") or fallback)


def _add_draft(parent, page, user):
    """Add `page` under `parent` as a draft, as the admin's "Save draft" would."""
    page.live = False
    page.has_unpublished_changes = True
    page.owner = user
    page.locale = parent.locale
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=False)
    log(instance=page, action="wagtail.create", user=user)
    return page


def _finish(proposal, user, action, template, context, page=None):
    """Tell the submitter, forget their address and photos, and note it in the history."""
    if proposal.email:
        send_later(
            to=proposal.email,
            template=f"mobilize/emails/{template}",
            context={"title": proposal.title, "kind": proposal.kind, **context},
            language=proposal.language,
        )
    Proposal.objects.filter(pk=proposal.pk).update(email="", page=page)
    proposal.email, proposal.page = "", page
    _drop_photos(proposal)
    log(
        instance=proposal,
        action=action,
        user=user,
        title=gettext("Proposal %(pk)s") % {"pk": proposal.pk},
    )


def _drop_photos(proposal):
    names = [name for name in proposal.photos.values_list("file", flat=True) if name]
    proposal.photos.all().delete()
    # Only once the decision is stored: a rolled-back decision keeps its photos.
    transaction.on_commit(lambda: _delete_files(names))


def _accepted_context(index):
    return {"index_url": page_url(index), "index_title": index.title}


@transaction.atomic
def turn_into_event(*, proposal, user):
    """Make the proposal a draft event under the events page in its language; returns the page.

    The photos become images in the "Supporters' photos" collection, shown in the description.
    """
    index = events_index_for(proposal)
    _claim(proposal, Proposal.ACCEPTED, user)
    with translation.override(proposal.language):
        images = _images(proposal, user)
    summary, rest = _split(proposal.text)
    description = "".join(_paragraph_html(part) for part in rest) + "".join(
        f'<embed alt="{escape(image.description)}" embedtype="image" format="fullwidth" '
        f'id="{image.pk}"/>'
        for image in images
    )
    happened = proposal.date < timezone.localdate()
    page = EventPage(
        title=proposal.title,
        slug=_slug(index, proposal, f"event-{proposal.pk}"),
        start_date=proposal.date,
        start_time=proposal.start_time,
        end_time=proposal.end_time,
        time_zone=proposal.time_zone or "UTC",
        city=proposal.city,
        country=proposal.country,
        organizer=proposal.organizer,
        summary=summary,
        description=description,
        status=EventPage.HAPPENED if happened else EventPage.SCHEDULED,
    )
    _add_draft(index, page, user)
    _finish(
        proposal,
        user,
        "freethem.proposal.event",
        "proposal_accepted",
        {"outcome": "event", **_accepted_context(index)},
        page=page,
    )
    return page


@transaction.atomic
def turn_into_news_post(*, proposal, user):
    """Make the proposal a draft news post under the news index in its language; returns it.

    The text makes the lead and paragraphs; the photos follow as image blocks.
    """
    from freethem.news.models import NewsPage

    index = news_index_for(proposal)
    _claim(proposal, Proposal.ACCEPTED, user)
    with translation.override(proposal.language):
        images = _images(proposal, user)
        credit = gettext("Photo sent by a supporter")
    lead, rest = _split(proposal.text)
    blocks = [{"type": "paragraph", "value": _paragraph_html(part)} for part in rest]
    blocks += [
        {"type": "image", "value": {"image": image.pk, "caption": "", "credit": credit}}
        for image in images
    ]
    for block in blocks:
        block["id"] = str(uuid.uuid4())
    page = NewsPage(
        title=proposal.title,
        slug=_slug(index, proposal, f"report-{proposal.pk}"),
        date=proposal.date,
        lead=lead or proposal.title,
        body=json.dumps(blocks),
        countries=[proposal.country.code] if proposal.country else [],
        source_organization=proposal.organizer,
    )
    if proposal.city:
        page.tags.add(proposal.city[:100])  # a tag's name holds 100 characters
    _add_draft(index, page, user)
    _finish(
        proposal,
        user,
        "freethem.proposal.news",
        "proposal_accepted",
        {"outcome": "news", **_accepted_context(index)},
        page=page,
    )
    return page


@transaction.atomic
def reject_proposal(*, proposal, user, reason):
    """Turn the proposal down; the reason, required, is sent to the submitter as written."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("A rejection needs a reason.")
    _claim(proposal, Proposal.REJECTED, user, reject_reason=reason)
    _finish(proposal, user, "freethem.proposal.reject", "proposal_rejected", {"reason": reason})
    return proposal


@transaction.atomic
def erase_proposal(*, proposal, user=None):
    """Delete a proposal and its photos for good (spam, or the submitter asks)."""
    pk = proposal.pk
    _drop_photos(proposal)
    proposal.delete()
    if user is not None:
        proposal.pk = pk
        log(
            instance=proposal,
            action="wagtail.delete",
            user=user,
            title=gettext("Proposal %(pk)s") % {"pk": pk},
            deleted=True,
        )
