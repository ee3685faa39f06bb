"""Supporters' photos: read by their content, never trusted, and re-drawn without metadata.

A photo from a phone carries where it was taken (GPS), when, and on which device; a photo of
a rally shows who was there. What we keep is a new JPEG made from the pixels alone: turned
upright, in sRGB, at most MAX_SIDE pixels long, with no EXIF, XMP or colour profile, under a
random name. The name the visitor's browser sent is never used.

Reading a photo must not take more of a worker's memory than it can spare, whatever the file
claims: a PNG of one colour weighs 160 KB and decodes to 200 MB. So, before any pixel is read:

- the header's claims are checked: at most FREETHEM_PROPOSAL_PHOTO_MAX_PIXELS, and at most
  MAX_FRAMES frames in an animation, of which only the first is ever read;
- the memory the reading will hold at its peak is worked out (`reading_cost`) and must fit
  in FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES. A JPEG decodes straight to a half, a quarter or an
  eighth of its size (`Image.draft`): the scale that still gives MAX_SIDE pixels is taken, or
  a smaller one if that does not fit. PNG, GIF and WebP decode whole, so they fit only up to
  fewer pixels; the visitor is told how many;
- a worker reads one photo at a time (READING), from opening it to encoding the result: the
  threads of a worker share its memory, so photos sent at the same moment are read one after
  the other, never side by side; and the memory freed is handed back to the system after
  each.
"""

import ctypes
import io
import logging
import math
import threading
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from PIL import ExifTags, Image, ImageCms

logger = logging.getLogger(__name__)

# What we read: the formats phones and cameras save, and the first frame of an animation.
FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
ACCEPT = "image/jpeg,image/png,image/webp,image/gif"
MAX_PHOTOS = 5
MAX_SIDE = 2560
JPEG_QUALITY = 85
# An animation is kept by its first frame; one of more frames than this is no photo.
MAX_FRAMES = 500
# How long a request waits while its worker reads other photos, before asking to come back.
TURN_WAIT_SECONDS = 20

# One photo read at a time in this process (see the module's docstring).
READING = threading.Lock()


