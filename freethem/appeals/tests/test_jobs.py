import datetime
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from freethem.appeals import services
from freethem.appeals.models import Signature, Tally
from freethem.appeals.tests.factories import make_appeal

pytestmark = pytest.mark.django_db


def test_the_jobs_tally_and_forget_in_one_pass(site_tree):
    appeal = make_appeal(site_tree.home)
    confirmed = services.sign_appeal(
        appeal=appeal, data={"name": "A", "country": "FR", "email": "a@example.org"}
    ).signature
    services.confirm_signature(confirmed)
    stale = services.sign_appeal(
        appeal=appeal, data={"name": "B", "country": "FR", "email": "b@example.org"}
    ).signature
    Signature.objects.filter(pk=stale.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    call_command("jobs", "--once")
    assert services.read_tally(appeal.translation_key)["total"] == 1
    assert not Signature.objects.filter(pk=stale.pk).exists()


def test_a_tally_interrupted_midway_is_finished_next_time(site_tree, monkeypatch):
    appeal = make_appeal(site_tree.home)
    for n in range(5):
        signature = services.sign_appeal(
            appeal=appeal, data={"name": f"S{n}", "country": "IR", "email": f"s{n}@example.org"}
        ).signature
        services.confirm_signature(signature)

    real_filter = services.Signature.objects.filter

    def crash(*args, **kwargs):
        if "pk__in" in kwargs:  # marking the batch as tallied
            raise RuntimeError("power cut")
        return real_filter(*args, **kwargs)

    # The crash comes after the tally row is written, before the signatures are marked.
    monkeypatch.setattr(services.Signature.objects, "filter", crash)
    with pytest.raises(RuntimeError):
        services.tally_signatures(batch_size=2)
    monkeypatch.undo()
    # The batch that crashed was rolled back whole: nothing counted twice, nothing lost.
    assert not Tally.objects.filter(total__gt=0).exists()
    services.tally_signatures(batch_size=2)
    assert services.read_tally(appeal.translation_key)["total"] == 5
    assert Signature.objects.filter(tally_due=True).count() == 0


def test_an_email_lost_with_a_crashed_worker_is_queued_again(site_tree, monkeypatch):
    from freethem.core import tasks

    appeal = make_appeal(site_tree.home)
    services.sign_appeal(appeal=appeal, data={"name": "Ali", "country": "SE", "email": "a@b.org"})
    # The task is queued, then its worker dies before sending.
    lost = []
    with monkeypatch.context() as patched:
        patched.setattr(
            tasks,
            "send_emails",
            SimpleNamespace(enqueue=lambda *a: lost.append(a)),
        )
        assert services.queue_confirmations() == 1
    assert len(lost) == 1
    assert mail.outbox == []
    assert services.queue_confirmations() == 0  # its lease has not run out yet
    lease = Signature.objects.get().confirmation_wanted_at
    assert lease > timezone.now() + datetime.timedelta(minutes=9)

    Signature.objects.update(confirmation_wanted_at=timezone.now())  # ten minutes later
    assert services.queue_confirmations() == 1
    assert len(mail.outbox) == 1
    # The lost task, run late by a revived worker, finds its lease gone and sends nothing.
    stale = tasks.send_emails.call(
        "appeals.confirmations", [Signature.objects.get().pk], lease.isoformat()
    )
    assert stale["sent"] == 0
    assert len(mail.outbox) == 1
    assert Signature.objects.get().confirmation_wanted_at is None


def test_a_confirmed_signature_is_owed_no_email(site_tree):
    appeal = make_appeal(site_tree.home)
    signature = services.sign_appeal(
        appeal=appeal, data={"name": "Ali", "country": "SE", "email": "a@b.org"}
    ).signature
    services.confirm_signature(signature)
    assert services.queue_confirmations() == 0
    assert mail.outbox == []


def test_a_closed_appeal_forgets_emails_after_its_retention_period(site_tree):
    appeal = make_appeal(site_tree.home, retention_days=30)
    kept = services.sign_appeal(
        appeal=appeal,
        data={"name": "Ali Kept", "country": "SE", "email": "ali@b.org"},
        ip="1.2.3.4",
    ).signature
    services.confirm_signature(kept)
    services.sign_appeal(appeal=appeal, data={"name": "Never", "country": "SE", "email": "n@b.org"})
    services.tally_signatures()
    assert services.anonymise_closed_appeals() == 0  # still open

    appeal.is_open = False
    appeal.save()
    assert appeal.closed_at is not None
    assert services.anonymise_closed_appeals() == 0  # closed, but not for 30 days yet
    later = timezone.now() + datetime.timedelta(days=31)
    assert services.anonymise_closed_appeals(now=later) == 2
    kept.refresh_from_db()
    assert (kept.email, kept.email_hash, kept.domain_hash, kept.ip_hash) == ("", "", "", "")
    assert (kept.name, kept.status) == ("Ali Kept", Signature.CONFIRMED)
    assert Signature.objects.count() == 1  # the unconfirmed one is gone
    assert services.read_tally(appeal.translation_key)["total"] == 1
    assert services.anonymise_closed_appeals(now=later) == 0  # nothing left to erase

    appeal.is_open = True
    appeal.save()
    assert appeal.closed_at is None


def test_each_round_hands_over_a_bounded_number_of_emails(site_tree, settings):
    settings.FREETHEM_CONFIRMATIONS_PER_ROUND = 3
    appeal = make_appeal(site_tree.home)
    for n in range(5):
        data = {"name": f"Signer {n}", "country": "SE", "email": f"s{n}@example.org"}
        services.sign_appeal(appeal=appeal, data=data)
    assert services.queue_confirmations() == 3
    assert len(mail.outbox) == 3
    assert services.queue_confirmations() == 2  # the rest at the next round
    assert len(mail.outbox) == 5
    assert services.queue_confirmations() == 0
