import pytest
from django.contrib.auth import get_user_model

from freethem.news.tests.factories import make_post, publish

pytestmark = pytest.mark.django_db


def test_anonymous_pages_come_from_the_cache_after_the_first_visit(client, site_tree):
    make_post(site_tree.index, title="Cached post")
    first = client.get("/en/news/")
    second = client.get("/en/news/")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]
    assert "s-maxage=" in second["Cache-Control"]


def test_publishing_purges_the_cache(client, site_tree):
    post = make_post(site_tree.index, title="Before the edit")
    assert "Before the edit" in client.get("/en/news/").content.decode()
    assert client.get("/en/news/")["X-Page-Cache"] == "hit"

    post.title = "After the edit"
    publish(post)

    response = client.get("/en/news/")
    assert response["X-Page-Cache"] == "miss"
    assert "After the edit" in response.content.decode()


def test_unpublishing_purges_the_cache(client, site_tree):
    post = make_post(site_tree.index, title="Soon gone")
    assert "Soon gone" in client.get("/en/news/").content.decode()
    post.unpublish()
    assert "Soon gone" not in client.get("/en/news/").content.decode()


def test_editors_always_get_fresh_pages(client, site_tree):
    post = make_post(site_tree.index, title="Seen by all")
    client.get("/en/news/")  # fills the cache
    editor = get_user_model().objects.create_user("editor", password="x", is_staff=True)
    client.force_login(editor)
    # Change the page without publishing signals, so only a bypass can show it.
    type(post).objects.filter(pk=post.pk).update(title="Changed quietly")
    response = client.get("/en/news/")
    assert "X-Page-Cache" not in response
    assert "Changed quietly" in response.content.decode()
    client.logout()
    assert "Seen by all" in client.get("/en/news/").content.decode()


def test_errors_and_redirects_are_not_cached(client, site_tree):
    assert client.get("/en/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")
    assert client.get("/").status_code == 302


def test_posts_are_never_cached_from_a_post_request(client, site_tree):
    client.get("/en/news/")
    response = client.post("/en/news/", {})
    assert response.get("X-Page-Cache") != "hit"
