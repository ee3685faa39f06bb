"""A reader opens a post's gallery pictures larger, with JavaScript switched off, and reads the
quoted post beside them without the page asking the social network for anything."""

import io

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from playwright.sync_api import expect
from wagtail.images import get_image_model

from freethem.news.tests.factories import make_post


def photo(title, colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1200), colour).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name=f"{title.lower()}.jpg")
    )


def test_a_gallery_picture_opens_larger_without_javascript(site, page_without_js):
    first, second = photo("Candles", (180, 40, 40)), photo("Banner", (30, 60, 160))
    post = make_post(
        site.index,
        title="Vigils in pictures",
        extra_blocks=[
            (
                "gallery",
                {
                    "images": [
                        {"image": first.pk, "alt": "Candles on the steps", "caption": "Paris"},
                        {"image": second.pk, "alt": "A banner at the embassy", "caption": ""},
                    ],
                    "caption": "Two evenings",
                    "credit": "Volunteers",
                },
            ),
            (
                "social_post",
                {
                    "text": "Every name is a life.",
                    "author": "Free them",
                    "handle": "@freethem",
                    "date": "2023-06-04",
                    "image": None,
                    "url": "https://mastodon.social/@freethem/1",
                },
            ),
        ],
    )
    page = page_without_js
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site.url}{post.url}")

    thumbnail = page.get_by_role("img", name="A banner at the embassy (larger)")
    expect(thumbnail).to_be_visible()
    shown_width = thumbnail.evaluate("img => img.naturalWidth")
    # Side by side at a desktop width: both pictures on one row.
    boxes = [image.bounding_box() for image in page.locator(".gallery-items img").all()]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 1
    expect(page.get_by_text("Every name is a life.")).to_be_visible()
    assert all(url.startswith(site.url) for url in requested), requested

    page.get_by_role("link", name="A banner at the embassy (larger)").click()
    page.wait_for_load_state()
    assert "/media/images/" in page.url
    larger_width = page.evaluate("document.images[0].naturalWidth")
    assert larger_width == 1600 > shown_width
