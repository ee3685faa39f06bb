"""Backups restore: a backup taken while signatures arrive, restored into a fresh site, holds
every signature confirmed before it began, and the site opens on it.

Each side runs as a process of its own (freethem/core/tests/drill.py) on a database of its own:
on SQLite a file in a fresh folder, on PostgreSQL (scripts/with-postgres) a fresh database of
the server the tests run against, backed up with pg_dump and restored with pg_restore.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from freethem.core import backups

ROOT = Path(settings.BASE_DIR)
# Migrating two fresh databases takes a minute or more: one process does it for the suite.
pytestmark = pytest.mark.xdist_group("backup_drill")


def on_postgres():
    return connections["default"].vendor == "postgresql"


@pytest.fixture
def fresh_database(tmp_path, django_db_blocker):
    """A function that gives the environment of a site on a fresh database of its own."""
    made = []

    def fresh(name):
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "freethem.settings.test",
            "FREETHEM_VAR_DIR": str(tmp_path / name),
            "FREETHEM_TEST_MEDIA": str(tmp_path / name / "media"),
        }
        if on_postgres():
            database = f"drill_{name}_{uuid.uuid4().hex[:8]}"
            with django_db_blocker.unblock(), connections["default"].cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{database}"')
            made.append(database)
            base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
            environment["DATABASE_URL"] = f"{base}/{database}"
        else:
            environment.pop("DATABASE_URL", None)
        return environment

    yield fresh
    if made:
        with django_db_blocker.unblock(), connections["default"].cursor() as cursor:
            for database in made:
                cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def run(side, backup, report, environment):
    subprocess.run(
        [sys.executable, "-m", "freethem.core.tests.drill", side, str(backup), str(report)],
        cwd=ROOT,
        env=environment,
        check=True,
        timeout=900,
    )
    return json.loads(report.read_text())


def test_a_backup_taken_while_people_sign_restores_every_confirmed_signature(
    tmp_path, fresh_database
):
    backup = tmp_path / "backup"
    report = tmp_path / "report.json"
    source = run("source", backup, report, fresh_database("source"))
    assert len(source["confirmed_before"]) >= 30
    assert source["signed_in_all"] > len(source["confirmed_before"])
    manifest = json.loads((backup / backups.MANIFEST).read_text())
    assert manifest["engine"] == ("postgresql" if on_postgres() else "sqlite")
    assert (backup / manifest["database"]).stat().st_size > 0
    assert not any("data.key" in path.name for path in backup.rglob("*"))

    target = fresh_database("restored")
    refused = run("wrong-key", backup, tmp_path / "refused.json", target)
    assert refused["refused"] and "data key" in refused["refused"]

    restored = run("restore", backup, report, target)
    assert restored["missing"] == []
    assert restored["confirmed_after_restore"] >= len(source["confirmed_before"])
    assert restored["page_status"] == 200 and restored["page_names_appeal"]
    assert restored["count_status"] == 200
    assert restored["count"]["total"] >= len(source["confirmed_before"])
    assert restored["emails_read"] and not restored["emails_unreadable"]


def test_the_keys_are_never_written_into_the_backup(tmp_path):
    with pytest.raises(backups.BackupError):
        backups.write_keys(tmp_path / "backup" / "keys.txt", backup_directory=tmp_path / "backup")
    written = backups.write_keys(tmp_path / "apart" / "keys.txt", backup_directory=tmp_path / "b")
    assert settings.FREETHEM_DATA_KEYS[0] in written.read_text()
    assert oct(written.stat().st_mode & 0o777) == "0o600"


def test_a_backup_is_not_written_into_a_folder_that_holds_something(tmp_path):
    (tmp_path / "something").write_text("x")
    with pytest.raises(backups.BackupError):
        backups.make_backup(directory=tmp_path)
