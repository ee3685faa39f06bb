"""Images editors upload: kept without the camera's metadata, under a random name.

A photo from a phone or a camera carries where and when it was taken and on which device. Willow,
which makes every resized copy Wagtail serves from /media/images/, writes the original's EXIF into
each copy, and the copies are named after the original. So the admin's image form (every upload:
one image, several at once, a chooser's, a replaced file) re-saves JPEG, PNG and WebP files from
their pixels, turned upright, without EXIF, XMP or comments, and gives every upload a random name.

Images stored before this was so are cleaned, in place and under their names, by
`manage.py strip_image_metadata` (docs/deploy.md).

Wagtail's collection privacy covers documents, not images: an image is public once a page shows
it, and the copies made for the admin's previews sit in the same public folder. Their random
names keep those of images that no page uses from being found. Images that must stay secret do
not belong in the site at all (docs/editing.md).
"""

import io
import posixpath
import secrets

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps
from wagtail.images.forms import BaseImageForm

# Formats re-saved from their pixels; others (GIF, AVIF, HEIC) only get a random name.
RESAVED = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
# What a re-saved image keeps from the original: how it looks, nothing about where it came from.
KEPT = ("icc_profile", "transparency", "dpi")
JPEG_QUALITY = 92
# Form fields whose change changes every rendition of the image.
FRAMING = {"file", "focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"}
ORIENTATION = 0x0112


def random_name(name):
    extension = posixpath.splitext(name or "")[1].lower()
    return f"{secrets.token_hex(16)}{extension}"


def carries_metadata(picture):
    """Whether an image file tells more than its pixels and how to turn them: EXIF beyond the
    orientation, XMP, comments, PNG text."""
    if {"xmp", "XML:com.adobe.xmp", "comment", "photoshop"} & set(picture.info):
        return True
    if getattr(picture, "text", None):
        return True
    return "exif" in picture.info and bool(set(picture.getexif()) - {ORIENTATION})


def resaved(picture, *, upright=True):
    """The bytes of `picture` (a format of RESAVED) written again from its pixels.

    `upright` turns it as its EXIF says; otherwise only that orientation is kept, so that an
    image already stored, with its sizes and focal point, shows as before.
    """
    kind = picture.format
    options = {key: picture.info[key] for key in KEPT if key in picture.info}
    orientation = picture.getexif().get(ORIENTATION)
    if upright:
        picture = ImageOps.exif_transpose(picture)
    elif orientation not in (None, 1):
        exif = Image.Exif()
        exif[ORIENTATION] = orientation
        options["exif"] = exif.tobytes()
    if kind in ("JPEG", "WEBP"):
        options["quality"] = JPEG_QUALITY
    clean = picture.copy()
    clean.info = {}
    buffer = io.BytesIO()
    clean.save(buffer, kind, **options)
    return buffer.getvalue()


def without_metadata(upload):
    """`upload` as a new file with a random name and, where we can re-save it, no metadata."""
    upload.seek(0)
    content = upload.read()
    content_type = getattr(upload, "content_type", None) or "application/octet-stream"
    with Image.open(io.BytesIO(content)) as picture:
        if picture.format in RESAVED and not getattr(picture, "is_animated", False):
            content, content_type = resaved(picture), RESAVED[picture.format]
    return SimpleUploadedFile(random_name(upload.name), content, content_type=content_type)


def strip_stored(field_file):
    """Re-save a stored image file in place, under its name, without its metadata. True if it
    had any (files in other formats, or without metadata, are left as they are)."""
    with field_file.open("rb") as handle:
        content = handle.read()
    with Image.open(io.BytesIO(content)) as picture:
        if picture.format not in RESAVED or getattr(picture, "is_animated", False):
            return False
        if not carries_metadata(picture):
            return False
        clean = resaved(picture, upright=False)
    storage, name = field_file.storage, field_file.name
    storage.delete(name)
    if storage.save(name, ContentFile(clean)) != name:
        raise RuntimeError(f"{name} could not be written back under its name.")
    return True


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), cleaning each new file."""

    def save(self, commit=True):
        shown_before = self.instance.pk is not None
        image = super().save(commit=commit)
        # A new file or focal point: the pages that show this image need new renditions,
        # made in the background (core/renditions.py). A new image waits for its page.
        if commit and shown_before and FRAMING & set(self.changed_data):
            from .signals import pictures_changed

            pictures_changed(image.pk)
        return image

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            return without_metadata(upload)
        return upload
