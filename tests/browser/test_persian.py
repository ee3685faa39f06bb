"""A reader switches a post to Persian and gets a right-to-left page."""

from playwright.sync_api import expect

from freethem.news.tests.factories import make_post, translate


def test_switch_a_post_to_persian(site, page):
    post = make_post(site.index, title="Poster action in Cologne", lead="Faces of the prisoners.")
    translate(post, "fa", title="پوسترگردانی در کلن", lead="چهره‌های زندانیان.")
    page.goto(f"{site.url}{post.url}")
    expect(page.locator("html")).to_have_attribute("dir", "ltr")

    page.locator("nav.languages").get_by_role("link", name="فارسی").click()
    expect(page.locator("html")).to_have_attribute("lang", "fa")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    heading = page.locator("h1")
    expect(heading).to_have_text("پوسترگردانی در کلن")
    assert heading.evaluate("el => getComputedStyle(el).direction") == "rtl"

    # The text of the heading sits against the right edge of its box, not the left.
    edges = heading.evaluate(
        """el => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const text = range.getBoundingClientRect();
            const box = el.getBoundingClientRect();
            return {gapRight: box.right - text.right, gapLeft: text.left - box.left};
        }"""
    )
    assert edges["gapRight"] < 2
    assert edges["gapLeft"] > 50

    # The site name, in the header, also starts on the right.
    header = page.locator(".header-row")
    name_box = page.locator(".site-name").bounding_box()
    header_box = header.bounding_box()
    assert name_box["x"] + name_box["width"] > header_box["x"] + header_box["width"] - 40
