"""A supporter asks for alerts, confirms, and stops them: double opt-in, no enumeration."""

import re

import pytest
from django.core import mail

from freethem.alerts import services
from freethem.alerts.models import Subscriber
from freethem.appeals import services as appeal_services
from freethem.appeals.tests.factories import make_appeal
from freethem.core.addresses import address_hash

pytestmark = pytest.mark.django_db


def subscribe(client, django_capture_on_commit_callbacks, **data):
    form = {"email": "leila@example.org", "language": "fa", "consent": "on", **data}
    with django_capture_on_commit_callbacks(execute=True):
        return client.post("/en/alerts/", form)


def link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+/alerts/confirm/\S+/)", message.body).group(1)


def test_the_form_works_without_javascript_in_every_language(client, site_tree):
    for language in ("en", "es", "fa", "fr"):
        html = client.get(f"/{language}/alerts/").content.decode()
        assert '<form method="post"' in html
        assert 'name="email"' in html and 'name="consent"' in html
    assert 'dir="rtl"' in client.get("/fa/alerts/").content.decode()


def test_subscribing_asks_for_confirmation_in_the_chosen_language(
    client, site_tree, django_capture_on_commit_callbacks
):
    response = subscribe(client, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.PENDING
    assert subscriber.language == "fa"
    [message] = mail.outbox
    assert message.to == ["leila@example.org"]
    link = link_in(message)
    assert link.startswith("/fa/alerts/confirm/")
    # Opening the link does not confirm (mail scanners open links); the button does.
    assert client.get(link).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.PENDING
    assert client.post(link).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.CONFIRMED


def test_a_double_submit_makes_one_subscriber_and_one_email(
    client, site_tree, django_capture_on_commit_callbacks
):
    subscribe(client, django_capture_on_commit_callbacks)
    subscribe(client, django_capture_on_commit_callbacks, email="Leila@Example.org")
    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 1


def test_the_answer_is_the_same_for_a_new_and_a_subscribed_address(
    client, site_tree, django_capture_on_commit_callbacks
):
    services.subscribe_confirmed(email="known@example.org", language="en")
    known = subscribe(client, django_capture_on_commit_callbacks, email="known@example.org")
    new = subscribe(client, django_capture_on_commit_callbacks, email="new@example.org")
    assert known.status_code == new.status_code == 200
    assert known.content.decode().count("Check your inbox") == 1
    assert new.content.decode().count("Check your inbox") == 1
    # A stranger cannot change a confirmed subscriber's language.
    assert Subscriber.objects.get(email_hash=address_hash("known@example.org")).language == "en"
    assert [m.to for m in mail.outbox] == [["new@example.org"]]


@pytest.mark.parametrize(
    "data, message",
    [
        ({"email": "not an address"}, "Enter a valid email address."),
        ({"consent": ""}, "Tick this box so that we may write to you."),
        ({"language": "xx"}, "Select a valid choice."),
        ({"email": "<b>x</b>@example.org"}, "Enter a valid email address."),
    ],
)
def test_bad_input_is_explained_and_kept(
    client, site_tree, django_capture_on_commit_callbacks, data, message
):
    response = subscribe(client, django_capture_on_commit_callbacks, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Subscriber.objects.count() == 0


def test_forms_posted_from_other_sites_are_refused(client, site_tree):
    response = client.post(
        "/en/alerts/",
        {"email": "a@example.org", "language": "en", "consent": "on"},
        headers={"Sec-Fetch-Site": "cross-site"},
    )
    assert response.status_code == 403
    assert Subscriber.objects.count() == 0


def test_a_flood_from_one_address_stops_at_the_limit(
    client, site_tree, settings, django_capture_on_commit_callbacks
):
    settings.FREETHEM_SUBSCRIBE_LIMITS_IP = [(60, 3)]
    for n in range(6):
        subscribe(client, django_capture_on_commit_callbacks, email=f"s{n}@example.org")
    assert Subscriber.objects.count() == 3
    assert not Subscriber.objects.exclude(ip_hash="").filter(ip_hash__contains="127.0.0.1")


def test_a_forged_or_old_link_is_explained(client, site_tree, settings):
    assert client.get("/en/alerts/confirm/forged/").status_code == 404
    subscriber = Subscriber.objects.create(
        email="a@example.org", email_hash=address_hash("a@example.org")
    )
    link = services.confirm_url(subscriber).split("://", 1)[1].split("/", 1)[1]
    settings.FREETHEM_CONFIRM_MAX_AGE = -1
    response = client.post("/" + link)
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.PENDING


def test_unsubscribing_from_the_page_and_subscribing_again(
    client, site_tree, django_capture_on_commit_callbacks
):
    subscriber = services.subscribe_confirmed(email="a@example.org", language="fr")
    url = f"/fr/alerts/unsubscribe/{subscriber.token}/"
    assert "Unsubscribe" in client.get("/en" + url[3:]).content.decode()
    assert client.post(url).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.UNSUBSCRIBED
    # Coming back needs a new confirmation.
    subscribe(client, django_capture_on_commit_callbacks, email="a@example.org", language="fr")
    assert Subscriber.objects.get().status == Subscriber.PENDING
    assert len(mail.outbox) == 1
    assert (
        client.get("/en/alerts/unsubscribe/00000000-0000-0000-0000-000000000000/").status_code
        == 404
    )


def test_signers_who_ticked_the_box_are_subscribed_on_confirming(site_tree):
    appeal = make_appeal(site_tree.home)
    data = {"name": "A", "country": "IR", "email": "a@example.org", "wants_alerts": True}
    wanting = appeal_services.sign_appeal(appeal=appeal, data=data, language="es").signature
    other = appeal_services.sign_appeal(
        appeal=appeal, data={"name": "B", "country": "IR", "email": "b@example.org"}
    ).signature
    assert Subscriber.objects.count() == 0  # not before their address is confirmed
    appeal_services.confirm_signature(wanting)
    appeal_services.confirm_signature(other)
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language) == ("a@example.org", "es")
    assert (subscriber.status, subscriber.source) == (Subscriber.CONFIRMED, Subscriber.APPEAL)
