"""A reader in English or Persian reads a post with every kind of block and field, and a general
page: axe finds nothing of any impact, and the pages ask nothing of any other origin."""

import json
import uuid

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from freethem.news.models import Author, NewsPageAuthor
from freethem.news.tests.factories import make_image, make_post, publish, translate
from freethem.pages.models import GeneralPage


def every_block():
    document = get_document_model().objects.create(
        title="بیانیه", file=ContentFile(b"%PDF-1.4", name="statement.pdf")
    )
    picture = make_image("Vigil")
    return [
        ("heading", "The evening"),
        (
            "gallery",
            {
                "images": [
                    {"image": picture.pk, "alt": "Candles on the steps", "caption": "Paris"},
                    {"image": make_image("Banner").pk, "alt": "", "caption": "Bogotá"},
                ],
                "caption": "Two evenings",
                "credit": "Volunteers",
            },
        ),
        (
            "social_post",
            {
                "text": "Every name is a life. #FreeThemAll",
                "author": "کارزار",
                "handle": "@freethem@mastodon.social",
                "date": "2023-06-04",
                "image": picture.pk,
                "url": "https://mastodon.social/@freethem/1",
            },
        ),
        ("embed", {"url": "https://www.youtube.com/watch?v=abcDEF12345&t=95s", "title": "Film"}),
        ("divider", None),
        ("document", {"document": document.pk, "title": "", "language": "fa"}),
        (
            "signatories",
            {"heading": "Signed by", "names": "A poet\nA singer", "note": "", "numbered": True},
        ),
        ("quote", {"text": "Free them all.", "attribution": "The singer"}),
    ]


@pytest.fixture
def pages(site):
    post = make_post(
        site.index, title="A week of vigils", kicker="In pictures", extra_blocks=every_block()
    )
    post.authors = [
        NewsPageAuthor(author=Author.objects.create(name="Laura Méndez")),
        NewsPageAuthor(
            author=Author.objects.create(
                name="Campaign team", kind=Author.ORGANIZATION, page=site.index
            )
        ),
    ]
    publish(post)
    title_only = make_post(site.index, title="Next vigil: July 8", lead="", paragraphs=())
    general = GeneralPage(
        title="Privacy",
        slug="privacy",
        lead="What we keep.",
        show_in_menus=True,
        body=json.dumps(
            [
                {"type": t, "value": v, "id": str(uuid.uuid4())}
                for t, v in [("heading", "Readers"), ("paragraph", "<p>No cookies.</p>")]
            ]
        ),
    )
    site.home.add_child(instance=general)
    publish(general)
    return {
        "en": [post.url, title_only.url, general.url, site.index.url],
        "fa": [
            translate(post, "fa", title="یک هفته شب‌زنده‌داری", kicker="به روایت تصویر").url,
            translate(general, "fa", title="حریم خصوصی").url,
        ],
    }


@pytest.mark.parametrize("language", ["en", "fa"])
def test_every_kind_of_content_passes_axe_and_loads_only_from_the_site(
    site, pages, browser, language
):
    context = browser.new_context(locale="fa-IR" if language == "fa" else "en-GB")
    page = context.new_page()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    found = {}
    for path in pages[language]:
        page.goto(site.url + path)
        page.wait_for_load_state("networkidle")
        results = Axe().run(page)
        assert results.response["passes"], "axe ran no rule"
        problems = [
            (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5])
            for v in results.response["violations"]
        ]
        if problems:
            found[path] = problems
    context.close()
    assert found == {}
    assert all(url.startswith((site.url, "data:")) for url in requested), requested
