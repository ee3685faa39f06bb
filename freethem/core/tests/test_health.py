"""/healthz says the process is alive; /readyz fails while any of its checks does, and recovers."""

import json
import time
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from freethem.core import health
from freethem.core.cache import is_stored
from freethem.core.models import OutgoingEmail
from freethem.core.tasks import send_emails

pytestmark = pytest.mark.django_db


def ready(client):
    response = client.get("/readyz")
    return response.status_code, json.loads(response.content)


def failing(client):
    status, body = ready(client)
    return status, sorted(name for name, check in body["checks"].items() if not check["ok"])


@pytest.fixture
def clock_running():
    health.record_tick()


def test_healthz_answers_ok_at_once_and_is_kept_by_no_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Cache-Control"] == "no-store"
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_healthz_is_answered_over_plain_http_at_any_host_without_a_language_prefix(
    client, settings
):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["campaign.example"]
    response = client.get("/healthz", HTTP_HOST="10.0.0.5:8000")
    assert response.status_code == 200
    assert client.get("/readyz", HTTP_HOST="10.0.0.5:8000").status_code in (200, 503)


def test_readyz_is_ready_when_the_clock_has_just_run_and_nothing_waits(client, clock_running):
    status, body = ready(client)
    assert status == 200
    assert body["ready"] is True
    assert set(body["checks"]) == {"database", "cache", "clock", "emails", "tasks"}
    assert client.get("/readyz")["Cache-Control"] == "no-store"


def test_a_clock_that_never_ran_makes_readyz_fail(client):
    assert failing(client) == (503, ["clock"])


def test_a_stale_clock_tick_makes_readyz_fail_until_the_clock_runs_again(client, settings):
    caches["shared"].set(health.TICK_KEY, time.time() - settings.FREETHEM_READY_CLOCK_SECONDS - 5)
    assert failing(client) == (503, ["clock"])
    call_command("jobs", "--once", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert failing(client) == (200, [])


def test_an_email_owed_too_long_makes_readyz_fail_until_it_is_sent(client, settings, clock_running):
    owed = OutgoingEmail.objects.create(
        to="someone@example.org",
        template="x",
        language="en",
        wanted_at=timezone.now() - timedelta(seconds=settings.FREETHEM_READY_EMAIL_SECONDS + 60),
    )
    assert failing(client) == (503, ["emails"])
    OutgoingEmail.objects.filter(pk=owed.pk).update(wanted_at=None, sent_at=timezone.now())
    assert failing(client) == (200, [])


def test_an_email_owed_only_a_moment_keeps_readyz_ready(client, clock_running):
    OutgoingEmail.objects.create(
        to="someone@example.org", template="x", language="en", wanted_at=timezone.now()
    )
    assert failing(client) == (200, [])


def test_a_task_waiting_too_long_makes_readyz_fail_until_a_worker_takes_it(
    client, settings, clock_running
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    lease = timezone.now() + timedelta(minutes=10)
    task = send_emails.enqueue("outbox", [], lease.isoformat())
    assert failing(client) == (200, [])
    DBTaskResult.objects.filter(pk=task.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=settings.FREETHEM_READY_TASK_SECONDS + 60)
    )
    assert failing(client) == (503, ["tasks"])
    DBTaskResult.objects.filter(pk=task.id).update(status="SUCCESSFUL")
    assert failing(client) == (200, [])


def test_a_database_that_cannot_be_reached_makes_readyz_fail(client, monkeypatch, clock_running):
    def refuse(*args, **kwargs):
        raise ConnectionError("refused")

    monkeypatch.setattr(connection, "cursor", refuse)
    status, body = ready(client)
    assert status == 503
    assert body["checks"]["database"] == {"ok": False, "detail": "ConnectionError"}


def test_a_cache_that_keeps_nothing_makes_readyz_fail(client, monkeypatch, clock_running):
    shared = caches["shared"]
    original = shared.get
    monkeypatch.setattr(shared, "set", lambda *args, **kwargs: None)
    monkeypatch.setattr(
        shared, "get", lambda key, *a, **k: None if key == health.PROBE_KEY else original(key)
    )
    assert failing(client) == (503, ["cache"])
    monkeypatch.undo()
    assert failing(client) == (200, [])


def test_health_answers_are_never_stored_by_the_page_cache(client, rf, clock_running):
    for path in ("/healthz", "/readyz"):
        client.get(path)
        assert not is_stored(rf.get(path))


def test_the_probes_are_not_under_a_language_prefix(client):
    assert client.get("/en/healthz").status_code != 200
