"""A supporter adds an event or reports an action, without an account and without JavaScript."""

import io
import re
from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.test import RequestFactory
from django.test.client import BOUNDARY, encode_multipart
from PIL import Image

from freethem.core.cache import is_stored
from freethem.core.limits import hash_ip
from freethem.mobilize.models import Proposal, ProposalPhoto
from freethem.news.tests.factories import translate

from .factories import make_day_of_action, make_events_index
from .proposal_factories import (
    event_data,
    in_days,
    jpeg,
    png,
    png_claiming,
    report_data,
    upload,
)

pytestmark = pytest.mark.django_db

IP = "203.0.113.9"


@pytest.fixture
def index(site_tree):
    index = make_events_index(site_tree.home)
    for language, title in (("es", "Acciones"), ("fa", "رویدادها"), ("fr", "Actions")):
        translate(index, language, title=title, slug=f"actions-{language}")
    return index


@pytest.fixture
def send(client, index):
    """Post a form as a browser on this site would, from the visitor's address."""

    def post(data, kind="event", language="en", **headers):
        url = f"/{language}/proposals/{index.pk}/{kind}/"
        headers.setdefault("HTTP_SEC_FETCH_SITE", "same-origin")
        headers.setdefault("REMOTE_ADDR", IP)
        return client.post(url, data, **headers)

    return post


def html(response):
    return response.content.decode()


def field_error(response, field):
    """The error messages shown next to a field of the form."""
    match = re.search(rf'<div id="id_{field}_error">(.*?)</div>', html(response), re.S)
    return match.group(1) if match else ""


def stored_files(root):
    return [p for p in Path(root).rglob("*") if p.is_file()]


# The form pages -------------------------------------------------------------------------------


def test_the_form_pages_work_in_every_language_and_are_never_cached(client, index):
    first = client.get("/en/actions/propose/")
    again = client.get("/en/actions/propose/")
    page = html(first)
    assert first.status_code == 200
    assert 'enctype="multipart/form-data"' in page
    assert f'action="/en/proposals/{index.pk}/event/"' in page
    assert '<input type="file" name="photos"' in page and "multiple" in page
    # No CSRF token and no cookie, as on the appeals' pages; but no page cache either, since
    # each form carries its own submission key.
    assert "csrfmiddlewaretoken" not in page and not first.cookies
    assert "no-store" in first["Cache-Control"] and "no-store" in again["Cache-Control"]
    assert not is_stored(RequestFactory().get("/en/actions/propose/"))
    keys = [re.search(r'name="submission" value="(\w+)"', html(r)).group(1) for r in (first, again)]
    assert keys[0] != keys[1]

    persian = client.get("/fa/actions-fa/report/")
    assert persian.status_code == 200
    assert 'dir="rtl"' in html(persian) and 'name="time_zone"' not in html(persian)
    for language, words in (("es", 'lang="es"'), ("fr", 'lang="fr"')):
        translated = client.get(f"/{language}/actions-{language}/propose/")
        assert translated.status_code == 200 and words in html(translated)
        assert 'name="time_zone"' in html(translated)


def test_the_events_and_day_of_action_pages_link_to_both_forms(client, index):
    day = make_day_of_action(index, date=in_days(40))
    for url in (index.url, day.url):
        page = html(client.get(url))
        assert 'href="/en/actions/propose/' in page and 'href="/en/actions/report/"' in page
    assert f"/en/actions/propose/?date={in_days(40).isoformat()}" in html(client.get(day.url))
    form = html(client.get(f"/en/actions/propose/?date={in_days(40).isoformat()}"))
    assert f'value="{in_days(40).isoformat()}"' in form


# Sending ---------------------------------------------------------------------------------------


def test_an_event_with_a_photo_is_kept_for_the_moderators(send, index):
    response = send(event_data(photos=upload(jpeg())))
    assert response.status_code == 303
    assert response["Location"] == "/en/actions/sent/"
    proposal = Proposal.objects.get()
    assert (proposal.kind, proposal.status, proposal.language) == ("event", "pending", "en")
    assert (proposal.title, proposal.city, proposal.country.code) == (
        "Vigil for the prisoners of Evin",
        "Lyon",
        "FR",
    )
    assert proposal.index == index
    assert proposal.text == "Candles and portraits in front of the town hall.\n\nBring a photo."
    assert proposal.photos.count() == 1
    # The address is kept only as a keyed hash.
    assert proposal.ip_hash == hash_ip(IP) and IP not in proposal.ip_hash
    values = [str(v) for v in Proposal.objects.values_list().get()]
    assert not any(IP in value for value in values)


