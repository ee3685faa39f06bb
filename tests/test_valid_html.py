"""Every page a visitor can reach is valid HTML, and every reference a form makes leads somewhere.

The rule: the Nu HTML checker finds no error on any page of the sitemap in any language, nor on
the pages around it (signers, past events, filters, the next page of a list), the forms in each
state they can come back in (sent empty, sent with wrong values, refused, busy), the pages that
follow a form, search results and the 404 page. On each of them, every id that an
aria-describedby, aria-labelledby, a label's `for` or a link to `#id` names is there exactly
once; a form that comes back with errors starts with a summary that is announced and links to
each field at fault, and each field at fault is described by its errors.

Why: a screen reader reads a field's help and errors through those references; one that points
at nothing says nothing, so the visitor never hears what went wrong. Markup that is not valid
is repaired differently by each browser and each assistive technology.

The pages are drawn once from the demo site, what a visitor would see, and the checker
(vnu.jar, which `make test` installs into tests/vnu/) reads them all in one run.
"""

import datetime
import json
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from unittest import mock
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.conf import settings
from django.db import OperationalError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from freethem.core.addresses import address_hash
from tests import demo_site

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "tests" / "vnu" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Addresses of files, not pages: feeds, open data, calendars, posters and printable sheets.
NOT_PAGES = re.compile(r"\.(pdf|csv|json|ics|xml|txt)$|/feed/|/data/|/calendar/|/posters?/")

# The pages are drawn once, from the demo loaded once per process (tests/demo_site.py), for
# these three tests and the search index's: one group runs them in one process.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo_site")]


@dataclass
class Drawn:
    """One page as the site sent it."""

    label: str
    html: str
    # A form on it came back for corrections.
    corrections: bool = False


class Visitor:
    """Walks the site as a visitor would and keeps every page it is shown."""

    def __init__(self):
        self.client = Client()
        self.pages = []
        self.seen = set()
        self._address = 0

    def keep(self, label, response, corrections=False):
        assert response["Content-Type"].startswith("text/html"), (label, response["Content-Type"])
        self.pages.append(Drawn(label, response.content.decode(), corrections))
        return response

    def get(self, path, label=None, status=200, **extra):
        response = self.client.get(path, **extra)
        assert response.status_code == status, (path, response.status_code)
        self.seen.add(path)
        return self.keep(label or f"GET {path}", response)

    def follow(self, path):
        """A link from a page: kept if it leads to a page rather than a file."""
        response = self.client.get(path)
        self.seen.add(path)
        assert response.status_code == 200, (path, response.status_code)
        if response["Content-Type"].startswith("text/html"):
            self.keep(f"GET {path}", response)

    def post(self, path, data, label, status, corrections=False, **extra):
        # Each sending from its own address, so that no rate limit turns the next one away.
        self._address += 1
        extra.setdefault("REMOTE_ADDR", f"192.0.2.{self._address % 250 + 1}")
        response = self.client.post(path, data, **extra)
        assert response.status_code == status, (path, label, response.status_code)
        if status in (302, 303):
            return self.get(response["Location"], label=f"{label}, then {response['Location']}")
        return self.keep(f"POST {path} ({label})", response, corrections)


def shape(href):
    """Links of one shape lead to one kind of page: the path with numbers left out, and the
    names of the query's parameters."""
    parts = urlsplit(href)
    path = re.sub(r"/\d+/", "/N/", parts.path)
    return path, tuple(sorted({name for name, _value in parse_qsl(parts.query)}))


def walk_sitemap_and_its_links(visitor):
    sitemap = visitor.client.get("/sitemap.xml").content.decode()
    paths = [urlsplit(location).path for location in re.findall(r"<loc>(.*?)</loc>", sitemap)]
    assert len(paths) > 100, "the demo site's sitemap is too small to tell anything"
    for path in paths:
        visitor.get(path)
    # One page of each shape the sitemap's pages link to: signers, past events, filters, the
    # next page of a list, a page missing in a language.
    shapes = {shape(path) for path in paths}
    for drawn in list(visitor.pages):
        for href in re.findall(r'<a\s[^>]*?href="(/[^"#]*)"', drawn.html):
            href = href.replace("&amp;", "&")
            if href in visitor.seen or NOT_PAGES.search(urlsplit(href).path):
                continue
            if href.startswith(("/static/", "/media/", "/documents/", "/admin/")):
                continue
            if shape(href) in shapes:
                continue
            shapes.add(shape(href))
            visitor.follow(href)


