"""A post's listing image stands for it in lists, on the home page and in link previews; a post
without one is shown with the first image of its text."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from freethem.news.tests.factories import build_site, make_post

pytestmark = pytest.mark.django_db


def photo(title, colour=(30, 90, 160)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 1000), colour).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name="photo.jpg")
    )


def image_block(image):
    return ("image", {"image": image.pk, "caption": "", "credit": ""})


@pytest.fixture
def site():
    return build_site()


def test_a_post_without_a_listing_image_is_shown_with_the_first_image_of_its_text(site):
    first, second = photo("First"), photo("Second")
    post = make_post(site.index, extra_blocks=[image_block(first), image_block(second)])
    assert post.listing_image is None
    assert post.teaser_image() == first
    assert post.preview_image() == first


def test_a_chosen_listing_image_comes_before_the_images_of_the_text(site):
    in_text, chosen = photo("In the text"), photo("Chosen")
    post = make_post(site.index, extra_blocks=[image_block(in_text)], listing_image=chosen)
    assert post.teaser_image() == chosen
    assert post.preview_image() == chosen


def test_a_post_without_any_image_has_no_teaser_picture(site, client):
    post = make_post(site.index, title="Words only")
    assert post.teaser_image() is None
    html = client.get(site.index.url).content.decode()
    assert "Words only" in html
    assert "<picture>" not in html


def test_the_news_index_shows_each_posts_picture_lazily_with_its_size_and_an_empty_alt(
    site, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):  # pictures are made on publishing
        make_post(site.index, title="With a picture", listing_image=photo("Rally"))
    html = client.get(site.index.url).content.decode()
    img = re.search(r"<picture>.*?(<img[^>]*>)</picture>", html, re.S).group(1)
    for attribute in ('loading="lazy"', 'decoding="async"', 'alt=""', "width=", "height="):
        assert attribute in img
    assert 'type="image/webp"' in html


def test_the_home_page_shows_the_latest_posts_as_cards_with_their_pictures(site, client):
    make_post(site.index, title="A post with a photo", listing_image=photo("Vigil"))
    html = client.get(site.home.url).content.decode()
    card = re.search(r'<article class="teaser">.*?</article>', html, re.S).group(0)
    assert "A post with a photo" in card
    assert "<picture>" in card and 'loading="lazy"' in card
