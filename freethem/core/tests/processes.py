"""The site as production runs it, in real processes beside a test: for crash tests.

`production_environment` gives the environment for `manage.py` commands and granian with the
production settings, on a copy of the test's database (SQLite: the in-memory database written
to a file; PostgreSQL: the test database itself), with this suite's data key.
"""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[3]


def production_environment(tmp_path, **extra):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "DJANGO_SETTINGS_MODULE": "freethem.settings.production",
        "SECRET_KEY": settings.SECRET_KEY,
        "FREETHEM_DATA_KEYS": ",".join(settings.FREETHEM_DATA_KEYS),
        "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
        # A name, not an address, and one browsers count as secure (passkeys need both).
        "WAGTAILADMIN_BASE_URL": "http://localhost",
        "SECURE_SSL_REDIRECT": "false",
        "FREETHEM_VAR_DIR": str(tmp_path / "var"),
        "FREETHEM_POSTERS_ON_PUBLISH": "off",
        "PYTHONPATH": str(ROOT),
        **extra,
    }
    if connection.vendor == "sqlite":
        # The suite's database lives in memory: the processes get a copy of it in a file.
        env["FREETHEM_SQLITE_PATH"] = str(sqlite_copy(tmp_path / "db.sqlite3"))
        env.pop("DATABASE_URL", None)
    else:
        url = urlsplit(os.environ["DATABASE_URL"])
        env["DATABASE_URL"] = urlunsplit(url._replace(path="/" + connection.settings_dict["NAME"]))
    return env


def sqlite_copy(path):
    """The test's SQLite database (in memory) written to the file `path`."""
    target = sqlite3.connect(path)
    connection.ensure_connection()
    connection.connection.backup(target)
    target.close()
    return path


def manage(env, *args, log):
    return subprocess.Popen(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, stdout=log, stderr=log
    )
