"""Photos sent with proposals can't exhaust a worker's memory, nor the disk.

The attack: a PNG of 7,070 × 7,070 pixels of one colour weighs 160 KB and is under the 50
megapixel limit of its header; decoded, it is 200 MB of pixels, and the old way of reading it
made a worker's memory grow by 590 MB. Six sent at once took a worker to 3.4 GB
(bench/uploads.py). A JPEG that claims the same size in under 1 KB (libjpeg fills what is
missing) costs 160 MB, or 340 MB if progressive.

Pillow allocates pixels with its own allocator, which tracemalloc does not see (it reported
7 MB for the 590 MB above), so memory is measured as the operating system sees it: each
photo is read in a fresh process, and its growth is that process's peak resident memory
(VmHWM, reset just before through /proc/self/clear_refs) less its memory before.
"""

import html
import io
import json
import logging
import math
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.urls import reverse
from PIL import Image, ImageFile

from freethem.mobilize import photos, services
from freethem.mobilize.models import Proposal, ProposalPhoto
from freethem.mobilize.photos import process_photo
from freethem.mobilize.tests.factories import make_events_index
from freethem.mobilize.tests.hostile_photos import (
    jpeg_claiming,
    many_frames_gif,
    many_frames_webp,
    solid_png,
    solid_webp,
)
from freethem.mobilize.tests.proposal_factories import (
    event_data,
    jpeg,
    make_proposal,
    png,
    signed_in_moderator,
    upload,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024

# Reads each file given in a fresh process, after one small photo (libraries loaded), and
# prints what came of it and how much the process grew meanwhile.
MEASURE = r"""
import json, sys, threading
import django
from django.conf import settings
settings.configure(**json.loads(sys.argv[1]))
django.setup()
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from freethem.mobilize.photos import process_photo

def status(field):
    with open("/proc/self/status") as lines:
        for line in lines:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024

process_photo(SimpleUploadedFile("warm.jpg", open(sys.argv[2], "rb").read()))
data = open(sys.argv[3], "rb").read()
outcomes = []

def read():
    try:
        photo = process_photo(SimpleUploadedFile(sys.argv[4], data))
        outcomes.append({"size": [photo.width, photo.height]})
    except ValidationError as error:
        outcomes.append({"refused": error.messages})

with open("/proc/self/clear_refs", "w") as control:
    control.write("5")  # the high-water mark starts again from here
before = status("VmRSS")
# As many requests at once, each in its own thread, as a worker's threads may serve.
threads = [threading.Thread(target=read) for _ in range(int(sys.argv[5]))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
growth, kept = status("VmHWM") - before, status("VmRSS") - before
print(json.dumps({**outcomes[0], "growth": growth, "kept": kept}))
"""


def read_in_a_fresh_process(tmp_path, content, name="photo", *, at_once=1):
    """{"size": [w, h]} or {"refused": [messages]}, "growth": bytes the reading took at its
    peak, "kept": bytes still held after it. `at_once` reads the photo in that many threads."""
    names = (
        "FREETHEM_PROPOSAL_PHOTO_MAX_BYTES",
        "FREETHEM_PROPOSAL_PHOTO_MAX_PIXELS",
        "FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES",
    )
    configured = {name: getattr(django_settings, name, None) for name in names}
    configured = {k: v for k, v in configured.items() if v is not None}
    configured.update(USE_I18N=False, INSTALLED_APPS=[])
    (tmp_path / "warm.jpg").write_bytes(jpeg())
    (tmp_path / "photo").write_bytes(content)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            MEASURE,
            json.dumps(configured),
            str(tmp_path / "warm.jpg"),
            str(tmp_path / "photo"),
            name,
            str(at_once),
        ],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
            "PYTHONPATH": str(ROOT),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def budget():
    """The memory one photo may take; 128 MB where the setting is not there (older builds)."""
    return getattr(django_settings, "FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES", 128 * MB)


# The memory bound ------------------------------------------------------------------------------


def test_tracemalloc_does_not_see_pillow_s_pixels_so_memory_is_measured_by_the_system():
    import tracemalloc

    tracemalloc.start()
    try:
        image = Image.new("RGB", (2000, 2000))  # 16 MB of pixels
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert image.size == (2000, 2000)
    assert peak < 1 * MB


@pytest.mark.parametrize(
    "name, make",
    [
        ("flat.png", lambda: solid_png(7070, 7070)),
        ("flat-transparent.png", lambda: solid_png(7070, 7070, alpha=True)),
        ("bomb-progressive.jpg", lambda: jpeg_claiming(7070, 7070, progressive=True)),
        (
            "bomb-progressive-420.jpg",
            lambda: jpeg_claiming(7070, 7070, progressive=True, subsampling=2),
        ),
        ("large.webp", lambda: solid_webp(4000, 4000)),
    ],
)
def test_small_files_of_many_pixels_are_refused_before_they_take_the_memory(tmp_path, name, make):
    result = read_in_a_fresh_process(tmp_path, make(), name)
    assert result["growth"] <= budget() / 4, result
    assert "is too large for us to read" in result["refused"][0], result
    assert f"“{name}”" in result["refused"][0]


