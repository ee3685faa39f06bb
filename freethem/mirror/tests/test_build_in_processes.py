"""A mirror built by two processes at once is the mirror one process builds, byte for byte."""

import asyncio
import os
import re
import signal

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection, connections
from django.test import override_settings

from freethem.appeals.tests.factories import make_appeal
from freethem.mirror import builder
from freethem.news.tests.factories import build_site, make_image, make_post, translate

MAIN = "http://127.0.0.1:8000"


def _files(folder):
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _undated(body):
    # A feed with no items yet is dated when it is asked for (Django's feed generator): the
    # one byte-for-byte difference between any two builds, whoever builds them.
    return re.sub(rb"<(updated|lastBuildDate)>[^<]*</\1>", b"", body)


@pytest.mark.django_db(transaction=True)
def test_two_processes_build_the_same_files_as_one(tmp_path):
    with override_settings(WAGTAILADMIN_BASE_URL=MAIN, MEDIA_ROOT=tmp_path / "media"):
        for alias in settings.CACHES:
            caches[alias].clear()
        site_tree = build_site()
        post = make_post(site_tree.index, title="Vigil in Lyon", listing_image=make_image())
        translate(post, "fa", title="شب‌زنده‌داری در لیون", slug="shab")
        for n in range(12):
            make_post(site_tree.index, title=f"Post {n}")
        make_appeal(site_tree.home)

        alone = builder.build(tmp_path / "one", processes=1)
        together = builder.build(tmp_path / "two", processes=2)
        for alias in settings.CACHES:
            caches[alias].clear()

    assert not alone.failed and not together.failed
    assert alone.pages > 20
    assert (alone.pages, alone.files, alone.size) == (together.pages, together.files, together.size)
    one, two = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert sorted(one) == sorted(two)
    assert [name for name in one if _undated(one[name]) != _undated(two[name])] == []
    assert (
        builder.read_manifest(tmp_path / "one")["fetched"]
        == builder.read_manifest(tmp_path / "two")["fetched"]
    )


@pytest.mark.django_db(transaction=True)
def test_each_process_asks_the_database_over_a_connection_of_its_own(tmp_path, monkeypatch):
    """A connection this process left open where closing its connections does not reach is
    never used by a worker: two processes talking over one socket read each other's answers, or
    wait for ever. Here, as in a suite that drives a browser, the connection was opened in this
    thread before an event loop started running in it (Playwright's): from then on, Django keeps
    the connections it opens apart from it, and so closes only those."""
    if connection.vendor != "postgresql":
        pytest.skip("An in-memory SQLite database goes with each worker, on purpose.")
    with override_settings(WAGTAILADMIN_BASE_URL=MAIN, MEDIA_ROOT=tmp_path / "media"):
        site_tree = build_site()
        for n in range(6):
            make_post(site_tree.index, title=f"Post {n}")
        left_open = _backend()

        asked = tmp_path / "asked"
        asked.mkdir()
        fetch = builder.Builder.fetch

        def fetch_and_note_the_connection(self, address):
            (asked / f"{os.getpid()}-{_backend()}").touch()
            return fetch(self, address)

        monkeypatch.setattr(builder.Builder, "fetch", fetch_and_note_the_connection)
        loop = asyncio.new_event_loop()
        asyncio.events._set_running_loop(loop)
        try:
            result = builder.build(tmp_path / "two", processes=2)
        finally:
            connections.close_all()  # the ones opened while the loop ran
            asyncio.events._set_running_loop(None)
            loop.close()

    assert not result.failed and result.pages > 10
    workers = {tuple(map(int, name.split("-"))) for name in os.listdir(asked)}
    assert len({pid for pid, _backend_pid in workers}) == 2
    assert left_open not in {backend for _pid, backend in workers}
    assert len({backend for _pid, backend in workers}) == 2


def _backend():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


@pytest.mark.timeout(120)
@pytest.mark.django_db(transaction=True)
def test_a_worker_that_dies_stops_the_build_instead_of_leaving_it_waiting(tmp_path, monkeypatch):
    """Killed by the system (out of memory, say), a worker sends nothing more: the build says
    so at once rather than waiting for it for ever, holding the nightly build's lock."""
    with override_settings(WAGTAILADMIN_BASE_URL=MAIN, MEDIA_ROOT=tmp_path / "media"):
        site_tree = build_site()
        for n in range(6):
            make_post(site_tree.index, title=f"Post {n}")
        fetch = builder.Builder.fetch

        def fetch_or_die(self, address):
            if address.startswith("/fa/"):
                os.kill(os.getpid(), signal.SIGKILL)
            return fetch(self, address)

        monkeypatch.setattr(builder.Builder, "fetch", fetch_or_die)
        with pytest.raises(RuntimeError, match="stopped"):
            builder.build(tmp_path / "two", processes=2)
