import datetime
import re

import pytest

from .factories import make_post

pytestmark = pytest.mark.django_db


def titles(response):
    return re.findall(r'<h2><a href="[^"]+">([^<]+)</a></h2>', response.content.decode())


def test_index_lists_posts_newest_first_with_lead_and_full_text_in_details(client, site_tree):
    make_post(site_tree.index, title="Older", date=datetime.date(2021, 6, 1), lead="Old lead.")
    make_post(
        site_tree.index,
        title="Newer",
        date=datetime.date(2023, 2, 1),
        paragraphs=["Hidden until opened."],
    )
    response = client.get("/en/news/")
    assert response.status_code == 200
    assert titles(response) == ["Newer", "Older"]
    html = response.content.decode()
    assert "Old lead." in html
    assert re.search(r"<details class=\"full-text\">\s*<summary>.*?Show full text", html, re.S)
    assert "Hidden until opened." in html
    assert 'href="/en/news/post-' in html


@pytest.mark.parametrize(
    "page_param",
    ["abc", "-1", "0", "99999", "1.5", "%00", "' OR 1=1 --", "9223372036854775807", "9" * 20],
)
def test_bad_page_numbers_give_a_normal_page(client, site_tree, settings, page_param):
    settings.FREETHEM_NEWS_PER_PAGE = 2
    for day in range(5):
        make_post(site_tree.index, title=f"P{day}", date=datetime.date(2022, 3, day + 1))
    response = client.get("/en/news/", {"page": page_param})
    assert response.status_code == 200
    assert len(titles(response)) in (1, 2)


def test_pagination_pages_and_edges(client, site_tree, settings):
    settings.FREETHEM_NEWS_PER_PAGE = 2
    for day in range(5):
        make_post(site_tree.index, title=f"P{day}", date=datetime.date(2022, 3, day + 1))
    assert titles(client.get("/en/news/")) == ["P4", "P3"]
    assert titles(client.get("/en/news/?page=2")) == ["P2", "P1"]
    last = client.get("/en/news/?page=3")
    assert titles(last) == ["P0"]
    assert 'rel="next"' not in last.content.decode()
    assert titles(client.get("/en/news/?page=4")) == ["P0"]  # past the end: the last page
    assert titles(client.get("/en/news/?page=-1")) == ["P4", "P3"]  # before the start: the first


def test_filters_by_country_tag_and_year(client, site_tree):
    make_post(
        site_tree.index,
        title="Bogota",
        countries=["CO"],
        tags=["Bogotá"],
        date=datetime.date(2023, 5, 21),
    )
    make_post(
        site_tree.index,
        title="Paris",
        countries=["FR"],
        tags=["Paris"],
        date=datetime.date(2022, 10, 22),
    )
    make_post(
        site_tree.index,
        title="Both",
        countries=["FR", "CO"],
        tags=["Paris", "Bogotá"],
        date=datetime.date(2021, 11, 5),
    )
    assert titles(client.get("/en/news/?country=CO")) == ["Bogota", "Both"]
    assert titles(client.get("/en/news/?country=co")) == ["Bogota", "Both"]
    assert titles(client.get("/en/news/?tag=paris")) == ["Paris", "Both"]
    assert titles(client.get("/en/news/?year=2022")) == ["Paris"]
    assert titles(client.get("/en/news/?country=FR&year=2021")) == ["Both"]
    page = client.get("/en/news/").content.decode()
    assert '<option value="CO">Colombia</option>' in page
    assert '<option value="2021">2021</option>' in page


@pytest.mark.parametrize(
    "query",
    [
        "country=ZZ",
        "country=<script>alert(1)</script>",
        "year=abc",
        "year=99999",
        "tag=<b>x</b>",
        "tag=" + "a" * 5000,
        "country=FR'--&year=2022;DROP TABLE news_newspage",
    ],
)
def test_hostile_filters_are_dropped_and_never_echoed(client, site_tree, query):
    make_post(site_tree.index, title="Still here", countries=["FR"], date=datetime.date(2022, 1, 1))
    response = client.get("/en/news/?" + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<b>x</b>" not in html
    assert "Still here" in html


def test_tag_that_does_not_exist_shows_an_empty_list(client, site_tree):
    make_post(site_tree.index, title="Tagged", tags=["Paris"])
    response = client.get("/en/news/?tag=no-such-tag")
    assert response.status_code == 200
    assert titles(response) == []
    assert "No posts match these filters." in response.content.decode()


def test_post_page_shows_origin_translation_and_corrections(client, site_tree):
    post = make_post(
        site_tree.index,
        title="From Cali",
        source_organization="A partner group",
        translated_from="es",
        translator="A volunteer",
        original_url="https://example.org/original",
        corrections=(
            '[{"type": "correction", "value": {"date": "2023-05-30", '
            '"text": "The number of cities was wrong."}}]'
        ),
        tags=["Cali", "#FreeThemAll"],
    )
    html = client.get(post.url).content.decode()
    assert "A partner group" in html
    assert "Translated from Spanish by <bdi>A volunteer</bdi>." in html
    assert 'href="https://example.org/original"' in html
    assert html.index("The number of cities was wrong.") < html.index('class="body"')
    assert "#FreeThemAll" in html


def test_unpublished_posts_are_not_listed(client, site_tree):
    post = make_post(site_tree.index, title="Withdrawn")
    post.unpublish()
    assert "Withdrawn" not in client.get("/en/news/").content.decode()
    assert client.get(post.url or "/en/news/post-x/").status_code == 404


def test_each_language_lists_its_own_posts(client, site_tree):
    from .factories import translate

    post = make_post(site_tree.index, title="English title")
    translate(post, "fa", title="عنوان فارسی")
    assert "عنوان فارسی" in client.get("/fa/news/").content.decode()
    assert "عنوان فارسی" not in client.get("/en/news/").content.decode()
    assert titles(client.get("/es/news/")) == []
