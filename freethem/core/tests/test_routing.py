import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from freethem.news.tests.factories import make_post, publish

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    # Whole pages would hide the routing; these tests look at rendering afresh.
    settings.FREETHEM_PAGE_CACHE_ENABLED = False


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def test_a_known_route_costs_fewer_queries(client, site_tree):
    post = make_post(site_tree.index, title="Routed once")
    url = post.get_url()
    first, cold = queries_for(client, url)
    second, warm = queries_for(client, url)
    assert first.status_code == second.status_code == 200
    assert "Routed once" in second.content.decode()
    assert warm < cold


def test_routable_subpages_keep_their_route(client, site_tree):
    make_post(site_tree.index, title="In the feed")
    for _ in range(2):
        response = client.get("/en/news/feed/rss/")
        assert response.status_code == 200
        assert "In the feed" in response.content.decode()


def test_unknown_paths_stay_not_found(client, site_tree):
    assert client.get("/en/news/nothing-here/").status_code == 404
    assert client.get("/en/news/nothing-here/").status_code == 404


def test_a_renamed_post_moves_with_the_next_publish(client, site_tree):
    post = make_post(site_tree.index, title="Moving post")
    old_url = post.get_url()
    assert client.get(old_url).status_code == 200
    post.slug = "moved-post"
    publish(post)
    assert client.get(old_url).status_code == 404
    assert client.get(post.get_url()).status_code == 200


def test_an_unpublished_post_is_gone_at_once(client, site_tree):
    post = make_post(site_tree.index, title="Withdrawn post")
    url = post.get_url()
    assert client.get(url).status_code == 200
    post.unpublish()
    assert client.get(url).status_code == 404


def test_editors_are_routed_afresh(client, site_tree):
    post = make_post(site_tree.index, title="Quietly renamed")
    url = post.get_url()
    assert client.get(url).status_code == 200
    # A change that bypasses publishing: remembered routes only serve anonymous visitors.
    type(post).objects.filter(pk=post.pk).update(slug="elsewhere", url_path="/x/elsewhere/")
    editor = get_user_model().objects.create_user("editor", password="x", is_staff=True)
    client.force_login(editor)
    assert client.get(url).status_code == 404


def structure_after(change):
    from freethem.core.cache import structure_generation

    before = structure_generation()
    change()
    return structure_generation() != before


def test_publishing_a_post_keeps_the_routes_menu_and_language_versions(
    client, site_tree, django_capture_on_commit_callbacks
):
    from freethem.core.cache import current_generation

    post = make_post(site_tree.index, title="Edited in place")
    assert client.get("/en/news/").status_code == 200
    _response, warm = queries_for(client, "/en/news/")
    content = current_generation()

    def edit():
        # As in the editor's request: what waits for the commit runs at its end.
        with django_capture_on_commit_callbacks(execute=True):
            post.lead = "A corrected lead."
            publish(post)

    assert not structure_after(edit)
    assert current_generation() != content  # the pages themselves are rendered anew
    response, after_publish = queries_for(client, "/en/news/")
    assert "A corrected lead." in response.content.decode()
    # No route, menu, language versions or filter choices worked out again: only the edited
    # post's summary (the post and its tags).
    assert after_publish == warm + 2


@pytest.mark.parametrize(
    "change",
    ["title", "slug", "menu", "unpublish", "first publish", "move", "delete", "private", "home"],
)
def test_a_change_of_the_site_structure_starts_it_again(client, site_tree, change):
    from wagtail.models import PageViewRestriction

    post = make_post(site_tree.index, title="Somewhere")
    index = site_tree.index

    def act():
        if change == "title":
            index.title = "All the news"
            publish(index)
        elif change == "slug":
            post.slug = "elsewhere"
            publish(post)
        elif change == "menu":
            index.show_in_menus = not index.show_in_menus
            publish(index)
        elif change == "unpublish":
            post.unpublish()
        elif change == "first publish":
            make_post(index, title="Brand new")
        elif change == "move":
            post.move(site_tree.home, pos="last-child")
        elif change == "delete":
            post.delete()
        elif change == "private":
            PageViewRestriction.objects.create(
                page=post, restriction_type=PageViewRestriction.PASSWORD, password="x"
            )
        elif change == "home":
            home = site_tree.home.specific
            home.title = "Free them all, now"
            publish(home)

    assert structure_after(act)


def test_a_renamed_menu_page_shows_its_new_title_on_every_page(client, site_tree):
    post = make_post(site_tree.index, title="Anywhere")
    assert "All the news" not in client.get(post.get_url()).content.decode()
    site_tree.index.title = "All the news"
    site_tree.index.show_in_menus = True
    publish(site_tree.index)
    assert "All the news" in client.get(post.get_url()).content.decode()
