"""Supporters' photos: read by their content, never trusted, and re-drawn without metadata.

A photo from a phone carries where it was taken (GPS), when, and on which device; a photo of a
rally shows who was there. What we keep is a new JPEG made from the pixels alone: turned upright,
in sRGB, at most MAX_SIDE pixels long, with no EXIF, XMP or colour profile, under a random name.
The name the visitor's browser sent is never used.
"""

import io
import logging
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps

logger = logging.getLogger(__name__)

# What we read: the formats phones and cameras save, and the first frame of a GIF.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
ACCEPT = "image/jpeg,image/png,image/webp,image/gif"
MAX_PHOTOS = 5
MAX_SIDE = 2560
JPEG_QUALITY = 85

UNREADABLE = _(
    "“%(name)s” could not be read as a photo. Please send JPEG, PNG, WebP or GIF images."
)
TOO_LARGE = _("“%(name)s” is larger than %(limit)s. Please send photos of at most %(limit)s each.")
TOO_MANY_PIXELS = _(
    "“%(name)s” is too large: %(width)s × %(height)s pixels. Please send photos of at most "
    "%(megapixels)s megapixels."
)
TOO_MANY_PIXELS_BOMB = _(
    "“%(name)s” claims to be far too large. Please send photos of at most %(megapixels)s "
    "megapixels."
)
TOO_MANY = _("Please send at most %(count)s photos.")


@dataclass(frozen=True)
class Photo:
    """A photo ready to keep: JPEG bytes and their size in pixels."""

    content: bytes
    width: int
    height: int


def display_name(name):
    """The file's name as the visitor chose it, for messages only (escaped by templates)."""
    return Truncator((name or "").replace("\\", "/").rsplit("/", 1)[-1]).chars(60) or "?"


def too_large_error(name):
    return ValidationError(
        TOO_LARGE,
        code="too_large",
        params={
            "name": display_name(name),
            "limit": filesizeformat(settings.FREETHEM_PROPOSAL_PHOTO_MAX_BYTES),
        },
    )


def _too_many_pixels(name, width, height):
    return ValidationError(
        TOO_MANY_PIXELS,
        code="too_many_pixels",
        params={
            "name": display_name(name),
            "width": width,
            "height": height,
            "megapixels": settings.FREETHEM_PROPOSAL_PHOTO_MAX_PIXELS // 1_000_000,
        },
    )


def process_photo(upload):
    """A clean JPEG from an uploaded file, or a ValidationError saying what is wrong with it.

    The size in pixels is checked from the header, before any pixel is decoded, so that a
    small file claiming to be 100,000 pixels square (an "image bomb") costs nothing.
    """
    name = getattr(upload, "name", "")
    if upload.size > settings.FREETHEM_PROPOSAL_PHOTO_MAX_BYTES:
        raise too_large_error(name)
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            # Pillow warns, then refuses, past its own pixel limit: both mean "too large".
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload, formats=FORMATS) as image:
                width, height = image.size
                if width * height > settings.FREETHEM_PROPOSAL_PHOTO_MAX_PIXELS:
                    raise _too_many_pixels(name, width, height)
                # JPEG decodes straight to a half, a quarter or an eighth of its size.
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))
                image.load()
                return _redraw(image)
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(
            TOO_MANY_PIXELS_BOMB,
            code="too_many_pixels",
            params={
                "name": display_name(name),
                "megapixels": settings.FREETHEM_PROPOSAL_PHOTO_MAX_PIXELS // 1_000_000,
            },
        ) from None
    except Exception as error:
        # Broken or hostile files make Pillow raise all sorts of things; none is our fault.
        logger.info("Refused an unreadable photo: %r", error)
        raise ValidationError(
            UNREADABLE, code="unreadable", params={"name": display_name(name)}
        ) from None


def _to_srgb(image):
    """Colours as the photo's profile meant them, in sRGB, since the profile is not kept."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        mode = "RGBA" if image.mode == "RGBA" else "RGB"
        return ImageCms.profileToProfile(image, source, target, outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _redraw(image):
    image = ImageOps.exif_transpose(image)
    image = _to_srgb(image)
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        # Transparent parts become white, as they look on the page.
        rgba = image.convert("RGBA")
        image = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image.alpha_composite(rgba)
    image = image.convert("RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    # A new image holds the pixels and nothing else: no EXIF, XMP, comment or profile.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return Photo(content=out.getvalue(), width=clean.width, height=clean.height)


class PhotoUploadHandler(FileUploadHandler):
    """Stops reading a photo as soon as it passes the size limit, and any photo past the fifth.

    Put first among a request's upload handlers, before its body is read: a 50 MB file is then
    read through and dropped rather than kept, and the form says which one it was.
    """

    def __init__(self, request=None):
        super().__init__(request)
        self.too_large = []  # names of the files dropped for their size
        self.extra = 0  # files dropped past MAX_PHOTOS
        self.kept = 0

    def new_file(self, field_name, file_name, *args, **kwargs):
        super().new_file(field_name, file_name, *args, **kwargs)
        if self.kept >= MAX_PHOTOS:
            self.extra += 1
            raise SkipFile
        self.kept += 1

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > settings.FREETHEM_PROPOSAL_PHOTO_MAX_BYTES:
            self.too_large.append(self.file_name)
            self.kept -= 1
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None
