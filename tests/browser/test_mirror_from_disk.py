"""A reader opens a copy of the site from a disk (`file://`), as a copy passed on by hand is
read: she goes to the Persian pages, reads a post with its picture, follows its link to a
prisoner's profile and downloads his poster, all by clicking, and nothing is asked of any
server on the way."""

import json
import re

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.test import override_settings
from playwright.sync_api import expect

from freethem.mirror import builder
from freethem.news.models import NewsPagePrisoner
from freethem.news.tests.factories import (
    body,
    build_site,
    make_image,
    make_post,
    publish,
    translate,
)
from freethem.prisoners.tests.factories import make_index, make_prisoner, portrait
from tests.browser.fixtures import CHROMIUM, CHROMIUM_ARGS

MAIN = "http://127.0.0.1:8000"
POST_TITLE = "شب‌زنده‌داری برای زندانیان در لیون"
POST_TEXT = "صدها نفر با شمع در میدان شهر ایستادند."
PRISONER = "توماج نمونه"


def _campaign():
    site = build_site()
    prisoners = make_index(site.home)
    translate(prisoners, "fa", title="زندانیان")
    prisoner = make_prisoner(
        prisoners, title="Toomaj Example", name_latin="Toomaj Example", portrait=portrait()
    )
    translate(prisoner, "fa", title=PRISONER)
    picture = {"image": make_image().pk, "caption": "", "credit": ""}
    post = make_post(
        site.index, title="Vigil for the prisoners in Lyon", extra_blocks=[("image", picture)]
    )
    post.related_prisoners = [NewsPagePrisoner(prisoner=prisoner)]
    publish(post)
    translate(
        post,
        "fa",
        title=POST_TITLE,
        slug="shab",
        lead="خبری کوتاه.",
        body=body(("paragraph", f"<p>{POST_TEXT}</p>"), ("image", picture)),
    )


@pytest.fixture(scope="module")
def mirror(django_db_setup, django_db_blocker, tmp_path_factory):
    """A small campaign mirrored once into a folder; the database is left as it was."""
    folder = tmp_path_factory.mktemp("mirror") / "site"
    with (
        django_db_blocker.unblock(),
        override_settings(WAGTAILADMIN_BASE_URL=MAIN, MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        transaction.atomic(),
    ):
        for alias in settings.CACHES:
            caches[alias].clear()
        _campaign()
        result = builder.build(folder)
        transaction.set_rollback(True)
    assert not result.failed, result.failed
    yield folder
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture
def page(browser, tmp_path):
    """A page of a browser that saves PDFs rather than showing them: a link to a file on disk
    opens in the PDF viewer whatever its `download` attribute says (the attribute is kept for
    files of the same origin, and every file of a disk is an origin of its own)."""
    profile = tmp_path / "profile"
    (profile / "Default").mkdir(parents=True)
    (profile / "Default" / "Preferences").write_text(
        json.dumps({"plugins": {"always_open_pdf_externally": True}})
    )
    context = browser.browser_type.launch_persistent_context(
        profile,
        executable_path=CHROMIUM,
        args=CHROMIUM_ARGS,
        accept_downloads=True,
        locale="fa-IR",
    )
    yield context.pages[0] if context.pages else context.new_page()
    context.close()


def test_a_reader_reads_the_persian_pages_of_a_copy_from_a_disk_and_takes_a_poster(
    mirror, page, tmp_path
):
    asked = []
    page.on("request", lambda request: asked.append(request.url))

    page.goto((mirror / "index.html").as_uri())
    expect(page).to_have_url(re.compile(r"/en/index\.html$"))
    page.locator("nav.languages").get_by_role("link", name="فارسی").click()
    expect(page).to_have_url(re.compile(r"/fa/index\.html$"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    page.get_by_role("link", name=POST_TITLE).first.click()
    expect(page.locator("h1")).to_have_text(POST_TITLE)
    expect(page.locator("main")).to_contain_text(POST_TEXT)
    expect(page.locator("html")).to_have_attribute("lang", "fa")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    pictures = page.locator("main img")
    assert pictures.count() >= 1
    for number in range(pictures.count()):
        picture = pictures.nth(number)
        picture.scroll_into_view_if_needed()
        picture.evaluate("img => img.decode().catch(() => null)")
        assert picture.evaluate("img => img.complete && img.naturalWidth") > 0, (
            picture.get_attribute("src")
        )

    page.locator("main").get_by_role("link", name=PRISONER).first.click()
    expect(page.locator("h1")).to_contain_text(PRISONER)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    poster_link = page.locator(".poster-links li[lang='fa'] a").first
    with page.expect_download() as downloading:
        poster_link.click()
    poster = tmp_path / "poster"
    downloading.value.save_as(poster)
    data = poster.read_bytes()
    assert len(data) > 0
    assert data.startswith((b"%PDF-", b"\x89PNG\r\n\x1a\n"))

    assert asked and all(url.startswith("file://") for url in asked), [
        url for url in asked if not url.startswith("file://")
    ]
