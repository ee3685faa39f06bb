"""A supporter preparing a street action, JavaScript off: finds a prisoner by filter, opens the
profile and downloads the A4 poster in Persian; then writes a letter with JavaScript on."""

import io
import re
from urllib.parse import unquote

import pypdf
import pytest
from django.core.cache import caches
from playwright.sync_api import expect

from freethem.news.tests.factories import publish, translate
from freethem.prisoners.models import LetterActionPage, LetterRecipient
from freethem.prisoners.tests.factories import event, make_index, make_prison, make_prisoner

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def fresh_caches():
    for name in ("pages", "fragments", "shared"):
        caches[name].clear()


@pytest.fixture
def prisoners(site):
    import datetime

    from freethem.prisoners import vocabulary as v
    from freethem.prisoners.tests.factories import case, portrait

    index = make_index(site.home, show_in_menus=True)
    translate(index, "fa", title="زندانیان سیاسی")
    evin = make_prison()
    toomaj = make_prisoner(
        index,
        title="Toomaj Salehi",
        slug="toomaj-salehi",
        name_latin="Toomaj Salehi",
        name_native="توماج صالحی",
        occupations=["rapper"],
        portrait=portrait(),
        events=[
            event(datetime.date(2022, 10, 30)),
            event(datetime.date(2023, 7, 10), kind="sentenced", status=v.DEATH_SENTENCE),
        ],
        cases=[case(datetime.date(2022, 10, 30), prison=evin)],
    )
    make_prisoner(index, title="Nasrin Sotoudeh", occupations=["lawyer"], gender="female")
    return index, toomaj


def test_find_a_prisoner_and_print_the_persian_poster(site, prisoners, page_without_js):
    index, toomaj = prisoners
    page = page_without_js
    page.goto(site.url + index.url)
    filters = page.locator("form.filters")
    filters.get_by_label("Occupation").select_option("rapper")
    filters.get_by_role("button", name="Show").click()
    expect(page).to_have_url(re.compile(r"occupation=rapper"))
    grid = page.locator("ul.prisoner-grid").last
    expect(grid.locator("li")).to_have_count(1)
    grid.get_by_role("link", name=re.compile("Toomaj Salehi")).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Toomaj Salehi")
    expect(page.locator(".other-name")).to_have_text("(توماج صالحی)")
    persian = page.locator(".poster-links li[lang=fa]")
    with page.expect_download() as download_info:
        persian.get_by_role("link", name="A4").click()
    download = download_info.value
    pdf = pypdf.PdfReader(io.BytesIO(open(download.path(), "rb").read()))
    assert len(pdf.pages) == 1
    assert round(float(pdf.pages[0].mediabox.height)) == 842  # A4
    text = pdf.pages[0].extract_text()
    assert "توماج صالحی" in text and "Toomaj Salehi" in text


def test_write_a_letter_from_your_own_mail_program(site, prisoners, page):
    index, toomaj = prisoners
    action = LetterActionPage(
        title="Write for Toomaj",
        slug="write-for-toomaj",
        prisoner=toomaj,
        summary="Ask for his release.",
        subject="Release Toomaj Salehi",
        message="Please release Toomaj Salehi.",
        recipients=[LetterRecipient(name="Embassy", email="embassy@example.org")],
    )
    index.add_child(instance=action)
    publish(action)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site.url + action.url)
    body = page.get_by_role("textbox", name="Letter", exact=True)
    body.fill("Dear Ambassador,\n\nI ask you to free Toomaj Salehi today.")
    send = page.get_by_role("link", name="Open in my mail program")
    # Keep the browser from leaving for the mail program; read where it would go.
    send.evaluate("a => a.addEventListener('click', e => e.preventDefault())")
    send.click()
    href = send.get_attribute("href")
    assert href.startswith("mailto:embassy@example.org?subject=Release%20Toomaj%20Salehi&body=")
    assert unquote(href.split("&body=")[1]) == (
        "Dear Ambassador,\n\nI ask you to free Toomaj Salehi today."
    )
    expect(page.get_by_role("button", name="Copy the letter")).to_be_visible()
    # What the visitor wrote never left the browser.
    assert not [url for url in requests if "Ambassador" in unquote(url)]
    assert all(url.startswith(site.url) for url in requests)
