"""Every query parameter a form on the site sends is declared by the view that reads it.

Why: the page cache keeps a page asked with parameters only when its view declared each of
them (`reads_parameters`, core/cache.py); one it did not declare is answered `private,
no-store` and rendered afresh for every visitor. A filter added to a form without its
declaration would work, slowly, and nobody would notice; this test notices. It draws each kind
of page that carries a form sent by GET, reads the names of the form's fields, asks the form's
address with them and checks the view that answered declared every one.
"""

from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

import pytest
from django.test import RequestFactory

from freethem.appeals import services as appeals
from freethem.appeals.tests.factories import make_appeal
from freethem.core.cache import declared_parameters, is_stored
from freethem.mobilize.tests.factories import make_event, make_events_index
from freethem.news.tests.factories import make_post
from freethem.prisoners.tests.factories import make_index, make_prisoner

pytestmark = pytest.mark.django_db


def stored(url):
    """Whether the next request for `url` would be a hit (no response says so)."""
    return is_stored(RequestFactory().get(url))


class GetForms(HTMLParser):
    """The forms sent by GET on a page: their action and the names of their fields."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self._form = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self._form = (attrs.get("action") or "", set())
            self.forms.append(self._form)
        elif tag in {"input", "select", "textarea", "button"} and self._form and attrs.get("name"):
            self._form[1].add(attrs["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def get_forms(html):
    parser = GetForms()
    parser.feed(html)
    return parser.forms


@pytest.fixture
def pages(site_tree):
    """A page of each kind that carries a form sent by GET, with something to filter."""
    home = site_tree.home
    make_post(site_tree.index, countries=("FR",), tags=("vigil",))
    appeal = make_appeal(home)
    signature = appeals.sign_appeal(
        appeal=appeal, data={"name": "Ana Example", "country": "FR", "email": "ana@example.org"}
    ).signature
    appeals.confirm_signature(signature)
    appeals.tally_signatures()
    prisoners = make_index(home)
    make_prisoner(prisoners)
    actions = make_events_index(home)
    make_event(actions, country="FR")
    return {
        "home": home.url,
        "news": site_tree.index.url,
        "signers": appeal.url + "signers/",
        "prisoners": prisoners.url,
        "actions": actions.url,
        "past actions": actions.url + "past/",
        "search": "/en/search/?q=vigil",
        "not found": "/en/no-such-page/",
    }


def test_every_field_of_every_get_form_is_declared_by_the_view_it_is_sent_to(client, pages):
    sent = {}
    for name, address in pages.items():
        response = client.get(address)
        assert response.status_code in (200, 404), (name, response.status_code)
        for action, fields in get_forms(response.content.decode()):
            target = urlsplit(action).path or urlsplit(address).path
            sent.setdefault(target, set()).update(fields)
    # The forms this test knows of, so that it cannot pass by finding none: the search box,
    # and the filters of the news, the signers, the prisoners and the actions.
    assert {"q", "country", "tag", "year", "status", "sort"} <= set().union(*sent.values())
    assert len(sent) >= 5

    undeclared = {}
    for target, fields in sent.items():
        response = client.get(f"{target}?{urlencode(dict.fromkeys(sorted(fields), ''))}")
        assert response.status_code == 200, (target, response.status_code)
        missing = fields - getattr(response, "freethem_parameters", frozenset())
        if missing:
            undeclared[target] = sorted(missing)
    assert undeclared == {}


def test_a_page_asked_with_a_parameter_its_view_does_not_read_is_not_kept(client, pages):
    # "year" is read by the news index, not by the prisoners' index.
    assert "year" in declared_parameters()
    response = client.get(pages["prisoners"] + "?year=2022")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert not stored(pages["prisoners"] + "?year=2022")

    client.get(pages["news"] + "?year=2022")
    response = client.get(pages["news"] + "?year=2022")
    assert "no-store" not in response.get("Cache-Control", "")
    assert stored(pages["news"] + "?year=2022")
