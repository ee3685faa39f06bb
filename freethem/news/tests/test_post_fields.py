"""A post's kicker, byline and optional lead, on its page, in lists, feeds, previews and search."""

import pytest

from freethem.news.models import Author, NewsPageAuthor
from freethem.news.tests.factories import make_post, publish, translate


@pytest.mark.django_db
def test_a_post_shows_its_kicker_above_the_title_and_its_byline(client, site_tree):
    person = Author.objects.create(name="Shirin Ahmadi")
    organization = Author.objects.create(
        name="Campaign team", kind=Author.ORGANIZATION, page=site_tree.index
    )
    post = make_post(site_tree.index, title="A vigil in Paris", kicker="Report")
    post.authors = [NewsPageAuthor(author=person), NewsPageAuthor(author=organization)]
    publish(post)
    html = client.get(post.url).content.decode()
    assert html.index('<p class="kicker">Report</p>') < html.index("<h1>A vigil in Paris</h1>")
    assert (
        '<p class="byline">By <bdi>Shirin Ahmadi</bdi>, '
        f'<a href="{site_tree.index.url}"><bdi>Campaign team</bdi></a></p>'
    ) in html


@pytest.mark.django_db
def test_an_author_links_to_their_page_in_the_readers_language(client, site_tree):
    author = Author.objects.create(name="Campaign team", page=site_tree.index)
    post = make_post(site_tree.index)
    post.authors = [NewsPageAuthor(author=author)]
    publish(post)
    persian = translate(post, "fa", title="پست")
    html = client.get(persian.url).content.decode()
    assert f'<a href="{site_tree.indexes["fa"].url}"><bdi>Campaign team</bdi></a>' in html


@pytest.mark.django_db
def test_a_post_without_kicker_or_byline_shows_neither(client, site_tree):
    html = client.get(make_post(site_tree.index).url).content.decode()
    assert 'class="kicker"' not in html
    assert 'class="byline"' not in html


@pytest.mark.django_db
def test_a_title_only_post_is_listed_fed_previewed_and_found(client, site_tree):
    post = make_post(
        site_tree.index, title="Toomaj Salehi released", lead="", paragraphs=(), kicker="Update"
    )
    page = client.get(post.url)
    assert page.status_code == 200
    assert '<p class="lead">' not in page.content.decode()
    listing = client.get(site_tree.index.url).content.decode()
    assert "Toomaj Salehi released" in listing
    assert '<p class="lead"></p>' not in listing
    feed = client.get(site_tree.index.url + "feed/rss/")
    assert feed.status_code == 200 and b"Toomaj Salehi released" in feed.content
    atom = client.get(site_tree.index.url + "feed/atom/")
    assert atom.status_code == 200 and b"Toomaj Salehi released" in atom.content
    # The preview falls back to the campaign's own words rather than an empty description.
    assert '<meta name="description" content="' in page.content.decode()
    assert '<meta name="description" content="">' not in page.content.decode()
    found = client.get("/en/search/", {"q": "Salehi"})
    assert found.status_code == 200 and "Toomaj Salehi released" in found.content.decode()


@pytest.mark.django_db
def test_a_post_is_found_by_its_kicker(client, site_tree):
    make_post(site_tree.index, title="A night of songs", kicker="Solidarity concert")
    found = client.get("/en/search/", {"q": "concert"}).content.decode()
    assert "A night of songs" in found
