"""Every kind of message the site sends, in every language, as it leaves for the mail server,
read in Chromium on a phone's width: nothing scrolls sideways, a Persian message stays right to
left when a webmail drops the attributes of its <html>, and the plain-text addresses stand on
lines of their own, kept left to right."""

import email
import re
import uuid
from email import policy

import pytest

from freethem.alerts.messages import Composer
from freethem.alerts.models import Subscriber
from freethem.alerts.tests.factories import make_alert, translate_alert
from freethem.appeals import emails as appeal_emails
from freethem.appeals.tests.factories import make_appeal
from freethem.core.outbox import render_message

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "es", "fa", "fr"]
SITE = "https://campaign.example"
# A long address, as a real confirmation link is: a bare one made the messages 1,000 px wide.
TOKEN = "Zm9yLWEtbG9uZy10b2tlbi1vZi1maWZ0eS1jaGFyYWN0ZXJz" * 2
LONG = f"{SITE}/fa/appeals/7/confirm/{TOKEN}/"
SUBJECTS = {
    "es": "Narges Mohammadi necesita atención ahora",
    "fa": "نرگس محمدی همین حالا به درمان نیاز دارد",
    "fr": "Narges Mohammadi a besoin de soins maintenant",
}
ISOLATED = re.compile("^\u2066https://[^\\s\u2066\u2069]+\u2069$")


def every_message(home, language):
    """(kind, the message's bytes) for each kind of message, in `language`."""
    to = "reader@example.org"
    appeal = make_appeal(home, goal=1000)
    yield (
        "signature",
        appeal_emails.confirmation_stencil(appeal, language)
        .stamp(to, **{appeal_emails.LINK: LONG})
        .data,
    )
    subscription = render_message("alerts/emails/confirm", {"confirm_url": LONG}, language, to)
    yield "subscription", subscription.message().as_bytes()
    alert = make_alert()
    if language != "en":
        translate_alert(alert, language, SUBJECTS[language])
    reader = Subscriber(email=to, language=language, token=uuid.uuid4())
    yield "alert", Composer(alert.translation_key).compose(reader).message().as_bytes()
    test = Composer(alert.translation_key, test=True).compose(reader, link=SITE + "/")
    yield "test alert", test.message().as_bytes()
    for outcome, extra in [
        ("proposal_accepted", {"outcome": "event", "index_url": LONG, "index_title": "Events"}),
        ("proposal_rejected", {"reason": "No date was given.\nPlease add one."}),
    ]:
        context = {"kind": "event", "title": "Vigil in Toronto", **extra}
        message = render_message(f"mobilize/emails/{outcome}", context, language, to)
        yield outcome, message.message().as_bytes()


def test_every_message_fits_a_phone_and_keeps_its_direction(site_tree, settings, page):
    settings.WAGTAILADMIN_BASE_URL = SITE
    page.set_viewport_size({"width": 360, "height": 640})
    checked = set()
    for language in LANGUAGES:
        for kind, data in every_message(site_tree.home, language):
            parsed = email.message_from_bytes(data, policy=policy.default)
            html = parsed.get_body(("html",)).get_content()
            text = parsed.get_body(("plain",)).get_content()
            where = f"{kind} in {language}"
            assert '<meta name="viewport" content="width=device-width' in html, where
            assert re.search(r"<title>[^<\s][^<]*</title>", html), where
            assert html.count("<h1") <= 1, where
            # Every link goes to the site's own address.
            for link in re.findall(r'href="([^"]+)"', html):
                assert link.startswith(SITE + "/"), (where, link)
            # In plain text every address stands alone on its line, isolated left to right.
            for line in text.splitlines():
                if "https://" in line:
                    assert ISOLATED.match(line.strip()), (where, line)

            page.set_content(html)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 360, (where, width)
            # A webmail keeps the body's content and drops the attributes of <html> and <body>.
            stripped = re.sub(r"<(html|body)\b[^>]*>", r"<\1>", html)
            page.set_content(stripped)
            direction = page.evaluate(
                "getComputedStyle(document.querySelector('body > div')).direction"
            )
            assert direction == ("rtl" if language == "fa" else "ltr"), where
            if '<p dir="ltr"' in html:
                # The address under the button reads left to right in every language.
                assert (
                    page.evaluate(
                        "getComputedStyle(document.querySelector('p[dir=ltr]')).direction"
                    )
                    == "ltr"
                ), where
            checked.add(kind)
    assert len(checked) == 6
