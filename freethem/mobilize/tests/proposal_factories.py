"""Photos, form data and proposals for the proposal and moderation tests."""

import datetime
import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import ExifTags, Image, ImageCms

from freethem.mobilize import services
from freethem.mobilize.forms import new_submission_key
from freethem.mobilize.models import Proposal
from freethem.mobilize.photos import process_photo

# Where the photo was "taken": Evin, Tehran.
LATITUDE = (35.0, 47.0, 48.0)
LONGITUDE = (51.0, 23.0, 13.0)
XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
    b'22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" '
    b'exif:GPSLatitude="35,47.8N"/></rdf:RDF></x:xmpmeta>'
)


def jpeg(size=(120, 80), colour=(160, 20, 30), *, gps=False, orientation=None, xmp=False):
    """A JPEG photo, optionally with a GPS block, an orientation tag and XMP, as bytes."""
    image = Image.new("RGB", size, colour)
    # A darker left half, to tell which way the stored photo is turned.
    image.paste((20, 20, 20), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Phone"
    exif[ExifTags.Base.Model] = "Camera of a supporter"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    if gps:
        block = exif.get_ifd(ExifTags.IFD.GPSInfo)
        block[ExifTags.GPS.GPSLatitudeRef] = "N"
        block[ExifTags.GPS.GPSLatitude] = LATITUDE
        block[ExifTags.GPS.GPSLongitudeRef] = "E"
        block[ExifTags.GPS.GPSLongitude] = LONGITUDE
    out = io.BytesIO()
    extra = {"xmp": XMP} if xmp else {}
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    image.save(out, "JPEG", exif=exif, icc_profile=profile, quality=90, **extra)
    return out.getvalue()


def png(size=(60, 40), mode="RGBA"):
    image = Image.new(mode, size, (10, 120, 60, 128) if mode == "RGBA" else (10, 120, 60))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def png_claiming(width, height):
    """A few hundred bytes whose header claims `width` × `height` pixels: an image bomb."""

    def chunk(kind, data):
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def event_data(**overrides):
    data = {
        "submission": new_submission_key(),
        "title": "Vigil for the prisoners of Evin",
        "text": "Candles and portraits in front of the town hall.\n\nBring a photo.",
        "date": in_days(20).isoformat(),
        "start_time": "18:00",
        "end_time": "19:30",
        "time_zone": "Europe/Paris",
        "city": "Lyon",
        "country": "FR",
        "organizer": "Friends of the prisoners, Lyon",
        "email": "sender@example.org",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def report_data(**overrides):
    data = event_data(
        title="Poster action for Toomaj in Cologne",
        text="Posters in German and Farsi told passers-by who Toomaj is.",
        date=in_days(-3).isoformat(),
        start_time=None,
        end_time=None,
        time_zone=None,
        city="Köln",
        country="DE",
    )
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_proposal(index=None, *, kind=Proposal.EVENT, photos=1, language="en", **fields):
    """A pending proposal as the public form would have kept it, with `photos` photos."""
    data = {
        "title": "Vigil for the prisoners of Evin",
        "text": "Candles and portraits in front of the town hall.\n\nBring a photo.",
        "date": in_days(20),
        "start_time": datetime.time(18, 0),
        "end_time": datetime.time(19, 30),
        "time_zone": "Europe/Paris",
        "city": "Lyon",
        "country": "FR",
        "organizer": "Friends of the prisoners, Lyon",
        "email": "sender@example.org",
    }
    data.update(fields)
    cleaned = [process_photo(upload(jpeg(colour=(40 * n, 90, 30)))) for n in range(photos)]
    return services.submit_proposal(
        kind=kind,
        data=data,
        photos=cleaned,
        submission_key=new_submission_key(),
        ip="198.51.100.7",
        language=language,
        index=index,
    ).proposal


def signed_in_moderator(client):
    """Someone in a group with admin access and the one moderation permission, nothing more,
    signed in on `client`."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.create(name="Proposal moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="moderate_proposal"),
    )
    user = get_user_model().objects.create_user("mod", "mod@example.org", "pw")
    user.groups.add(group)
    client.force_login(user)
    return user