def sign_forms(visitor, language):
    from freethem.appeals import services
    from freethem.appeals.models import AppealPage, Signature

    appeals = AppealPage.objects.live().filter(locale__language_code=language)
    assert appeals
    for appeal in appeals:
        with translation.override(language):
            sign = reverse("appeal_sign", args=[appeal.pk])
            resend = reverse("appeal_resend", args=[appeal.pk])
        kinds = ["person"] * appeal.accepts_people + ["organization"] * appeal.accepts_organizations
        for kind in kinds:
            prefix = "person" if kind == Signature.PERSON else "org"
            wrong = {
                "name": "  ",
                "email": "not an address",
                "country": "ZZ",
                "display": "everything",
                "website": "not a website",
                "affiliation": "x" * 201,
            }
            right = {
                "name": "Ana Lima",
                "email": f"ana.{kind}.{appeal.pk}@example.org",
                "country": "BR",
                "display": Signature.FULL_NAME,
                "website": "https://example.org",
            }

            def sent(fields, kind=kind, prefix=prefix):
                return {
                    "kind": kind,
                    **{f"{prefix}-{name}": value for name, value in fields.items()},
                }

            visitor.post(sign, sent({}), f"{kind}, empty", 400, corrections=True)
            visitor.post(sign, sent(wrong), f"{kind}, wrong values", 400, corrections=True)
            cross_site = {"HTTP_SEC_FETCH_SITE": "cross-site"}
            visitor.post(sign, sent(right), f"{kind}, from another site", 403, **cross_site)
            with mock.patch.object(services, "sign_appeal", side_effect=OperationalError):
                visitor.post(sign, sent(right), f"{kind}, the database busy", 503, True)
            with override_settings(FREETHEM_TRUSTED_PROXIES=["192.0.2.0/24"]):
                late = {"HTTP_X_REQUEST_START": "t=1"}
                visitor.post(sign, sent(right), f"{kind}, waited too long", 503, **late)
            visitor.post(sign, sent(right), f"{kind}, signed", 303)
            signature = Signature.objects.get(email_hash=address_hash(right["email"]))
            token = services.confirmation_token(signature)
            with translation.override(language):
                confirm = reverse("appeal_confirm", args=[appeal.pk, token])
            visitor.get(confirm, label=f"GET the confirmation of {kind}")
            visitor.post(
                confirm, {"action": "confirm", "name": ""}, f"{kind}, confirm empty", 400, True
            )
            shown = {**right, "action": "preview"}
            visitor.post(confirm, shown, f"{kind}, preview", 200)
            visitor.post(confirm, {**shown, "action": "confirm"}, f"{kind}, confirmed", 200)
            visitor.get(confirm, label=f"GET the confirmation of {kind} once confirmed")
        visitor.get(appeal.url + appeal.reverse_subpage("thanks"))
        with translation.override(language):
            visitor.get(reverse("appeal_confirm", args=[appeal.pk, "forged"]), status=400)
        visitor.post(resend, {}, "empty", 400, corrections=True)
        visitor.post(resend, {"email": "not an address"}, "wrong value", 400, corrections=True)
        visitor.post(resend, {"email": "someone@example.org"}, "resent", 200)
        with translation.override(language):
            visitor.get(reverse("appeal_busy"), status=503)
    # Someone else used the address: its owner deletes the signature.
    appeal = appeals.first()
    with translation.override(language):
        sign = reverse("appeal_sign", args=[appeal.pk])
    email = f"bo.{language}@example.org"
    stranger = {
        "kind": "person",
        "person-name": "Bo",
        "person-email": email,
        "person-country": "SE",
        "person-display": "hidden",
    }
    visitor.post(sign, stranger, "signed with someone else's address", 303)
    signature = Signature.objects.get(email_hash=address_hash(email))
    with translation.override(language):
        confirm = reverse(
            "appeal_confirm", args=[appeal.pk, services.confirmation_token(signature)]
        )
    visitor.post(confirm, {"action": "disown"}, "disowned", 200)


