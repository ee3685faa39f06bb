import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail_localize.models import Translation

from freethem.appeals import services
from freethem.appeals.models import AppealPage, PaperBatch, Signature
from freethem.core.models import HomePage
from freethem.demo.data import news_files, read
from freethem.news.models import NewsPage
from tests import demo_site

# One process loads the demo for these tests (xdist would otherwise split them, and load it twice).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo_site")]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded once for this module's tests (each test's changes are rolled back after
    it) and rolled back after them."""
    folder = tmp_path_factory.mktemp("demo")
    with (
        django_db_blocker.unblock(),
        override_settings(VAR_DIR=folder, MEDIA_ROOT=folder / "media"),
        transaction.atomic(),
    ):
        call_command("load_demo")
        # The tests that read the whole demo in this process read this load (tests/demo_site.py).
        demo_site.read_the_loaded_demo(folder)
        yield folder
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _media_root(demo, settings):
    """The demo's pictures stay where it loaded them, for every test of this module."""
    settings.MEDIA_ROOT = demo / "media"


def test_demo_builds_a_lived_in_site(demo, client):
    english = NewsPage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 30
    years = {post.date.year for post in english}
    assert {2021, 2022, 2023} <= years
    countries = {country.code for post in english for country in post.countries}
    assert len(countries) >= 8
    for language in ("es", "fa", "fr"):
        translated = NewsPage.objects.live().filter(locale__language_code=language)
        assert translated.count() >= 10, language
        assert HomePage.objects.live().filter(locale__language_code=language).exists()
    assert get_image_model().objects.count() >= 10
    assert english.exclude(corrections="[]").count() >= 2
    assert sum(1 for post in english if any(b.block_type == "signatories" for b in post.body)) >= 2

    # Translated posts really are in their language, not copies of the English text.
    persian = NewsPage.objects.live().filter(locale__language_code="fa").first()
    source = persian.get_translation(
        persian.get_translations(inclusive=True).get(locale__language_code="en").locale
    )
    assert persian.title != source.title
    assert any("\u0600" <= ch <= "\u06ff" for ch in persian.title)

    assert client.get("/en/").status_code == 200
    assert client.get("/fa/news/").status_code == 200
    # Loading the demo takes a while: the same site is checked for prisoners, letter-writing
    # actions and downloads.
    _check_prisoners_letters_and_downloads(client)
    _check_events(client)
    _check_proposals(client)
    _check_alerts()
    _check_alerts_archive(client)
    _check_related(client)
    _check_content_kinds(client)


def _check_alerts_archive(client):
    """Every sent demo alert is in the archive of each of the four languages."""
    from freethem.alerts import queries

    for language in ("en", "es", "fa", "fr"):
        archived = list(queries.archive(language))
        assert len(archived) >= 2, language
        html = client.get(f"/{language}/alerts/archive/").content.decode()
        for alert in archived:
            assert f'href="/{language}/alerts/archive/{alert.pk}/"' in html
        assert client.get(f"/{language}/alerts/archive/{archived[0].pk}/").status_code == 200


def _check_related(client):
    """Demo posts name their day of action, events and prisoners; both sides show the link."""
    english = NewsPage.objects.live().filter(locale__language_code="en")
    report = english.get(slug="2022-free-toomaj-salehi-worldwide")
    day = report.day_of_action
    assert day is not None and day.slug == "freedom-for-toomaj-2022"
    assert report.related_events.count() >= 3
    assert report.related_prisoners.exists()
    post_page = client.get(report.url).content.decode()
    assert f'href="{day.url}"' in post_page
    assert f'href="{report.related_prisoners.first().prisoner.url}"' in post_page
    assert f'href="{report.url}"' in client.get(day.url).content.decode()
    event = report.related_events.first().event
    assert f'href="{report.url}"' in client.get(event.url).content.decode()
    assert english.filter(related_events__isnull=False).distinct().count() >= 10
    # In Persian too, once both sides are translated.
    persian = report.get_translations().filter(locale__language_code="fa").live().first()
    persian_day = day.get_translations().filter(locale__language_code="fa").live().first()
    if persian is not None and persian_day is not None:
        assert f'href="{persian.url}"' in client.get(persian_day.url).content.decode()


