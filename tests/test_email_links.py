"""Every link in every email the site sends starts at the site's configured address and opens a
page there at once: in every language, in the plain text, the HTML and the headers, as the
mail server receives each message.

The site is configured as https://campaign.example; its Wagtail Site record follows it, as
`manage.py sync_site` leaves it (and once, left behind at another address, it must change
nothing). Each kind of email goes out through the delivery engine the way
production sends it: over SMTP (messages serialised once and stamped per reader) and through a
backend that takes message objects (composed one by one). Each link is then asked for as a
reader's browser would ask, at that host over HTTPS, and must answer 200 itself: a redirect
would mean the email carries an address that is not the page's own.
"""

import email
import html
import re
from email import policy
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from wagtail.models import Site

from freethem.alerts import emails as alert_emails
from freethem.alerts import services as alert_services
from freethem.alerts.models import Subscriber
from freethem.alerts.tests.factories import make_alert, translate_alert
from freethem.appeals import emails as appeal_emails
from freethem.appeals import services as appeal_services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal
from freethem.core import delivery, outbox
from freethem.core.addresses import address_hash
from freethem.core.tests.smtp import Mailbox
from freethem.mobilize import services as mobilize_services
from freethem.mobilize.models import Proposal
from freethem.mobilize.tests.factories import make_events_index
from freethem.mobilize.tests.proposal_factories import make_proposal
from freethem.news.tests.factories import build_site, make_post, translate

pytestmark = pytest.mark.django_db

SITE = "https://campaign.example"
HOST = "campaign.example"
ROOT = Path(__file__).resolve().parents[1]
# An address in a message: it ends where a space, a quote, a bracket or a directional
# isolate (plain-text addresses stand between U+2066 and U+2069) begins.
ADDRESS = re.compile(r"https?://[^\s<>\"'()\u2066\u2069]+")
# Every sender the delivery engine knows: each must be exercised below.
SENDERS = {appeal_emails.NAME, outbox.NAME, alert_emails.NAME}
# Every email template, by the kinds of message below that use it.
TEMPLATES = {
    "appeals/emails/confirm": {"signature"},
    "alerts/emails/confirm": {"subscription"},
    "alerts/emails/alert": {"alert", "test alert"},
    "mobilize/emails/proposal_accepted": {"accepted as an event", "accepted as news"},
    "mobilize/emails/proposal_rejected": {"declined"},
}


def languages():
    return [code for code, _name in settings.LANGUAGES]


def email_templates():
    """Each email template of the apps, by the name `render_to_string` knows it by (no
    extension, no `_subject`); the shared layout in core/emails is part of every one."""
    found = set()
    for path in (ROOT / "freethem").glob("*/templates/*/emails/*.*"):
        app_folder = path.parent.parent.name
        if app_folder == "core":
            continue
        found.add(f"{app_folder}/emails/{path.stem.removesuffix('_subject')}")
    return found


