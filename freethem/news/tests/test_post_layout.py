"""A post's body sits in the main column and its facts and related pages in an aside beside it;
on a phone the facts follow the lead and the related pages follow the body, in the page's order."""

import re

import pytest
from bs4 import BeautifulSoup

from freethem.news.models import Author, NewsPageAuthor, NewsPagePrisoner
from freethem.prisoners.tests.factories import make_index, make_prisoner

from .factories import make_post, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(site_tree):
    prisoner = make_prisoner(make_index(site_tree.home), title="Narges Mohammadi")
    post = make_post(
        site_tree.index,
        title="Vigils in forty cities",
        lead="People gathered in forty cities.",
        paragraphs=("The whole story of the vigils.",),
        tags=("vigil",),
        source_organization="Friends of Narges",
        translated_from="fa",
        translator="Lucía",
    )
    post.authors = [NewsPageAuthor(author=Author.objects.create(name="Sara Rahimi"))]
    post.related_prisoners = [NewsPagePrisoner(prisoner=prisoner)]
    return publish(post)


def page_of(client, post):
    return BeautifulSoup(client.get(post.url).content.decode(), "html.parser")


def test_the_body_is_in_the_main_column_and_the_facts_in_an_aside_beside_it(client, post):
    layout = page_of(client, post).select_one("article.post > .with-aside.post-layout")
    main = layout.select_one(":scope > .post-main")
    facts = layout.select_one(":scope > aside.post-facts")
    assert "The whole story of the vigils." in main.select_one(".body").get_text()
    assert main.select_one(".share")
    assert facts.select_one(".byline").get_text(" ", strip=True).endswith("Sara Rahimi")
    assert facts.select_one(".meta time")["datetime"] == post.date.isoformat()
    assert "Friends of Narges" in facts.select_one(".origin").get_text()
    assert "Lucía" in facts.select_one(".origin").get_text()
    assert facts.select_one(".tags a").get_text() == "vigil"
    assert facts["aria-label"]
    assert not main.select(".byline, .meta, .origin, .tags")


def test_the_related_pages_are_beside_the_body_and_follow_it_on_a_phone(client, post):
    layout = page_of(client, post).select_one(".post-layout")
    children = [child for child in layout.children if getattr(child, "name", None)]
    assert [" ".join(child["class"]) for child in children] == [
        "post-facts",
        "post-main",
        "related",
    ]
    assert "Narges Mohammadi" in children[2].get_text()


def test_the_title_and_lead_come_before_the_facts_and_headings_do_not_skip(client, post):
    html = page_of(client, post)
    header = html.select_one("article.post > header.post-header")
    assert header.select_one("h1").get_text() == "Vigils in forty cities"
    assert header.select_one(".lead").get_text() == "People gathered in forty cities."
    levels = [int(h.name[1]) for h in html.select("main h1, main h2, main h3, main h4")]
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False))


def test_the_aside_lies_beside_the_body_only_on_a_wide_screen_and_never_on_paper():
    from django.contrib.staticfiles import finders

    css = open(finders.find("css/site.css"), encoding="utf-8").read()
    wide = re.search(
        r"@media screen and \(min-width: 64rem\) \{([^@]*?)\n\}", css[css.index(".post-layout") :]
    )
    assert wide and 'grid-template-areas: "main facts" "main related"' in wide.group(1)
    printed = css[css.rindex("@media print") :]
    assert ".with-aside { display: block; }" in printed