def alert_forms(visitor, language):
    from freethem.alerts import services
    from freethem.alerts.models import Subscriber

    with translation.override(language):
        subscribe = reverse("alerts_subscribe")
    email = f"reader.{language}@example.org"
    visitor.post(subscribe, {}, "empty", 400, corrections=True)
    wrong = {"email": "not an address", "language": "xx"}
    visitor.post(subscribe, wrong, "wrong values", 400, corrections=True)
    visitor.post(subscribe, {}, "from another site", 403, HTTP_SEC_FETCH_SITE="cross-site")
    right = {"email": email, "language": language, "consent": "on"}
    visitor.post(subscribe, right, "subscribed", 200)
    subscriber = Subscriber.objects.get(email_hash=address_hash(email))
    confirm = urlsplit(services.confirm_url(subscriber)).path
    visitor.get(confirm)
    visitor.post(confirm, {}, "confirmed", 200)
    with translation.override(language):
        unsubscribe = reverse("alerts_unsubscribe", args=[subscriber.token])
        visitor.get(reverse("alerts_confirm", args=["forged"]), status=404)
    visitor.get(unsubscribe)
    visitor.post(unsubscribe, {}, "unsubscribed", 200)
    visitor.get(unsubscribe, label=f"GET {unsubscribe} once unsubscribed")


def proposal_forms(visitor, language):
    from freethem.mobilize.models import EventIndexPage

    indexes = EventIndexPage.objects.live().filter(locale__language_code=language)
    assert indexes
    soon = timezone.localdate() + datetime.timedelta(days=20)
    for index in indexes:
        for kind in ("event", "report"):
            with translation.override(language):
                submit = reverse(f"mobilize_{kind}_submit", args=[index.pk])
            wrong = {
                "title": "<b>Vigil</b>",
                "text": "<script>x</script>",
                "date": "next Friday",
                "start_time": "25:00",
                "end_time": "",
                "time_zone": "Mars/Olympus",
                "city": "",
                "country": "ZZ",
                "email": "not an address",
            }
            visitor.post(submit, {}, f"{kind}, empty", 400, corrections=True)
            visitor.post(submit, wrong, f"{kind}, wrong values", 400, corrections=True)
            visitor.post(
                submit, {}, f"{kind}, from another site", 403, HTTP_SEC_FETCH_SITE="cross-site"
            )
            with override_settings(FREETHEM_PROPOSAL_LIMITS_IP=[(600, 0)]):
                visitor.post(submit, {}, f"{kind}, too many", 429, corrections=True)
            right = {
                "title": "Vigil for the prisoners",
                "text": "Candles at the town hall.",
                "date": (
                    soon if kind == "event" else soon - datetime.timedelta(days=60)
                ).isoformat(),
                "city": "Lyon",
                "country": "FR",
                "consent": "on",
            }
            visitor.post(submit, right, f"{kind}, sent", 303)
    with translation.override(language):
        visitor.get(reverse("mobilize_proposal_too_large"), status=413)


def search_and_missing_pages(visitor, language):
    with translation.override(language):
        search = reverse("search")
    visitor.get(f"{search}?q=prison", label=f"search {language} with results")
    visitor.get(f"{search}?q=prison&page=2", label=f"search {language}, second page")
    visitor.get(f"{search}?q=zzqxw", label=f"search {language} with no result")
    visitor.get(f"{search}?q={'word ' * 100}", label=f"search {language}, too long")
    visitor.get(f"/{language}/no-such-page/", status=404)


