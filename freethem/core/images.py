"""Images editors upload: kept without the camera's metadata, under a random name.

A photo from a phone or a camera carries where and when it was taken and on which device. Willow,
which makes every resized copy Wagtail serves from /media/images/, writes the original's EXIF into
each copy, and the copies are named after the original. So the admin's image form (every upload:
one image, several at once, a chooser's, a replaced file) re-saves JPEG, PNG and WebP files from
their pixels, turned upright, without EXIF, XMP or comments, and gives every upload a random name.

Wagtail's collection privacy covers documents, not images: an image is public once a page shows
it, and the copies made for the admin's previews sit in the same public folder. Their random
names keep those of images that no page uses from being found. Images that must stay secret do
not belong in the site at all (docs/editing.md).
"""

import io
import posixpath
import secrets

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageOps
from wagtail.images.forms import BaseImageForm

# Formats re-saved from their pixels; others (GIF, AVIF, HEIC) only get a random name.
RESAVED = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
# What a re-saved image keeps from the original: how it looks, nothing about where it came from.
KEPT = ("icc_profile", "transparency", "dpi")
JPEG_QUALITY = 92


def random_name(name):
    extension = posixpath.splitext(name or "")[1].lower()
    return f"{secrets.token_hex(16)}{extension}"


def without_metadata(upload):
    """`upload` as a new file with a random name and, where we can re-save it, no metadata."""
    upload.seek(0)
    content = upload.read()
    content_type = getattr(upload, "content_type", None) or "application/octet-stream"
    with Image.open(io.BytesIO(content)) as picture:
        kind = picture.format
        if kind in RESAVED and not getattr(picture, "is_animated", False):
            upright = ImageOps.exif_transpose(picture)
            options = {key: picture.info[key] for key in KEPT if key in picture.info}
            if kind == "JPEG":
                options.update(quality=JPEG_QUALITY, optimize=True)
            elif kind == "WEBP":
                options.update(quality=JPEG_QUALITY)
            clean = upright.copy()
            clean.info = {}
            buffer = io.BytesIO()
            clean.save(buffer, kind, **options)
            content, content_type = buffer.getvalue(), RESAVED[kind]
    return SimpleUploadedFile(random_name(upload.name), content, content_type=content_type)


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE), cleaning each new file."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            return without_metadata(upload)
        return upload
