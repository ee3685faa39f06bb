"""Uploaded images are re-saved without metadata, upright, looking the same."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from freethem.core.images import without_metadata


def upload(picture, kind, name, **options):
    buffer = io.BytesIO()
    picture.save(buffer, kind, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{kind.lower()}")


def test_a_photo_taken_sideways_is_kept_upright_without_its_exif():
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° to show
    exif[0x010F] = "Secretcam"
    cleaned = without_metadata(upload(Image.new("RGB", (40, 20)), "JPEG", "a.JPG", exif=exif))
    picture = Image.open(cleaned)
    assert picture.size == (20, 40)
    assert not picture.getexif()
    assert cleaned.name.endswith(".jpg") and len(cleaned.name) == 36


def test_a_transparent_png_stays_transparent():
    picture = Image.new("P", (10, 10))
    picture.putpalette([0, 0, 0, 255, 255, 255])
    cleaned = without_metadata(upload(picture, "PNG", "logo.png", transparency=0))
    assert Image.open(cleaned).info.get("transparency") == 0


def test_an_animated_gif_is_kept_as_it_is_under_a_random_name():
    frames = [Image.new("P", (10, 10), colour) for colour in (1, 2)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
    original = buffer.getvalue()
    cleaned = without_metadata(SimpleUploadedFile("dance.gif", original, "image/gif"))
    assert cleaned.read() == original
    assert cleaned.name != "dance.gif" and cleaned.name.endswith(".gif")


@pytest.mark.django_db
def test_images_stored_before_are_cleaned_in_place(site_tree):
    from io import StringIO

    from django.core.files.base import ContentFile
    from django.core.management import call_command
    from wagtail.images import get_image_model

    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Secretcam"
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20)).save(buffer, "JPEG", exif=exif, comment=b"Secret Street")
    image = get_image_model().objects.create(
        title="Old upload", file=ContentFile(buffer.getvalue(), name="IMG_1.jpg")
    )
    rendition = image.get_rendition("max-30x30")
    names = (image.file.name, rendition.file.name)
    old_hash = image.file_hash

    out = StringIO()
    call_command("strip_image_metadata", stdout=out)
    assert "Cleaned 1 images and 1 resized copies." in out.getvalue()

    image.refresh_from_db()
    rendition = image.renditions.get()
    assert (image.file.name, rendition.file.name) == names
    assert image.file_hash != old_hash
    for stored in (image.file, rendition.file):
        with stored.open("rb") as handle:
            content = handle.read()
        assert b"Secretcam" not in content and b"Secret Street" not in content
    # The original still shows upright, as before: its orientation is all it keeps.
    assert dict(Image.open(image.file.path).getexif()) == {0x0112: 6}

    out = StringIO()
    call_command("strip_image_metadata", stdout=out)
    assert "Cleaned 0 images and 0 resized copies." in out.getvalue()
