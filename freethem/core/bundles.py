"""The signed offline copies the downloads page offers: what they are, read from a manifest.

`manage.py build_mirror --bundle` (freethem/mirror) makes one zip per language and one with
every language, each with a detached minisign signature, and publishes them into
`FREETHEM_BUNDLE_DIR`, which nginx serves at `FREETHEM_BUNDLE_URL` (Django does in development
and tests). Beside them it writes `manifest.json` through `write_manifest()` here: for each
bundle its file name, language, size, SHA-256, when it was made and its signature's file name,
and the public key that checks them. Nothing in it is personal.

The downloads page reads the manifest with `read_manifest()`, which parses the file again only
when its modification time or size changes: a page drawn never hashes or even lists the
bundles. The mirror app writes through this module, since no app may import the mirror.
"""

import datetime
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext
from django.views.static import serve

from freethem.core.cache import purge_page_cache
from freethem.core.languages import language_name

MANIFEST = "manifest.json"
PUBLIC_KEY = "minisign.pub"
VERSION = 1


@dataclass(frozen=True)
class Bundle:
    file: str
    language: str  # "" for the bundle with every language
    size: int
    sha256: str
    made_at: datetime.datetime
    signature: str

    @property
    def url(self):
        return bundle_url(self.file)

    @property
    def language_label(self):
        """The bundle's language named in the reader's language; empty for every language."""
        if not self.language:
            return ""
        named = language_name(self.language)
        if named == self.language:
            named = gettext(dict(settings.LANGUAGES).get(self.language, self.language))
        return named

    @property
    def signature_url(self):
        return bundle_url(self.signature)

    def as_json(self):
        return {
            "file": self.file,
            "language": self.language,
            "size": self.size,
            "sha256": self.sha256,
            "made_at": self.made_at.isoformat(),
            "signature": self.signature,
        }


@dataclass(frozen=True)
class Manifest:
    bundles: tuple
    public_key: str  # minisign's two lines: the untrusted comment, the key

    @property
    def public_key_line(self):
        """The key alone (what `minisign -P` takes)."""
        return self.public_key.strip().splitlines()[-1].strip()

    @property
    def public_key_url(self):
        return bundle_url(PUBLIC_KEY)

    @property
    def made_at(self):
        return max(bundle.made_at for bundle in self.bundles)

    def example(self, language):
        """The bundle to name in the instructions: the reader's language, else the first."""
        return next((b for b in self.bundles if b.language == language), self.bundles[0])

    def files(self):
        """Every file the manifest names."""
        return {name for bundle in self.bundles for name in (bundle.file, bundle.signature)}


def bundle_folder():
    return Path(settings.FREETHEM_BUNDLE_DIR)


def bundle_url(name):
    return settings.FREETHEM_BUNDLE_URL.rstrip("/") + "/" + name


def _safe_name(name):
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name[0] == ".":
        raise ValueError(f"Not a file name: {name!r}")
    return name


def _parse(data):
    bundles = tuple(
        Bundle(
            file=_safe_name(item["file"]),
            language=str(item["language"]),
            size=int(item["size"]),
            sha256=str(item["sha256"]),
            made_at=datetime.datetime.fromisoformat(item["made_at"]),
            signature=_safe_name(item["signature"]),
        )
        for item in data["bundles"]
    )
    public_key = str(data["public_key"])
    if not bundles or not public_key.strip():
        return None
    return Manifest(bundles=bundles, public_key=public_key)


_read = {}  # path -> ((mtime_ns, size), manifest)


def read_manifest(folder=None):
    """The bundles on offer and the key that checks them, or None when there are none (no
    manifest yet, or one that cannot be read)."""
    path = Path(folder or bundle_folder()) / MANIFEST
    try:
        status = path.stat()
    except OSError:
        return None
    stamp = (status.st_mtime_ns, status.st_size)
    known = _read.get(path)
    if known and known[0] == stamp:
        return known[1]
    try:
        manifest = _parse(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        manifest = None
    _read[path] = (stamp, manifest)
    return manifest


def write_manifest(bundles, public_key, folder=None):
    """Writes the manifest of `bundles` (Bundle, files already in the folder) and the public key
    in minisign's format, replacing the last one at once: a reader sees the old or the new."""
    folder = Path(folder or bundle_folder())
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "version": VERSION,
        "public_key": public_key,
        "bundles": [bundle.as_json() for bundle in bundles],
    }
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".manifest-", suffix=".json")
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        json.dump(data, file, ensure_ascii=False, indent=2)
        file.write("\n")
    os.chmod(temporary, 0o644)
    os.replace(temporary, folder / MANIFEST)
    # The downloads page is in the page cache: it must show the new bundles.
    purge_page_cache()
    return read_manifest(folder)


def serve_bundle(request, name):
    """A file of FREETHEM_BUNDLE_DIR (development and tests; nginx serves it in production)."""
    if name.startswith("."):
        raise Http404
    return serve(request, name, document_root=bundle_folder())
