"""Offline bundles are signed in minisign's format: a changed byte or another key fails."""

import base64
import shutil
import subprocess
import zipfile

import pytest
from django.core.management import CommandError, call_command

from freethem.mirror import bundle, minisign

MINISIGN = shutil.which("minisign")


@pytest.fixture
def mirror(tmp_path):
    folder = tmp_path / "mirror"
    for name, text in {
        "index.html": "<!DOCTYPE html><p>root</p>",
        "en/index.html": "<!DOCTYPE html><p>English</p>",
        "fa/index.html": "<!DOCTYPE html><p>فارسی</p>",
        "static/css/site.css": "body{}",
        "media/images/a.png": "not really a picture",
    }.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    return folder


@pytest.fixture
def bundles(mirror, key):
    return {made.language: made for made in bundle.write_bundles(mirror, key)}


def test_a_bundle_verifies_with_the_public_key_written_beside_it(bundles, mirror):
    public = (mirror / "bundles" / "minisign.pub").read_text()
    for made in bundles.values():
        comment = minisign.verify(made.path, made.signature.read_text(), public)
        assert made.path.name in comment


def test_the_signing_key_is_readable_by_its_owner_only(key):
    assert key.stat().st_mode & 0o077 == 0
    with pytest.raises(CommandError, match="exists already"):
        call_command("bundle_key")


def test_a_bundle_with_one_byte_changed_fails(bundles, mirror):
    made = bundles["en"]
    data = bytearray(made.path.read_bytes())
    data[len(data) // 2] ^= 1
    made.path.write_bytes(bytes(data))
    with pytest.raises(minisign.BadSignature):
        minisign.verify(made.path, made.signature.read_text(), minisign_pub(mirror))
    with pytest.raises(CommandError, match="NOT verified"):
        call_command("verify_bundle", str(made.path))


def test_a_changed_trusted_comment_fails(bundles, mirror):
    made = bundles[""]
    lines = made.signature.read_text().splitlines()
    lines[2] = "trusted comment: made by someone else"
    with pytest.raises(minisign.BadSignature):
        minisign.verify(made.path, "\n".join(lines), minisign_pub(mirror))


def test_another_key_fails(bundles, mirror, tmp_path):
    other = tmp_path / "other.key"
    public = minisign.generate(other)
    made = bundles["en"]
    with pytest.raises(minisign.BadSignature, match="another key"):
        minisign.verify(made.path, made.signature.read_text(), public)
    # Nor does another key that claims the first key's id.
    identifier, _key = minisign.parse_public_key(minisign_pub(mirror))
    impostor = b"Ed" + identifier + minisign.load_private(other).public_key().public_bytes_raw()
    with pytest.raises(minisign.BadSignature, match="does not match"):
        minisign.verify(made.path, made.signature.read_text(), base64.b64encode(impostor).decode())


def test_verify_bundle_says_a_good_bundle_is_verified(bundles, mirror, capsys):
    call_command(
        "verify_bundle",
        str(bundles["fa"].path),
        "--public-key",
        str(mirror / "bundles" / "minisign.pub"),
    )
    assert "signature verified" in capsys.readouterr().out


def test_a_language_bundle_holds_that_language_and_what_languages_share(bundles):
    names = set(zipfile.ZipFile(bundles["fa"].path).namelist())
    assert {"index.html", "fa/index.html", "static/css/site.css", "media/images/a.png"} <= names
    assert "en/index.html" not in names
    assert 'href="fa/index.html"' in zipfile.ZipFile(bundles["fa"].path).read("index.html").decode()
    everything = set(zipfile.ZipFile(bundles[""].path).namelist())
    assert {"en/index.html", "fa/index.html"} <= everything
    assert not any(name.startswith("bundles/") for name in everything)


@pytest.mark.skipif(MINISIGN is None, reason="minisign is not installed (apt-get install minisign)")
def test_minisign_itself_verifies_a_bundle_and_refuses_a_changed_one(bundles, mirror):
    public = mirror / "bundles" / "minisign.pub"
    made = bundles[""]
    checked = subprocess.run(
        [MINISIGN, "-V", "-p", str(public), "-m", str(made.path), "-x", str(made.signature)],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
    assert "Signature and comment signature verified" in checked.stdout
    made.path.write_bytes(made.path.read_bytes() + b"\0")
    refused = subprocess.run(
        [MINISIGN, "-V", "-p", str(public), "-m", str(made.path), "-x", str(made.signature)],
        capture_output=True,
        text=True,
    )
    assert refused.returncode != 0


def minisign_pub(folder):
    return (folder / "bundles" / "minisign.pub").read_text()
