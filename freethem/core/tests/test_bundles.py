"""The downloads page reads the offline copies from their manifest cheaply and stays cacheable:
the manifest is parsed once per change, never the bundles themselves, and a new manifest
purges the page cache so the page shows it."""

import datetime
import json
from unittest import mock

import pytest
from django.test import RequestFactory
from django.utils import timezone

from freethem.core import bundles
from freethem.core.cache import is_stored
from freethem.core.models import ResourcesPage
from freethem.news.tests.factories import publish

pytestmark = pytest.mark.django_db
KEY = "untrusted comment: minisign public key 0A2FCC87FD197395\nRWSVcxn9h8wvCjOjC0EJgRy\n"


def some_bundles(digest="ab"):
    made_at = timezone.now().replace(microsecond=0)
    return [
        bundles.Bundle(
            file=f"mirror-{language or 'all'}-2026-12-05.zip",
            language=language,
            size=1_234_567,
            sha256=digest * 32,
            made_at=made_at - datetime.timedelta(minutes=1),
            signature=f"mirror-{language or 'all'}-2026-12-05.zip.minisig",
        )
        for language in ("fa", "")
    ]


def test_the_manifest_is_parsed_once_per_change(settings):
    bundles.write_manifest(some_bundles("ab"), KEY)
    with mock.patch.object(bundles.json, "loads", wraps=json.loads) as parsed:
        first = bundles.read_manifest()
        assert bundles.read_manifest() is first
        assert parsed.call_count == 0  # write_manifest read it once already
        bundles.write_manifest(some_bundles("cd"), KEY + "\n")
        assert bundles.read_manifest().bundles[0].sha256 == "cd" * 32
        assert parsed.call_count == 1
    assert first.public_key_line == "RWSVcxn9h8wvCjOjC0EJgRy"
    assert first.example("fa").language == "fa" and first.example("fr").language == "fa"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        '{"bundles": [], "public_key": "k"}',
        '{"bundles": [{"file": "../secret", "language": "", "size": 1, "sha256": "a",'
        ' "made_at": "2026-12-05T10:00:00+00:00", "signature": "s"}], "public_key": "k"}',
        '{"bundles": [{"file": "a.zip"}], "public_key": "k"}',
    ],
)
def test_a_manifest_that_cannot_be_read_offers_nothing(settings, text):
    settings.FREETHEM_BUNDLE_DIR.mkdir(parents=True)
    (settings.FREETHEM_BUNDLE_DIR / bundles.MANIFEST).write_text(text)
    assert bundles.read_manifest() is None


def test_the_downloads_page_is_cached_and_a_new_manifest_purges_it(client, site_tree):
    page = ResourcesPage(title="Downloads", slug="downloads")
    site_tree.home.add_child(instance=page)
    publish(page)
    bundles.write_manifest(some_bundles("ab"), KEY)
    first = client.get(page.url)
    assert "ab" * 32 in first.content.decode()
    assert "public" in first["Cache-Control"]
    assert is_stored(RequestFactory().get(page.url))
    bundles.write_manifest(some_bundles("cd"), KEY)
    assert not is_stored(RequestFactory().get(page.url))
    assert "cd" * 32 in client.get(page.url).content.decode()


def test_only_the_files_of_the_folder_are_served(client, settings):
    settings.FREETHEM_BUNDLE_DIR.mkdir(parents=True)
    (settings.FREETHEM_BUNDLE_DIR / "minisign.pub").write_text(KEY)
    (settings.FREETHEM_BUNDLE_DIR / ".manifest-x.json").write_text("{}")
    assert b"".join(client.get("/bundles/minisign.pub").streaming_content).decode() == KEY
    assert client.get("/bundles/.manifest-x.json").status_code == 404
    assert client.get("/bundles/../settings.py").status_code == 404
    assert client.get("/bundles/nothing.zip").status_code == 404
