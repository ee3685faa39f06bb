"""Files the site holds back are not served through the media folder's side door.

A document in a collection an editor restricted (to logged-in users, some groups, a password)
is read only through Wagtail's document view, which checks that restriction; its file under
`/media/documents/` has a guessable name (the one it was uploaded with) and must never be served
from there. Uploaded originals of images may carry camera and location data: only resized
copies (renditions) are ever served.
"""

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from freethem.prisoners.tests.factories import make_index, make_prisoner, portrait

ROOT = Path(__file__).resolve().parents[2]
NGINX_CONF = ROOT / "docs" / "nginx" / "freethem.conf"
SECRET = b"Names of the witnesses, kept for the lawyers."

pytestmark = pytest.mark.django_db


def make_document(collection, name="witnesses.txt", content=SECRET):
    return get_document_model().objects.create(
        title="Witness list", file=ContentFile(content, name=name), collection=collection
    )


@pytest.fixture
def restricted_collection(db):
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root.add_child(name="For the legal team")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


@pytest.fixture
def restricted_document(restricted_collection):
    return make_document(restricted_collection)


@pytest.fixture
def public_document(db):
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return make_document(root, name="flyer.txt", content=b"Come to the vigil.")


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(username="editor", password="a-long-password-1")


@pytest.fixture
def nginx_backend(settings):
    """The production set-up: the application checks, nginx sends the bytes."""
    from wagtail.utils import sendfile

    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = str(Path(settings.MEDIA_ROOT) / "documents")
    settings.SENDFILE_URL = "/_documents"
    sendfile._get_sendfile.clear()
    yield
    sendfile._get_sendfile.clear()


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


# The application ------------------------------------------------------------------------------


def test_a_restricted_document_is_not_served_at_its_media_address(client, restricted_document):
    address = "/media/" + restricted_document.file.name
    assert address.startswith("/media/documents/")
    response = client.get(address)
    assert response.status_code == 404
    assert SECRET not in body(response)


def test_no_document_is_served_at_its_media_address(client, public_document):
    """Documents all go through the view: a collection may be restricted at any time."""
    assert client.get("/media/" + public_document.file.name).status_code == 404
    assert public_document.url.startswith("/documents/")
    assert body(client.get(public_document.url)) == b"Come to the vigil."


@pytest.mark.parametrize("spelling", ["/media//documents/{}", "/media/images/../documents/{}"])
def test_no_spelling_of_the_address_reaches_the_documents_folder(
    client, restricted_document, spelling
):
    name = restricted_document.file.name.removeprefix("documents/")
    response = client.get(spelling.format(name))
    assert response.status_code == 404
    assert SECRET not in body(response)


def test_the_document_view_refuses_an_anonymous_visitor(client, restricted_document):
    response = client.get(restricted_document.url)
    assert response.status_code in (302, 403)
    assert SECRET not in body(response)
    assert "X-Accel-Redirect" not in response


def test_the_document_view_serves_a_logged_in_editor(client, editor, restricted_document):
    client.force_login(editor)
    response = client.get(restricted_document.url)
    assert response.status_code == 200
    assert body(response) == SECRET


