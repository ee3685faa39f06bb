"""A visitor opens the home page on a phone: the featured appeal's sign button is on the first
screen, in English and in Persian, and every picture keeps its place and comes from the site."""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from playwright.sync_api import expect
from wagtail.images import get_image_model

from freethem.appeals.tests.factories import make_appeal
from freethem.news.tests.factories import make_post, publish, translate
from freethem.prisoners.tests.factories import make_index, make_prisoner, portrait

PHONE = {"width": 390, "height": 844}


def picture(title, size=(1600, 900), colour=(120, 30, 40)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, description=title, file=ContentFile(buffer.getvalue(), name="picture.jpg")
    )


@pytest.fixture
def campaign(site):
    """A home page in English and Persian as the campaign has it: a hero picture, a long title
    and tagline, the featured appeal, a post with a picture and a person at risk."""
    appeal = make_appeal(
        site.home,
        title="Emergency Appeal: Free Iran's Political Prisoners Now",
        call_to_action="Add your name to the Emergency Appeal",
        goal=10000,
        show_in_menus=True,
    )
    translate(
        appeal,
        "fa",
        title="فراخوان اضطراری: زندانیان سیاسی ایران را همین حالا آزاد کنید",
        call_to_action="نام خود را به فراخوان اضطراری بیفزایید",
    )
    index = make_index(site.home, show_in_menus=True)
    translate(index, "fa", title="زندانیان سیاسی")
    make_prisoner(index, portrait=portrait(), risk_of_execution=True)
    post = make_post(site.index, title="A vigil in Berlin", listing_image=picture("Candles"))
    translate(post, "fa", title="شب‌زنده‌داری در برلین")
    texts = {
        "en": (
            "Free Iran's Political Prisoners Now",
            "An international emergency campaign to save the lives of Iran's political prisoners.",
        ),
        "fa": (
            "زندانیان سیاسی ایران را همین حالا آزاد کنید",
            "کارزاری بین‌المللی و اضطراری برای نجات جان زندانیان سیاسی ایران.",
        ),
    }
    for language, (title, tagline) in texts.items():
        home = site.homes[language]
        home.refresh_from_db()  # its children were added since
        home.title, home.tagline = title, tagline
        home.hero_image = picture(f"Hero {language}")
        home.featured_appeal = appeal
        publish(home)
    return site


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("language", ["en", "fa"])
def test_the_sign_button_is_on_the_first_screen_of_a_phone(campaign, phone, language):
    phone.goto(campaign.url + campaign.homes[language].url)
    button = phone.locator(".hero .appeal-cta a.button")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("href", re.compile(r"/appeal-\d+/#sign$"))
    box = button.bounding_box()
    assert box["y"] >= 0
    assert box["y"] + box["height"] <= PHONE["height"], "the sign button is below the fold"
    # The live count is on the first screen too.
    total = phone.locator(".hero .tally-total")
    count_box = total.bounding_box()
    assert count_box["y"] + count_box["height"] <= PHONE["height"]


@pytest.mark.parametrize("language", ["en", "fa"])
def test_every_picture_keeps_its_place_and_comes_from_the_site(campaign, phone, language):
    requested = []
    phone.on("request", lambda request: requested.append(request.url))
    phone.goto(campaign.url + campaign.homes[language].url)
    phone.mouse.wheel(0, 4000)  # brings the lazy pictures in
    phone.wait_for_load_state("networkidle")

    images = phone.locator("main img")
    assert images.count() >= 3  # the hero, a post's picture, a portrait
    for n in range(images.count()):
        image = images.nth(n)
        assert image.get_attribute("width"), image.evaluate("el => el.outerHTML")
        assert image.get_attribute("height"), image.evaluate("el => el.outerHTML")
        assert image.get_attribute("alt") is not None
    hero = phone.locator(".hero-picture img")
    assert hero.evaluate("el => el.complete && el.naturalWidth > 0")
    # The phone gets the frame cut for phones, in a modern format.
    assert hero.evaluate("el => el.currentSrc").endswith((".avif", ".webp"))

    site = urlsplit(campaign.url).netloc
    elsewhere = [url for url in requested if urlsplit(url).netloc not in (site, "")]
    assert not elsewhere
    pictures = [url for url in requested if "/media/images/" in url]
    assert pictures, "no picture was loaded"
