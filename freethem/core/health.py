"""Whether the site is alive (`/healthz`) and able to do its work (`/readyz`), for operators.

Both are answered by a middleware placed before every other one but those that add the
response headers (the Content-Security-Policy, the Permissions-Policy): no host check, no
redirect to HTTPS or to a language, no page cache, no session, no rate limit and no log line, so
that a probe costs a few milliseconds and always reaches the answer. Each is
`Cache-Control: no-store`.

`/readyz` runs a handful of cheap checks, each one query on an index or one cache round trip,
and answers 200 when all pass and 503 when any fails, with the state of each as JSON:

- database: `SELECT 1`;
- cache: a value written to and read back from the "shared" cache, which every worker and the
  clock rely on;
- clock: the last round of `manage.py jobs` (`record_tick`, in the "shared" cache) is recent;
- emails: the oldest email owed (its due time passed, by any postbox of core.delivery) has not
  waited longer than `FREETHEM_READY_EMAIL_SECONDS`;
- tasks: the oldest task waiting in django-tasks' database queue has not waited longer than
  `FREETHEM_READY_TASK_SECONDS` (an empty queue in development and tests, where tasks run at
  once).

A stale clock or an old email is a fault of the background services, not of the server that
answers: see docs/operations.md for which probe to give a load balancer.
"""

import json
import time
from datetime import datetime

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.utils import timezone

TICK_KEY = "health:clock-tick"
PROBE_KEY = "health:probe"
PATHS = ("/healthz", "/readyz")


def record_tick():
    """Remember that the clock has just run a round (read by the clock check and /metrics)."""
    caches["shared"].set(TICK_KEY, time.time(), None)


def last_tick():
    """When the clock last ran a round, as a Unix time; None if it has not run."""
    return caches["shared"].get(TICK_KEY)


def oldest_owed_email():
    """The due time of the email that has waited longest past it, or None when none is owed."""
    from freethem.core import delivery

    now = timezone.now()
    oldest = None
    for box in delivery.postboxes():
        due = (
            box.rows()
            .filter(**{f"{box.due}__lte": now})
            .order_by(box.due)
            .values_list(box.due, flat=True)
            .first()
        )
        if due is not None and (oldest is None or due < oldest):
            oldest = due
    return oldest


def waiting_tasks():
    """Tasks waiting in the database queue, ready to run (none with the immediate backend)."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.ready()


def oldest_waiting_task():
    """When the task that has waited longest in the queue was queued, or None."""
    return waiting_tasks().order_by("enqueued_at").values_list("enqueued_at", flat=True).first()


def _age(moment):
    if moment is None:
        return None
    if isinstance(moment, datetime):
        return max((timezone.now() - moment).total_seconds(), 0.0)
    return max(time.time() - moment, 0.0)


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return True, "reachable"


def _check_cache():
    cache = caches["shared"]
    token = f"{time.time()}"
    cache.set(PROBE_KEY, token, 60)
    if cache.get(PROBE_KEY) != token:
        return False, "value not kept"
    return True, "reachable"


def _check_clock():
    age = _age(last_tick())
    if age is None:
        return False, "no round recorded"
    return age <= settings.FREETHEM_READY_CLOCK_SECONDS, f"last round {age:.0f} s ago"


def _check_emails():
    age = _age(oldest_owed_email())
    if age is None:
        return True, "none owed"
    return age <= settings.FREETHEM_READY_EMAIL_SECONDS, f"oldest owed for {age:.0f} s"


def _check_tasks():
    age = _age(oldest_waiting_task())
    if age is None:
        return True, "none waiting"
    return age <= settings.FREETHEM_READY_TASK_SECONDS, f"oldest waiting for {age:.0f} s"


CHECKS = {
    "database": _check_database,
    "cache": _check_cache,
    "clock": _check_clock,
    "emails": _check_emails,
    "tasks": _check_tasks,
}


def readiness():
    """Each check's name, whether it passed and a short word on it."""
    results = {}
    for name, check in CHECKS.items():
        try:
            ok, detail = check()
        except Exception as error:  # a check that cannot run has failed; say how, briefly
            ok, detail = False, type(error).__name__
        results[name] = {"ok": bool(ok), "detail": detail}
    return results


def _answer(status, content, content_type):
    response = HttpResponse(content, status=status, content_type=content_type)
    response["Cache-Control"] = "no-store"
    return response


def healthz(request):
    return _answer(200, "ok\n", "text/plain; charset=utf-8")


def readyz(request):
    results = readiness()
    ready = all(result["ok"] for result in results.values())
    body = json.dumps({"ready": ready, "checks": results}, indent=1) + "\n"
    return _answer(200 if ready else 503, body, "application/json")


class HealthMiddleware:
    """Answers /healthz and /readyz before anything else runs (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if path in PATHS and request.method in ("GET", "HEAD"):
            return healthz(request) if path == "/healthz" else readyz(request)
        return self.get_response(request)