def private_pages(visitor, language):
    """Wagtail's password and login forms, for a page an editor keeps private."""
    from django.core.cache import caches
    from wagtail.models import PageViewRestriction

    from freethem.news.models import NewsPage

    posts = NewsPage.objects.live().filter(locale__language_code=language).order_by("pk")
    by_password, by_login = posts[0], posts[1]
    restriction = PageViewRestriction.objects.create(
        page=by_password, restriction_type=PageViewRestriction.PASSWORD, password="north-gate-42"
    )
    PageViewRestriction.objects.create(page=by_login, restriction_type=PageViewRestriction.LOGIN)
    # Restricted here rather than in the admin, which would purge the page cache: purged by hand.
    caches["pages"].clear()
    asked = visitor.get(by_password.url, label=f"GET {by_password.url}, kept behind a password")
    assert 'name="password"' in asked.content.decode()
    action = f"/{language}/_util/authenticate_with_password/{restriction.pk}/{by_password.pk}/"
    visitor.post(action, {"return_url": by_password.url}, "empty", 200, corrections=True)
    wrong = {"password": "guess", "return_url": by_password.url}
    visitor.post(action, wrong, "wrong password", 200, corrections=True)
    login = visitor.client.get(by_login.url)["Location"]
    visitor.get(login, label=f"GET {login}")
    path = urlsplit(login).path
    visitor.post(path, {"next": by_login.url}, "empty", 200, corrections=True)
    wrong = {"username": "volunteer", "password": "guess", "next": by_login.url}
    visitor.post(path, wrong, "wrong password", 200, corrections=True)