def _malloc_trim():
    """glibc's malloc_trim, or None where the C library has none (musl, macOS)."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_MALLOC_TRIM = _malloc_trim()


def _give_memory_back():
    """Hand the memory a reading freed back to the system.

    Each thread allocates from its own glibc arena, which keeps what is freed for later:
    without this, every thread of a worker that once read a photo would hold its peak for
    good, and a worker of 8 threads would grow to 8 times the budget.
    """
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


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
TOO_COSTLY = _(
    "“%(name)s” is too large for us to read: %(width)s × %(height)s pixels. Please send it "
    "smaller, at most %(megapixels)s megapixels, or as a JPEG straight from a camera or "
    "phone."
)
TOO_MANY_FRAMES = _(
    "“%(name)s” is an animation of more than %(limit)s images. Please send a photo, or an "
    "animation of at most %(limit)s images (we keep only the first)."
)
BUSY_READING = _(
    "The site is reading many photos just now and could not read “%(name)s”. Please send the "
    "form again with your photos in a minute."
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


# What reading a photo costs ------------------------------------------------------------------
#
# Bytes held at the peak, per pixel decoded (measured by tests/security/test_uploads.py):
# - the decoded image: 4 bytes a pixel (Pillow keeps RGB in 32 bits);
# - brought down to MAX_SIDE: the image, Lanczos's first pass (as wide as the result and as
#   high as the image, so at most as large) and the result: 8 in all;
# - PNG and GIF with transparency: an RGBA copy and the white it is laid on come first: 12;
# - WebP: libwebp decodes onto a canvas it keeps with a copy of it (8), a lossless one through
#   a buffer of the whole image (4), and hands the pixels to Pillow as bytes (4) before they
#   are copied in (4): 20;
# - a JPEG read in several scans (progressive): libjpeg keeps the coefficients of the
#   full-size image, 128 bytes per 8 × 8 block of each colour, whatever the scale it decodes
#   at; they are freed once the pixels are decoded.
# Plus what the end holds whatever the size: the photo at MAX_SIDE, turned and re-coloured.
PER_PIXEL = {"JPEG": 8, "PNG": 8, "GIF": 8, "WEBP": 20}
PER_PIXEL_WITH_ALPHA = 12
FINISHING = MAX_SIDE * MAX_SIDE * 4


@dataclass(frozen=True)
class Plan:
    """How a photo is read: at 1/scale of its size, holding at most `cost` bytes.

    `per_pixel` and `fixed` say what a photo of its kind costs by its full size in pixels,
    to tell the visitor what would fit.
    """

    scale: int
    cost: int
    per_pixel: float
    fixed: int = FINISHING


def _has_alpha(image):
    return image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info


def _several_scans(image, upload):
    """Whether libjpeg will read this JPEG in several scans, keeping all its coefficients.

    Progressive JPEGs do, and so does one whose first scan holds some colour components only.
    """
    if image.info.get("progressive"):
        return True
    return _first_scan_components(upload) != len(image.layer)


def _first_scan_components(upload):
    """How many colour components the first scan of a JPEG holds (None if it can't be told)."""
    upload.seek(2)
    try:
        while True:
            marker = upload.read(2)
            while marker[:2] == b"\xff\xff":  # fill bytes
                marker = marker[1:] + upload.read(1)
            if len(marker) < 2 or marker[0] != 0xFF:
                return None
            if 0xD0 <= marker[1] <= 0xD8 or marker[1] == 0x01:  # markers without a length
                continue
            length = int.from_bytes(upload.read(2), "big")
            if marker[1] == 0xDA:
                return upload.read(1)[0]
            if length < 2:
                return None
            upload.seek(length - 2, 1)
    except IndexError:
        return None
    finally:
        upload.seek(0)


def _jpeg_coefficients(image):
    h_max = max(h for _, h, _, _ in image.layer)
    v_max = max(v for _, _, v, _ in image.layer)
    width, height = image.size
    blocks = sum(
        math.ceil(width * h / h_max / 8) * math.ceil(height * v / v_max / 8)
        for _, h, v, _ in image.layer
    )
    return blocks * 128


def plan_reading(image, upload):
    """The scale to read `image` at (opened, not loaded) and the most memory it will hold.

    For a JPEG, the smallest of 1/1, 1/2, 1/4, 1/8 that still gives MAX_SIDE pixels, or a
    smaller one until it fits in the budget; other formats are read at their full size.
    """
    budget = settings.FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES
    width, height = image.size
    pixels = width * height
    if image.format != "JPEG":
        per_pixel = PER_PIXEL_WITH_ALPHA if _has_alpha(image) else PER_PIXEL[image.format]
        per_pixel = max(per_pixel, PER_PIXEL[image.format])
        return Plan(1, pixels * per_pixel + FINISHING, per_pixel)
    coefficients = _jpeg_coefficients(image) if _several_scans(image, upload) else 0
    longest = max(width, height)
    scale = next(s for s in (8, 4, 2, 1) if longest // s >= MAX_SIDE or s == 1)
    while True:
        decoded = math.ceil(width / scale) * math.ceil(height / scale)
        # The coefficients go once the pixels are decoded, before they are brought down.
        decoding = coefficients + decoded * 4
        cost = max(decoding, decoded * PER_PIXEL["JPEG"] + FINISHING)
        if cost <= budget or scale == 8:
            return Plan(scale, cost, decoding / pixels, fixed=0)
        scale *= 2


def _too_costly(name, image, plan):
    room = settings.FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES - plan.fixed
    return ValidationError(
        TOO_COSTLY,
        code="too_costly",
        params={
            "name": display_name(name),
            "width": image.width,
            "height": image.height,
            "megapixels": max(1, int(room / plan.per_pixel // 1_000_000)),
        },
    )


def _too_many_frames(image, upload):
    """Whether an animation has more than MAX_FRAMES frames, counted without decoding any."""
    if image.format == "GIF":
        return _gif_frames(upload, MAX_FRAMES + 1) > MAX_FRAMES
    # WebP and APNG say how many in their header.
    return getattr(image, "n_frames", 1) > MAX_FRAMES


def _gif_frames(upload, limit):
    """The frames of a GIF up to `limit`, counted by walking its blocks (Pillow walks them all)."""

    def skip_blocks():
        while (size := upload.read(1)) and size[0]:
            upload.seek(size[0], 1)

    upload.seek(10)
    flags = upload.read(3)[:1]
    if flags and flags[0] & 0x80:  # the global colour table
        upload.seek(3 * 2 ** ((flags[0] & 7) + 1), 1)
    frames = 0
    try:
        while frames < limit:
            kind = upload.read(1)
            if kind == b"!":  # an extension: its label, then its blocks
                upload.read(1)
                skip_blocks()
            elif kind == b",":  # an image: its descriptor, colour table, LZW size, blocks
                descriptor = upload.read(9)
                frames += 1
                if len(descriptor) == 9 and descriptor[8] & 0x80:
                    upload.seek(3 * 2 ** ((descriptor[8] & 7) + 1), 1)
                upload.read(1)
                skip_blocks()
            else:  # the trailer, or the end of the file
                break
    finally:
        upload.seek(0)
    return frames


# Reading -------------------------------------------------------------------------------------


def process_photo(upload):
    """A clean JPEG from an uploaded file, or a ValidationError saying what is wrong with it.

    The photo waits for its worker to be done with any other (even opening a WebP allocates
    its canvas); then everything is checked from the header before any pixel is decoded, so
    that a small file claiming to be 100,000 pixels square (an "image bomb") costs nothing,
    and it is read within the memory budget.
    """
    name = getattr(upload, "name", "")
    if upload.size > settings.FREETHEM_PROPOSAL_PHOTO_MAX_BYTES:
        raise too_large_error(name)
    if not READING.acquire(timeout=TURN_WAIT_SECONDS):
        logger.warning("A photo waited %s s for its turn to be read", TURN_WAIT_SECONDS)
        raise ValidationError(BUSY_READING, code="busy", params={"name": display_name(name)})
    try:
        return _read(upload, name)
    finally:
        _give_memory_back()
        READING.release()


def _read(upload, name):
    image = None
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            # Pillow warns, then refuses, past its own pixel limit: both mean "too large".
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload, formats=FORMATS)
            width, height = image.size
            if width * height > settings.FREETHEM_PROPOSAL_PHOTO_MAX_PIXELS:
                raise _too_many_pixels(name, width, height)
            if _too_many_frames(image, upload):
                raise ValidationError(
                    TOO_MANY_FRAMES,
                    code="too_many_frames",
                    params={"name": display_name(name), "limit": MAX_FRAMES},
                )
            plan = plan_reading(image, upload)
            if plan.cost > settings.FREETHEM_PROPOSAL_PHOTO_DECODE_BYTES:
                raise _too_costly(name, image, plan)
            # Handed over, with no reference left here: _redraw lets the decoded image (and
            # WebP's decoder) go as soon as it has a smaller one.
            handed, image = [image], None
            return _redraw(handed, plan.scale)
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
    finally:
        if image is not None:
            image.close()


def _redraw(handed, scale):
    """Decode, bring down to MAX_SIDE, turn upright, make sRGB, encode as a bare JPEG.

    `handed` is a list holding the opened image, the only reference to it. The order keeps
    memory low: the full-size pixels live only until a smaller image exists, and turning and
    colour conversion work on the small one.
    """
    opened = handed.pop()
    image = None
    try:
        if opened.format == "JPEG" and scale > 1:
            # JPEG decodes straight to a half, a quarter or an eighth of its size.
            opened.draft("RGB", (opened.width // scale, opened.height // scale))
        opened.load()
        orientation = opened.getexif().get(ExifTags.Base.Orientation, 1)
        icc = opened.info.get("icc_profile")
        image = _reducible(opened)
    finally:
        if image is not opened:
            # The decoded pixels, and for WebP the decoder's canvas, go now.
            opened.close()
        del opened
    # At most MAX_SIDE long: a whole-factor reduction first (cheap), then Lanczos. Each step
    # replaces `image`, so that the larger one goes as soon as the smaller one is made.
    factor = max(image.size) // MAX_SIDE
    if factor >= 2:
        image = image.reduce(factor)
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS, reducing_gap=None)
    if orientation in _TRANSPOSE:
        image = image.transpose(_TRANSPOSE[orientation])
    image = _to_srgb(image, icc)
    if image.mode != "RGB":
        image = image.convert("RGB")
    # A new image holds the pixels and nothing else: no EXIF, XMP, comment or profile.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    del image
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return Photo(content=out.getvalue(), width=clean.width, height=clean.height)


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _reducible(image):
    """The image in a mode Image.reduce takes as is: RGB, grey or CMYK (kept for its profile).

    Transparent parts become white, as they look on the page.
    """
    if image.mode in ("RGB", "L", "CMYK") and "transparency" not in image.info:
        return image
    if _has_alpha(image):
        rgba = image if image.mode == "RGBA" else image.convert("RGBA")
        white = Image.new("RGB", image.size, (255, 255, 255))
        white.paste(rgba, (0, 0), rgba)
        return white
    return image.convert("RGB")


def _to_srgb(image, icc):
    """Colours as the photo's profile meant them, in sRGB, since the profile is not kept."""
    if not icc or image.mode not in ("RGB", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        target = ImageCms.createProfile("sRGB")
        return ImageCms.profileToProfile(image, source, target, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


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