def _check_content_kinds(client):
    """Posts use every kind of block and field; the plans and privacy pages are in every
    language, the privacy page telling the durations the code really keeps things for."""
    from django.conf import settings as django_settings

    from freethem.core import limits
    from freethem.core.numerals import number
    from freethem.pages.models import GeneralPage

    english = NewsPage.objects.live().filter(locale__language_code="en")
    kinds = {block.block_type for post in english for block in post.body}
    assert {"gallery", "social_post", "divider", "document", "embed"} <= kinds
    assert english.exclude(kicker="").exists()
    assert english.filter(authors__isnull=False).exists()
    assert english.filter(lead="").exists()
    assert any(
        "t=" in block.value["url"]
        for post in english
        for block in post.body
        if block.block_type == "embed"
    )
    for language in ("en", "es", "fa", "fr"):
        slugs = set(
            GeneralPage.objects.live()
            .filter(locale__language_code=language)
            .values_list("slug", flat=True)
        )
        assert {"plans", "privacy"} <= slugs, language
    privacy = client.get("/en/privacy/").content.decode()
    assert f"after {django_settings.FREETHEM_UNCONFIRMED_LIFETIME.days} days" in privacy
    assert f"after {limits.CLIENT_KEY_LIFETIME // 3600} hours" in privacy
    persian = client.get("/fa/privacy/").content.decode()
    assert number(limits.CLIENT_KEY_LIFETIME // 3600, "fa") in persian
    assert "حریم خصوصی" in persian
    persian_post = client.get("/fa/news/2023-june-week-of-vigils-in-pictures/").content.decode()
    assert "شب‌زنده‌داری‌های نخستین هفته‌ی ژوئن" in persian_post
    # The gallery's own words are translated too.
    assert "بوگوتا، روبه‌روی کلیسای جامع." in persian_post
    assert 'hreflang="fa"' in persian_post


def _persian(text):
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_demo_has_the_emergency_appeal_in_four_languages_with_signers(demo, client):
    appeal = AppealPage.objects.get(locale__language_code="en", slug="emergency-appeal")
    versions = {
        page.locale.language_code: page
        for page in AppealPage.objects.live().filter(translation_key=appeal.translation_key)
    }
    assert set(versions) == {"en", "es", "fa", "fr"}
    assert (appeal.open_to, appeal.goal, appeal.is_open) == (AppealPage.PEOPLE, 10000, True)
    assert appeal.show_in_menus
    # Every string of every translation was given its translation: nothing left in English.
    for translation in Translation.objects.filter(source__object_id=appeal.translation_key):
        total, done = translation.get_progress()
        assert total == done, translation.target_locale.language_code
    persian = versions["fa"]
    for text in (persian.title, persian.summary, persian.call_to_action, persian.share_text):
        assert _persian(text), text
    assert _persian(str(persian.thank_you_text))
    assert all(_persian(block.render()) for block in persian.body)
    assert versions["es"].title != appeal.title and versions["fr"].title != appeal.title

    tally = services.read_tally(appeal.translation_key)
    assert tally["total"] > 0
    assert tally["total"] == Signature.objects.filter(appeal_key=appeal.translation_key).count()
    assert {"IR", "CO", "FR", "DE", "SE", "US", "CA"} <= set(tally["by_country"])
    assert len(tally["by_country"]) >= 40
    assert tally["total"] >= 3000
    signers = Signature.objects.filter(appeal_key=appeal.translation_key)
    assert signers.filter(notable=True).count() == 20
    # A festival's paper sheets, entered as one batch with its report.
    batch = PaperBatch.objects.get(appeal_key=appeal.translation_key)
    festival = read("appeal").FESTIVAL
    assert "Medellín" in batch.collected_at and batch.accepted == len(festival["rows"])
    assert signers.filter(source=Signature.PAPER).count() == batch.accepted
    assert signers.filter(display=Signature.INITIALS).exists()
    assert signers.filter(display=Signature.HIDDEN).exists()

    statement = AppealPage.objects.get(locale__language_code="en", open_to=AppealPage.ORGANIZATIONS)
    assert statement.get_translations().live().count() == 3
    assert services.read_tally(statement.translation_key)["total"] == 50

    # The home page features the appeal with its count; the newest post carries its sign box.
    home_en = client.get("/en/").content.decode()
    assert 'class="appeal-cta"' in home_en and escape(appeal.title) in home_en
    post = NewsPage.objects.get(
        slug="2023-colombia-streets-stop-executions", locale__language_code="en"
    )
    assert f'action="/en/appeals/{appeal.pk}/sign/"' in client.get(post.url).content.decode()

    home = client.get("/fa/").content.decode()
    assert persian.title in home
    page = client.get(persian.url).content.decode()
    assert 'dir="rtl"' in page and persian.call_to_action in page
    listing = client.get(persian.url + "signers/").content.decode()
    assert "Marisol Quintero Vela" in listing
    assert "example.org" not in listing
    assert client.get(versions["fr"].url + "signers/").status_code == 200


def _check_prisoners_letters_and_downloads(client):
    from freethem.core.models import ResourcesPage
    from freethem.news.models import NewsPagePrisoner
    from freethem.prisoners import vocabulary as v
    from freethem.prisoners.models import LetterActionPage, PrisonerPage

    english = PrisonerPage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 25
    assert {p.status for p in english} == {code for code, _label in v.STATUSES}
    for page in english:
        assert page.portrait_id, page.slug
        assert page.events.count() >= 2, page.slug
        assert page.short_story and len(page.short_story) <= 320
        assert page.name_native and _persian(page.name_native)
    # The few invented examples (the campaign's news never met those statuses) cite nothing.
    sourced = [p for p in english if p.sources or any(e.sources for e in p.events.all())]
    assert len(sourced) >= 20
    persian = PrisonerPage.objects.live().filter(locale__language_code="fa")
    assert persian.count() >= 20
    assert all(_persian(p.title) for p in persian)
    assert NewsPagePrisoner.objects.exists()
    assert LetterActionPage.objects.live().filter(locale__language_code="en").count() == 2
    downloads = ResourcesPage.objects.live().get(locale__language_code="en")
    files = [b.value["document"] for b in downloads.resources if b.block_type == "resource"]
    assert len(files) >= 6
    assert all(f.file.name.endswith(".pdf") and f.file_size > 1000 for f in files)

    assert client.get("/en/prisoners/").status_code == 200
    assert client.get("/fa/prisoners/").status_code == 200
    assert client.get(english.first().url).status_code == 200
    assert client.get("/fa/downloads/").status_code == 200


def _check_events(client):
    from freethem.mobilize.models import DayOfActionPage, EventPage

    day = DayOfActionPage.objects.live().get(locale__language_code="en")
    under_day = EventPage.objects.live().child_of(day)
    assert len({e.city for e in under_day}) >= 12
    english = EventPage.objects.live().filter(locale__language_code="en")
    assert english.count() >= under_day.count() + 10
    assert english.upcoming().exists() and english.past().exists()
    assert english.filter(status=EventPage.CANCELLED).exists()
    assert client.get("/en/actions/").status_code == 200
    assert client.get(day.url).status_code == 200
    assert client.get("/fa/actions/calendar/").status_code == 200


def _check_alerts():
    from freethem.alerts.models import Alert, Delivery, Mailing, Subscriber

    confirmed = Subscriber.objects.filter(status=Subscriber.CONFIRMED)
    assert confirmed.count() >= 200
    assert set(confirmed.values_list("language", flat=True)) == {"en", "es", "fa", "fr"}
    mailings = Mailing.objects.filter(finished_at__isnull=False)
    assert mailings.count() >= 2
    for mailing in mailings:
        sent = Delivery.objects.filter(mailing=mailing, status=Delivery.SENT)
        assert sent.count() == confirmed.count()
        versions = Alert.objects.filter(translation_key=mailing.alert_key)
        assert {a.locale.language_code for a in versions} == {"en", "es", "fa", "fr"}
    assert Alert.objects.filter(news_page__isnull=False).exists()


def _check_proposals(client):
    from freethem.mobilize.models import Proposal

    pending = Proposal.objects.filter(status=Proposal.PENDING)
    assert 3 <= pending.count() <= 4
    assert len(set(pending.values_list("language", flat=True))) >= 3
    assert set(pending.values_list("kind", flat=True)) == {Proposal.EVENT, Proposal.REPORT}
    for proposal in pending:
        assert proposal.email.endswith("@example.org")
        assert proposal.index is not None
        photos = list(proposal.photos.all())
        assert photos, proposal.title
        for photo in photos:
            assert photo.file.storage.exists(photo.file.name)
            assert photo.file.name.startswith("proposals/") and photo.width > 0
            # Private: no public address serves them.
            assert client.get(f"/media/private/{photo.file.name}").status_code == 404


def test_loading_twice_changes_nothing(demo):
    before = (
        NewsPage.objects.count(),
        AppealPage.objects.count(),
        Signature.objects.count(),
        services.read_tally(AppealPage.objects.first().translation_key),
    )
    call_command("load_demo")
    assert (
        NewsPage.objects.count(),
        AppealPage.objects.count(),
        Signature.objects.count(),
        services.read_tally(AppealPage.objects.first().translation_key),
    ) == before


def test_the_demo_login_file_holds_everything_a_newcomer_needs_to_sign_in(demo, client):
    import re
    from base64 import b32decode

    from django_otp.oath import totp

    text = (demo / "admin-login.txt").read_text()
    password = re.search(r"^password: (\S+)$", text, re.M).group(1)
    secret = re.search(r"authenticator app key: ([A-Z2-7]+)$", text, re.M).group(1)
    assert f"secret={secret}" in re.search(r"otpauth://totp/\S+", text).group(0)
    codes = re.search(r"recovery codes \(each works once\): (.+)$", text, re.M).group(1).split()
    assert len(codes) == 5

    client.post("/admin/login/", {"username": "admin", "password": password, "next": "/admin/"})
    verify = client.get("/admin/")["Location"]
    response = client.post(verify, {"kind": "app", "app-code": f"{totp(b32decode(secret)):06d}"})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200

    client.logout()
    client.post("/admin/login/", {"username": "admin", "password": password, "next": "/admin/"})
    client.post(verify, {"kind": "recovery", "recovery-code": codes[0]})
    assert client.get("/admin/").status_code == 200


def test_the_demo_leaves_no_picture_for_its_first_visitor_to_make(demo, client, monkeypatch):
    from wagtail.images.models import AbstractImage
    from wagtail.models import Page

    from freethem.core import renditions

    pictures = 0
    for page in Page.objects.live().specific():
        for image_id, names in renditions.pictures_of(page).items():
            image = get_image_model().objects.get(pk=image_id)
            wanted = [spec for name in names for spec in renditions.specs_named(name)]
            assert set(renditions.existing(image, wanted)) == set(wanted), page.url_path
            pictures += 1
    assert pictures > 40  # heroes, posts' pictures, previews and galleries in every language

    def encode(*args, **kwargs):
        raise AssertionError("a rendition was made while a reader waited")

    monkeypatch.setattr(AbstractImage, "generate_rendition_file", encode)
    home = HomePage.objects.get(locale__language_code="en")
    post = NewsPage.objects.live().filter(locale__language_code="en").first()
    for url in (home.url, "/en/news/", post.url):
        assert client.get(url).status_code == 200


def test_every_prisoners_drawn_portrait_follows_the_gender_of_the_profile(demo):
    from freethem.demo.tests.test_portraits import hair_beside_the_cheek
    from freethem.prisoners.models import PrisonerPage

    people = PrisonerPage.objects.filter(locale__language_code="en").select_related("portrait")
    genders = set()
    for person in people:
        with person.portrait.file.open("rb") as file:
            long_hair = hair_beside_the_cheek(file.read())
        assert long_hair == (person.gender == "female"), person.slug
        genders.add(person.gender)
    assert genders == {"female", "male"}


def test_a_quoted_posts_picture_is_described_in_the_language_of_each_translation(demo, client):
    post = next(
        post
        for name in news_files()
        for post in read(name).POSTS
        if any(kind == "social_post" and "image_alt" in value for kind, value in post["en"]["body"])
    )
    for language in ("en", "es", "fa", "fr"):
        alt = next(v for k, v in post[language]["body"] if k == "social_post")["image_alt"]
        page = NewsPage.objects.get(slug=post["slug"], locale__language_code=language)
        html = client.get(page.url).content.decode()
        assert f'alt="{escape(alt)}"' in html, language


def test_the_campaigns_byline_reads_in_each_language_where_its_name_is_given(demo, client):
    post = next(post for name in news_files() for post in read(name).POSTS if post.get("authors"))
    team = post["authors"][0]
    for language in ("en", "es", "fa", "fr"):
        page = NewsPage.objects.get(slug=post["slug"], locale__language_code=language)
        html = client.get(page.url).content.decode()
        byline = html[html.index('<p class="byline">') :].split("</p>")[0]
        assert f"<bdi>{escape(team['names'].get(language, team['name']))}</bdi>" in byline
    assert "fa" in team["names"]


def test_who_translated_a_post_is_named_in_the_language_of_each_page(demo, client):
    post = next(
        post
        for name in news_files()
        for post in read(name).POSTS
        if isinstance(post.get("translator"), dict)
        and post.get("translated_from")
        and all(language in post for language in ("es", "fa", "fr"))
    )
    for language in ("en", "es", "fa", "fr"):
        page = NewsPage.objects.get(slug=post["slug"], locale__language_code=language)
        html = client.get(page.url).content.decode()
        origin = html[html.index('<p class="origin">') :].split("</p>")[0]
        assert f"<bdi>{escape(post['translator'][language])}</bdi>" in origin, language


def test_signers_are_listed_in_the_language_of_each_page(demo, client):
    checked = 0
    for name in news_files():
        for post in read(name).POSTS:
            for language in ("es", "fa", "fr"):
                lists = [
                    v["names"]
                    for k, v in post.get(language, {}).get("body", ())
                    if k == "signatories"
                ]
                if not lists:
                    continue
                page = NewsPage.objects.get(slug=post["slug"], locale__language_code=language)
                html = client.get(page.url).content.decode()
                for names in lists:
                    for signer in names:
                        assert escape(signer) in html, (post["slug"], language, signer)
                        checked += 1
    assert checked > 100


def test_a_judge_is_named_in_persian_letters_on_persian_profiles(demo, client):
    from freethem.prisoners.models import PrisonerPage

    judged = [
        prisoner
        for prisoner in read("prisoners").PRISONERS
        if any(isinstance(case.get("judge"), dict) for case in prisoner.get("cases", []))
    ]
    assert judged
    for prisoner in judged:
        page = PrisonerPage.objects.get(slug=prisoner["slug"], locale__language_code="fa")
        html = client.get(page.url).content.decode()
        for case in prisoner["cases"]:
            if isinstance(case.get("judge"), dict):
                assert f"قاضی {case['judge']['fa']}" in html
