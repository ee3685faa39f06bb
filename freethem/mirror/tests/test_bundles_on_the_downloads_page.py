"""A reader finds the signed copies of the site on the downloads page, in their language: each
copy's link, size, SHA-256 and date, and the key and the command that check it; the key shown
checks the files the links give."""

import datetime
import hashlib
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from freethem.core import bundles as published
from freethem.core.models import ResourcesPage
from freethem.core.templatetags.freethem_tags import calendar_date, digits
from freethem.mirror import bundle, minisign
from freethem.mirror.builder import Builder
from freethem.news.tests.factories import publish, translate

pytestmark = pytest.mark.django_db
MINISIGN = shutil.which("minisign")
VNU = (
    Path(__file__).resolve().parents[3]
    / "tests"
    / "vnu"
    / "node_modules"
    / "vnu-jar"
    / "build"
    / "dist"
    / "vnu.jar"
)


def small_mirror(folder, text="English"):
    for name, content in {
        "index.html": "<!DOCTYPE html><p>root</p>",
        "en/index.html": f"<!DOCTYPE html><p>{text}</p>",
        "fa/index.html": "<!DOCTYPE html><p>فارسی</p>",
        "static/css/site.css": "body{}",
    }.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content)
    return folder


def offer(tmp_path, key, name="mirror", text="English", made_on=None):
    """Bundles of a small mirror, published for the downloads page."""
    made = bundle.write_bundles(small_mirror(tmp_path / name, text), key, made_on)
    public = minisign.public_key_text(minisign.load_private(key).public_key())
    return made, bundle.publish_bundles(made, public)


@pytest.fixture
def downloads(site_tree):
    page = ResourcesPage(title="Downloads", slug="downloads")
    site_tree.home.add_child(instance=page)
    publish(page)
    return page


def served_bytes(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content)


def test_the_downloads_page_offers_each_copy_with_its_size_sha256_and_date(
    client, downloads, key, tmp_path
):
    made, manifest = offer(tmp_path, key)
    text = client.get(downloads.url).content.decode()
    assert len(manifest.bundles) == 5  # four languages and all
    for listed in manifest.bundles:
        data = served_bytes(client, listed.url)
        assert hashlib.sha256(data).hexdigest() == listed.sha256
        assert len(data) == listed.size
        assert f'href="{listed.url}"' in text
        assert f'<code dir="ltr">{listed.sha256}</code>' in text
        assert f"ZIP, {filesizeformat(listed.size)}" in html.unescape(text)
    assert "Copy of the site: Persian" in text and "Copy of the site: every language" in text
    assert 'hreflang="fa"' in text
    assert f"made on {calendar_date(manifest.made_at)}" in text
    assert "minisign -Vm mirror-en-" in text


def test_the_key_the_page_shows_checks_the_files_its_links_give(client, downloads, key, tmp_path):
    offer(tmp_path, key)
    text = html.unescape(client.get(downloads.url).content.decode())
    shown_key = re.search(r"<pre dir=\"ltr\"><code>(untrusted comment:[^<]*)</code></pre>", text)[1]
    key_line = re.search(r"minisign -Vm \S+ -P (\S+)</code>", text)[1]
    assert key_line == shown_key.strip().splitlines()[-1]
    links = re.findall(r'href="(/bundles/mirror-[^"]+\.zip)"', text)
    assert len(links) == 5
    for link in links:
        copy = tmp_path / "received" / Path(link).name
        copy.parent.mkdir(exist_ok=True)
        copy.write_bytes(served_bytes(client, link))
        signature = served_bytes(client, link + ".minisig").decode()
        assert copy.name in minisign.verify(copy, signature, shown_key)
        assert copy.name in minisign.verify(copy, signature, key_line)
        if MINISIGN:
            Path(f"{copy}.minisig").write_text(signature)
            # The very command the page gives.
            checked = subprocess.run(
                [MINISIGN, "-Vm", str(copy), "-P", key_line], capture_output=True, text=True
            )
            assert checked.returncode == 0, checked.stderr
    assert served_bytes(client, "/bundles/minisign.pub").decode() == shown_key


