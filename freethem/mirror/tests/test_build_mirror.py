"""A mirror works at any address: served under a sub-folder, every link and every file it
needs is in it, nothing is fetched from another origin, and its feeds are feeds."""

import re
import time

import feedparser
import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.translation import gettext

from freethem.appeals.tests.factories import make_appeal
from freethem.core.templatetags.freethem_tags import calendar_date
from freethem.mirror import builder
from freethem.news.tests.factories import build_site, make_image, make_post, translate
from freethem.prisoners.tests.factories import make_index, make_prisoner, portrait

from .walk import served, walk

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]
MAIN = "http://127.0.0.1:8000"


def _campaign():
    site_tree = build_site()
    post = make_post(site_tree.index, title="Vigil in Lyon", listing_image=make_image())
    translate(post, "fa", title="شب‌زنده‌داری در لیون", slug="shab")
    make_post(site_tree.index, title="A second post")
    make_appeal(site_tree.home)
    prisoners = make_index(site_tree.home)
    make_prisoner(prisoners, title="Toomaj Example", portrait=portrait())
    return site_tree


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    """The small campaign built, mirrored and walked once for the tests of this module; the
    database is left as it was."""
    folder = tmp_path_factory.mktemp("mirror") / "site"
    with (
        django_db_blocker.unblock(),
        override_settings(WAGTAILADMIN_BASE_URL=MAIN, MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        transaction.atomic(),
    ):
        for alias in settings.CACHES:
            caches[alias].clear()
        _campaign()
        started = time.monotonic()
        result = builder.build(folder)
        result.seconds = time.monotonic() - started
        result.made_on = timezone.localdate()
        transaction.set_rollback(True)
    with served(folder, under="/some/folder/") as base:
        starts = [base + "index.html"] + [f"{base}{code}/index.html" for code in LANGUAGES]
        started = time.monotonic()
        walked = walk(starts)
        walked.seconds = time.monotonic() - started
        yield result, base, walked
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture
def mirror(built):
    return built[0]


@pytest.fixture
def walked(built):
    return built[1], built[2]


def test_every_link_and_file_of_a_mirror_served_under_a_sub_folder_is_there(mirror, walked):
    base, result = walked
    assert not mirror.failed and not mirror.missing
    assert result.broken == []
    assert result.pages > 20
    for code in LANGUAGES:
        for page in ("index.html", "news/index.html", "titles/index.html"):
            assert f"{base}{code}/{page}" in result.files
    assert any(url.endswith(".css") for url in result.files)
    assert any(url.endswith(".js") for url in result.files)
    assert any("/media/images/" in url for url in result.files), "no picture was mirrored"
    assert f"{base}en/prisoners/index.html" in result.files
    assert (mirror.folder / "sitemap.xml").exists() and (mirror.folder / "robots.txt").exists()
    print(f"Built in {mirror.seconds:.1f} s, walked in {result.seconds:.1f} s.")


def test_every_link_names_a_file_not_a_folder_so_the_mirror_opens_from_disk(walked):
    _base, result = walked
    assert result.folders == []


def test_a_mirror_fetches_nothing_from_another_origin(walked):
    _base, result = walked
    assert result.foreign_fetches == []
    # Nor do its links lead back to the site but for the forms, whose actions are checked below.
    assert [
        url for url in result.links_out if url.startswith(MAIN + "/") and url != MAIN + "/"
    ] == []


def test_forms_that_send_post_to_the_main_address_and_searching_leads_to_the_titles(walked):
    base, result = walked
    sent = {url for url in result.form_actions if not url.startswith(base)}
    assert sent, "no form posts anywhere"
    assert all(url.startswith(MAIN + "/") for url in sent), sent
    assert any("/sign/" in url for url in sent)
    assert f"{base}en/titles/index.html" in result.form_actions
    assert not any("search" in url for url in result.form_actions)


def test_the_feeds_of_a_mirror_are_read_by_a_feed_reader(walked):
    _base, result = walked
    assert len(result.feeds) >= 2 * len(LANGUAGES)
    for url in result.feeds:
        feed = feedparser.parse(url)
        assert not feed.bozo, (url, feed.get("bozo_exception"))
        assert feed.feed.get("title"), url
    news = [url for url in result.feeds if "/en/news/" in url]
    assert news and all(feedparser.parse(url).entries for url in news)


def test_the_titles_page_lists_every_post_and_prisoner_of_its_language(mirror):
    english = (mirror.folder / "en" / "titles" / "index.html").read_text()
    assert "Vigil in Lyon" in english and "A second post" in english
    assert "Toomaj Example" in english
    assert 'href="../news/post-' in english
    persian = (mirror.folder / "fa" / "titles" / "index.html").read_text()
    assert "شب‌زنده‌داری در لیون" in persian and "Vigil in Lyon" not in persian


def test_build_mirror_writes_the_folder_and_says_how_much(site_tree, tmp_path, capsys):
    call_command("build_mirror", str(tmp_path / "m"))
    assert "Wrote " in capsys.readouterr().out
    assert (tmp_path / "m" / "en" / "index.html").exists()
    root = (tmp_path / "m" / "index.html").read_text()
    assert 'href="en/index.html"' in root


def test_every_mirrored_page_says_in_its_language_that_it_is_a_copy_and_where_the_site_is(mirror):
    for code in LANGUAGES:
        with translation.override(code):
            made = gettext(
                "This is a copy of the campaign's site, made on %(date)s. It may be out of date."
            )
            date = calendar_date(mirror.made_on)
        for page in (mirror.folder / code).rglob("index.html"):
            text = page.read_text()
            assert '<aside class="mirror-notice"' in text, page
        home = (mirror.folder / code / "index.html").read_text()
        assert made % {"date": date} in home
        assert code == "en" or "This is a copy" not in home
        assert f'<a href="{MAIN}/" dir="ltr" data-mirror-original>{MAIN}</a>' in home


def test_the_site_itself_never_says_it_is_a_copy(site_tree, client):
    response = client.get("/en/titles/")
    assert response.status_code == 200
    assert b"mirror-notice" not in response.content


def test_a_mirrored_sign_form_says_where_it_sends_and_offers_the_paper_sheet(mirror):
    (appeal,) = [p for p in (mirror.folder / "en").glob("appeal-*/index.html")]
    text = appeal.read_text()
    assert f'action="{MAIN}/en/appeals/' in text
    assert f"sends what you fill in to the campaign's own site, <bdi>{MAIN}</bdi>." in text
    (sheet,) = re.findall(r'<a href="([^"]*sheet\.pdf)">print the signature sheet', text)
    assert (appeal.parent / sheet).resolve().read_bytes().startswith(b"%PDF")


def test_with_forms_to_onion_forms_post_to_the_onion_address_and_say_so(
    site_tree, tmp_path, settings
):
    onion = "http://campaignexample2yq7d3hsdzvtpq6ljnbcmzn7ffwoopiwcjpnwmcpyid.onion"
    settings.FREETHEM_ONION_ADDRESS = ""
    with pytest.raises(CommandError, match="FREETHEM_ONION_ADDRESS"):
        call_command("build_mirror", str(tmp_path / "m"), "--forms-to", "onion")
    settings.FREETHEM_ONION_ADDRESS = onion
    call_command("build_mirror", str(tmp_path / "m"), "--forms-to", "onion")
    subscribe = (tmp_path / "m" / "en" / "alerts" / "index.html").read_text()
    assert f'method="post" action="{onion}/en/alerts/"' in subscribe
    assert f"own site on Tor, <bdi>{onion}</bdi>; open it with the Tor Browser." in subscribe
    assert f'<a href="{onion}/" dir="ltr" data-mirror-original>{onion}</a>' in subscribe


def test_only_the_mirrors_index_of_titles_says_it_cannot_search(mirror, site_tree, client):
    copy = (mirror.folder / "en" / "titles" / "index.html").read_text()
    assert "This copy of the site cannot search." in copy
    response = client.get("/en/titles/")
    assert b"cannot search" not in response.content
    assert b"listed here by title" in response.content
