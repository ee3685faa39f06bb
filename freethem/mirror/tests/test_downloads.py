"""A download that nginx sends in production (X-Accel-Redirect) is mirrored with its content."""

import django_sendfile.utils
import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from freethem.mirror.builder import Builder

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent_by_nginx(settings):
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = str(settings.MEDIA_ROOT / "documents")
    settings.SENDFILE_URL = "/_documents"
    django_sendfile.utils._get_sendfile.cache_clear()
    yield
    django_sendfile.utils._get_sendfile.cache_clear()


def test_a_document_that_nginx_would_send_is_mirrored_with_its_bytes(
    site_tree, sent_by_nginx, tmp_path
):
    document = get_document_model().objects.create(
        title="Leaflet", file=ContentFile(b"%PDF-1.4 the leaflet", name="leaflet.pdf")
    )
    builder = Builder(tmp_path / "m")
    response = builder.client.get(document.url)
    assert response.has_header("X-Accel-Redirect")  # what nginx would be left to send
    status, _content_type, body = builder._get(document.url)
    assert (status, body) == (200, b"%PDF-1.4 the leaflet")
