import datetime

import pytest
from django.core import mail
from django.utils import timezone

from freethem.appeals import services
from freethem.appeals.models import Signature, Tally
from freethem.appeals.tests.factories import make_appeal
from freethem.core import addresses

pytestmark = pytest.mark.django_db


def data(**overrides):
    values = {"name": "Ahmad Example", "country": "SE", "email": "ahmad@example.org"}
    values.update(overrides)
    return values


def test_signing_again_with_the_same_address_makes_no_second_signature(site_tree):
    appeal = make_appeal(site_tree.home)
    first = services.sign_appeal(appeal=appeal, data=data(email="Ahmad.Ex@gmail.com"))
    again = services.sign_appeal(appeal=appeal, data=data(email="ahmadex+2@gmail.com"))
    assert first.created and not again.created
    assert again.signature.pk == first.signature.pk
    assert Signature.objects.count() == 1


def test_over_the_burst_limit_signatures_are_kept_but_held(site_tree, settings):
    settings.FREETHEM_SIGN_LIMITS_IP = [(60, 3), (3600, 100)]
    appeal = make_appeal(site_tree.home)
    for n in range(5):
        services.sign_appeal(appeal=appeal, data=data(email=f"p{n}@example.net"), ip="198.51.100.7")
    held = Signature.objects.filter(suspect=True)
    assert Signature.objects.count() == 5
    assert held.count() == 2
    assert set(held.values_list("ip_hash", flat=True)) == {services.hash_ip("198.51.100.7")}


def test_a_small_domain_flood_is_held_too(site_tree, settings):
    settings.FREETHEM_SIGN_LIMITS_DOMAIN = [(60, 2), (3600, 100)]
    appeal = make_appeal(site_tree.home)
    for n in range(4):
        services.sign_appeal(
            appeal=appeal, data=data(email=f"bot{n}@spam.example"), ip=f"192.0.2.{n}"
        )
    assert Signature.objects.filter(suspect=True).count() == 2
    # The webmail giants are not limited by domain.
    for n in range(4):
        services.sign_appeal(appeal=appeal, data=data(email=f"real{n}@gmail.com"), ip=f"10.0.0.{n}")
    gmail = addresses.domain_hash("gmail.com")
    assert Signature.objects.filter(domain_hash=gmail, suspect=True).count() == 0


def test_confirmation_tokens_are_signed_and_expire(site_tree, settings):
    appeal = make_appeal(site_tree.home)
    signature = services.sign_appeal(appeal=appeal, data=data()).signature
    token = services.confirmation_token(signature)
    assert services.signature_for_token(token) == signature
    assert services.signature_for_token(token[:-2] + "xx") is None
    assert services.signature_for_token("not-a-token") is None
    settings.FREETHEM_CONFIRM_MAX_AGE = -1
    assert services.signature_for_token(token) is None


def test_the_tally_adds_confirmed_and_removes_invalidated(site_tree):
    appeal = make_appeal(site_tree.home)
    signatures = [
        services.sign_appeal(
            appeal=appeal, data=data(email=f"s{n}@example.org", country=c)
        ).signature
        for n, c in enumerate(["FR", "FR", "IR", "CO"])
    ]
    for signature in signatures[:3]:
        services.confirm_signature(signature)
    assert services.tally_signatures() == 3
    tally = Tally.objects.get(appeal_key=appeal.translation_key)
    assert (tally.total, tally.by_country) == (3, {"FR": 2, "IR": 1})
    assert services.read_tally(appeal.translation_key)["total"] == 3

    assert (
        services.invalidate_signatures(appeal_key=appeal.translation_key, domain="example.org") == 4
    )
    services.tally_signatures()
    assert services.read_tally(appeal.translation_key) == {"total": 0, "by_country": {}}


def test_held_signatures_count_once_a_moderator_clears_them(site_tree, settings):
    settings.FREETHEM_SIGN_LIMITS_IP = [(60, 0)]
    appeal = make_appeal(site_tree.home)
    signature = services.sign_appeal(appeal=appeal, data=data(), ip="192.0.2.1").signature
    services.confirm_signature(signature)
    services.tally_signatures()
    assert services.read_tally(appeal.translation_key)["total"] == 0
    services.clear_suspects(Signature.objects.all())
    services.tally_signatures()
    assert services.read_tally(appeal.translation_key)["total"] == 1


def test_translations_of_an_appeal_share_one_count(site_tree):
    from freethem.news.tests.factories import translate

    appeal = make_appeal(site_tree.home)
    persian = translate(appeal, "fa", title="فراخوان اضطراری", slug="appeal-fa")
    one = services.sign_appeal(appeal=appeal, data=data(email="one@example.org")).signature
    two = services.sign_appeal(
        appeal=persian, data=data(email="two@example.org"), language="fa"
    ).signature
    services.confirm_signature(one)
    services.confirm_signature(two)
    services.tally_signatures()
    assert services.read_tally(persian.translation_key)["total"] == 2


def test_unconfirmed_signatures_are_forgotten_after_seven_days(site_tree):
    appeal = make_appeal(site_tree.home)
    old = services.sign_appeal(appeal=appeal, data=data(email="old@example.org")).signature
    new = services.sign_appeal(appeal=appeal, data=data(email="new@example.org")).signature
    kept = services.sign_appeal(appeal=appeal, data=data(email="kept@example.org")).signature
    services.confirm_signature(kept)
    Signature.objects.filter(pk__in=[old.pk, kept.pk]).update(
        created_at=timezone.now() - datetime.timedelta(days=8)
    )
    assert services.delete_unconfirmed() == 1
    assert set(Signature.objects.values_list("pk", flat=True)) == {new.pk, kept.pk}


def test_confirmation_email_has_text_and_html_in_the_signers_language(site_tree):
    from freethem.news.tests.factories import translate

    appeal = make_appeal(site_tree.home)
    spanish = translate(appeal, "es", title="Llamamiento urgente", slug="llamamiento")
    services.sign_appeal(appeal=spanish, data=data(email="ana@example.org"), language="es")
    assert mail.outbox == []  # owed, until the appeals' clock queues it
    assert services.queue_confirmations() == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    assert "Llamamiento urgente" in message.subject
    html, mime = message.alternatives[0]
    assert mime == "text/html"
    assert "/es/" in message.body and "/confirm/" in message.body
    assert 'lang="es"' in html


def test_a_resend_within_minutes_sends_nothing_more(site_tree):
    appeal = make_appeal(site_tree.home)
    services.sign_appeal(appeal=appeal, data=data())
    services.queue_confirmations()
    services.resend_confirmation(appeal=appeal, email="Ahmad@Example.org")
    assert services.queue_confirmations() == 0
    assert len(mail.outbox) == 1
    Signature.objects.update(confirmation_sent_at=timezone.now() - datetime.timedelta(hours=1))
    services.resend_confirmation(appeal=appeal, email="Ahmad@Example.org")
    assert services.queue_confirmations() == 1
    assert len(mail.outbox) == 2
