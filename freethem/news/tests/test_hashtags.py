"""A Latin hashtag or tag inside a Persian page keeps its own direction, and a tag can be named
in the reader's language."""

import pytest
from taggit.models import Tag

from freethem.core.writing import FSI, PDI
from freethem.news.models import TagName

from .factories import make_post, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(site_tree):
    post = make_post(
        site_tree.index,
        title="Share #FreeThemAll in Cologne",
        tags=["#FreeThemAll", "Cologne"],
        paragraphs=["Share the hashtag #FreeThemAll."],
    )
    return translate(
        post,
        "fa",
        title="هشتگ #FreeThemAll را در کلن پخش کنید",
        lead="از همه می‌خواهیم #FreeThemAll را پخش کنند.",
    )


def test_a_latin_hashtag_among_the_tags_of_a_persian_post_is_isolated(client, post):
    html = client.get(post.url).content.decode()
    tags = html.split('<ul class="tags"')[1].split("</ul>")[0]
    assert "<bdi>#FreeThemAll</bdi></a>" in tags


def test_hashtags_in_a_persian_title_and_lead_keep_their_direction(client, post):
    html = client.get(post.url).content.decode()
    assert "<h1>هشتگ <bdi>#FreeThemAll</bdi> را در کلن پخش کنید</h1>" in html
    assert '<p class="lead">از همه می‌خواهیم <bdi>#FreeThemAll</bdi> را پخش کنند.</p>' in html


def test_hashtags_in_the_text_of_a_post_keep_their_direction(client, site_tree):
    post = make_post(site_tree.index, paragraphs=['هشتگ #FreeToomaj و <a href="#top">#Evin</a>'])
    html = client.get(post.url).content.decode()
    assert 'هشتگ <bdi>#FreeToomaj</bdi> و <a href="#top"><bdi>#Evin</bdi></a>' in html


def test_a_tag_is_named_in_the_readers_language_where_an_editor_named_it(client, site_tree, post):
    TagName.objects.create(tag=Tag.objects.get(name="Cologne"), names={"fa": "کلن"})
    html = client.get(post.url).content.decode()
    tags = html.split('<ul class="tags"')[1].split("</ul>")[0]
    assert "<bdi>کلن</bdi>" in tags and "Cologne" not in tags
    index = client.get(site_tree.indexes["fa"].url).content.decode()
    assert '<option value="cologne">کلن</option>' in index
    english = client.get(site_tree.index.url).content.decode()
    assert '<option value="cologne">Cologne</option>' in english


def test_feed_titles_isolate_a_hashtag_only_where_it_runs_against_them(client, site_tree, post):
    persian = client.get(f"{site_tree.indexes['fa'].url}feed/rss/").content.decode()
    assert f"<title>هشتگ {FSI}#FreeThemAll{PDI} را در کلن پخش کنید</title>" in persian
    english = client.get(f"{site_tree.index.url}feed/rss/").content.decode()
    assert "<title>Share #FreeThemAll in Cologne</title>" in english
    assert FSI not in english


def test_the_source_organization_and_the_translator_keep_their_direction(client, site_tree):
    post = make_post(site_tree.index, title="From Colombia")
    post.source_organization = "Quemar la Jaula (Colombia)"
    post.translated_from = "es"
    post.translator = "Campaign volunteer"
    post.save_revision().publish()
    fa_post = translate(post, "fa", title="از کلمبیا")
    html = client.get(fa_post.url).content.decode()
    assert "<bdi>Quemar la Jaula (Colombia)</bdi>" in html
    assert "<bdi>Campaign volunteer</bdi>" in html


def test_the_search_finds_a_post_by_the_tag_names_its_page_shows(site_tree, post):
    from django.db import transaction

    assert post.shown_tag_names() == "#FreeThemAll Cologne"
    with transaction.atomic():
        TagName.objects.create(tag=Tag.objects.get(name="Cologne"), names={"fa": "کلن"})
    post.refresh_from_db()
    assert post.shown_tag_names() == "#FreeThemAll کلن"
    assert site_tree.index.get_children().first().specific.shown_tag_names() == (
        "#FreeThemAll Cologne"
    )
