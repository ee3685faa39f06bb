"""Appeals for tests, under the home page that the news factories build."""

import itertools

from freethem.appeals.models import AppealPage
from freethem.news.tests.factories import body, publish

_counter = itertools.count(1)


def make_appeal(home, **fields):
    n = next(_counter)
    defaults = {
        "title": f"Emergency appeal {n}",
        "slug": f"appeal-{n}",
        "summary": "Stop the executions and free every political prisoner.",
        "body": body(("paragraph", "<p>We, the undersigned, demand their freedom.</p>")),
        "share_text": "I signed. Will you?",
    }
    defaults.update(fields)
    appeal = AppealPage(**defaults)
    home.add_child(instance=appeal)
    return publish(appeal)


def person(**overrides):
    data = {
        "kind": "person",
        "person-name": "Nasrin Example",
        "person-affiliation": "poet, writer",
        "person-city": "Paris",
        "person-country": "FR",
        "person-email": "nasrin@example.org",
        "person-display": "full",
    }
    data.update(overrides)
    return data


def confirmation(signature, **overrides):
    """The confirm page's form as its owner sends it: the details shown, a display chosen."""
    data = {
        "action": "confirm",
        "name": signature.name,
        "affiliation": signature.affiliation,
        "city": signature.city,
        "country": str(signature.country),
        "display": signature.display,
    }
    data.update(overrides)
    return data
