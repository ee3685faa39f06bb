import re

import pytest
from django.core import mail
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import confirmation, make_appeal, person
from freethem.core.addresses import address_hash
from freethem.core.cache import is_stored

pytestmark = pytest.mark.django_db


@pytest.fixture
def appeal(site_tree):
    return make_appeal(site_tree.home, goal=1000)


@pytest.fixture
def sign(client, appeal):
    def post(**overrides):
        response = client.post(f"/en/appeals/{appeal.pk}/sign/", person(**overrides))
        services.queue_confirmations()  # what the appeals' clock does every few seconds
        return response

    return post


def confirm_link(message):
    return re.search(r"https?://[^/\s]+(/\S+/confirm/\S+/)", message.body).group(1)


def test_the_appeal_page_carries_the_form_and_stays_cacheable(client, appeal):
    first = client.get(appeal.url)
    html = first.content.decode()
    assert first.status_code == 200
    assert f'action="/en/appeals/{appeal.pk}/sign/"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not first.cookies
    assert is_stored(RequestFactory().get(appeal.url))
    assert "s-maxage=4" in first["Cache-Control"]


def test_sign_confirm_and_appear_in_the_list(client, appeal, sign):
    response = sign()
    assert response.status_code == 303
    assert response["Location"].endswith("/thanks/")
    thanks = client.get(response["Location"]).content.decode()
    assert "https://wa.me/?text=" in thanks
    # Share links are plain links: no script, frame or image from the services they name.
    assert all(src.startswith("/") for src in re.findall(r'src="([^"]+)"', thanks))

    assert len(mail.outbox) == 1
    link = confirm_link(mail.outbox[0])
    # Opening the link (as a mail scanner would) confirms nothing.
    page = client.get(link)
    assert page.status_code == 200
    assert 'method="post"' in page.content.decode()
    assert Signature.objects.get().status == Signature.PENDING

    done = client.post(link, confirmation(Signature.objects.get()))
    assert done.status_code == 200
    assert "recorded" in done.content.decode()
    assert Signature.objects.get().status == Signature.CONFIRMED

    services.tally_signatures()
    listing = client.get(appeal.url + "signers/").content.decode()
    assert "Nasrin Example" in listing
    assert "nasrin@example.org" not in listing
    assert client.get(f"/appeals/{appeal.pk}/count.json").json()["total"] == 1