def test_behind_nginx_the_view_hands_the_file_to_an_internal_location(
    client, editor, restricted_document, nginx_backend
):
    name = restricted_document.file.name.removeprefix("documents/")
    anonymous = client.get(restricted_document.url)
    assert anonymous.status_code in (302, 403)
    assert "X-Accel-Redirect" not in anonymous

    client.force_login(editor)
    response = client.get(restricted_document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_documents/{name}"
    assert body(response) == b""


def test_production_settings_hand_documents_to_nginx():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "freethem.settings.production",
        "SECRET_KEY": "a-long-random-secret-key-for-the-settings-check-0123456789abcdef",
        "ALLOWED_HOSTS": "campaign.example",
        "WAGTAILADMIN_BASE_URL": "https://campaign.example",
        "FREETHEM_MEDIA_ROOT": "/srv/freethem/var/media",
        "FREETHEM_DATA_KEYS": "c2V0dGluZ3MtY2hlY2stZGF0YS1rZXktbm90LXNlYyE=",
    }
    code = (
        "import json; from django.conf import settings as s; print(json.dumps([s.WAGTAILDOCS_"
        "SERVE_METHOD, s.SENDFILE_BACKEND, str(s.SENDFILE_ROOT), s.SENDFILE_URL]))"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [
        "serve_view",
        "django_sendfile.backends.nginx",
        "/srv/freethem/var/media/documents",
        "/_documents",
    ]


def test_original_images_are_never_served(client, db):
    image = portrait()
    assert image.file.name.startswith("original_images/")
    assert client.get("/media/" + image.file.name).status_code == 404
    # Resized copies are.
    rendition = image.get_rendition("fill-160x200")
    assert client.get(rendition.url).status_code == 200


def test_pages_and_the_admin_link_to_resized_images_only(client, site_tree, admin_client):
    index = make_index(site_tree.home)
    person = make_prisoner(index, title="Narges Example", portrait=portrait())
    pages = [client.get(index.url), client.get(person.url)]
    image = person.portrait
    pages += [
        admin_client.get("/admin/images/"),
        admin_client.get(f"/admin/images/{image.pk}/"),
        admin_client.get(f"/admin/pages/{person.pk}/edit/"),
    ]
    for response in pages:
        assert response.status_code == 200
        html = response.content.decode()
        assert "/media/images/" in html
        assert "original_images" not in html


# The nginx configuration ----------------------------------------------------------------------


def locations(conf):
    """Each `location` of the configuration: its match (modifier and path) and its body."""
    found = {}
    for match in re.finditer(r"location\s+(\^~\s+|=\s+|~\*?\s+)?(\S+)\s*\{([^}]*)\}", conf):
        found[match.group(2)] = ((match.group(1) or "").strip(), match.group(3))
    return found


def test_the_nginx_configuration_refuses_documents_and_originals_under_media():
    found = locations(NGINX_CONF.read_text())
    for path in ("/media/documents/", "/media/original_images/", "/media/private/"):
        modifier, block = found[path]
        # ^~: no regular expression location may take the request instead.
        assert modifier == "^~", path
        assert re.search(r"return\s+404\s*;", block), path


def test_the_nginx_configuration_sends_documents_only_from_an_internal_location():
    found = locations(NGINX_CONF.read_text())
    modifier, block = found["/_documents/"]
    assert re.search(r"^\s*internal\s*;", block, re.MULTILINE)
    assert re.search(r"alias\s+/srv/freethem/var/media/documents/\s*;", block)
    # nginx does not pass these on from the application's answer: they are set here.
    assert "X-Content-Type-Options nosniff" in block
    assert "Content-Security-Policy \"default-src 'none'\"" in block
    settings = importlib.import_module("freethem.settings.base")
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


# Images editors upload -------------------------------------------------------------------------


def photo_from_a_phone():
    """A JPEG as a phone saves it: the maker, a serial number and where it was taken."""
    import io

    from PIL import Image as PILImage

    picture = PILImage.new("RGB", (400, 300), (120, 80, 60))
    exif = PILImage.Exif()
    exif[0x010F] = "Secretcam"  # maker
    exif[0xA431] = "SN-778899"  # body serial number
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (35.0, 41.0, 59.0), 3: "E", 4: (51.0, 25.0, 3.0)})
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", exif=exif.tobytes(), comment=b"Taken at Secret Street 12")
    return buffer.getvalue()


METADATA = (b"Secretcam", b"SN-778899", b"Secret Street")


def test_an_uploaded_photo_keeps_no_camera_or_location_data_in_any_copy(admin_client, site_tree):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    data = photo_from_a_phone()
    assert all(secret in data for secret in METADATA)
    response = admin_client.post(
        "/admin/images/add/",
        {
            "title": "Portrait from the family",
            "file": SimpleUploadedFile("IMG_2031.jpg", data, content_type="image/jpeg"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get(title="Portrait from the family")
    # A random name: the copies' addresses, made from it, cannot be guessed from the upload's.
    assert "IMG_2031" not in image.file.name
    assert (image.width, image.height) == (400, 300)
    copies = [image.get_rendition(spec) for spec in ("original", "max-165x165", "fill-160x200")]
    for stored in [image, *copies]:
        with stored.file.open("rb") as handle:
            content = handle.read()
        assert not any(secret in content for secret in METADATA), stored.file.name
        assert not PILImage.open(stored.file.path).getexif()