def test_a_report_in_persian_is_kept_in_that_language(send, index):
    response = send(report_data(title="پوستر برای توماج"), kind="report", language="fa")
    assert response.status_code == 303
    proposal = Proposal.objects.get()
    assert (proposal.kind, proposal.language) == ("report", "fa")
    assert proposal.title == "پوستر برای توماج"


def test_photos_lose_their_location_camera_data_and_profile(send, settings):
    send(event_data(photos=upload(jpeg(gps=True, xmp=True))))
    photo = ProposalPhoto.objects.get()
    content = photo.file.open("rb").read()
    stored = Image.open(io.BytesIO(content))
    assert stored.format == "JPEG"
    assert not stored.getexif()
    assert not set(stored.info) & {"exif", "xmp", "icc_profile", "comment"}
    for trace in (b"Exif", b"GPS", b"Camera of a supporter", b"xmpmeta", b"ICC_PROFILE"):
        assert trace not in content
    # The original carried all of it, so the test can fail.
    original = Image.open(io.BytesIO(jpeg(gps=True, xmp=True)))
    assert original.getexif().get_ifd(0x8825) and "xmp" in original.info


def test_photos_are_turned_upright_and_made_smaller(send):
    send(event_data(photos=[upload(jpeg((120, 80), orientation=6)), upload(jpeg((3000, 1500)))]))
    turned, large = ProposalPhoto.objects.order_by("pk")
    assert (turned.width, turned.height) == (80, 120)
    image = Image.open(turned.file.open("rb"))
    assert image.size == (80, 120)
    # Orientation 6: the dark left half of the picture is now at the top.
    assert sum(image.getpixel((40, 10))) < sum(image.getpixel((40, 110)))
    assert (large.width, large.height) == (2560, 1280)


def test_png_webp_and_gif_come_out_as_jpeg(send):
    webp = io.BytesIO()
    Image.new("RGB", (30, 30), "blue").save(webp, "WEBP")
    gif = io.BytesIO()
    Image.new("P", (30, 30)).save(gif, "GIF")
    files = [
        upload(png(), "a.png", "image/png"),
        upload(webp.getvalue(), "b.webp", "image/webp"),
        upload(gif.getvalue(), "c.gif", "image/gif"),
    ]
    assert send(event_data(photos=files)).status_code == 303
    for photo in ProposalPhoto.objects.all():
        assert Image.open(photo.file.open("rb")).format == "JPEG"
        assert photo.file.name.endswith(".jpg")


