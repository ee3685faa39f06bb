"""An editor sends a news post for translation into Persian: Persian readers see nothing of it
until the translator has translated it and pressed Publish, then they find it in their news."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from freethem.news.tests.factories import make_post

PASSWORD = "pw-for-the-browser"
PERSIAN = {
    "Vigil in Stockholm": "شب‌زنده‌داری در استکهلم",
    "Candles outside the embassy.": "شمع‌هایی در برابر سفارت.",
    "Musicians played for two hours in the cold.": "نوازندگان دو ساعت در سرما نواختند.",
}


@pytest.fixture
def editor(site):
    return get_user_model().objects.create_superuser("shirin", "shirin@example.org", PASSWORD)


@pytest.fixture
def reader(browser):
    """Someone reading the site in Persian, never signed in."""
    context = browser.new_context(locale="fa-IR")
    yield context.new_page()
    context.close()


def test_a_post_sent_for_translation_shows_in_persian_only_once_the_translator_publishes_it(
    site, editor, page, reader, sign_in_to_admin
):
    post = make_post(
        site.index,
        title="Vigil in Stockholm",
        lead="Candles outside the embassy.",
        paragraphs=["Musicians played for two hours in the cold."],
    )
    persian_address = f"{site.url}/fa/news/{post.slug}/"
    sign_in_to_admin(page, "shirin", PASSWORD)

    # The editor chooses "Translate this page" in the post's menu and ticks Persian.
    page.goto(f"{site.url}/admin/pages/{post.pk}/edit/")
    page.locator("header").get_by_role("button", name="Actions").first.click()
    page.get_by_role("link", name="Translate this page").click()
    page.get_by_label("فارسی").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.locator(".messages")).to_contain_text("submitted for translation")
    expect(page.get_by_role("button", name="Publish in فارسی")).to_be_visible()

    # A Persian reader finds nothing of it: not in the news, and at its address a page saying
    # it is not translated yet, which leads to the English post.
    reader.goto(f"{site.url}/fa/news/")
    expect(reader.locator("html")).to_have_attribute("dir", "rtl")
    expect(reader.locator("main")).not_to_contain_text("Vigil in Stockholm")
    reader.goto(persian_address)
    expect(reader.locator("h1")).to_have_text("هنوز ترجمه نشده")
    expect(reader.locator("main")).not_to_contain_text("Candles outside the embassy.")
    reader.locator("main").get_by_role("link", name="English").click()
    expect(reader.locator("h1")).to_have_text("Vigil in Stockholm")
    expect(reader.locator("html")).to_have_attribute("lang", "en")

    # The translator translates each piece of text, then publishes.
    for english, persian in PERSIAN.items():
        segment = page.locator("li.incomplete", has=page.get_by_text(english, exact=True))
        segment.get_by_role("button", name="Translate").click()
        segment.locator("textarea").fill(persian)
        segment.get_by_role("button", name="Save").click()
        expect(page.get_by_text(persian, exact=True)).to_be_visible()
    page.get_by_role("button", name="Publish in فارسی").click()
    expect(page.locator(".messages")).to_contain_text("Published")

    reader.goto(f"{site.url}/fa/news/")
    reader.get_by_role("link", name="شب‌زنده‌داری در استکهلم").click()
    expect(reader).to_have_url(persian_address)
    expect(reader.locator("h1")).to_have_text("شب‌زنده‌داری در استکهلم")
    expect(reader.locator("main")).to_contain_text("نوازندگان دو ساعت در سرما نواختند.")
    expect(reader.locator("html")).to_have_attribute("dir", "rtl")
