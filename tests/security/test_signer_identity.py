"""A signer's identity belongs to the signer: nobody else decides how they appear, is told
when they confirmed, finds what they chose to hide, or uses the form to write to them."""

import re

import pytest
from django.core import mail
from django.test import Client

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import confirmation, make_appeal, person

pytestmark = pytest.mark.django_db

# Rate limits count in fixed windows; tests use one long window, with no boundary to cross.
YEAR = 365 * 24 * 3600

VICTIM = "parisa@example.org"


@pytest.fixture
def appeal(site_tree):
    return make_appeal(site_tree.home, title="Iran's prisoners & their families")


def sign(client, appeal, language="en", ip="198.51.100.10", **fields):
    response = client.post(
        f"/{language}/appeals/{appeal.pk}/sign/", person(**fields), REMOTE_ADDR=ip
    )
    services.queue_confirmations()
    return response


def link_in(message):
    return re.search(r"https?://[^/\s]+(/\S+/confirm/\S+/)", message.body).group(1)


def public_list(appeal, **query):
    services.tally_signatures()
    return Client().get(appeal.url + "signers/", query).content.decode()


def mails_to(address):
    return [m for m in mail.outbox if address in m.to]


def test_signing_first_with_someone_elses_address_does_not_decide_how_they_appear(client, appeal):
    # The attacker signs with the victim's address, a full name and words of their own.
    sign(
        client,
        appeal,
        ip="203.0.113.66",
        **{
            "person-name": "Parisa Victim",
            "person-affiliation": "student activist, Sharif University",
            "person-city": "Tehran",
            "person-country": "IR",
            "person-email": VICTIM,
            "person-display": "full",
        },
    )
    # The victim signs later from her own connection, choosing not to be shown.
    sign(
        client,
        appeal,
        **{
            "person-name": "P. V.",
            "person-affiliation": "",
            "person-city": "",
            "person-country": "DE",
            "person-email": VICTIM,
            "person-display": "hidden",
        },
    )
    assert len(mails_to(VICTIM)) == 1
    link = link_in(mails_to(VICTIM)[0])
    page = client.get(link).content.decode()
    # She sees what she typed, not the attacker's words, and nothing is chosen for her.
    assert "Sharif" not in page and 'value="P. V."' in page
    assert not re.search(r'name="display"[^>]*checked', page)

    signature = Signature.objects.get()
    client.post(link, confirmation(signature, display="hidden"))
    listing = public_list(appeal)
    assert "Parisa" not in listing and "Sharif" not in listing and "Tehran" not in listing
    assert services.read_tally(appeal.translation_key)["total"] == 1


def test_the_owner_sees_what_someone_else_typed_corrects_it_and_chooses(client, appeal):
    sign(
        client,
        appeal,
        ip="203.0.113.66",
        **{
            "person-name": "Parisa Victim",
            "person-affiliation": "student activist, Sharif University",
            "person-email": VICTIM,
        },
    )
    link = link_in(mails_to(VICTIM)[0])
    page = client.get(link).content.decode()
    # Exactly what would be public, for each way of appearing.
    assert "student activist, Sharif University" in page
    assert "<bdi>P. V.</bdi>" in page
    signature = Signature.objects.get()
    corrected = confirmation(signature, affiliation="", city="", display="initials")
    assert client.post(link, corrected).status_code == 200
    listing = public_list(appeal)
    assert "<bdi>P. V.</bdi>" in listing
    assert "Parisa" not in listing and "Sharif" not in listing


def test_this_was_not_me_deletes_the_signature(client, appeal):
    sign(client, appeal, **{"person-email": VICTIM})
    link = link_in(mails_to(VICTIM)[0])
    response = client.post(link, {"action": "disown"})
    assert response.status_code == 200
    assert not Signature.objects.exists()
    assert client.get(link).status_code == 400  # the link is dead with it
    assert services.read_tally(appeal.translation_key)["total"] == 0


