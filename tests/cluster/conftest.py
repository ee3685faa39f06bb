"""A cluster on loopback, started once for every test of tests/cluster/ (`make test-cluster`).

What docs/scaling.md describes, in real processes (tests/cluster/harness.py starts them, as it
does for bench/cluster.py): PostgreSQL (a database of its own on the server
`scripts/with-postgres` started), Redis for the caches and rate limits, an S3-compatible server
(moto's, standing in for the provider) with a public and a private bucket, a real SMTP server,
two application servers (granian, production settings, each with a folder of its own), one
clock (`manage.py jobs`) and two task workers (`manage.py db_worker`). Everything lives in a
temporary folder under var/ and is stopped and removed at the end, failures included.

The test process reads and writes the cluster's database directly (to set up content and to
check what the servers stored); everything a visitor or an editor does goes over HTTP.
"""

import os

import pytest

from .harness import DATABASE, running


def pytest_collection_modifyitems(items):
    # One cluster for the whole directory: pytest-xdist must not spread its tests.
    for item in items:
        if "tests/cluster/" in item.nodeid:
            item.add_marker(pytest.mark.xdist_group("cluster"))


def build_content():
    """What the tests act on, written to the cluster's database before the servers start."""
    from django.contrib.auth import get_user_model

    from freethem.appeals.tests.factories import make_appeal
    from freethem.mobilize.tests.factories import make_events_index
    from freethem.news.tests.factories import build_site

    tree = build_site()
    make_appeal(tree.home, title="Free the teachers", slug="free-the-teachers")
    make_events_index(tree.home)
    get_user_model().objects.create_superuser("moderator", "moderator@example.org", "unused-pw")


@pytest.fixture(scope="session")
def django_db_setup():
    """The cluster's database is made by the `cluster` fixture, not by pytest-django."""


@pytest.fixture(scope="session")
def cluster(django_db_blocker):
    from django.conf import settings
    from django.db import connections
    from django.test.utils import override_settings

    from freethem.core.tests.smtp import Mailbox

    server_url = os.environ.get("DATABASE_URL", "")
    if not server_url.startswith("postgres"):
        pytest.fail("The cluster tests need PostgreSQL: run them under scripts/with-postgres.")
    overridden = override_settings(
        TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    )

    def prepare(cluster):
        # The test process works on the cluster's database, and queues tasks there as the
        # servers do, for the workers to take.
        settings.DATABASES["default"]["NAME"] = DATABASE
        connections["default"].settings_dict["NAME"] = DATABASE
        connections["default"].close()
        overridden.enable()
        with django_db_blocker.unblock():
            build_content()
            connections["default"].close()

    try:
        with running(
            server_url,
            secret_key=settings.SECRET_KEY,
            data_keys=settings.FREETHEM_DATA_KEYS,
            prepare=prepare,
            mailbox=Mailbox(),
        ) as cluster:
            try:
                yield cluster
            finally:
                connections.close_all()
    finally:
        if hasattr(overridden, "wrapped"):  # enabled
            overridden.disable()


@pytest.fixture(autouse=True)
def _cluster_database(cluster, django_db_blocker):
    """Each test may read and write the cluster's database from the test process."""
    from django.db import connections

    with django_db_blocker.unblock():
        yield
        connections["default"].close()
