"""A moderator reads supporters' proposals in the admin and makes drafts of them, or says no."""

import datetime
import io
import re

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.storage import storages
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page

from freethem.core.models import OutgoingEmail
from freethem.mobilize import services
from freethem.mobilize.models import EventPage, Proposal, ProposalPhoto
from freethem.mobilize.tests.proposal_factories import signed_in_moderator
from freethem.news.models import NewsPage
from freethem.news.tests.factories import publish, translate

from .factories import make_events_index
from .proposal_factories import event_data, in_days, jpeg, make_proposal, upload

pytestmark = pytest.mark.django_db

LIST_URL = reverse("proposals:index")
EMAIL = "sender@example.org"


def inspect_url(proposal):
    return reverse("proposals:inspect", args=[proposal.pk])


def action_url(name, proposal):
    return reverse(f"proposals:{name}", args=[proposal.pk])


@pytest.fixture
def index(site_tree):
    return make_events_index(site_tree.home)


@pytest.fixture
def moderator(client):
    """Someone in a group with admin access and the one moderation permission, nothing more."""
    return signed_in_moderator(client)


@pytest.fixture
def editor():
    """An admin user without the moderation permission."""
    user = get_user_model().objects.create_user("editor", "ed@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other = Client()
    other.force_login(user)
    return other


@pytest.fixture
def decide(client, django_capture_on_commit_callbacks):
    """Press a decision button as the signed-in moderator; owed emails go as after a commit."""

    def post(name, proposal, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(action_url(name, proposal), data or {})

    return post


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


# The queue and one proposal ---------------------------------------------------------------------


def test_the_queue_lists_pending_proposals_first_and_never_an_address(client, moderator, index):
    old = make_proposal(index, title="Reading in Medellín", email="old@example.org")
    services.reject_proposal(proposal=old, user=moderator, reason="Already on the site.")
    report = make_proposal(
        index, kind=Proposal.REPORT, title="Posters in Cologne", email="report@example.org"
    )
    event = make_proposal(index, title="Vigil in Lyon", email="event@example.org")
    html = page_html(client, LIST_URL)
    assert html.index("Vigil in Lyon") < html.index("Posters in Cologne")
    assert html.index("Posters in Cologne") < html.index("Reading in Medellín")
    for address in ("old@example.org", "report@example.org", "event@example.org", "example.org"):
        assert address not in html
    pending = page_html(client, LIST_URL + "?status=pending")
    assert "Vigil in Lyon" in pending and "Reading in Medellín" not in pending
    reports = page_html(client, LIST_URL + "?kind=report")
    assert "Posters in Cologne" in reports and "Vigil in Lyon" not in reports
    assert inspect_url(event) in html and inspect_url(report) in html
    # The menu shows the item to moderators.
    assert LIST_URL in page_html(client, reverse("wagtailadmin_home"))


def test_a_proposal_shows_its_text_and_photos_to_moderators_only(client, moderator, index, editor):
    proposal = make_proposal(index, photos=2, text="First paragraph.\n\nSecond one.")
    html = page_html(client, inspect_url(proposal))
    assert "First paragraph." in html and "Second one." in html
    assert EMAIL not in html and "Gave an email address" in html
    photos = list(proposal.photos.all())
    for photo in photos:
        url = action_url("photo", photo)
        assert f'src="{url}"' in html
        response = client.get(url)
        assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
        assert "no-store" in response["Cache-Control"]
        image = Image.open(io.BytesIO(b"".join(response.streaming_content)))
        assert image.size == (photo.width, photo.height)
    for buttons in ("Turn into a draft event", "Turn into a draft news post", "Reject"):
        assert buttons in html

    # Someone in the admin without the permission sees none of it, and changes nothing.
    for url in (LIST_URL, inspect_url(proposal), action_url("photo", photos[0])):
        response = editor.get(url)
        assert response.status_code in (302, 403), url
        assert not response.get("Content-Type", "").startswith("image/")
    for name in ("event", "news"):
        assert editor.post(action_url(name, proposal)).status_code in (302, 403)
    assert editor.post(action_url("reject", proposal), {"reason": "No."}).status_code in (302, 403)
    assert Proposal.objects.get().status == Proposal.PENDING
    assert LIST_URL not in editor.get(reverse("wagtailadmin_home")).content.decode()
    # Nor do visitors.
    assert Client().get(action_url("photo", photos[0])).status_code == 302


# Turning into a draft event ----------------------------------------------------------------------


def test_turn_a_proposal_into_a_draft_event(client, moderator, index, decide):
    proposal = make_proposal(index, photos=2)
    private = [photo.file.name for photo in proposal.photos.all()]
    response = decide("event", proposal)

    page = EventPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().pk == index.pk
    assert (page.title, page.city, page.country.code, page.organizer) == (
        "Vigil for the prisoners of Evin",
        "Lyon",
        "FR",
        "Friends of the prisoners, Lyon",
    )
    assert (page.start_date, page.start_time, page.end_time, page.time_zone) == (
        in_days(20),
        datetime.time(18, 0),
        datetime.time(19, 30),
        "Europe/Paris",
    )
    assert page.summary == "Candles and portraits in front of the town hall."
    assert "Bring a photo." in page.description
    assert page.status == EventPage.SCHEDULED
    assert page.get_latest_revision().user == moderator

    images = get_image_model().objects.filter(collection__name="Supporters' photos")
    assert images.count() == 2
    for image in images:
        assert f'id="{image.pk}"' in page.description and 'embedtype="image"' in page.description
        assert image.uploaded_by_user == moderator

    proposal.refresh_from_db()
    assert (proposal.status, proposal.page_id) == ("accepted", page.pk)
    assert proposal.decided_by == moderator
    assert proposal.decided_at is not None
    # The address and the private photos are gone; the owed email has left.
    assert proposal.email == ""
    assert not ProposalPhoto.objects.exists()
    assert not any(storages["private"].exists(name) for name in private)
    assert not OutgoingEmail.objects.filter(wanted_at__isnull=False).exists()
    [message] = mail.outbox
    assert message.to == [EMAIL]
    assert "Vigil for the prisoners of Evin" in message.subject
    assert "accepted" in message.body and "/en/actions/" in message.body
    assert ModelLogEntry.objects.filter(action="freethem.proposal.event").exists()


def test_the_draft_goes_under_the_events_page_in_the_senders_language(
    client, moderator, index, decide
):
    persian = translate(index, "fa", title="رویدادها", slug="actions-fa")
    proposal = make_proposal(index, language="fa", title="شب شعر برای زندانیان", email=EMAIL)
    decide("event", proposal)
    page = EventPage.objects.get()
    assert page.get_parent().pk == persian.pk and page.locale.language_code == "fa"
    [message] = mail.outbox
    assert "شب شعر برای زندانیان" in message.subject
    assert 'dir="rtl"' in message.alternatives[0][0]

    # No Spanish events page: the draft goes under the default one.
    spanish = make_proposal(index, language="es", title="Vigilia en Cali")
    decide("event", spanish)
    assert EventPage.objects.get(title="Vigilia en Cali").get_parent().pk == index.pk


def test_a_report_becomes_an_event_that_happened(client, moderator, index, decide):
    proposal = make_proposal(
        index,
        kind=Proposal.REPORT,
        date=in_days(-10),
        start_time=None,
        end_time=None,
        time_zone="",
        photos=0,
        email="",
    )
    decide("event", proposal)
    page = EventPage.objects.get()
    assert page.status == EventPage.HAPPENED and page.time_zone == "UTC"
    assert mail.outbox == []  # nobody to tell


def test_a_published_event_shows_no_address_and_reaches_the_calendar(
    client, moderator, index, decide
):
    proposal = make_proposal(index, photos=1)
    decide("event", proposal)
    page = publish(EventPage.objects.get())
    visitor = Client()
    event_page = page_html(visitor, page.url)
    assert "Vigil for the prisoners of Evin" in event_page and "<img" in event_page
    listing = page_html(visitor, index.url)
    assert "Vigil for the prisoners of Evin" in listing
    feed = icalendar.Calendar.from_ical(visitor.get(index.url + "calendar/").content)
    assert [str(e["summary"]) for e in feed.walk("VEVENT")] == ["Vigil for the prisoners of Evin"]
    for html in (event_page, listing, visitor.get(index.url + "calendar/").content.decode()):
        assert EMAIL not in html


# Turning into a draft news post -----------------------------------------------------------------


def test_turn_a_report_into_a_draft_news_post(client, moderator, site_tree, index, decide):
    proposal = make_proposal(
        index,
        kind=Proposal.REPORT,
        title="Poster action in Cologne",
        text="Posters in German and Farsi.\n\nPassers-by stopped to read.\nSome took flyers.",
        date=in_days(-3),
        city="Köln",
        country="DE",
        photos=2,
    )
    response = decide("news", proposal)
    post = NewsPage.objects.get(title="Poster action in Cologne")
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[post.pk])
    assert not post.live and post.get_parent().pk == site_tree.index.pk
    assert post.date == in_days(-3) and post.lead == "Posters in German and Farsi."
    assert [c.code for c in post.countries] == ["DE"]
    blocks = [(block.block_type, block.value) for block in post.body]
    assert blocks[0][0] == "paragraph"
    assert "Passers-by stopped to read.<br/>Some took flyers." in blocks[0][1].source
    images = [value for kind, value in blocks if kind == "image"]
    assert len(images) == 2
    assert all(v["image"].collection.name == "Supporters' photos" for v in images)
    assert "Köln" in [tag.name for tag in post.get_latest_revision_as_object().tags.all()]
    [message] = mail.outbox
    assert "news post" in message.body
    assert Proposal.objects.get().status == Proposal.ACCEPTED


# Rejecting -------------------------------------------------------------------------------------


def test_rejecting_needs_a_reason_and_tells_the_sender(client, moderator, index, decide):
    proposal = make_proposal(index, photos=1, language="fr", email=EMAIL)
    private = proposal.photos.get().file.name
    response = decide("reject", proposal, {"reason": "   "})
    assert response.status_code == 302 and response["Location"] == inspect_url(proposal)
    assert "Give a reason" in page_html(client, response["Location"])
    assert Proposal.objects.get().status == Proposal.PENDING and mail.outbox == []

    response = decide("reject", proposal, {"reason": "Cette date est déjà annoncée."})
    assert response["Location"] == LIST_URL
    proposal.refresh_from_db()
    assert proposal.status == Proposal.REJECTED
    assert proposal.reject_reason == "Cette date est déjà annoncée."
    assert proposal.email == "" and proposal.page is None
    assert not storages["private"].exists(private)
    [message] = mail.outbox
    assert message.to == [EMAIL]
    assert "Cette date est déjà annoncée." in message.body
    assert "Cette date est déjà annoncée." in message.alternatives[0][0]
    assert 'lang="fr"' in message.alternatives[0][0]
    assert not Page.objects.type(EventPage).exists()


def test_a_proposal_is_decided_once(client, moderator, index, decide):
    proposal = make_proposal(index)
    decide("event", proposal)
    again = decide("news", proposal)
    assert again["Location"] == inspect_url(proposal)
    assert "already decided" in page_html(client, again["Location"])
    assert decide("reject", proposal, {"reason": "Too late."})["Location"] == inspect_url(proposal)
    assert EventPage.objects.count() == 1 and not NewsPage.objects.filter(live=False).exists()
    assert len(mail.outbox) == 1
    assert Proposal.objects.get().status == Proposal.ACCEPTED
    with pytest.raises(services.AlreadyDecided):
        services.reject_proposal(proposal=proposal, user=moderator, reason="No.")


def test_deciding_is_refused_by_get(client, moderator, index):
    proposal = make_proposal(index)
    assert client.get(action_url("event", proposal)).status_code == 405
    assert Proposal.objects.get().status == Proposal.PENDING


def test_deleting_a_proposal_removes_its_photos(
    client, moderator, index, django_capture_on_commit_callbacks
):
    proposal = make_proposal(index, photos=2)
    names = [photo.file.name for photo in proposal.photos.all()]
    assert all(storages["private"].exists(name) for name in names)
    delete_url = reverse("proposals:delete", args=[proposal.pk])
    assert client.get(delete_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(delete_url)
    assert not Proposal.objects.exists() and not ProposalPhoto.objects.exists()
    assert not any(storages["private"].exists(name) for name in names)
    assert mail.outbox == []


# From the public form to the admin ------------------------------------------------------------


def test_what_a_supporter_sends_reaches_the_queue_without_its_address(client, moderator, index):
    visitor = Client()
    response = visitor.post(
        f"/en/proposals/{index.pk}/event/",
        event_data(email="private.person@example.org", photos=upload(jpeg(gps=True))),
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 303
    thanks = page_html(visitor, response["Location"])
    proposal = Proposal.objects.get()
    for html in (thanks, page_html(client, LIST_URL), page_html(client, inspect_url(proposal))):
        assert "private.person@example.org" not in html
        assert "private.person" not in html
    assert re.search(r"/admin/proposals/photo/\d+/", page_html(client, inspect_url(proposal)))


def test_the_permission_can_be_given_to_a_group(client):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    html = page_html(client, reverse("wagtailusers_groups:add"))
    assert "Can moderate supporters" in html
    assert "Can add proposal" not in html and "Can change proposal" not in html
