"""Fixtures shared by every test: a small campaign site in four languages, built by factories."""

import os

import pytest
from django.test import TransactionTestCase

from freethem.core.tests.smtp import smtp  # noqa: F401  (a fixture: a real SMTP server)
from freethem.news.tests.factories import SiteTree, build_site

# The browser, the live site and the campaign the browser tests use (tests/browser/).
pytest_plugins = ["tests.browser.fixtures"]

# The cluster tests start servers of their own and run alone, once: `make test-cluster`.
collect_ignore = [] if os.environ.get("FREETHEM_CLUSTER_TESTS") else ["tests/cluster"]


# What Django's `post_migrate` handlers write, and rewrite after every flush: content types and
# the permissions on them. A transactional test (`transaction=True`, `live_server`) ends with a
# flush, and re-creating these two tables costs more than emptying all the others.
KEPT_TABLES = ("django_content_type", "auth_permission")
_kept_after_migrate = {}


def _kept_rows(connection):
    rows = []
    with connection.cursor() as cursor:
        for table in KEPT_TABLES:
            table = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608  (Django's tables)
            rows.append(cursor.fetchall())
    return rows


def _tables_with_rows(connection, tables):
    """The tables that hold a row, in one query: PostgreSQL empties an empty table as slowly
    as a full one (new files for it and each of its indexes)."""
    quote = connection.ops.quote_name
    query = " UNION ALL ".join(
        f"SELECT %s WHERE EXISTS (SELECT 1 FROM {quote(table)})"  # noqa: S608  (Django's tables)
        for table in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(query, list(tables))
        return [table for (table,) in cursor.fetchall()]


def _flush_after_transactional_test(self):
    """Empty every table but content types and permissions, when they are as the migrations
    left them; otherwise Django's own flush, which writes them again."""
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connections

    if self.available_apps is not None or self.serialized_rollback:
        return _django_fixture_teardown(self)
    for alias in self._databases_names(include_mirrors=False):
        connection = connections[alias]
        kept = _kept_rows(connection)
        if kept != _kept_after_migrate.get(alias):
            call_command(
                "flush", verbosity=0, interactive=False, database=alias, reset_sequences=False
            )
            _kept_after_migrate[alias] = _kept_rows(connection)
            continue
        tables = connection.introspection.django_table_names(
            only_existing=True, include_views=False
        )
        tables = sorted(set(tables) - set(KEPT_TABLES))
        if connection.vendor == "postgresql":
            # CASCADE adds the tables that refer to an emptied one: all empty already, since
            # every table with a row is in the list. None of them is a kept table, whose
            # references point only at each other.
            tables = _tables_with_rows(connection, tables)
            sql = connection.ops.sql_flush(no_style(), tables, allow_cascade=True)
        else:
            sql = connection.ops.sql_flush(no_style(), tables)
        connection.ops.execute_sql_flush(sql)


_django_fixture_teardown = TransactionTestCase._fixture_teardown
TransactionTestCase._fixture_teardown = _flush_after_transactional_test


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and its content types and permissions as migrated."""
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            _kept_after_migrate[connection.alias] = _kept_rows(connection)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FREETHEM_BUNDLE_DIR = tmp_path / "bundles"


@pytest.fixture(autouse=True)
def _clear_caches():
    from django.conf import settings
    from django.core.cache import caches

    from freethem.core import limits

    for alias in settings.CACHES:
        caches[alias].clear()
    # The day's client key lives in the cache just cleared; the process's copy goes with it.
    limits._client_key.value = None
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language, whatever the last request activated."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _force_login_gives_the_second_factor(monkeypatch):
    """`client.force_login(user)` stands for a full sign-in: password and second factor.

    The admin lets no session in on a password alone (freethem/accounts/middleware.py).
    """
    from django.test import Client

    from freethem.accounts.tests.helpers import force_login_with_second_factor

    monkeypatch.setattr(Client, "force_login", force_login_with_second_factor)


@pytest.fixture
def site_tree(db) -> SiteTree:
    return build_site()


def pytest_collection_finish(session):
    """Refuse to run if pytest-xdist could not group the tests that share one costly set-up.

    `--dist loadgroup` sends tests marked `xdist_group` to one worker by adding the group to
    their ids; if a pytest release stops that from working, each worker would quietly pay for
    the set-up again, so the run stops here instead.
    """
    config = session.config
    if not hasattr(config, "workerinput") or not config.getvalue("loadgroup"):
        return
    ungrouped = [
        item.nodeid
        for item in session.items
        if item.get_closest_marker("xdist_group") and "@" not in item.nodeid
    ]
    if ungrouped:
        raise pytest.UsageError(
            f"pytest-xdist did not group {len(ungrouped)} test(s), e.g. {ungrouped[0]}; "
            "check the pytest and pytest-xdist versions in pyproject.toml."
        )
