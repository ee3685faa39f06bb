"""The same side doors, tried against Debian's nginx running docs/nginx/freethem.conf in front of
the test server: the configuration operators copy is the one that keeps them shut."""

import http.client
import os
import shutil
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.test import Client
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from freethem.core.tests.processes import ROOT
from freethem.core.tests.smtp import free_port
from freethem.prisoners.tests.factories import portrait

sys.path.insert(0, str(ROOT / "bench"))
from run import start_nginx, stop  # noqa: E402

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SECRET = b"Names of the witnesses, kept for the lawyers."


@pytest.fixture
def nginx(live_server, settings, tmp_path):
    """nginx on a free port in front of the live test server, sending documents itself."""
    from wagtail.utils import sendfile

    if not os.path.exists(NGINX):
        pytest.fail(f"nginx not found at {NGINX}; `make test` installs it.")
    media = Path(settings.MEDIA_ROOT)
    media.mkdir(parents=True, exist_ok=True)
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = str(media / "documents")
    settings.SENDFILE_URL = "/_documents"
    sendfile._get_sendfile.clear()

    port = free_port()
    app_port = int(live_server.url.rsplit(":", 1)[1])
    process = start_nginx(media.parent, app_port, port, tmp_path / "nginx", show_cache=False)
    try:
        yield port
    finally:
        stop(process)
        sendfile._get_sendfile.clear()


def get(port, path, cookie=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    path = quote(path, safe="/%")
    connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    response = connection.getresponse()
    content = response.read()
    connection.close()
    return response.status, response.headers, content


# Names are kept as uploaded: Persian letters too, and so percent-encoded on the way to nginx.
@pytest.fixture(params=["witnesses.txt", "فهرست شاهدان.txt"])
def restricted_document(request, transactional_db):
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root.add_child(name="For the legal team")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return get_document_model().objects.create(
        title="Witness list",
        file=ContentFile(SECRET, name=request.param),
        collection=collection,
    )


@pytest.fixture
def editor_cookie(transactional_db, django_user_model):
    editor = django_user_model.objects.create_user(username="editor", password="long-password-1")
    client = Client()
    client.force_login(editor)
    name = django_settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def test_nginx_refuses_a_restricted_document_at_its_media_address(nginx, restricted_document):
    name = restricted_document.file.name
    assert name.startswith("documents/")
    for path in (f"/media/{name}", f"/media//{name}", f"/media/images/../{name}"):
        status, _headers, content = get(nginx, path)
        assert status == 404, path
        assert SECRET not in content


def test_nobody_can_ask_nginx_for_the_internal_location(nginx, restricted_document, editor_cookie):
    name = restricted_document.file.name.removeprefix("documents/")
    status, _headers, content = get(nginx, f"/_documents/{name}", editor_cookie)
    assert status == 404
    assert SECRET not in content


def test_behind_nginx_an_anonymous_visitor_is_refused_the_document(nginx, restricted_document):
    status, headers, content = get(nginx, restricted_document.url)
    assert status in (302, 403)
    assert SECRET not in content
    assert headers.get("X-Accel-Redirect") is None


def test_behind_nginx_a_logged_in_editor_gets_the_document_from_nginx(
    nginx, restricted_document, editor_cookie
):
    status, headers, content = get(nginx, restricted_document.url, editor_cookie)
    assert status == 200
    assert content == SECRET
    # nginx sent it after the application's check, and says nothing of where it lies.
    assert headers.get("X-Accel-Redirect") is None
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Security-Policy"] == "default-src 'none'"
    assert headers["Cache-Control"] == "private, no-cache"
    assert "attachment" in headers["Content-Disposition"]


def test_nginx_serves_resized_images_but_never_originals(nginx, transactional_db):
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    image = portrait()
    rendition = image.get_rendition("fill-160x200")
    status, _headers, _content = get(nginx, "/media/" + image.file.name)
    assert status == 404
    status, headers, content = get(nginx, rendition.url)
    assert status == 200
    assert headers["Content-Type"] == "image/jpeg"
    assert content[:2] == b"\xff\xd8"
