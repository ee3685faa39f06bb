"""Local development: needs no environment at all."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
if FREETHEM_ONION_HOST:  # noqa: F405  (docs/onion.md)
    ALLOWED_HOSTS.append(FREETHEM_ONION_HOST)  # noqa: F405

if not FREETHEM_DATA_KEYS:  # noqa: F405
    # A key of its own for each development checkout, made on first use, kept beside the
    # database (a real deployment keeps it elsewhere: docs/backup.md).
    import base64

    _key_file = VAR_DIR / "keys" / "data.key"  # noqa: F405
    if not _key_file.exists():
        _key_file.parent.mkdir(parents=True, exist_ok=True)
        _key_file.touch(mode=0o600)
        _key_file.write_text(base64.urlsafe_b64encode(os.urandom(32)).decode() + "\n")
    FREETHEM_DATA_KEYS = read_data_keys(_key_file)  # noqa: F405
