"""A supporter downloads flyers: each file says its language, format and size first."""

import json
import uuid

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from freethem.core.models import ResourcesPage
from freethem.news.tests.factories import publish

pytestmark = pytest.mark.django_db


def test_the_downloads_page_lists_files_with_language_and_size(client, site_tree):
    document = get_document_model().objects.create(
        title="Palm card", file=ContentFile(b"%PDF-1.4\n" + b"x" * 2048, name="palm-card.pdf")
    )
    page = ResourcesPage(
        title="Downloads",
        slug="downloads",
        resources=json.dumps(
            [
                {"type": "heading", "value": "For street actions", "id": str(uuid.uuid4())},
                {
                    "type": "resource",
                    "id": str(uuid.uuid4()),
                    "value": {
                        "document": document.pk,
                        "title": "Palm card in Persian",
                        "description": "Fits in a pocket.",
                        "language": "fa",
                        "kind": "palm-card",
                    },
                },
            ]
        ),
    )
    site_tree.home.add_child(instance=page)
    publish(page)
    text = client.get(page.url).content.decode()
    assert "For street actions" in text
    assert "Palm card in Persian" in text and "Fits in a pocket." in text
    assert "Palm card · Persian · PDF, 2.0\xa0KB" in text
    assert f'href="{document.url}"' in text and 'hreflang="fa"' in text
    assert client.get(document.url).status_code == 200
