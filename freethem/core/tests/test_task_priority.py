"""Emails go before any other background work: a signer's confirmation queued behind a hundred
poster renders is the next thing the task worker does."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from freethem.core import outbox
from freethem.core.tasks import send_emails
from freethem.prisoners.tasks import render_posters

# The worker runs as in production, in autocommit: it closes and reopens its connection.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def database_queue(settings):
    # The queue production uses (django-tasks resets its backends when the setting changes).
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_an_email_queued_after_a_hundred_posters_is_sent_first(database_queue):
    for _n in range(99):
        # A page that is gone: each render ends at once, as a real one would end later.
        render_posters.enqueue(10**9)
    lease = timezone.now() + timedelta(minutes=10)
    email = send_emails.enqueue(outbox.NAME, [], lease.isoformat())
    assert DBTaskResult.objects.count() == 100
    call_command("db_worker", "--batch", "--max-tasks", "1", "--no-startup-delay", "-v", "0")
    done = DBTaskResult.objects.exclude(finished_at=None)
    assert [str(pk) for pk in done.values_list("id", flat=True)] == [str(email.id)]
    assert DBTaskResult.objects.filter(finished_at=None).count() == 99
