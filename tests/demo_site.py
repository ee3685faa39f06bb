"""The whole demo site, loaded once per test process for the tests that read all of it.

Loading the demo is the slowest step of those tests (about a minute on PostgreSQL), and what
they read from it does not change from one to the other. Each registers a reader; the first
test that asks loads the demo inside a transaction, runs every reader in the order they were
registered, keeps what each returned and rolls the transaction back, so the database is left
as every other test expects it. The tests then make their assertions on what was read.
"""

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import translation

_readers = {}
_readings = {}


def reader(function):
    """Registers `function()`, run with the demo loaded; its result is kept under its name."""
    _readers[function.__name__] = function
    return function


def _clear_caches():
    for alias in settings.CACHES:
        caches[alias].clear()


def _read_all():
    """Runs every registered reader on the demo loaded in the current transaction."""
    for name, function in _readers.items():
        # Each reader sees the demo as loaded, whatever the one before changed.
        with transaction.atomic():
            _readings[name] = function()
            transaction.set_rollback(True)
        _clear_caches()


def readings(django_db_blocker, folder):
    """What every registered reader returned, the demo loaded for them once per process."""
    if not _readings:
        folder.mkdir(parents=True, exist_ok=True)
        with (
            django_db_blocker.unblock(),
            override_settings(VAR_DIR=folder, MEDIA_ROOT=folder / "media"),
            transaction.atomic(),
        ):
            _clear_caches()
            try:
                call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
                _read_all()
            finally:
                transaction.set_rollback(True)
                _clear_caches()
                translation.activate(settings.LANGUAGE_CODE)
    return _readings


def read_the_loaded_demo(folder):
    """For the demo's own tests, which load it first in the same process (its test module
    comes first in their group): the readers read that load instead of loading it again.
    Called inside the transaction that holds the demo, with `folder` as its VAR_DIR."""
    if _readings or not _readers:
        return
    with override_settings(VAR_DIR=folder, MEDIA_ROOT=folder / "media"):
        _clear_caches()
        try:
            _read_all()
        finally:
            _clear_caches()
            translation.activate(settings.LANGUAGE_CODE)