def test_the_sign_form_chooses_no_display_for_the_signer(client, appeal):
    html = client.get(appeal.url).content.decode()
    radios = re.findall(r'<input[^>]*name="person-display"[^>]*>', html)
    assert len(radios) == 3 and not any("checked" in radio for radio in radios)
    response = sign(client, appeal, **{"person-display": ""})
    assert response.status_code == 400
    assert "choose how you appear" in response.content.decode()
    assert not Signature.objects.exists()
    # Each choice says what it shows.
    assert "initials and country" in html and "only count my signature" in html


def confirmed(appeal, name, email, display, country="FR"):
    data = {"name": name, "country": country, "email": email, "display": display}
    signature = services.sign_appeal(appeal=appeal, data=data).signature
    services.confirm_signature(signature)
    return signature


def test_search_finds_only_what_the_list_shows(appeal):
    confirmed(appeal, "Shirin Ebadi", "s@example.org", Signature.INITIALS)
    confirmed(appeal, "Hidden Hossein", "h@example.org", Signature.HIDDEN)
    confirmed(appeal, "Open Omid", "o@example.org", Signature.FULL_NAME)
    assert "S. E." not in public_list(appeal, q="Shirin")
    assert "S. E." not in public_list(appeal, q="Ebadi")
    assert "S. E." in public_list(appeal, q="S")
    assert "No signatures match" in public_list(appeal, q="Hossein")
    assert "No signatures match" in public_list(appeal, q="Hidden")
    assert "Open Omid" in public_list(appeal, q="Omid")


def test_counts_by_country_never_show_a_country_whose_signers_are_all_hidden(client, appeal):
    confirmed(appeal, "Only Icelander", "is@example.org", Signature.HIDDEN, country="IS")
    confirmed(appeal, "Open Omid", "o@example.org", Signature.FULL_NAME, country="FR")
    listing = public_list(appeal)
    tally = client.get(f"/appeals/{appeal.pk}/count.json", {"no-cache": 1}).json()
    assert tally["total"] == 2
    assert "IS" not in tally["by_country"] and tally["by_country"] == {"FR": 1}
    assert "Iceland" not in listing.split("signers-country")[0]
    # A moderator hiding a name takes its country off the counts too.
    omid = Signature.objects.get(public_name="Open Omid")
    Signature.objects.filter(pk=omid.pk).update(hidden_by_moderator=True, tally_due=True)
    services.tally_signatures()
    assert services.read_tally(appeal.translation_key)["by_country"] == {}
    assert services.read_tally(appeal.translation_key)["total"] == 2


def test_the_list_cursor_tells_nobody_when_anyone_confirmed(client, appeal, settings):
    settings.FREETHEM_SIGNERS_PER_PAGE = 1
    first = confirmed(appeal, "First Signer", "1@example.org", Signature.FULL_NAME)
    confirmed(appeal, "Second Signer", "2@example.org", Signature.FULL_NAME)
    html = public_list(appeal)
    cursor = re.search(r'after=([^"&]+)', html).group(1)
    first.refresh_from_db()
    stamp = first.confirmed_at.timestamp()
    # Nothing of the time is readable in the cursor...
    assert str(int(stamp)) not in cursor and str(first.pk) != cursor
    assert "First Signer" in public_list(appeal, after=cursor)
    # ...and a cursor the server did not make is refused: bisecting times learns nothing.
    first_page = public_list(appeal)
    for forged in (
        f"{stamp:.6f}_{first.pk + 1}",
        f"{stamp + 1:.6f}_{first.pk}",
        cursor[:-2] + ("AA" if not cursor.endswith("AA") else "BB"),
        "0" * len(cursor),
    ):
        assert public_list(appeal, after=forged) == first_page
    # The list shows no time of day.
    assert not re.search(r"\d{1,2}:\d{2}", html.split("<main", 1)[-1])