def test_bad_fields_come_back_with_messages_and_the_values_kept(client, sign):
    response = sign(
        **{"person-name": "x" * 201, "person-email": "not-an-address", "person-city": "Lyon"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "at most 200 characters" in html
    assert "valid email" in html
    assert 'value="Lyon"' in html
    assert Signature.objects.count() == 0


def test_an_empty_form_is_explained_in_the_visitors_language(client, appeal):
    response = client.post(f"/fa/appeals/{appeal.pk}/sign/", {"kind": "person"})
    assert response.status_code == 400
    assert 'dir="rtl"' in response.content.decode()
    assert Signature.objects.count() == 0


def test_names_in_any_script_are_kept_and_markup_is_escaped(client, appeal, sign):
    sign(**{"person-name": "نرگس محمدی", "person-email": "a@example.org"})
    sign(**{"person-name": "<script>alert(1)</script>", "person-email": "b@example.org"})
    for signature in Signature.objects.all():
        services.confirm_signature(signature)
    services.tally_signatures()
    html = client.get(appeal.url + "signers/").content.decode()
    assert "نرگس محمدی" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_a_double_click_makes_one_signature(sign):
    first, second = sign(), sign()
    assert first.status_code == second.status_code == 303
    assert Signature.objects.count() == 1
    assert len(mail.outbox) == 1


def test_signing_writes_one_row_and_nothing_else(client, appeal):
    url = f"/en/appeals/{appeal.pk}/sign/"
    client.post(url, person(**{"person-email": "warm@example.org"}))  # the appeal is looked up
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, person())
    assert response.status_code == 303
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert len(writes) == 1 and "appeals_signature" in writes[0]
    # The email is owed on the row itself until the appeals' clock hands it to the queue.
    signature = Signature.objects.get(email_hash=address_hash("nasrin@example.org"))
    assert signature.confirmation_wanted_at is not None


def test_initials_and_hidden_names(client, appeal, sign):
    sign(
        **{
            "person-name": "Shirin Example",
            "person-email": "s@example.org",
            "person-display": "initials",
        }
    )
    sign(
        **{
            "person-name": "Hidden Person",
            "person-email": "h@example.org",
            "person-display": "hidden",
        }
    )
    for signature in Signature.objects.all():
        services.confirm_signature(signature)
    services.tally_signatures()
    html = client.get(appeal.url + "signers/").content.decode()
    assert "<bdi>S. E.</bdi></strong> (France)" in html and "Shirin Example" not in html
    assert "Hidden Person" not in html
    assert client.get(f"/appeals/{appeal.pk}/count.json").json()["total"] == 2


def test_a_tampered_link_offers_a_new_one(client, appeal, sign):
    sign()
    link = confirm_link(mail.outbox[0])
    broken = link[:-3] + "zz/"
    response = client.get(broken)
    assert response.status_code == 400
    assert f'action="/en/appeals/{appeal.pk}/resend/"' in response.content.decode()
    assert client.post(broken).status_code == 400
    assert Signature.objects.get().status == Signature.PENDING


def test_resending_reveals_nothing(client, appeal):
    known = client.post(f"/en/appeals/{appeal.pk}/resend/", {"email": "nasrin@example.org"})
    unknown = client.post(f"/en/appeals/{appeal.pk}/resend/", {"email": "nobody@example.org"})
    assert known.status_code == unknown.status_code == 200
    assert known.content == unknown.content


def test_a_closed_appeal_takes_no_signature(client, site_tree):
    closed = make_appeal(site_tree.home, is_open=False)
    response = client.post(f"/en/appeals/{closed.pk}/sign/", person())
    assert response.status_code == 409
    assert "closed" in response.content.decode()
    assert Signature.objects.count() == 0


def test_a_form_posted_from_another_site_is_refused(client, appeal):
    response = client.post(
        f"/en/appeals/{appeal.pk}/sign/", person(), HTTP_SEC_FETCH_SITE="cross-site"
    )
    assert response.status_code == 403
    response = client.post(
        f"/en/appeals/{appeal.pk}/sign/", person(), HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert Signature.objects.count() == 0


def test_a_robot_filling_the_hidden_field_is_thanked_and_ignored(sign):
    response = sign(**{"person-homepage": "http://spam.example"})
    assert response.status_code == 303
    assert Signature.objects.count() == 0
    assert not mail.outbox


def test_organizations_sign_where_the_statement_allows(client, site_tree):
    statement = make_appeal(site_tree.home, open_to="both")
    html = client.get(statement.url).content.decode()
    assert 'value="organization"' in html
    response = client.post(
        f"/en/appeals/{statement.pk}/sign/",
        {
            "kind": "organization",
            "org-name": "Mothers for Justice",
            "org-country": "CA",
            "org-email": "contact@mothers.example",
            "org-website": "mothers.example",
        },
    )
    assert response.status_code == 303
    signature = Signature.objects.get()
    assert (signature.kind, signature.website) == ("organization", "https://mothers.example")


def test_reading_the_count_costs_no_query(client, appeal, sign):
    sign()
    services.confirm_signature(Signature.objects.get())
    services.tally_signatures()
    url = f"/appeals/{appeal.pk}/count.json"
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        tally = services.read_tally(appeal.translation_key)
        fresh = client.get(url, {"no-page-cache": "1"})
    assert tally["total"] == fresh.json()["total"] == 1
    assert len(queries) == 0


def test_the_signers_list_walks_pages_by_cursor(client, appeal, settings):
    settings.FREETHEM_SIGNERS_PER_PAGE = 2
    for n in range(5):
        signature = services.sign_appeal(
            appeal=appeal,
            data={"name": f"Signer {n}", "country": "IR", "email": f"x{n}@example.org"},
        ).signature
        services.confirm_signature(signature)
    seen, url = [], appeal.url + "signers/"
    while url:
        html = client.get(url).content.decode()
        seen += re.findall(r"Signer \d", html)
        found = re.search(r'rel="next" href="([^"]+)"', html)
        url = appeal.url + "signers/" + found.group(1).replace("&amp;", "&") if found else None
    assert seen == [f"Signer {n}" for n in range(4, -1, -1)]
    assert client.get(appeal.url + "signers/?after=garbage").status_code == 200
    assert client.get(appeal.url + "signers/?country=%3Cx%3E&q=" + "a" * 5000).status_code == 200


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("narges", {"Narges Mohammadi"}),
        ("MOHAM", {"Narges Mohammadi"}),  # the start of a word, in any case
        ("gomez", {"Ana Gómez Ríos"}),  # with or without accents
        ("نرگس", {"نرگس صفایی"}),
        ('"); DROP TABLE x; --', set()),
        ("NEAR(a b) OR * -x AND", set()),
    ],
)
def test_the_signers_list_searches_names(client, appeal, query, expected):
    for n, name in enumerate(["Narges Mohammadi", "Ana Gómez Ríos", "نرگس صفایی", "Lars Berg"]):
        data = {"name": name, "country": "IR", "email": f"n{n}@example.org"}
        services.confirm_signature(services.sign_appeal(appeal=appeal, data=data).signature)
    response = client.get(appeal.url + "signers/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    names = {"Narges Mohammadi", "Ana Gómez Ríos", "نرگس صفایی", "Lars Berg"}
    assert {name for name in names if name in html} == expected


def test_a_database_too_busy_to_write_gives_the_form_back_filled_in(client, appeal, monkeypatch):
    from django.db import OperationalError

    def busy(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(services, "sign_appeal", busy)
    response = client.post(f"/fr/appeals/{appeal.pk}/sign/", person())
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert 'value="Nasrin Example"' in html and 'value="nasrin@example.org"' in html
    assert "Rien de ce que vous avez saisi n'est perdu" in html.replace("&#x27;", "'")
    assert Signature.objects.count() == 0


def test_the_page_nginx_shows_when_it_turns_signers_away(client):
    response = client.get("/fa/appeals/busy/")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    html = response.content.decode()
    assert 'dir="rtl"' in html and "امضای شما این بار ثبت نشد" in html


def test_a_signature_that_waited_too_long_is_refused_at_once_with_the_form_kept(
    client, appeal, settings
):
    import time

    settings.FREETHEM_TRUSTED_PROXIES = ["127.0.0.1"]
    settings.FREETHEM_QUEUE_LIMIT_MS = 60
    url = f"/en/appeals/{appeal.pk}/sign/"
    stale = f"t={time.time() - 0.5:.3f}"
    response = client.post(url, person(), HTTP_X_REQUEST_START=stale)
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert response["Cache-Control"] == "private, no-store"
    html = response.content.decode()
    assert 'value="Nasrin Example"' in html and 'value="nasrin@example.org"' in html
    assert '<option value="FR" selected>France</option>' in html
    assert html.count(" selected>") == 1
    assert "Nothing you typed is lost" in html
    assert Signature.objects.count() == 0
    # A fresh stamp, or a stamp from anyone but the proxy, is signed as usual.
    fresh = f"t={time.time():.3f}"
    assert client.post(url, person(), HTTP_X_REQUEST_START=fresh).status_code == 303
    settings.FREETHEM_TRUSTED_PROXIES = []
    other = person(**{"person-email": "other@example.org"})
    assert client.post(url, other, HTTP_X_REQUEST_START=stale).status_code == 303
    assert Signature.objects.count() == 2


def test_a_late_refusal_writes_back_what_was_typed_as_text_never_as_markup(
    client, appeal, settings
):
    import time

    settings.FREETHEM_TRUSTED_PROXIES = ["127.0.0.1"]
    stale = f"t={time.time() - 0.5:.3f}"
    typed = person(
        **{
            "person-name": "نسرین «آزاد»",
            "person-city": '"><script>alert(1)</script>',
            "person-display": "hidden",
            "person-wants_alerts": "on",
        }
    )
    response = client.post(f"/fa/appeals/{appeal.pk}/sign/", typed, HTTP_X_REQUEST_START=stale)
    assert response.status_code == 503
    html = response.content.decode()
    assert 'value="نسرین «آزاد»"' in html and "<script>alert" not in html
    assert 'value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in html
    assert 'value="hidden" checked' in html and html.count(" checked") == 2
    assert "\u27e6" not in html and 'dir="rtl"' in html
    assert Signature.objects.count() == 0
