"""/metrics: Prometheus' text format for the token's holder only, with nothing personal in it."""

import ipaddress
import re
import subprocess
import sys
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import confirmation, make_appeal, person
from freethem.core.models import OutgoingEmail

pytestmark = pytest.mark.django_db

TOKEN = "a-long-random-token-for-tests-only"


@pytest.fixture
def token(settings):
    settings.FREETHEM_METRICS_TOKEN = TOKEN
    return TOKEN


def scrape(client, token=TOKEN):
    response = client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    return response


def samples(client):
    """Every sample of a scrape, as (name, labels, value)."""
    text = scrape(client).content.decode()
    return [
        (sample.name, sample.labels, sample.value)
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    ]


def value(client, name, **labels):
    return sum(
        v
        for n, sample_labels, v in samples(client)
        if n == name and labels.items() <= sample_labels.items()
    )


def answered_as_unknown(client, **headers):
    """/metrics is answered exactly as another address the site does not know."""
    unknown = client.get("/nothing-here", **headers)
    response = client.get("/metrics", **headers)
    assert response.status_code == unknown.status_code
    assert response.get("Location", "").replace("metrics", "nothing-here") == unknown.get(
        "Location", ""
    )
    assert b"freethem_" not in response.content
    assert client.get("/metrics", follow=True, **headers).status_code == 404


def test_without_a_token_set_metrics_is_an_unknown_address(client, settings, site_tree):
    settings.FREETHEM_METRICS_TOKEN = ""
    answered_as_unknown(client)
    answered_as_unknown(client, HTTP_AUTHORIZATION="Bearer ")


def test_a_wrong_or_missing_token_gets_what_any_unknown_address_gets(client, token, site_tree):
    answered_as_unknown(client)
    answered_as_unknown(client, HTTP_AUTHORIZATION="Bearer wrong")
    answered_as_unknown(client, HTTP_AUTHORIZATION=TOKEN)
    answered_as_unknown(client, HTTP_AUTHORIZATION=f"Bearer {TOKEN}x")


def test_the_token_holder_gets_prometheus_text_that_parses(client, token):
    response = scrape(client)
    assert response["Content-Type"].startswith("text/plain; version=")
    assert response["Cache-Control"] == "no-store"
    names = {family.name for family in text_string_to_metric_families(response.content.decode())}
    assert {
        "freethem_request_duration_seconds",
        "freethem_signatures",
        "freethem_confirmations",
        "freethem_page_cache_requests",
        "freethem_sqlite_write_turn_wait_seconds",
        "freethem_emails_owed",
        "freethem_email_oldest_owed_seconds",
        "freethem_tasks_waiting",
        "freethem_task_queue_oldest_seconds",
    } <= names


def test_a_signature_and_its_confirmation_are_counted(client, token, site_tree):
    appeal = make_appeal(site_tree.home)
    signed = value(client, "freethem_signatures_total")
    confirmed = value(client, "freethem_confirmations_total")
    client.post(f"/en/appeals/{appeal.pk}/sign/", person())
    assert value(client, "freethem_signatures_total") == signed + 1
    services.queue_confirmations()
    link = re.search(r"https?://[^/\s]+(/\S+/confirm/\S+/)", mail.outbox[-1].body).group(1)
    client.post(link, confirmation(Signature.objects.get()))
    assert Signature.objects.get().status == Signature.CONFIRMED
    assert value(client, "freethem_confirmations_total") == confirmed + 1


def test_requests_are_timed_by_route_name_and_page_cache_hits_counted(client, token, site_tree):
    appeal = make_appeal(site_tree.home)
    before = value(client, "freethem_request_duration_seconds_count", view="appeal_count")
    client.get(f"/appeals/{appeal.pk}/count.json")
    assert (
        value(client, "freethem_request_duration_seconds_count", view="appeal_count") == before + 1
    )
    hits = value(client, "freethem_page_cache_requests_total", result="hit")
    misses = value(client, "freethem_page_cache_requests_total", result="miss")
    assert client.get(appeal.url).status_code == 200
    assert client.get(appeal.url).status_code == 200
    assert value(client, "freethem_page_cache_requests_total", result="miss") == misses + 1
    assert value(client, "freethem_page_cache_requests_total", result="hit") == hits + 1
    assert value(client, "freethem_request_duration_seconds_count", view="page_cache") >= 1


def test_owed_emails_and_their_age_are_read_at_each_scrape(client, token):
    OutgoingEmail.objects.create(
        to="someone@example.org",
        template="x",
        language="en",
        wanted_at=timezone.now() - timedelta(seconds=120),
    )
    assert value(client, "freethem_emails_owed", kind="core.outbox") == 1
    assert value(client, "freethem_email_oldest_owed_seconds") >= 120


def test_no_label_holds_an_address_an_ip_the_token_or_a_path(client, token, site_tree):
    appeal = make_appeal(site_tree.home)
    client.post(
        f"/en/appeals/{appeal.pk}/sign/",
        person(**{"person-email": "private.person@example.org"}),
        REMOTE_ADDR="203.0.113.9",
    )
    client.get(appeal.url + "signers/", REMOTE_ADDR="198.51.100.7")
    client.get(f"/en/appeals/{appeal.pk}/confirm/not-a-token/")
    label_values = {v for _name, labels, _value in samples(client) for v in labels.values()}
    assert label_values
    for label in label_values:
        assert "@" not in label and "/" not in label and TOKEN not in label
        assert str(appeal.pk) not in label.split("_") and not label.isdigit()
        try:
            ipaddress.ip_address(label)
        except ValueError:
            pass
        else:
            raise AssertionError(f"an address in a label: {label}")


def test_worker_processes_counts_add_up_in_multiprocess_mode(tmp_path):
    environment = {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    count = "from freethem.core import metrics; metrics.SIGNATURES.inc(); metrics.SIGNATURES.inc()"
    for _worker in range(2):
        subprocess.run([sys.executable, "-c", count], env=environment, check=True)
    read = (
        "from prometheus_client import CollectorRegistry, generate_latest, multiprocess\n"
        "from freethem.core import metrics\n"
        "assert metrics.multiprocess_mode()\n"
        "registry = CollectorRegistry(); multiprocess.MultiProcessCollector(registry)\n"
        "print(generate_latest(registry).decode())"
    )
    text = subprocess.run(
        [sys.executable, "-c", read], env=environment, check=True, capture_output=True, text=True
    ).stdout
    totals = [
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "freethem_signatures_total"
    ]
    assert totals == [4.0]


def test_a_database_that_cannot_be_read_leaves_the_scrape_answering(client, token, monkeypatch):
    from freethem.core import health

    def refuse():
        raise ConnectionError("refused")

    assert value(client, "freethem_backlog_readable") == 1
    monkeypatch.setattr(health, "waiting_tasks", refuse)
    names = {name for name, _labels, _value in samples(client)}
    assert value(client, "freethem_backlog_readable") == 0
    assert "freethem_signatures_total" in names and "freethem_tasks_waiting" not in names
