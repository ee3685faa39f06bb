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
def test_a_byline_names_each_author_as_readers_of_the_page_write_them(client, site_tree):
    team = Author.objects.create(
        name="Campaign editorial team",
        kind=Author.ORGANIZATION,
        names={"fa": "تیم تحریریه کارزار", "es": "Equipo editorial de la campaña"},
    )
    person = Author.objects.create(name="Laura Méndez", names={"fa": "لائورا مندز"})
    post = make_post(site_tree.index)
    post.authors = [NewsPageAuthor(author=team), NewsPageAuthor(author=person)]
    publish(post)

    def byline(page):
        html = client.get(page.url).content.decode()
        return html[html.index('<p class="byline">') :].split("</p>")[0]

    persian = byline(translate(post, "fa", title="پست"))
    assert "<bdi>تیم تحریریه کارزار</bdi>" in persian and "<bdi>لائورا مندز</bdi>" in persian
    assert "Campaign editorial team" not in persian
    spanish = byline(translate(post, "es", title="Entrada"))
    assert "<bdi>Equipo editorial de la campaña</bdi>" in spanish
    assert "<bdi>Laura Méndez</bdi>" in spanish  # no Spanish name: as written
    assert "<bdi>Campaign editorial team</bdi>" in byline(post)


@pytest.mark.django_db
def test_an_editor_names_an_author_in_each_language_in_one_form(admin_client):
    from wagtail.admin.admin_url_finder import AdminURLFinder

    author = Author.objects.create(name="Campaign editorial team")
    url = AdminURLFinder().get_edit_url(author)
    form = {"name": "Campaign editorial team", "kind": Author.ORGANIZATION, "page": ""}
    form |= {"name_in_en": "", "name_in_es": "", "name_in_fr": " Équipe de la campagne "}
    form |= {"name_in_fa": "تیم تحریریه کارزار"}
    response = admin_client.post(url, form)
    assert response.status_code == 302
    author.refresh_from_db()
    assert author.names == {"fa": "تیم تحریریه کارزار", "fr": "Équipe de la campagne"}


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
