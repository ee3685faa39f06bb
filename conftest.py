"""Fixtures shared by every test: a small campaign site in four languages, built by factories."""

import os

import pytest

from freethem.core.tests.smtp import smtp  # noqa: F401  (a fixture: a real SMTP server)
from freethem.news.tests.factories import SiteTree, build_site

# The browser, the live site and the campaign the browser tests use (tests/browser/).
pytest_plugins = ["tests.browser.fixtures"]

# The cluster tests start servers of their own and run alone, once: `make test-cluster`.
collect_ignore = [] if os.environ.get("FREETHEM_CLUSTER_TESTS") else ["tests/cluster"]


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
