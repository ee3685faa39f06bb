"""Metrics for operators, in Prometheus' text format at `/metrics`, behind a bearer token.

`/metrics` answers only a request carrying `Authorization: Bearer <FREETHEM_METRICS_TOKEN>`;
without the setting, or with another token, the request goes on through the site as any
unknown address does, so nobody can tell that the address means anything.

Two kinds of numbers:

- counted by the worker processes as things happen: request latency by route name (never the
  path, which holds ids), signatures taken and confirmed, page-cache hits and misses, waits for
  SQLite's write turn. The application server runs several processes, so these use
  prometheus-client's multiprocess mode when `PROMETHEUS_MULTIPROC_DIR` names a folder (each
  process writes its own file there; a scrape adds them up). Without it each process counts
  alone, which is right for `runserver` and the tests;
- read from the database and the cache when scraped (a few indexed queries): emails owed,
  the age of the oldest, tasks waiting and the age of the oldest, the clock's last round. They
  are true whichever process answers.

No label carries anything about a visitor: route names, postbox names, "hit" and "miss".
"""

import hmac
import time

from django.conf import settings
from django.http import HttpResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
    values,
)
from prometheus_client.core import GaugeMetricFamily

PATH = "/metrics"

# Counted in this process; the registry is the site's own (not prometheus-client's default, which
# would add per-process figures that make no sense summed over workers).
COUNTED = CollectorRegistry(auto_describe=True)

REQUEST_SECONDS = Histogram(
    "freethem_request_duration_seconds",
    "Time to answer a request, by route name and status class.",
    ["view", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=COUNTED,
)
SIGNATURES = Counter(
    "freethem_signatures", "New signatures taken (not yet confirmed).", registry=COUNTED
)
CONFIRMATIONS = Counter(
    "freethem_confirmations", "Signatures confirmed by their owners.", registry=COUNTED
)
PAGE_CACHE = Counter(
    "freethem_page_cache_requests",
    "Pages answered from the page cache (hit), or rendered and then kept in it (miss).",
    ["result"],
    registry=COUNTED,
)
WRITE_TURN_WAIT = Histogram(
    "freethem_sqlite_write_turn_wait_seconds",
    "Time a write transaction waited for its turn to write to SQLite.",
    buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
    registry=COUNTED,
)


def multiprocess_mode():
    return values.ValueClass is not values.MutexValue


def _age(moment):
    from freethem.core.health import _age

    return _age(moment)


class Backlog:
    """What waits, read from the database and the cache at each scrape."""

    def collect(self):
        # A database that cannot be read must not turn the scrape into an error: the counted
        # metrics still say what happened, and this says the rest is missing.
        try:
            families = list(self._read())
        except Exception:
            families = []
        yield GaugeMetricFamily(
            "freethem_backlog_readable",
            "1 if the database could be read for the backlog metrics at this scrape, else 0.",
            value=1 if families else 0,
        )
        yield from families

    def _read(self):
        from django.utils import timezone

        from freethem.core import delivery, health

        now = timezone.now()
        owed = GaugeMetricFamily(
            "freethem_emails_owed", "Emails whose due time has come, not yet sent.", labels=["kind"]
        )
        for box in delivery.postboxes():
            owed.add_metric([box.name], box.rows().filter(**{f"{box.due}__lte": now}).count())
        yield owed
        yield GaugeMetricFamily(
            "freethem_email_oldest_owed_seconds",
            "How long the email owed longest has waited past its due time (0: none owed).",
            value=_age(health.oldest_owed_email()) or 0,
        )
        yield GaugeMetricFamily(
            "freethem_tasks_waiting",
            "Tasks ready to run, waiting in the database queue.",
            value=health.waiting_tasks().count(),
        )
        yield GaugeMetricFamily(
            "freethem_task_queue_oldest_seconds",
            "How long the task waiting longest has been in the queue (0: none waiting).",
            value=_age(health.oldest_waiting_task()) or 0,
        )
        tick = health.last_tick()
        if tick is not None:
            yield GaugeMetricFamily(
                "freethem_clock_last_round_timestamp_seconds",
                "When the clock (manage.py jobs) last finished a round, as a Unix time.",
                value=tick,
            )


def exposition():
    """The text a scrape gets: counts of every worker (or of this one) and the backlog."""
    registry = CollectorRegistry()
    if multiprocess_mode():
        multiprocess.MultiProcessCollector(registry)
    else:
        registry.register(COUNTED)
    registry.register(Backlog())
    return generate_latest(registry)


def _authorised(request):
    token = settings.FREETHEM_METRICS_TOKEN
    given = request.META.get("HTTP_AUTHORIZATION", "")
    if not token or not given.startswith("Bearer "):
        return False
    return hmac.compare_digest(given.removeprefix("Bearer ").encode(), token.encode())


def route_name(request, response):
    """The route that answered, as a label: never the path, which may hold an id."""
    match = getattr(request, "resolver_match", None)
    if match is not None:
        if match.view_name.startswith("wagtailadmin") or request.path_info.startswith("/admin/"):
            return "admin"
        return match.view_name
    if getattr(request, "freethem_page_cache_hit", False):
        return "page_cache"
    return "unrouted"


class MetricsMiddleware:
    """Serves /metrics to its token holder and times every other request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == PATH and _authorised(request):
            response = HttpResponse(exposition(), content_type=CONTENT_TYPE_LATEST)
            response["Cache-Control"] = "no-store"
            return response
        started = time.perf_counter()
        response = self.get_response(request)
        REQUEST_SECONDS.labels(
            route_name(request, response), f"{response.status_code // 100}xx"
        ).observe(time.perf_counter() - started)
        return response
