"""Renditions are made by a task when a page is published, never while a reader waits; a page
whose pictures are not made yet shows what exists, with a JPEG `<img>` at least, and gets the
whole `<picture>` once the task has run and purged the page cache (core/renditions.py)."""

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django_tasks import task_backends
from PIL import Image as PILImage
from PIL import features
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage

from freethem.core import renditions
from freethem.core.cache import current_generation
from freethem.core.tasks import make_pictures
from freethem.news.tests.factories import build_site, publish

pytestmark = pytest.mark.django_db

VNU = Path(__file__).resolve().parents[3] / "tests/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
HERO_SPECS = renditions.specs(renditions.SHAPES["hero"])
PREVIEW_SPEC = renditions.NAMED["preview"]


def photo(width=2000, height=1200):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (40, 90, 120)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title="A vigil", description="Candles at dusk", file=ContentFile(buffer.getvalue(), "v.jpg")
    )


@pytest.fixture
def queued(settings):
    """Tasks are kept in a list, as a worker's queue would keep them, instead of run inline."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    caches["default"].clear()
    results = task_backends["default"].results
    results.clear()
    return results


@pytest.fixture
def encoded(monkeypatch):
    """The spec of every rendition file encoded."""
    specs = []
    original = AbstractImage.generate_rendition_file

    def spy(self, filter, **kwargs):
        specs.append(filter.spec)
        return original(self, filter, **kwargs)

    monkeypatch.setattr(AbstractImage, "generate_rendition_file", spy)
    return specs


def picture_tasks(results):
    return [r for r in results if r.task.name == make_pictures.name]


def hero_of(html):
    return re.search(r'<div class="hero-picture">(.*?)</div>', html, re.S).group(1)


@pytest.fixture
def home_with_a_hero(queued, django_capture_on_commit_callbacks):
    home = build_site().home
    home.hero_image = photo()
    with django_capture_on_commit_callbacks(execute=True):
        publish(home)
    return home


def test_publishing_a_page_hands_its_pictures_to_a_task_that_makes_every_spec(
    home_with_a_hero, queued
):
    image = home_with_a_hero.hero_image
    (task,) = picture_tasks(queued)
    assert task.args == [image.pk, ["hero", "preview"]]
    assert image.renditions.count() == 0  # nothing is made until the worker runs the task
    assert make_pictures.call(*task.args) == len(HERO_SPECS) + 1
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert made == {*HERO_SPECS, PREVIEW_SPEC}
    assert any("format-webp" in spec for spec in made)


def test_a_page_whose_pictures_are_not_made_yet_encodes_no_modern_format_and_asks_for_them(
    home_with_a_hero, queued, encoded, client, django_capture_on_commit_callbacks
):
    queued.clear()
    with django_capture_on_commit_callbacks(execute=True):
        html = client.get(home_with_a_hero.url).content.decode()
    # The smallest JPEG of each cut, and the link preview's: JPEGs, made in tens of milliseconds.
    hero_shape = renditions.SHAPES["hero"]
    assert sorted(encoded) == sorted([*renditions.fallback_specs(hero_shape), PREVIEW_SPEC])
    hero = hero_of(html)
    assert "image/avif" not in hero and "image/webp" not in hero
    img = re.search(r"<img[^>]*>", hero).group(0)
    assert 'width="800"' in img and 'height="350"' in img and ".jpg" in img
    # Phones keep their taller frame, in JPEG for now.
    assert '<source media="(max-width: 40em)" type="image/jpeg"' in hero
    assert 'width="400" height="267"' in hero
    assert [t.args for t in picture_tasks(queued)] == [[home_with_a_hero.hero_image.pk, ["hero"]]]


def test_many_readers_of_an_incomplete_picture_ask_for_it_once(
    home_with_a_hero, queued, client, django_capture_on_commit_callbacks
):
    queued.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for language in ("en", "en", "en"):
            client.get(home_with_a_hero.url, HTTP_ACCEPT_LANGUAGE=language)
            renditions.picture(home_with_a_hero.hero_image, "hero")
    assert len(picture_tasks(queued)) == 1


def test_a_page_with_a_picture_not_made_yet_is_valid_html(home_with_a_hero, client, tmp_path):
    if not VNU.exists():
        pytest.fail(f"The Nu HTML checker is not at {VNU}; `make test` installs it.")
    pages = tmp_path / "pages"  # beside the media folder of the test, not over it
    pages.mkdir()
    (pages / "home.html").write_text(client.get(home_with_a_hero.url).content.decode())
    checked = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(pages)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(checked.stderr)["messages"]
    assert [m["message"] for m in messages if m["type"] != "info"] == []


def test_once_the_task_has_run_and_purged_the_cache_readers_get_every_format(
    home_with_a_hero, queued, client, django_capture_on_commit_callbacks
):
    client.get(home_with_a_hero.url)  # the incomplete page, now in the page cache
    before = current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        make_pictures.call(home_with_a_hero.hero_image.pk, ["hero"])
    assert current_generation() != before
    hero = hero_of(client.get(home_with_a_hero.url).content.decode())
    assert '<source type="image/webp"' in hero
    assert ('<source type="image/avif"' in hero) == features.check("avif")
    assert '<source media="(max-width: 40em)" type="image/jpeg"' in hero


def test_running_the_task_again_makes_nothing_and_purges_nothing(home_with_a_hero, encoded):
    image = home_with_a_hero.hero_image
    make_pictures.call(image.pk, ["hero"])
    count, before = image.renditions.count(), current_generation()
    encoded.clear()
    assert make_pictures.call(image.pk, ["hero"]) == 0
    assert image.renditions.count() == count and encoded == []
    assert current_generation() == before


def test_a_task_stopped_halfway_makes_only_the_rest_when_run_again(home_with_a_hero, monkeypatch):
    image = home_with_a_hero.hero_image
    original = AbstractImage.generate_rendition_file
    calls = []

    def crash_on_the_fourth(self, filter, **kwargs):
        calls.append(filter.spec)
        if len(calls) == 4:
            raise MemoryError("the worker is killed")
        return original(self, filter, **kwargs)

    monkeypatch.setattr(AbstractImage, "generate_rendition_file", crash_on_the_fourth)
    with pytest.raises(MemoryError):
        make_pictures.call(image.pk, ["hero"])
    assert image.renditions.count() == 3
    monkeypatch.setattr(AbstractImage, "generate_rendition_file", original)
    assert make_pictures.call(image.pk, ["hero"]) == len(HERO_SPECS) - 3
    specs = list(image.renditions.values_list("filter_spec", flat=True))
    assert sorted(specs) == sorted(HERO_SPECS)  # each once


def test_an_image_changed_in_the_admin_is_made_again_in_the_shapes_its_pages_show_it(
    django_capture_on_commit_callbacks,
):
    home = build_site().home
    home.hero_image = photo()
    with django_capture_on_commit_callbacks(execute=True):
        publish(home)  # tasks run inline here: the hero is made
    image = get_image_model().objects.get(pk=home.hero_image_id)
    assert renditions.shapes_shown(image) == ["hero", "preview"]
    made_before = image.renditions.count()
    from wagtail.images.forms import get_image_form

    form_class = get_image_form(get_image_model())
    data = {
        "title": image.title,
        "description": image.description,
        "collection": image.collection_id,
        "tags": "",
        "focal_point_x": 300,
        "focal_point_y": 300,
        "focal_point_width": 100,
        "focal_point_height": 100,
    }
    form = form_class(data, instance=image, user=None)
    assert form.is_valid(), form.errors
    with django_capture_on_commit_callbacks(execute=True):
        form.save()
    # Cut again around the new focal point, in every spec of the hero.
    assert image.renditions.count() == made_before + len(HERO_SPECS) + 1


def test_pictures_in_a_posts_text_are_made_by_the_task_and_shown_as_jpeg_until_then(
    queued, encoded, client, django_capture_on_commit_callbacks
):
    from freethem.news.tests.factories import make_post

    site = build_site()
    first, second, figure = photo(800, 600), photo(900, 600), photo(1200, 800)
    gallery = {
        "images": [{"image": first.pk, "alt": "", "caption": ""}, {"image": second.pk}],
        "caption": "",
        "credit": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        post = make_post(
            site.index,
            extra_blocks=[
                ("image", {"image": figure.pk, "caption": "", "credit": "By us"}),
                ("gallery", gallery),
            ],
        )
    asked = {task.args[0]: task.args[1] for task in picture_tasks(queued)}
    assert asked[first.pk] == ["gallery-thumb", "gallery-large"]
    assert asked[figure.pk] == ["teaser", "card", "preview", "figure"]
    encoded.clear()
    html = client.get(post.url).content.decode()
    assert encoded and all("format-jpeg" in spec for spec in encoded)
    assert ".webp" not in html
    with django_capture_on_commit_callbacks(execute=True):
        for image_id, names in asked.items():
            make_pictures.call(image_id, names)
    html = client.get(post.url).content.decode()
    gallery_html = re.search(r'<figure class="gallery">.*?</ul>', html, re.S).group(0)
    assert gallery_html.count(".webp") == 4  # two thumbnails, two links to the larger picture
