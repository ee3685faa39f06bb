"""SQLite with its writers queued in line instead of retrying.

SQLite lets one transaction write at a time. When several threads and processes want to write at
once, the losers sleep and retry on a growing back-off (SQLite's busy handler), and under a
signing spike most of the time goes to sleeping while the database sits idle: throughput falls
and "database is locked" errors appear once a wait passes the busy timeout.

Here a write transaction (Django opens them with BEGIN IMMEDIATE) first waits in line for this
process's turn, and then for the turn between processes through a lock file. Threads queue
without polling; only the one thread at the head of each process's line checks the file lock.
A single INSERT, UPDATE or DELETE run outside a transaction waits in the same line. Waiting
longer than the busy timeout raises the usual "database is locked" error.
"""

import fcntl
import logging
import os
import threading
import time
from contextlib import contextmanager

from django.core.signals import request_finished, request_started
from django.db import OperationalError
from django.db.backends.sqlite3 import base

from freethem.core.metrics import WRITE_TURN_WAIT

_process_locks = {}
_process_locks_guard = threading.Lock()


class _WriteLine:
    """One lock file shared by processes, and the line of this process's threads before it."""

    def __init__(self, path):
        self.path = path
        self.threads = threading.Lock()
        self.fd = None
        self.pid = None

    def _file(self):
        if self.pid != os.getpid():  # opened anew in each process (granian forks workers)
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self.pid = os.getpid()
        return self.fd

    def acquire(self, timeout):
        started = time.monotonic()
        deadline = started + timeout
        if not self.threads.acquire(timeout=timeout):
            raise OperationalError("database is locked")
        pause = 0.0002
        while True:
            try:
                fcntl.flock(self._file(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                WRITE_TURN_WAIT.observe(time.monotonic() - started)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.threads.release()
                    raise OperationalError("database is locked") from None
                time.sleep(pause)
                pause = min(pause * 2, 0.002)

    def release(self):
        fcntl.flock(self._file(), fcntl.LOCK_UN)
        self.threads.release()


def _line_for(path):
    with _process_locks_guard:
        if path not in _process_locks:
            _process_locks[path] = _WriteLine(path)
        return _process_locks[path]


_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")

logger = logging.getLogger(__name__)

# A turn held longer than this keeps every other writer waiting: say what held it, when a
# visitor's request held it. Migrations and the demo's build hold long turns by nature, with
# nobody waiting; the background services' waits show in /metrics.
SLOW_TURN = 0.25
_serving = threading.local()


def _request_started(**kwargs):
    _serving.request = True


def _request_finished(**kwargs):
    _serving.request = False


request_started.connect(_request_started, dispatch_uid="freethem.core.sqlite.request_started")
request_finished.connect(_request_finished, dispatch_uid="freethem.core.sqlite.request_finished")


class LinedCursorWrapper(base.SQLiteCursorWrapper):
    """Runs a write statement made outside any transaction in its turn."""

    wrapper = None

    def _alone(self, query):
        wrapper = self.wrapper
        return (
            wrapper is not None
            and not wrapper._holds_write_line
            and wrapper.get_autocommit()
            and query.lstrip()[:7].upper().startswith(_WRITES)
        )

    def execute(self, query, params=None):
        wrapper = self.wrapper
        if (
            wrapper is not None
            and wrapper._holds_write_line
            and not wrapper._turn_statement
            and not query.lstrip()[:5].upper().startswith("BEGIN")  # what came after says more
        ):
            wrapper._turn_statement = query[:120]
        if not self._alone(query):
            return super().execute(query, params)
        with self.wrapper._write_turn():
            return super().execute(query, params)

    def executemany(self, query, param_list):
        if not self._alone(query):
            return super().executemany(query, param_list)
        with self.wrapper._write_turn():
            return super().executemany(query, param_list)


class DatabaseWrapper(base.DatabaseWrapper):
    _holds_write_line = False
    _turn_started = 0.0
    _turn_statement = ""

    def _took_turn(self):
        self._holds_write_line = True
        self._turn_started = time.monotonic()
        self._turn_statement = ""

    def _gave_turn(self):
        self._holds_write_line = False
        held = time.monotonic() - self._turn_started
        if held > SLOW_TURN and getattr(_serving, "request", False):
            logger.warning(
                "SQLite write turn held %.0f ms (pid %s): %s",
                held * 1000,
                os.getpid(),
                self._turn_statement,
            )

    def create_cursor(self, name=None):
        cursor = self.connection.cursor(factory=LinedCursorWrapper)
        cursor.wrapper = self
        return cursor

    @contextmanager
    def _write_turn(self):
        line = self._write_line()
        if line is None:
            yield
            return
        line.acquire(self.settings_dict["OPTIONS"].get("timeout", 5))
        self._took_turn()
        try:
            yield
        finally:
            self._gave_turn()
            line.release()

    def _write_line(self):
        if self.is_in_memory_db():
            return None
        return _line_for(f"{self.settings_dict['NAME']}-writers")

    def _start_transaction_under_autocommit(self):
        line = self._write_line()
        if line is not None and not self._holds_write_line:
            timeout = self.settings_dict["OPTIONS"].get("timeout", 5)
            line.acquire(timeout)
            self._took_turn()
        try:
            super()._start_transaction_under_autocommit()
        except BaseException:
            self._leave_write_line()
            raise

    def _leave_write_line(self):
        if self._holds_write_line:
            self._gave_turn()
            self._write_line().release()

    def _commit(self):
        try:
            return super()._commit()
        finally:
            self._leave_write_line()

    def _rollback(self):
        try:
            return super()._rollback()
        finally:
            self._leave_write_line()

    def _close(self):
        try:
            return super()._close()
        finally:
            self._leave_write_line()