def test_the_confirmation_email_carries_no_text_the_signer_typed(client, appeal):
    sign(
        client,
        appeal,
        **{
            "person-name": "Win a prize at https://evil.example now",
            "person-affiliation": "Your account is suspended, call +1 555 0100",
            "person-city": "Reply with your password",
            "person-email": VICTIM,
        },
    )
    [message] = mail.outbox
    everything = message.subject + message.body + message.alternatives[0][0]
    for typed in ("evil.example", "prize", "suspended", "555 0100", "password"):
        assert typed not in everything


def test_a_held_signature_gets_no_email_until_a_moderator_releases_it(client, appeal, settings):
    settings.FREETHEM_SIGN_LIMITS_IP = [(YEAR, 2)]
    for n in range(5):
        sign(client, appeal, ip="192.0.2.7", **{"person-email": f"crowd{n}@example.net"})
    held = Signature.objects.filter(suspect=True)
    assert held.count() == 3
    assert len(mail.outbox) == 2
    services.clear_suspects(held)
    services.queue_confirmations()
    assert len(mail.outbox) == 5


def test_the_pages_never_say_whether_a_signature_was_held(client, appeal, settings):
    settings.FREETHEM_SIGN_LIMITS_IP = [(YEAR, 1)]
    free = sign(client, appeal, ip="192.0.2.8", **{"person-email": "a@example.net"})
    held = sign(client, appeal, ip="192.0.2.8", **{"person-email": "b@example.net"})
    assert Signature.objects.filter(suspect=True).count() == 1
    assert free["Location"] == held["Location"]
    assert client.get(free["Location"]).content == client.get(held["Location"]).content
    pages = []
    for signature in Signature.objects.order_by("pk"):
        token = services.confirmation_token(signature)
        link = f"/en/appeals/{appeal.pk}/confirm/{token}/"
        pages.append(client.post(link, confirmation(signature)).content.decode())
    assert pages[0] == pages[1]


@pytest.mark.parametrize("bound", ["address", "domain", "client"])
def test_confirmation_emails_are_bounded_per_hour(client, appeal, settings, bound):
    settings.FREETHEM_RESEND_INTERVAL = __import__("datetime").timedelta(0)
    settings.FREETHEM_SIGN_LIMITS_IP = [(60, 1000), (3600, 1000)]
    settings.FREETHEM_SIGN_LIMITS_DOMAIN = [(60, 1000), (3600, 1000)]
    settings.FREETHEM_CONFIRMATION_EMAIL_LIMITS = {
        "address": [(YEAR, 3)],
        "domain": [(YEAR, 3)],
        "client": [(YEAR, 3)],
    }
    for n in range(8):
        email = {
            "address": VICTIM,
            "domain": f"someone{n}@small-ngo.example",
            "client": f"someone{n}@example{n}.net",
        }[bound]
        ip = "192.0.2.9" if bound == "client" else f"192.0.2.{n + 20}"
        sign(client, appeal, ip=ip, **{"person-email": email})
        Signature.objects.update(confirmation_sent_at=None)
        client.post(f"/en/appeals/{appeal.pk}/resend/", {"email": email}, REMOTE_ADDR=ip)
        services.queue_confirmations()
    assert len(mail.outbox) == 3


def test_persian_names_keep_the_zero_width_non_joiner(appeal):
    name = "محمد\u200cعلی رضایی"
    tricked = "\u202eevil\u202c Name\u200b"
    for n, typed in enumerate((name, tricked)):
        client = Client()
        client.post(
            f"/fa/appeals/{appeal.pk}/sign/",
            person(**{"person-name": typed, "person-email": f"p{n}@example.org"}),
        )
    kept, cleaned = Signature.objects.order_by("pk")
    assert kept.name == name
    assert cleaned.name == "evil Name"


def test_email_subjects_are_plain_text(client, appeal):
    sign(client, appeal, **{"person-email": VICTIM})
    [message] = mail.outbox
    assert message.subject == "Confirm your signature: Iran's prisoners & their families"
