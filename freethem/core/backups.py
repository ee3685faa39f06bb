"""Backups that restore: the database and media into one folder, and back into a fresh site.

A backup is a folder holding

- `database.sqlite3`, made with SQLite's online backup API in one step: a consistent copy of the
  database as it was when the copy began, taken while the site keeps writing (WAL readers never
  block writers); or `database.dump`, PostgreSQL's `pg_dump --format=custom`, equally a single
  consistent snapshot;
- `media/`, a copy of MEDIA_ROOT (the private folder of proposals' photos included);
- `backup.json`: when it was made, from which database engine, and the ids of the data keys
  the site used (each sealed value names its key by that id already, so they tell nothing more).

It never holds the data keys: a backup and the key that opens it are kept apart (docs/backup.md).
`manage.py backup --keys FILE` writes them to a file of their own, outside the backup's folder.

Restoring refuses to write over a database that holds anything, checks that the data keys the
backup was made with are configured, and runs `migrate` (the backup may be older than the code).
"""

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connections
from django.utils import timezone

from freethem.core import sealing

MANIFEST = "backup.json"
SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.dump"
MEDIA = "media"


class BackupError(Exception):
    """A backup or a restore that cannot go on; the message says why, for the operator."""


def _database():
    return connections["default"].settings_dict


def _engine():
    vendor = connections["default"].vendor
    if vendor not in ("sqlite", "postgresql"):
        raise BackupError(f"Backups know SQLite and PostgreSQL, not {vendor}.")
    return vendor


def postgres_program(name):
    """A PostgreSQL client program (pg_dump, pg_restore): on PATH, or the newest server's."""
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version, reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    raise BackupError(f"{name} not found: install PostgreSQL's client programs.")


def _version(folder):
    try:
        return int(folder.parent.name)
    except ValueError:
        return 0


def _postgres_environment():
    """The connection for pg_dump and pg_restore, passed in the environment (no password in
    a process list)."""
    db = _database()
    environment = dict(os.environ)
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ):
        if db.get(key):
            environment[variable] = str(db[key])
    return environment


def _run(command):
    done = subprocess.run(command, env=_postgres_environment(), capture_output=True, text=True)
    if done.returncode:
        raise BackupError(f"{Path(command[0]).name} failed: {done.stderr.strip()[-500:]}")


def _key_ids():
    return [key.id.hex() for key in sealing.keyring()[0]]


def make_backup(*, directory):
    """Copy the database and media into `directory` (made if missing, refused if not empty);
    returns the manifest written there."""
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()):
        raise BackupError(f"{directory} is not empty: back up into a new folder.")
    directory.mkdir(parents=True, exist_ok=True)
    os.chmod(directory, 0o700)
    engine = _engine()
    started = timezone.now()
    if engine == "sqlite":
        database = SQLITE_FILE
        source = sqlite3.connect(str(_database()["NAME"]), timeout=30)
        target = sqlite3.connect(str(directory / database))
        try:
            # One step (pages=-1): the whole copy reads one snapshot, as of its start.
            with target:
                source.backup(target, pages=-1)
        finally:
            target.close()
            source.close()
    else:
        database = POSTGRES_FILE
        _run(
            [
                postgres_program("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--file",
                str(directory / database),
            ]
        )
    media = Path(settings.MEDIA_ROOT)
    if media.exists():
        shutil.copytree(media, directory / MEDIA, symlinks=True)
    manifest = {
        "format": 1,
        "started_at": started.isoformat(),
        "finished_at": timezone.now().isoformat(),
        "engine": engine,
        "database": database,
        "media": MEDIA if media.exists() else None,
        "data_key_ids": _key_ids(),
    }
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def write_keys(path, *, backup_directory):
    """Write the data keys to `path`, a file of their own, never inside the backup."""
    path = Path(path).resolve()
    if path.is_relative_to(Path(backup_directory).resolve()):
        raise BackupError("The keys must not go into the backup's folder: keep them apart.")
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as keys:
        keys.write("# freethem data keys: the first seals, all open (docs/backup.md)\n")
        keys.writelines(f"{key}\n" for key in settings.FREETHEM_DATA_KEYS)
    return path


def read_manifest(directory):
    try:
        return json.loads((Path(directory) / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{directory} holds no readable {MANIFEST}: is it a backup?") from error


def _sqlite_is_empty(path):
    if not path.exists() or path.stat().st_size == 0:
        return True
    with sqlite3.connect(str(path)) as database:
        tables = database.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
            "AND name IN ('django_migrations', 'wagtailcore_page')"
        ).fetchone()[0]
    return tables == 0


def _postgres_is_empty():
    with connections["default"].cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        )
        return cursor.fetchone()[0] == 0


def restore_backup(*, directory, migrate=True, stdout=None):
    """Put the backup in `directory` into this site's (empty) database and media folder."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    engine = _engine()
    if manifest["engine"] != engine:
        raise BackupError(
            f"The backup is of {manifest['engine']} and this site runs on {engine}: "
            "restore it on the same kind of database."
        )
    try:
        configured = set(_key_ids())
    except ImproperlyConfigured as error:
        raise BackupError(str(error)) from error
    missing = set(manifest.get("data_key_ids", [])) - configured
    if missing:
        raise BackupError(
            "The data key the backup was sealed with is not configured (FREETHEM_DATA_KEYS or "
            f"FREETHEM_DATA_KEY_FILE; key id {', '.join(sorted(missing))}): without it the "
            "addresses in the backup cannot be read."
        )
    database = directory / manifest["database"]
    for connection in connections.all():
        connection.close()
    if engine == "sqlite":
        target = Path(_database()["NAME"])
        if not _sqlite_is_empty(target):
            raise BackupError(f"{target} already holds a site: restore into a fresh folder.")
        target.parent.mkdir(parents=True, exist_ok=True)
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        source = sqlite3.connect(str(database))
        copy = sqlite3.connect(str(target))
        try:
            with copy:
                source.backup(copy, pages=-1)
            copy.execute("PRAGMA journal_mode=WAL")
        finally:
            copy.close()
            source.close()
    else:
        if not _postgres_is_empty():
            raise BackupError("The database already holds a site: restore into a new database.")
        connections["default"].close()
        _run(
            [
                postgres_program("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--dbname",
                _database()["NAME"],
                str(database),
            ]
        )
    if manifest.get("media"):
        shutil.copytree(
            directory / manifest["media"], settings.MEDIA_ROOT, symlinks=True, dirs_exist_ok=True
        )
    if migrate:
        call_command("migrate", interactive=False, verbosity=0, stdout=stdout)
    # Nothing cached from before the restore may be served from it.
    from django.core.cache import caches

    for alias in ("pages", "fragments", "shared"):
        caches[alias].clear()
    return manifest
