"""Offline bundles of a mirror: zips to pass on by hand, each with a detached signature.

One zip per language (that language's pages and everything the languages share: styles,
scripts, icons, pictures, downloads) and one with every language, each signed in minisign's
format (`freethem/mirror/minisign.py`) with the key in `FREETHEM_BUNDLE_KEY_FILE`. A bundle of
one language opens on that language's home page; its links to other languages lead nowhere.

Entries are written in a fixed order with the date of the build as their time, so that two
builds of the same content give the same zip.

`publish_bundles` then copies them into `FREETHEM_BUNDLE_DIR`, which the site serves, and writes
their manifest there through `freethem.core.bundles`, which the downloads page reads.
"""

import datetime
import hashlib
import os
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation

from freethem.core import bundles as published

from . import minisign

FOLDER = "bundles"
# Already compressed: stored as they are.
STORED = {".png", ".jpg", ".jpeg", ".webp", ".avif", ".pdf", ".zip", ".woff2"}


@dataclass
class Bundle:
    language: str  # "" for every language
    path: Path
    signature: Path

    @property
    def size(self):
        return self.path.stat().st_size


def _language_codes():
    return [code for code, _name in settings.LANGUAGES]


def _members(folder, language):
    codes = set(_language_codes())
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(folder)
        top = relative.parts[0]
        if top == FOLDER:
            continue
        if language and top in codes and top != language:
            continue
        if language and relative == Path("index.html"):
            continue  # replaced by a home page leading to this language
        yield path, relative.as_posix()


def _write_zip(folder, destination, language, made_on):
    stamp = (made_on.year, made_on.month, made_on.day, 0, 0, 0)
    with zipfile.ZipFile(destination, "w") as archive:
        if language:
            with translation.override(language):
                root = render_to_string("mirror/root.html", {"target": f"{language}/index.html"})
            info = zipfile.ZipInfo("index.html", stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, root)
        for path, name in _members(folder, language):
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = (
                zipfile.ZIP_STORED if path.suffix.lower() in STORED else zipfile.ZIP_DEFLATED
            )
            info.external_attr = 0o644 << 16
            with path.open("rb") as source, archive.open(info, "w") as target:
                while chunk := source.read(1 << 20):
                    target.write(chunk)


def bundle_name(language, made_on):
    return f"mirror-{language or 'all'}-{made_on.isoformat()}.zip"


def write_bundles(folder, key_file, made_on=None):
    """Writes the bundles of the mirror in `folder` into `folder/bundles/`, signed with the key
    in `key_file`, and the public key to check them (`minisign.pub`)."""
    folder = Path(folder)
    made_on = made_on or datetime.date.today()
    private_key = minisign.load_private(key_file)
    out = folder / FOLDER
    out.mkdir(exist_ok=True)
    (out / "minisign.pub").write_text(minisign.public_key_text(private_key.public_key()))
    bundles = []
    for language in [*_language_codes(), ""]:
        path = out / bundle_name(language, made_on)
        _write_zip(folder, path, language, made_on)
        signature = path.with_name(path.name + ".minisig")
        signature.write_text(minisign.sign(path, private_key))
        bundles.append(Bundle(language, path, signature))
    return bundles


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _place(source, destination):
    """A copy of `source` at `destination`, in place at once: a reader downloading the old file
    gets all of it. A copy, not a hard link: a zip written again in the mirror's folder must not
    change the file the manifest describes."""
    temporary = destination.with_name(f".{destination.name}.new")
    shutil.copyfile(source, temporary)
    os.replace(temporary, destination)


def publish_bundles(bundles, public_key, folder=None):
    """Copies `bundles` (from `write_bundles`) into the folder the site serves
    (FREETHEM_BUNDLE_DIR) and writes their manifest for the downloads page. The files of the
    manifest before are kept, for readers who loaded the page a moment ago; older ones go."""
    folder = Path(folder or published.bundle_folder())
    folder.mkdir(parents=True, exist_ok=True)
    before = published.read_manifest(folder)
    made_at = timezone.now().replace(microsecond=0)
    listed = []
    for made in bundles:
        _place(made.path, folder / made.path.name)
        _place(made.signature, folder / made.signature.name)
        listed.append(
            published.Bundle(
                file=made.path.name,
                language=made.language,
                size=made.size,
                sha256=_sha256(made.path),
                made_at=made_at,
                signature=made.signature.name,
            )
        )
    (folder / published.PUBLIC_KEY).write_text(public_key)
    manifest = published.write_manifest(listed, public_key, folder)
    kept = manifest.files() | (before.files() if before else set())
    for path in folder.glob("mirror-*"):
        if path.name not in kept and path.suffix in (".zip", ".minisig"):
            path.unlink()
    return manifest
