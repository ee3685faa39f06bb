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
