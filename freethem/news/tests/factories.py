"""Factories for the news tests: a home page and a news index in every language, and posts."""

import datetime
import io
import itertools
import json
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page

from freethem.core import site_address
from freethem.core.models import HomePage
from freethem.news.models import NewsIndexPage, NewsPage

_counter = itertools.count(1)


@dataclass
class SiteTree:
    locales: dict
    homes: dict
    indexes: dict

    @property
    def home(self):
        return self.homes["en"]

    @property
    def index(self):
        return self.indexes["en"]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def translate(page, language, **fields):
    """A published translation of `page`, with `fields` set on it."""
    locale = Locale.objects.get(language_code=language)
    translated = page.copy_for_translation(locale, copy_parents=False, alias=False)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return publish(translated)


def build_site():
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES
    }
    # Transactional tests flush the tables, root page included.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locales["en"])
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for page in root.get_children():
        page.delete()
    home = root.add_child(
        instance=HomePage(
            title="Free them all", slug="home", tagline="Free every prisoner of conscience."
        )
    )
    publish(home)
    # At the configured address, as the demo loader and `manage.py sync_site` put it.
    site_address.sync_default_site(root_page=home)
    index = home.add_child(
        instance=NewsIndexPage(
            title="Recent news from the global movement", slug="news", show_in_menus=True
        )
    )
    publish(index)
    homes, indexes = {"en": home}, {"en": index}
    for code in ("es", "fa", "fr"):
        homes[code] = translate(home, code, title=f"Home {code}", slug=f"home-{code}")
        indexes[code] = translate(index, code, title=f"News {code}")
    return SiteTree(locales, homes, indexes)


def make_image(title="A placard"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), (160, 20, 30)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ContentFile(buffer.getvalue(), name="placard.png")
    )


def body(*blocks):
    return json.dumps([{"type": t, "value": v, "id": str(uuid.uuid4())} for t, v in blocks])


def make_post(
    index,
    *,
    title=None,
    date=None,
    lead="A short lead.",
    countries=("FR",),
    tags=(),
    paragraphs=("The full text of the post.",),
    extra_blocks=(),
    **fields,
):
    n = next(_counter)
    blocks = [("paragraph", f"<p>{text}</p>") for text in paragraphs] + list(extra_blocks)
    post = NewsPage(
        title=title or f"Post number {n}",
        slug=f"post-{n}",
        date=date or datetime.date(2022, 1, 1) + datetime.timedelta(days=n),
        lead=lead,
        body=body(*blocks),
        countries=list(countries),
        **fields,
    )
    index.add_child(instance=post)
    if tags:
        post.tags.add(*tags)
        post.save()
    return publish(post)