def test_a_jpeg_bomb_is_decoded_at_a_smaller_scale_within_the_budget(tmp_path):
    result = read_in_a_fresh_process(tmp_path, jpeg_claiming(7070, 7070), "bomb.jpg")
    assert result.get("size") == [2560, 2560], result
    assert result["growth"] <= budget(), result


def side_under(per_pixel):
    """The side of the largest square photo that the limits let through at this cost a pixel."""
    return math.isqrt((budget() - photos.FINISHING) // per_pixel) - 8


@pytest.mark.parametrize(
    "name, make",
    [
        ("flat.png", lambda: solid_png(*[side_under(photos.PER_PIXEL["PNG"])] * 2)),
        (
            "transparent.png",
            lambda: solid_png(*[side_under(photos.PER_PIXEL_WITH_ALPHA)] * 2, alpha=True),
        ),
        ("flat.webp", lambda: solid_webp(*[side_under(photos.PER_PIXEL["WEBP"])] * 2)),
        (
            "transparent.webp",
            lambda: solid_webp(*[side_under(photos.PER_PIXEL["WEBP"])] * 2, alpha=True),
        ),
        # Read at full size: 5,119 pixels is just under twice MAX_SIDE.
        ("just-under-twice.jpg", lambda: jpeg_claiming(5119, 5119)),
        ("progressive.jpg", lambda: jpeg_claiming(4000, 4000, progressive=True)),
    ],
)
def test_what_the_limits_let_through_is_read_within_the_budget(tmp_path, name, make):
    """The cost the limits are worked out from is never less than what reading really takes."""
    result = read_in_a_fresh_process(tmp_path, make(), name)
    assert "size" in result, result
    assert max(result["size"]) <= photos.MAX_SIDE
    assert result["growth"] <= budget(), result


def test_six_jpeg_bombs_at_once_take_no_more_than_one_and_the_memory_goes_back(tmp_path):
    """Each thread of a worker allocates from its own arena, which would keep its peak."""
    result = read_in_a_fresh_process(tmp_path, jpeg_claiming(7070, 7070), "bomb.jpg", at_once=6)
    assert result.get("size") == [2560, 2560], result
    assert result["growth"] <= budget(), result
    assert result["kept"] <= 16 * MB, result


def test_a_worker_reads_one_photo_at_a_time(monkeypatch):
    reading, most = 0, 0
    count = threading.Lock()
    original = ImageFile.ImageFile.load

    def slow_load(self):
        nonlocal reading, most
        with count:
            reading += 1
            most = max(most, reading)
        time.sleep(0.05)
        try:
            return original(self)
        finally:
            with count:
                reading -= 1

    monkeypatch.setattr(ImageFile.ImageFile, "load", slow_load)
    results = []

    def send(n):
        results.append(process_photo(upload(jpeg((300 + n, 200)), f"p{n}.jpg")))

    threads = [threading.Thread(target=send, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 6
    assert most == 1


def test_a_photo_that_waits_too_long_for_its_turn_is_refused_with_a_message(monkeypatch):
    monkeypatch.setattr(photos, "TURN_WAIT_SECONDS", 0.1)
    with photos.READING:  # another thread is reading
        with pytest.raises(ValidationError) as refused:
            process_photo(upload(jpeg(), "vigil.jpg"))
    assert "reading many photos just now" in refused.value.messages[0]
    assert "“vigil.jpg”" in refused.value.messages[0]
    assert process_photo(upload(jpeg(), "vigil.jpg")).width == 120  # and once it is free


# Animations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, make",
    [
        ("frames.gif", lambda: many_frames_gif(5000)),
        ("frames.webp", lambda: many_frames_webp(1000)),
        ("frames.png", lambda: solid_png(100, 100, frames=100_000)),
    ],
)
def test_an_animation_of_thousands_of_frames_is_refused(name, make):
    content = make()
    started = time.perf_counter()
    with pytest.raises(ValidationError) as refused:
        process_photo(upload(content, name))
    assert time.perf_counter() - started < 2
    assert f"“{name}” is an animation of more than 500 images" in refused.value.messages[0]


def test_counting_the_frames_of_a_ten_megabyte_gif_stops_at_the_limit():
    content = many_frames_gif(450_000)  # 10 MB of one-pixel frames
    started = time.perf_counter()
    with pytest.raises(ValidationError):
        process_photo(upload(content, "frames.gif"))
    assert time.perf_counter() - started < 0.5  # Pillow's own count takes about 2 s


def test_a_short_animation_is_kept_by_its_first_frame():
    frames = [Image.new("RGB", (40, 30), colour) for colour in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    photo = process_photo(upload(out.getvalue(), "three.gif"))
    kept = Image.open(io.BytesIO(photo.content))
    assert (kept.format, kept.size) == ("JPEG", (40, 30))
    red, green, _blue = kept.getpixel((20, 15))
    assert red > 200 and green < 60


# Editors' images -------------------------------------------------------------------------------


def test_wagtail_refuses_editors_images_of_more_than_forty_megapixels(settings):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.fields import WagtailImageField

    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000
    field = WagtailImageField()
    with pytest.raises(ValidationError) as refused:
        field.clean(SimpleUploadedFile("flat.png", solid_png(7070, 7070), "image/png"))
    assert "too many pixels" in str(refused.value)


# The space for photos awaiting a decision ------------------------------------------------------


@pytest.fixture
def index(site_tree):
    return make_events_index(site_tree.home)


@pytest.fixture
def send(client, index):
    def post(data, kind="event", language="en"):
        return client.post(
            f"/{language}/proposals/{index.pk}/{kind}/",
            data,
            HTTP_SEC_FETCH_SITE="same-origin",
            REMOTE_ADDR="203.0.113.50",
        )

    return post


@pytest.fixture
def full(settings, index):
    """Photos of two pending proposals fill the space set aside for them."""
    make_proposal(index, photos=2)
    make_proposal(index, photos=1)
    settings.FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES = services.photos_waiting_bytes()
    return settings.FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES


def test_the_space_taken_is_the_photos_waiting_on_disk(index, settings):
    assert services.photos_waiting_bytes() == 0
    make_proposal(index, photos=2)
    on_disk = sum(
        p.stat().st_size for p in (Path(settings.MEDIA_ROOT) / "private").rglob("*") if p.is_file()
    )
    assert services.photos_waiting_bytes() == on_disk > 0


def test_when_the_space_is_full_a_proposal_with_photos_comes_back_with_a_kind_message(
    send, full, monkeypatch, caplog
):
    def not_read(_upload):
        raise AssertionError("a photo was read although there is no room to keep it")

    monkeypatch.setattr("freethem.mobilize.forms.process_photo", not_read)
    data = event_data(title="Vigil in Tabriz", city="Tabriz", country="IR")
    with caplog.at_level(logging.WARNING, logger="freethem.mobilize"):
        refused = send({**data, "photos": upload(jpeg())})
    page = html.unescape(refused.content.decode())
    assert refused.status_code == 400
    assert "can't take photos right now" in page
    assert "send the form again without them" in page
    assert 'value="Vigil in Tabriz"' in page and 'value="Tabriz"' in page
    assert Proposal.objects.count() == 2
    assert "photos of proposals awaiting a decision fill their space" in caplog.text
    # The same form sent again, now without photos, is taken.
    accepted = send(data)
    assert accepted.status_code == 303
    assert Proposal.objects.filter(title="Vigil in Tabriz").exists()


def test_the_space_is_checked_again_when_the_photos_are_kept(index, settings):
    """Two proposals read at the same moment: the second to be kept finds the space full."""
    make_proposal(index, photos=1)
    settings.FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES = services.photos_waiting_bytes() + 100
    with pytest.raises(services.NoRoomForPhotos):
        make_proposal(index, photos=1)
    assert Proposal.objects.count() == 1 and ProposalPhoto.objects.count() == 1
    files = [p for p in (Path(settings.MEDIA_ROOT) / "private").rglob("*") if p.is_file()]
    assert len(files) == 1


def test_deciding_on_proposals_makes_room_again(send, full, index):
    assert send(event_data(photos=upload(jpeg()))).status_code == 400
    for proposal in Proposal.objects.all():
        services.erase_proposal(proposal=proposal)
    assert send(event_data(photos=upload(png(), "a.png", "image/png"))).status_code == 303


@pytest.fixture
def moderator(client):
    return signed_in_moderator(client)


def test_moderators_are_warned_on_the_dashboard_and_the_list_when_the_space_is_full(
    client, moderator, full
):
    warning = "New proposals can't bring photos"
    dashboard = html.unescape(client.get(reverse("wagtailadmin_home")).content.decode())
    listing = html.unescape(client.get(reverse("proposals:index")).content.decode())
    assert warning in dashboard and warning in listing
    assert "Accepting or rejecting a proposal frees the space of its photos" in listing


def test_moderators_are_told_ahead_when_the_space_is_nearly_full(client, moderator, full, settings):
    settings.FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES = int(full / 0.85)
    dashboard = html.unescape(client.get(reverse("wagtailadmin_home")).content.decode())
    assert "nearly full" in dashboard
    assert "New proposals can't bring photos" not in dashboard


def test_no_warning_while_there_is_room_nor_for_those_who_do_not_moderate(
    client, moderator, full, settings
):
    settings.FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES = full * 10
    dashboard = html.unescape(client.get(reverse("wagtailadmin_home")).content.decode())
    assert "New proposals can't bring photos" not in dashboard and "nearly full" not in dashboard
    settings.FREETHEM_PRIVATE_MEDIA_QUOTA_BYTES = full
    editor = get_user_model().objects.create_user("ed", "ed@example.org", "pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    dashboard = html.unescape(client.get(reverse("wagtailadmin_home")).content.decode())
    assert "New proposals can't bring photos" not in dashboard
