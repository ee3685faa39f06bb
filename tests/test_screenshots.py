"""The screenshot tool (scripts/screenshots) finds every page it shoots in the demo, in every
language, so `make screenshots` keeps working as the demo and the page types change."""

import importlib.machinery
import importlib.util
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from freethem.appeals.models import AppealPage
from freethem.news.models import NewsPage
from tests import demo_site

pytestmark = pytest.mark.django_db

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "screenshots"


def screenshots():
    """The script as a module (its name has no .py ending); running it is left to main()."""
    loader = importlib.machinery.SourceFileLoader("screenshots", str(SCRIPT))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    loader.exec_module(module)
    return module


@demo_site.reader
def what_the_screenshot_tool_finds():
    """On the demo: what the tool's page finder returns in each language, and what is wrong
    with it (a missing page type, an address in another language or not answering 200, a post
    without a picture, the organizations' statement for the appeal)."""
    tool = screenshots()
    client = Client()
    wrong = []
    for language, _name in settings.LANGUAGES:
        pages = tool.find_pages(language)
        if set(pages) != set(tool.PAGES):
            wrong.append((language, "page types", sorted(pages)))
        if len(set(pages.values())) != len(pages):
            wrong.append((language, "the same address twice", pages))
        if pages.get("home") != f"/{language}/":
            wrong.append((language, "home", pages.get("home")))
        for name, path in pages.items():
            if not path.startswith(f"/{language}/"):
                wrong.append((language, name, path))
            elif (status := client.get(path).status_code) != 200:
                wrong.append((language, name, path, status))
        # The post shot is one with a picture (the demo has some in every language).
        post = next(
            post
            for post in NewsPage.objects.live().filter(locale__language_code=language)
            if post.get_url_parts()[2] == pages["post"]
        )
        if post.preview_image() is None:
            wrong.append((language, "a post without a picture", pages["post"]))
        # The appeal shot is one people sign, not the organizations' statement.
        appeal = AppealPage.objects.live().get(
            locale__language_code=language, url_path__endswith=pages["appeal"].split("/")[-2] + "/"
        )
        if appeal.open_to == AppealPage.ORGANIZATIONS:
            wrong.append((language, "the organizations' statement", pages["appeal"]))
    only = tool.find_pages(settings.LANGUAGE_CODE, ["appeal"]).keys()
    return wrong, only


@pytest.mark.xdist_group("demo_site")
def test_the_screenshot_tool_finds_one_page_of_each_kind_in_each_language_of_the_demo(
    django_db_setup, django_db_blocker, tmp_path_factory
):
    readings = demo_site.readings(django_db_blocker, tmp_path_factory.getbasetemp() / "demo")
    wrong, only = readings["what_the_screenshot_tool_finds"]
    assert wrong == []
    assert only == {"appeal"}