def admin_sign_in(visitor):
    """The admin's sign-in page and the second step after it: in front of everyone who knows
    the address, though only editors go further."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from freethem.accounts.tests.helpers import authenticator_app

    visitor.get("/admin/login/")
    wrong = {"username": "nobody", "password": "guess"}
    visitor.post("/admin/login/", wrong, "wrong password", 200)
    for username, language in (("editor", "en"), ("dabir", "fa")):
        user = get_user_model().objects.create_superuser(username, password="pw-editor-12345")
        UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
            preferred_language=language
        )
        editor = Visitor()
        signed_in = {"username": username, "password": "pw-editor-12345", "next": "/admin/"}
        editor.client.post("/admin/login/", signed_in)
        # The first sign-in sets up an app; then the app's code is asked for.
        setup = editor.client.get("/admin/", follow=True).redirect_chain[-1][0]
        editor.get(setup, label=f"GET {setup} ({language})")
        editor.post(setup, {"code": "000000"}, f"setup, wrong code ({language})", 200)
        authenticator_app(user)
        verify = reverse("second_factor_verify")
        editor.get(verify, label=f"GET {verify} ({language})")
        editor.post(verify, {"kind": "app"}, f"app, empty ({language})", 200)
        editor.post(verify, {"kind": "app", "app-code": "1"}, f"app, wrong ({language})", 200)
        recovery = {"kind": "recovery", "recovery-code": "wrong"}
        editor.post(verify, recovery, f"recovery code, wrong ({language})", 200)
        visitor.pages += editor.pages


@demo_site.reader
def draw_every_page():
    visitor = Visitor()
    walk_sitemap_and_its_links(visitor)
    for language in LANGUAGES:
        sign_forms(visitor, language)
        alert_forms(visitor, language)
        proposal_forms(visitor, language)
        search_and_missing_pages(visitor, language)
        private_pages(visitor, language)
    admin_sign_in(visitor)
    return visitor.pages


@pytest.fixture
def every_page(django_db_setup, django_db_blocker, tmp_path_factory):
    return demo_site.readings(django_db_blocker, tmp_path_factory.getbasetemp() / "demo")[
        "draw_every_page"
    ]


# What the pages say about themselves ----------------------------------------------------------


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class References(HTMLParser):
    """The ids on a page, every reference to one, the fields at fault and the error summaries."""

    IDREFS = ("aria-describedby", "aria-labelledby", "aria-controls", "aria-errormessage")

    def __init__(self):
        super().__init__()
        self.ids = Counter()
        self.references = []  # (what refers, id)
        self.faults = []  # (name, id, ids that describe it) of each field marked aria-invalid
        self.summaries = []  # (attributes, ids it links to) of each error summary
        self.open = []  # (tag, attributes) of the elements around the one being read

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids[attrs["id"]] += 1
        for name in self.IDREFS:
            for ref in (attrs.get(name) or "").split():
                self.references.append((f"<{tag} {name}>", ref))
        if tag == "label" and attrs.get("for"):
            self.references.append(("<label for>", attrs["for"]))
        href = attrs.get("href") or ""
        if tag == "a" and href.startswith("#") and len(href) > 1:
            self.references.append(("<a href>", href[1:]))
            if any("error-summary" in (a.get("class") or "").split() for _tag, a in self.open):
                self.summaries[-1][1].append(href[1:])
        if attrs.get("aria-invalid") == "true":
            # A choice among several is described by the fieldset around it, as Django does.
            around = [a for t, a in self.open if t == "fieldset"] + [attrs]
            described = [ref for a in around for ref in (a.get("aria-describedby") or "").split()]
            self.faults.append((attrs.get("name"), attrs.get("id"), described))
        if "error-summary" in (attrs.get("class") or "").split():
            self.summaries.append((attrs, []))
        if tag not in VOID:
            self.open.append((tag, attrs))

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break


def read(drawn):
    parser = References()
    parser.feed(drawn.html)
    return parser


def test_every_id_a_page_refers_to_is_on_it_exactly_once(every_page):
    dangling = {}
    for drawn in every_page:
        page = read(drawn)
        wrong = sorted(
            {f"{what} → #{ref} ({page.ids[ref]} on the page)" for what, ref in page.references}
            - {f"{what} → #{ref} (1 on the page)" for what, ref in page.references}
        )
        if wrong:
            dangling[drawn.label] = wrong
    assert len(every_page) > 300
    assert not dangling, "\n".join(f"{label}: {refs}" for label, refs in dangling.items())


def test_a_form_sent_back_for_corrections_starts_with_a_summary_of_what_to_correct(every_page):
    """The summary is announced and focusable and links to each field at fault; each field at
    fault is described by its errors."""
    sent_back = [drawn for drawn in every_page if drawn.corrections]
    faults = {}
    for drawn in sent_back:
        page = read(drawn)
        wrong = []
        if len(page.summaries) != 1:
            wrong.append(f"{len(page.summaries)} error summaries")
        for attrs, _links in page.summaries:
            if attrs.get("role") != "alert" or attrs.get("tabindex") != "-1":
                wrong.append(f"a summary neither announced nor focusable: {attrs}")
        linked = {ref for _attrs, links in page.summaries for ref in links}
        by_name = {}
        for name, id_, described in page.faults:
            by_name.setdefault(name, []).append(id_)
            if not any(ref.endswith("_error") and page.ids[ref] == 1 for ref in described):
                wrong.append(f"{name} is at fault but not described by its errors")
        for name, ids in by_name.items():
            if not linked & set(ids):
                wrong.append(f"{name} is at fault but the summary does not link to it")
        if wrong:
            faults[drawn.label] = sorted(set(wrong))
    assert len(sent_back) > 50
    assert not faults, "\n".join(f"{label}: {why}" for label, why in faults.items())


def test_the_nu_html_checker_finds_no_error_on_any_page(every_page, tmp_path):
    if not VNU.exists():
        pytest.fail(f"The Nu HTML checker is not at {VNU}; `make test` installs it.")
    labels = {}
    for number, drawn in enumerate(every_page):
        name = f"{number:04d}.html"
        (tmp_path / name).write_text(drawn.html)
        labels[name] = drawn.label
    assert len(labels) > 300
    # One run of the checker for every page: starting Java costs more than checking a page.
    checked = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        messages = json.loads(checked.stderr)["messages"]
    except ValueError:
        pytest.fail(f"The checker did not report: {checked.stderr[-2000:]}")
    errors = [m for m in messages if m["type"] != "info"]
    kinds = Counter(re.sub(r"“[^”]*”", "“…”", m["message"]) for m in errors)
    where = [
        f"{labels.get(Path(urlsplit(m.get('url', '')).path).name, m.get('url'))}"
        f", line {m.get('lastLine')}: {m['message']} | {' '.join(m.get('extract', '').split())}"
        for m in errors
    ]
    assert not errors, (
        f"{len(errors)} errors:\n"
        + "\n".join(f"{count} × {kind}" for kind, count in kinds.most_common())
        + "\n\n"
        + "\n".join(where[:300])
    )
