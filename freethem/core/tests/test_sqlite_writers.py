"""SQLite writers wait in line (freethem.core.sqlite) instead of failing as "locked"."""

import logging
import threading
import time

import pytest
from django.core.signals import request_finished, request_started
from django.db import OperationalError, connections

from freethem.core.sqlite.base import SLOW_TURN, DatabaseWrapper


def connect(path, timeout=2.0):
    line = {
        "ENGINE": "freethem.core.sqlite",
        "NAME": str(path),
        "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": timeout},
    }
    settings = connections.configure_settings({"default": dict(line), "line": line})["line"]
    return DatabaseWrapper(settings, alias="line")


def write(wrapper, sql, params=(), hold=0.0):
    wrapper.ensure_connection()
    wrapper._start_transaction_under_autocommit()
    try:
        wrapper.cursor().execute(sql, params)
        time.sleep(hold)
    except Exception:
        wrapper.rollback()
        raise
    wrapper.commit()


@pytest.fixture(autouse=True)
def own_database(django_db_blocker):
    with django_db_blocker.unblock():  # a database file of these tests' own
        yield


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "line.sqlite3"
    first = connect(path)
    first.ensure_connection()
    first.cursor().execute("PRAGMA journal_mode=WAL")
    first.cursor().execute("CREATE TABLE t (n INTEGER PRIMARY KEY)")
    first.close()
    return path


def test_many_threads_writing_at_once_all_succeed(database):
    errors = []

    def worker(start):
        # Each waits at most for the others' turns (15 x 10 ms), well inside its timeout; left
        # to SQLite's own sleep-and-retry, some writers starve past it. A third of them write
        # single statements outside any transaction, which wait in the same line.
        wrapper = connect(database, timeout=1.0)
        try:
            for n in range(start, start + 15):
                if start % 300 == 0:
                    wrapper.ensure_connection()
                    wrapper.cursor().execute("INSERT INTO t (n) VALUES (%s)", [n])
                else:
                    write(wrapper, "INSERT INTO t (n) VALUES (%s)", [n], hold=0.01)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            wrapper.close()

    threads = [threading.Thread(target=worker, args=(k * 100,)) for k in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    check = connect(database)
    check.ensure_connection()
    assert check.cursor().execute("SELECT count(*) FROM t").fetchone()[0] == 16 * 15
    check.close()


def test_a_writer_gives_up_after_its_timeout_and_a_failed_one_leaves_the_line(database):
    holder, waiter = connect(database), connect(database, timeout=0.3)
    holder.ensure_connection()
    holder._start_transaction_under_autocommit()  # holds the line
    started = time.monotonic()
    with pytest.raises(OperationalError, match="locked"):
        write(waiter, "INSERT INTO t (n) VALUES (1)")
    assert 0.25 < time.monotonic() - started < 2
    holder.rollback()  # leaves the line

    write(waiter, "INSERT INTO t (n) VALUES (1)")
    with pytest.raises(Exception, match="UNIQUE"):
        write(waiter, "INSERT INTO t (n) VALUES (1)")  # fails inside, rolls back
    write(holder, "INSERT INTO t (n) VALUES (2)")  # the line is free again
    holder.close()
    waiter.close()


def test_a_long_write_turn_is_not_logged_from_a_management_command(database, caplog):
    wrapper = connect(database)
    with caplog.at_level(logging.WARNING, logger="freethem.core.sqlite.base"):
        write(wrapper, "INSERT INTO t (n) VALUES (1)", hold=SLOW_TURN + 0.05)
    wrapper.close()
    assert not [r for r in caplog.records if "write turn held" in r.getMessage()]


def test_a_long_write_turn_is_logged_when_a_visitors_request_held_it(database, caplog):
    wrapper = connect(database)
    request_started.send(sender=__name__, environ={})
    try:
        with caplog.at_level(logging.WARNING, logger="freethem.core.sqlite.base"):
            write(wrapper, "INSERT INTO t (n) VALUES (1)", hold=SLOW_TURN + 0.05)
    finally:
        request_finished.send(sender=__name__)
        wrapper.close()
    held = [r.getMessage() for r in caplog.records if "write turn held" in r.getMessage()]
    assert len(held) == 1 and "INSERT INTO t" in held[0]
    # And once the request is over, quiet again.
    caplog.clear()
    wrapper = connect(database)
    write(wrapper, "INSERT INTO t (n) VALUES (2)", hold=SLOW_TURN + 0.05)
    wrapper.close()
    assert not [r for r in caplog.records if "write turn held" in r.getMessage()]
