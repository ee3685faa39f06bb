import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Site

from freethem.core import site_address
from freethem.core.tests.processes import production_environment

ROOT = Path(__file__).resolve().parents[3]
SITE = "https://campaign.example"


def test_no_missing_migrations(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def _manage(*args, env=None):
    # The browser tests allow Django's ORM inside Playwright's event loop; a deployment must not.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**inherited, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "freethem.settings.production",
    "SECRET_KEY": "a-long-random-secret-key-for-the-deploy-check-0123456789abcdef",
    "ALLOWED_HOSTS": "campaign.example",
    "WAGTAILADMIN_BASE_URL": "https://campaign.example",
    "FREETHEM_DATA_KEYS": "ZGVwbG95LWNoZWNrLWRhdGEta2V5LW5vdC1zZWNyZXQ=",
}


def _deployed(tmp_path):
    """The production environment over a copy of this test's database, the site at SITE."""
    return production_environment(
        tmp_path,
        ALLOWED_HOSTS="campaign.example",
        WAGTAILADMIN_BASE_URL=SITE,
        SECURE_SSL_REDIRECT="true",
        SECRET_KEY=PRODUCTION_ENV["SECRET_KEY"],
    )


@pytest.mark.django_db(transaction=True)
def test_check_deploy_is_clean_under_production_settings(site_tree, tmp_path, settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    site_address.sync_default_site()  # as `manage.py sync_site` leaves it at deploy
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=_deployed(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db(transaction=True)
def test_check_deploy_fails_while_the_site_record_names_another_address(
    site_tree, tmp_path, settings
):
    settings.WAGTAILADMIN_BASE_URL = SITE
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    env = _deployed(tmp_path)
    result = _manage("check", "--deploy", env=env)
    assert result.returncode != 0
    assert "freethem.E001" in result.stderr
    assert "http://localhost" in result.stderr and "sync_site" in result.stderr

    synced = _manage("sync_site", env=env)
    assert synced.returncode == 0, synced.stderr
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_says_nothing_of_the_site_record_before_migrate(tmp_path):
    env = {**PRODUCTION_ENV, "FREETHEM_SQLITE_PATH": str(tmp_path / "empty.sqlite3")}
    env["DATABASE_URL"] = ""
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_refuse_to_start_without_secrets():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    env["SECRET_KEY"] = ""
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