def test_photos_are_stored_privately_under_random_names(client, index, settings):
    """A file named "../../x.php" sent as is, past the test client's own clean-up."""
    body = encode_multipart(BOUNDARY, event_data(photos=upload(jpeg(), "evil.jpg")))
    body = body.replace(b'filename="evil.jpg"', b'filename="../../x.php"')
    response = client.post(
        f"/en/proposals/{index.pk}/event/",
        body,
        content_type=f"multipart/form-data; boundary={BOUNDARY}",
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 303
    photo = ProposalPhoto.objects.get()
    media = Path(settings.MEDIA_ROOT).resolve()
    path = Path(photo.file.path).resolve()
    assert path.is_relative_to(media / "private" / "proposals")
    assert re.fullmatch(r"[0-9a-f]{32}\.jpg", path.name)
    everywhere = stored_files(media.parent)
    assert not [p for p in everywhere if "x.php" in p.name or p.suffix == ".php"]
    # No public address serves it, however it is spelled.
    name = photo.file.name
    for url in (f"/media/private/{name}", f"/media/x/../private/{name}", f"/media//private/{name}"):
        assert client.get(url).status_code == 404, url
    with pytest.raises(ValueError):
        storages["private"].url(name)


# Bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind, overrides, field, message",
    [
        ("event", {"date": in_days(-2).isoformat()}, "date", "This date has passed"),
        ("event", {"date": in_days(5000).isoformat()}, "date", "three years ahead"),
        ("report", {"date": in_days(3).isoformat()}, "date", "still to come"),
        ("event", {"date": "31/02/2030"}, "date", "year-month-day"),
        ("event", {"end_time": "17:00"}, "end_time", "must end after it starts"),
        ("event", {"start_time": "", "end_time": "17:00"}, "start_time", "start time too"),
        ("event", {"time_zone": ""}, "time_zone", "time zone of the place"),
        ("event", {"time_zone": "Mars/Olympus"}, "time_zone", "from the list"),
        ("event", {"country": "XX"}, "country", "Choose a country from the list"),
        ("event", {"country": ""}, "country", "This field is required"),
        ("event", {"title": "<b>Vigil</b>"}, "title", "plain text"),
        ("event", {"text": 'Come <a href="https://x.example">here</a>'}, "text", "plain text"),
        ("report", {"city": "Lyon<script>alert(1)</script>"}, "city", "plain text"),
        ("event", {"organizer": "<!-- hidden -->"}, "organizer", "plain text"),
        ("event", {"title": "x" * 201}, "title", "at most 200 characters"),
        ("event", {"text": "x" * 5001}, "text", "at most 5000 characters"),
        ("event", {"city": "y" * 121}, "city", "at most 120 characters"),
        ("event", {"email": "not an address"}, "email", "valid email"),
        ("event", {"title": "   "}, "title", "required"),
        ("report", {"text": ""}, "text", "required"),
        ("event", {"date": ""}, "date", "required"),
        ("report", {"city": ""}, "city", "required"),
        ("event", {"consent": None}, "consent", "Tick this box"),
    ],
)
def test_bad_input_is_explained_next_to_its_field_and_the_rest_kept(
    send, kind, overrides, field, message
):
    data = (event_data if kind == "event" else report_data)(**overrides)
    response = send(data, kind=kind)
    assert response.status_code == 400
    assert message in field_error(response, field)
    page = html(response)
    assert "no-store" in response["Cache-Control"]
    # What else the visitor typed comes back as typed (escaped).
    for name in ("title", "city", "organizer"):
        if name != field and data.get(name):
            assert f'value="{data[name]}"' in page, name
    if field != "text":
        assert data["text"].split("\n")[0] in page
    assert "<script>alert(1)</script>" not in page
    assert not Proposal.objects.exists()


def test_every_mistake_is_shown_at_once(send):
    response = send(event_data(date="", end_time="17:00", time_zone="", country="XX"))
    assert "required" in field_error(response, "date")
    assert "must end after it starts" in field_error(response, "end_time")
    assert "time zone of the place" in field_error(response, "time_zone")
    assert "from the list" in field_error(response, "country")


def test_text_with_angle_brackets_that_is_not_html_passes(send):
    response = send(event_data(title="We <3 the prisoners", text="Fewer than 10 < 20 > 5 people"))
    assert response.status_code == 303
    assert Proposal.objects.get().title == "We <3 the prisoners"


def test_control_characters_go_and_nul_is_refused(send):
    refused = send(event_data(title="Vigil\x00 in Lyon"))
    assert refused.status_code == 400
    assert "Null characters are not allowed" in field_error(refused, "title")
    assert send(event_data(title="Vigil\x07 in\x1b Lyon", text="One\x0b\r\ntwo")).status_code == 303
    proposal = Proposal.objects.get()
    assert (proposal.title, proposal.text) == ("Vigil in Lyon", "One\ntwo")


@pytest.mark.parametrize(
    "content, name, message",
    [
        (b"%PDF-1.4 not a photo at all", "flyer.jpg", "could not be read as a photo"),
        (b"<?php system($_GET['c']); ?>", "../../x.php", "could not be read as a photo"),
        (b"", "empty.jpg", "empty"),
        (png_claiming(100_000, 100_000), "bomb.png", "claims to be far too large"),
        (png_claiming(12_000, 12_000), "warned.png", "claims to be far too large"),
        (png_claiming(9_000, 9_000), "big.png", "9000 × 9000 pixels"),
        (jpeg()[:200], "cut.jpg", "could not be read as a photo"),
    ],
    # Named by file: the photos' bytes hold the time they were drawn, and pytest-xdist's
    # processes, collecting a second apart, would otherwise see different tests.
    ids=["flyer.jpg", "x.php", "empty.jpg", "bomb.png", "warned.png", "big.png", "cut.jpg"],
)
def test_files_that_are_not_usable_photos_are_refused(send, content, name, message):
    response = send(event_data(photos=[upload(jpeg(), "good.jpg"), upload(content, name)]))
    assert response.status_code == 400
    assert message in field_error(response, "photos")
    page = html(response)
    assert "choose them again" in page
    assert 'value="Lyon"' in page
    assert not Proposal.objects.exists() and not ProposalPhoto.objects.exists()