@pytest.fixture
def campaign(settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    settings.ALLOWED_HOSTS = [HOST]
    settings.FREETHEM_REPLY_TO = "team@campaign.example"
    tree = build_site()
    assert Site.objects.get(is_default_site=True).root_url == SITE
    return tree


def recipient(kind, language):
    return f"{kind.replace(' ', '-')}-{language}@example.org"


def owe_every_kind_of_email(tree, capture):
    """Do what makes the site send each kind of email, in every language; returns the
    addresses written to, by kind. The emails are owed, not yet sent."""
    home = tree.home
    post = make_post(tree.index, title="Worldwide day of action", lead="Rallies in forty cities.")
    appeal = make_appeal(home, goal=1000)
    events = make_events_index(home)
    alert = make_alert(
        subject=post.title,
        body=f'<p>Read <a linktype="page" id="{post.pk}">the post</a> and sign.</p>',
    )
    alert.news_page = post
    alert.save()
    posts, appeals, alerts = {"en": post}, {"en": appeal}, {"en": alert}
    for language in languages():
        if language == "en":
            continue
        posts[language] = translate(post, language, title=f"Day of action ({language})")
        appeals[language] = translate(appeal, language, title=f"Appeal ({language})")
        translate(events, language, title=f"Actions ({language})")
        alerts[language] = translate_alert(
            alert,
            language,
            f"Day of action ({language})",
            body=f'<p><a linktype="page" id="{posts[language].pk}">{language}</a></p>',
        )
        alerts[language].news_page = posts[language]
        alerts[language].save()

    moderator = get_user_model().objects.create_user("moderator", "m@example.org", "pw")
    sent_to = {}
    for language in languages():
        written = sent_to.setdefault(language, {})

        written["signature"] = recipient("signature", language)
        appeal_services.sign_appeal(
            appeal=appeals[language],
            data={"name": "Nasrin", "country": "FR", "email": written["signature"]},
            language=language,
        )

        written["subscription"] = recipient("subscription", language)
        alert_services.subscribe(email=written["subscription"], language=language)

        written["alert"] = recipient("alert", language)
        Subscriber.objects.create(
            email=written["alert"],
            email_hash=address_hash(written["alert"]),
            language=language,
            status=Subscriber.CONFIRMED,
        )

        written["test alert"] = recipient("test alert", language)
        with capture(execute=True):
            alert_services.send_test(alerts[language], written["test alert"])

        for kind in ("accepted as an event", "accepted as news", "declined"):
            written[kind] = recipient(kind, language)
            proposal = make_proposal(
                events,
                kind=Proposal.REPORT if kind == "accepted as news" else Proposal.EVENT,
                photos=0,
                language=language,
                email=written[kind],
            )
            if kind == "accepted as an event":
                mobilize_services.turn_into_event(proposal=proposal, user=moderator)
            elif kind == "accepted as news":
                mobilize_services.turn_into_news_post(proposal=proposal, user=moderator)
            else:
                mobilize_services.reject_proposal(
                    proposal=proposal, user=moderator, reason="No date was given."
                )
    mailing, _started = alert_services.start_mailing(alert)
    alert_services.prepare(mailing)
    return sent_to


def send_everything_owed():
    """What the clock and the task workers do, at once."""
    for name in sorted(SENDERS):
        delivery.send_now(name)


def links_in(message):
    """Every address in the plain text, the HTML and the headers of `message`."""
    found = []
    for kind in ("plain", "html"):
        part = message.get_body((kind,))
        assert part is not None, (message["To"], kind)
        text = part.get_content()
        found += ADDRESS.findall(html.unescape(text) if kind == "html" else text)
    for _name, value in message.items():
        found += ADDRESS.findall(str(value))
    return {link.rstrip(".,;:") for link in found}


@pytest.fixture(
    params=[
        ("smtp", "synced"),
        ("message objects", "synced"),
        # Links never come from the Site record: one left behind changes none of them.
        ("smtp", "left at http://localhost"),
    ],
    ids=lambda param: f"{param[0]}, site record {param[1]}",
)
def received(request, campaign, smtp, django_capture_on_commit_callbacks, settings):
    """Every kind of email in every language, as received: {(kind, language): message}."""
    backend, record = request.param
    if record != "synced":
        Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    mailbox = smtp(Mailbox()) if backend == "smtp" else None
    if mailbox is None:
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sent_to = owe_every_kind_of_email(campaign, django_capture_on_commit_callbacks)
    send_everything_owed()
    if mailbox is not None:
        messages = mailbox.messages
    else:
        messages = [
            email.message_from_bytes(m.message().as_bytes(), policy=policy.default)
            for m in mail.outbox
        ]
    by_address = {str(message["To"]): message for message in messages}
    return {
        (kind, language): by_address.get(address)
        for language, written in sent_to.items()
        for kind, address in written.items()
    }


def test_every_kind_of_email_is_here_in_every_language(received):
    assert set(delivery._postboxes) == SENDERS, "a new sender: add its emails to this test"
    assert email_templates() == set(TEMPLATES), "a new email template: add it to this test"
    kinds = set().union(*TEMPLATES.values())
    assert {kind for kind, _language in received} == kinds
    missing = sorted(key for key, message in received.items() if message is None)
    assert not missing, missing
    assert len(received) == len(kinds) * len(languages())


def test_every_link_in_every_email_opens_a_page_at_the_configured_address(received):
    reader = Client()
    checked = {}
    for (kind, language), message in sorted(received.items()):
        links = links_in(message)
        # A declined proposal's answer carries the reason and no link; every other has some.
        assert links or kind == "declined", (kind, language)
        for link in links:
            assert link.startswith(SITE + "/"), (kind, language, link)
            path = link[len(SITE) :].split("#", 1)[0]
            if path not in checked:
                response = reader.get(path, HTTP_HOST=HOST, secure=True)
                checked[path] = response.status_code
            assert checked[path] == 200, (kind, language, link, checked[path])
        if kind == "alert":
            one_click = str(message["List-Unsubscribe"]).strip("<> ")
            assert one_click in links
            # Opened (by a reader, or a mail scanner), it asks before it stops anything.
            page = reader.get(one_click[len(SITE) :], HTTP_HOST=HOST, secure=True)
            assert '<form method="post"' in page.content.decode()
            subscriber = Subscriber.objects.get(email_hash=address_hash(str(message["To"])))
            assert subscriber.status == Subscriber.CONFIRMED
        if kind == "signature":
            signature = Signature.objects.get(email_hash=address_hash(str(message["To"])))
            assert signature.status == Signature.PENDING  # opening it confirmed nothing


def test_every_email_carries_the_campaigns_headers(received, settings):
    """From the campaign, answered by people, in its language, marked as a machine's answer
    unless it is an alert someone wrote."""
    for (kind, language), message in sorted(received.items()):
        where = (kind, language)
        sender = message["From"].addresses[0]
        assert sender.addr_spec == settings.DEFAULT_FROM_EMAIL, where
        assert sender.display_name == settings.WAGTAIL_SITE_NAME, where
        assert str(message["Reply-To"]) == "team@campaign.example", where
        assert message["Content-Language"] == language, where
        assert str(message["Message-ID"]).endswith(f"@{HOST}>"), where
        assert message["Date"] and message["Subject"], where
        if kind in ("alert", "test alert"):
            assert message["Auto-Submitted"] is None, where
            assert str(message["List-Id"]) == f"<alerts.{HOST}>", where
            assert (message["List-Unsubscribe"] is None) == (kind == "test alert"), where
        else:
            assert message["Auto-Submitted"] == "auto-generated", where
            assert message["List-Unsubscribe"] is None, where
        html_part = message.get_body(("html",)).get_content()
        assert re.search(r"<title>[^<\s][^<]*</title>", html_part), where
        assert html_part.count("<h1") <= 1, where  # no repeated heading
        assert settings.WAGTAIL_SITE_NAME in html_part.rsplit("</p>", 2)[-2], where  # footer
