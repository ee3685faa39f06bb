"""Browser fixtures: Debian's Chromium, headless, driven by Playwright against a live test server.

Registered once for the whole suite by the root conftest.py, so that a test outside
tests/browser/ (an attack under tests/security/, say) shares the one browser of its process:
two Playwright instances cannot run in one thread."""

import json
import os
import shutil
import uuid

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM calls from the test
# body are still synchronous and safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# A video a post embeds: loaded only when a visitor asks for it.
VIDEO = "https://www.youtube.com/watch?v=abcDEF12345"
CHROMIUM = os.environ.get("FREETHEM_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser():
    from django.db import connections
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; `make test` installs it.")
    # While Playwright's loop runs in this thread, Django keeps the connections it opens apart
    # from those opened before, and closes only the new ones: a connection left open across
    # the start or the end would stay open, unused, to the end of the run (where it keeps the
    # test database from being dropped) and be inherited by any process forked meanwhile.
    connections.close_all()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
        connections.close_all()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_without_js(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def site(transactional_db, live_server):
    from freethem.news.tests.factories import build_site

    tree = build_site()
    tree.url = live_server.url
    return tree


@pytest.fixture
def sign_in_to_admin(site):
    """Sign in to the admin as an editor would: the password, then the code the app shows.

    The account gets an authenticator app first if it has none, as if it had set one up.
    """

    def sign_in(page, username, password):
        from django.contrib.auth import get_user_model
        from playwright.sync_api import expect

        from freethem.accounts import services
        from freethem.accounts.tests.helpers import authenticator_app, current_code

        user = get_user_model().objects.get(username=username)
        app = services.authenticator_apps(user).first() or authenticator_app(user)
        page.goto(site.url + "/admin/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_label("Code from your authenticator app").fill(current_code(app))
        page.get_by_role("button", name="Continue").click()
        expect(page.locator(".w-dashboard")).to_be_visible()

    return sign_in


def offline_copies(folder):
    """Signed copies of the site on offer on the downloads page (freethem/core/bundles.py):
    their manifest, which is all the page reads."""
    import datetime

    from django.utils import timezone

    from freethem.core import bundles
    from freethem.mirror import minisign

    public_key = minisign.generate(folder / "bundle.key")
    made_at = timezone.now().replace(microsecond=0)
    bundles.write_manifest(
        [
            bundles.Bundle(
                file=f"mirror-{language or 'all'}-{made_at.date().isoformat()}.zip",
                language=language,
                size=12_345_678,
                sha256=f"{n:x}" * 64,
                made_at=made_at - datetime.timedelta(hours=n),
                signature=f"mirror-{language or 'all'}-{made_at.date().isoformat()}.zip.minisig",
            )
            for n, language in enumerate(["en", "fa", ""], start=1)
        ],
        public_key,
    )


@pytest.fixture
def campaign(site, tmp_path):
    """One page of every kind, translated into every language, built by the factories: the
    addresses by language and name, and a post left in English only."""
    from django.conf import settings
    from django.core.cache import caches
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model
    from wagtail.models import Locale

    from freethem.alerts.models import Mailing
    from freethem.alerts.tests.factories import make_alert, translate_alert
    from freethem.appeals.tests.factories import make_appeal
    from freethem.core.models import ResourcesPage
    from freethem.mobilize.tests.factories import make_day_of_action, make_event, make_events_index
    from freethem.news.models import NewsPageEvent, NewsPagePrisoner
    from freethem.news.tests.factories import make_image, make_post, publish, translate
    from freethem.prisoners.models import LetterActionPage, LetterRecipient
    from freethem.prisoners.tests.factories import make_index, make_prisoner, portrait

    for name in ("pages", "fragments", "shared", "limits"):
        caches[name].clear()
    home = site.home
    post = make_post(
        site.index,
        title="Concert for the prisoners",
        extra_blocks=[
            ("image", {"image": make_image().pk, "caption": "The stage", "credit": "Volunteers"}),
            ("embed", {"url": VIDEO, "title": "The concert on video"}),
            ("quote", {"text": "Free them all.", "attribution": "The singer"}),
        ],
    )
    english_only = make_post(site.index, title="Only in English")
    appeal = make_appeal(home, title="Emergency appeal", goal=1000)
    prisoners = make_index(home)
    prisoner = make_prisoner(
        prisoners, title="Toomaj Salehi", name_latin="Toomaj Salehi", occupations=["rapper"]
    )
    prisoner.portrait = portrait()
    publish(prisoner)
    letter = LetterActionPage(
        title="Write for Toomaj",
        slug="write-for-toomaj",
        prisoner=prisoner,
        summary="Ask for his release.",
        subject="Release Toomaj Salehi",
        message="Please release Toomaj Salehi.",
        recipients=[LetterRecipient(name="Embassy", email="embassy@example.org")],
    )
    prisoners.add_child(instance=letter)
    publish(letter)
    document = get_document_model().objects.create(
        title="Palm card", file=ContentFile(b"%PDF-1.4\n" + b"x" * 2048, name="palm-card.pdf")
    )
    downloads = ResourcesPage(
        title="Downloads",
        slug="downloads",
        resources=json.dumps(
            [
                {
                    "type": "resource",
                    "id": str(uuid.uuid4()),
                    "value": {"document": document.pk, "language": "fa", "kind": "palm-card"},
                }
            ]
        ),
    )
    home.add_child(instance=downloads)
    publish(downloads)
    offline_copies(tmp_path)
    events = make_events_index(home)
    day = make_day_of_action(events)
    event = make_event(events, city="Paris", country="FR")
    # The post reports on them and names its prisoner: each page shows its related pages.
    post.day_of_action = day
    post.related_events = [NewsPageEvent(event=event)]
    post.related_prisoners = [NewsPagePrisoner(prisoner=prisoner)]
    publish(post)

    originals = {
        "news": site.index,
        "post": post,
        "appeal": appeal,
        "prisoners": prisoners,
        "profile": prisoner,
        "letter": letter,
        "downloads": downloads,
        "events": events,
        "day": day,
        "event": event,
    }
    urls = {"en": {name: page.url for name, page in originals.items()}}
    for code, _name in settings.LANGUAGES:
        if code == "en":
            continue
        urls[code] = {"news": site.indexes[code].url}
        for name, page in originals.items():
            if name != "news":
                urls[code][name] = translate(page, code).url
    # An alert sent in every language, in the archive of alerts.
    alert = make_alert("Toomaj needs a doctor", "<p>Write to the prison today.</p>")
    alerts = {"en": alert}
    for code, _name in settings.LANGUAGES:
        if code != "en":
            alerts[code] = translate_alert(alert, code, f"Toomaj needs a doctor ({code})")
    Mailing.objects.create(alert_key=alert.translation_key, subject=alert.subject)
    for code, _name in settings.LANGUAGES:
        urls[code]["alert"] = f"/{code}/alerts/archive/{alerts[code].pk}/"
    for code, _name in settings.LANGUAGES:
        urls[code]["appeal_id"] = appeal.get_translation(Locale.objects.get(language_code=code)).pk
    return urls, english_only