def test_a_50_mb_photo_gets_a_message_not_an_error_page(send, settings, tmp_path):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE < 50 * 1024 * 1024
    huge = upload(b"\xff\xd8\xff" + b"0" * (50 * 1024 * 1024), "holiday.jpg")
    response = send(event_data(photos=huge))
    assert response.status_code == 400
    assert "“holiday.jpg” is larger than 10.0" in field_error(response, "photos")
    assert 'value="Vigil for the prisoners of Evin"' in html(response)
    assert not Proposal.objects.exists()
    assert not stored_files(settings.MEDIA_ROOT)


def test_the_size_limit_follows_the_setting(send, settings):
    settings.FREETHEM_PROPOSAL_PHOTO_MAX_BYTES = 1000
    response = send(event_data(photos=upload(jpeg((400, 400)))))
    assert "is larger than 1000" in field_error(response, "photos")


def test_at_most_five_photos(send):
    photos = [upload(jpeg(), f"p{n}.jpg") for n in range(7)]
    response = send(event_data(photos=photos))
    assert response.status_code == 400
    assert "at most 5 photos" in field_error(response, "photos")
    again = [upload(jpeg(), f"p{n}.jpg") for n in range(5)]
    assert send(event_data(photos=again)).status_code == 303
    assert ProposalPhoto.objects.count() == 5


def test_the_same_form_sent_twice_makes_one_proposal(send):
    data = event_data()
    first = send({**data, "photos": upload(jpeg())})
    second = send({**data, "photos": upload(jpeg())})
    assert first.status_code == second.status_code == 303
    assert Proposal.objects.count() == 1 and ProposalPhoto.objects.count() == 1
    # A form without its key (or with a made-up one) still makes its own proposal.
    send(event_data(submission="../../etc"))
    send(event_data(submission=""))
    assert Proposal.objects.count() == 3


def test_too_many_sendings_from_one_network_are_refused_with_the_form_kept(send, settings):
    settings.FREETHEM_PROPOSAL_LIMITS_IP = [(600, 2)]
    assert send(event_data()).status_code == 303
    assert send(event_data(date="")).status_code == 400  # every sending counts
    refused = send(event_data(title="Third vigil", photos=upload(jpeg())))
    assert refused.status_code == 429
    assert "Many proposals were sent from your network" in html(refused)
    assert 'value="Third vigil"' in html(refused) and "choose them again" in html(refused)
    assert Proposal.objects.count() == 1
    # Another network is not held back.
    other = send(event_data(), REMOTE_ADDR="198.51.100.20")
    assert other.status_code == 303


def test_the_client_address_header_is_read_from_a_trusted_proxy(send, settings):
    settings.FREETHEM_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    settings.FREETHEM_TRUSTED_PROXIES = [IP]
    send(event_data(), HTTP_X_REAL_IP="192.0.2.44")
    assert Proposal.objects.get().ip_hash == hash_ip("192.0.2.44")


def test_a_form_sent_from_another_site_is_refused(send):
    response = send(event_data(), HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    assert "another website" in html(response)
    response = send(event_data(), HTTP_SEC_FETCH_SITE="", HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not Proposal.objects.exists()


def test_robots_filling_the_hidden_field_are_thanked_and_forgotten(send):
    response = send(event_data(homepage="https://spam.example"))
    assert response.status_code == 303
    assert not Proposal.objects.exists()


def test_opening_the_sending_address_leads_to_the_form(client, index):
    response = client.get(f"/en/proposals/{index.pk}/report/")
    assert response.status_code == 302 and response["Location"] == "/en/actions/report/"
    assert client.get("/en/proposals/999999/event/").status_code == 404


def test_the_thank_you_page_and_the_too_large_page(client, index):
    thanks = client.get("/en/actions/sent/")
    assert thanks.status_code == 200 and "reached us" in html(thanks)
    too_large = client.get("/fa/proposals/too-large/")
    assert too_large.status_code == 413 and 'dir="rtl"' in html(too_large)
