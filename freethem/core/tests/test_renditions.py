"""Pictures are served in several widths and in modern formats, cut around the focal point,
with the width and height that keep their place (core/renditions.py)."""

import io
import re

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import features
from wagtail.images import get_image_model

from freethem.core import renditions
from freethem.news.tests.factories import build_site, publish

pytestmark = pytest.mark.django_db


def photo(width=2000, height=1200):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (120, 40, 40)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title="A vigil", description="Candles at dusk", file=ContentFile(buffer.getvalue(), "v.jpg")
    )


def made(image, *shapes):
    """`image` with every rendition of `shapes` made, as the task makes them on publish."""
    renditions.make(image, shapes)
    return image


def widths(srcset):
    return [int(w) for w in re.findall(r" (\d+)w", srcset)]


def test_a_teaser_picture_offers_several_widths_in_webp_and_jpeg():
    html = str(renditions.picture(made(photo(), "teaser"), "teaser"))
    webp = re.search(r'<source type="image/webp" srcset="([^"]+)"', html).group(1)
    assert widths(webp) == [320, 640]
    assert all(url.endswith(".webp") for url in re.findall(r"(\S+) \d+w", webp))
    img = re.search(r"<img[^>]*>", html).group(0)
    assert widths(re.search(r'srcset="([^"]+)"', img).group(1)) == [320, 640]
    assert 'width="320"' in img and 'height="213"' in img
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert 'loading="lazy"' in img and 'decoding="async"' in img


def test_avif_is_offered_first_where_pillow_can_write_it():
    html = str(renditions.picture(made(photo(), "teaser"), "teaser"))
    if features.check("avif"):
        assert html.index('type="image/avif"') < html.index('type="image/webp"')
    else:
        assert "image/avif" not in html


def test_the_hero_is_cut_taller_for_phones_and_is_not_lazy():
    html = str(renditions.picture(made(photo(), "hero"), "hero", alt="Candles at dusk", lazy=False))
    narrow = re.findall(r'<source media="\(max-width: 40em\)" type="([^"]+)"[^>]*>', html)
    assert narrow[-1] == "image/jpeg" and "image/webp" in narrow
    assert 'width="400" height="267"' in html  # 3:2 on phones
    img = re.search(r"<img[^>]*>", html).group(0)
    assert 'width="800" height="350"' in img  # 16:7 on wide screens
    assert 'alt="Candles at dusk"' in img
    assert "loading=" not in img and 'fetchpriority="high"' in img


def test_the_cut_keeps_the_focal_point_in_the_frame():
    # A wide picture, red at its start and blue at its end: a 3:2 frame around a focal point
    # at its end shows blue, around one at its start red.
    canvas = PILImage.new("RGB", (3000, 1000), (200, 0, 0))
    canvas.paste((0, 0, 200), (1500, 0, 3000, 1000))
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG")
    image = get_image_model().objects.create(
        title="Two colours", file=ContentFile(buffer.getvalue(), "two.png")
    )
    spec = renditions.SHAPES["card"].cut.spec(320, "jpeg")

    def colour_with_focus_at(x):
        image.focal_point_x, image.focal_point_y = x, 500
        image.focal_point_width = image.focal_point_height = 100
        image.save()
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as handle:
            return PILImage.open(handle).convert("RGB").resize((1, 1)).getpixel((0, 0))

    red, _g, blue = colour_with_focus_at(2900)
    assert blue > red
    red, _g, blue = colour_with_focus_at(100)
    assert red > blue


def test_the_home_page_shows_its_hero_picture_with_its_size_and_alt_text(
    client, django_capture_on_commit_callbacks
):
    site = build_site()
    home = site.home
    home.hero_image = photo()
    with django_capture_on_commit_callbacks(execute=True):
        publish(home)  # tasks run inline here: the pictures are made on publishing
    html = client.get(home.url).content.decode()
    hero = re.search(r'<div class="hero-picture">(.*?)</div>', html, re.S).group(1)
    img = re.search(r"<img[^>]*>", hero).group(0)
    assert 'alt="Candles at dusk"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'type="image/webp"' in hero