def test_a_persian_reader_gets_the_copies_in_persian_digits_and_calendar(
    client, downloads, key, tmp_path
):
    _made, manifest = offer(tmp_path, key)
    persian = translate(downloads, "fa", title="دانلودها")
    text = client.get(persian.url).content.decode()
    listed = next(b for b in manifest.bundles if b.language == "fa")
    with translation.override("fa"):
        size = digits(filesizeformat(listed.size))
        label = gettext_in("fa", "Copy of the site: %(language)s") % {"language": "فارسی"}
        made_on = calendar_date(listed.made_at)
    assert re.search(r"[۰-۹]", size)
    assert html.escape(size) in text or size in html.unescape(text)
    assert label in text
    assert made_on in text
    assert 'dir="rtl"' in text
    with translation.override("fa"):  # a real copy's size, in Persian units
        assert digits(filesizeformat(12_000_000)) == "۱۱٫۴\xa0مگابایت"
    assert f"minisign -Vm {listed.file} -P" in text  # the instructions name the Persian copy


def gettext_in(language, message):
    with translation.override(language):
        return translation.gettext(message)


def test_without_bundles_the_downloads_page_says_nothing_of_them(client, downloads):
    response = client.get(downloads.url)
    assert response.status_code == 200
    assert "offline-copies" not in response.content.decode()


def test_a_manifest_that_cannot_be_read_is_as_none(client, downloads, settings):
    folder = Path(settings.FREETHEM_BUNDLE_DIR)
    folder.mkdir(parents=True)
    (folder / published.MANIFEST).write_text('{"bundles": [{"file": "../../etc/passwd"}]')
    assert published.read_manifest() is None
    assert client.get(downloads.url).status_code == 200


def test_a_new_build_replaces_the_copies_on_offer_and_keeps_only_the_last_ones_before(
    client, downloads, key, tmp_path, settings
):
    folder = Path(settings.FREETHEM_BUNDLE_DIR)
    days = [datetime.date(2026, 12, day) for day in (1, 2, 3)]
    _made, first = offer(tmp_path, key, "one", "first", days[0])
    _made, second = offer(tmp_path, key, "two", "second", days[1])
    english = (
        {m.language: m for m in first.bundles}["en"],
        {m.language: m for m in second.bundles}["en"],
    )
    assert english[0].sha256 != english[1].sha256
    text = client.get(downloads.url).content.decode()
    assert english[1].sha256 in text and english[0].sha256 not in text
    names = {path.name for path in folder.iterdir()}
    assert first.files() | second.files() <= names  # a reader of the page before still gets one
    _made, third = offer(tmp_path, key, "three", "third", days[2])
    names = {path.name for path in folder.iterdir() if path.name.startswith("mirror-")}
    assert names == second.files() | third.files()


def test_a_mirrored_downloads_page_points_to_the_main_site_for_the_copies(
    downloads, key, tmp_path, settings
):
    _made, manifest = offer(tmp_path, key)
    response = Builder(tmp_path / "m").client.get(downloads.url)
    text = response.content.decode()
    assert manifest.bundles[0].sha256 in text
    assert "/bundles/" not in text  # the mirror does not fetch the copies into itself
    assert "data-mirror-original" in text


def test_build_mirror_with_bundle_offers_them_on_the_downloads_page(
    client, downloads, key, tmp_path
):
    call_command("build_mirror", str(tmp_path / "site"), "--bundle")
    manifest = published.read_manifest()
    assert {b.language for b in manifest.bundles} == {"", "en", "es", "fa", "fr"}
    for listed in manifest.bundles:
        assert (tmp_path / "site" / "bundles" / listed.file).exists()
    text = client.get(downloads.url).content.decode()
    assert all(f'href="{b.url}"' in text for b in manifest.bundles)
    # With --no-publish the bundles stay in the mirror's folder; the page keeps what it had.
    call_command("build_mirror", str(tmp_path / "other"), "--bundle", "--no-publish")
    assert (tmp_path / "other" / "bundles" / manifest.bundles[0].file).exists()
    assert published.read_manifest() == manifest


@pytest.mark.skipif(not VNU.exists(), reason="the Nu HTML checker is installed by `make vnu`")
@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_downloads_page_with_copies_is_valid_html(client, downloads, key, tmp_path, language):
    offer(tmp_path, key)
    page = downloads if language == "en" else translate(downloads, language, slug="d")
    (tmp_path / "page.html").write_bytes(client.get(page.url).content)
    checked = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", str(tmp_path / "page.html")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stderr
