import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from freethem.core.cache import is_stored
from freethem.news.tests.factories import make_post, publish

pytestmark = pytest.mark.django_db


def stored(url, **extra):
    """Whether the next request for `url` would be a hit (no response says so)."""
    return is_stored(RequestFactory().get(url, **extra))


def test_anonymous_pages_come_from_the_cache_after_the_first_visit(client, site_tree):
    make_post(site_tree.index, title="Cached post")
    assert not stored("/en/news/")
    first = client.get("/en/news/")
    assert stored("/en/news/")
    second = client.get("/en/news/")
    assert second.content == first.content
    assert "public" in second["Cache-Control"]
    assert "s-maxage=" in second["Cache-Control"]


def test_publishing_purges_the_cache(client, site_tree):
    post = make_post(site_tree.index, title="Before the edit")
    assert "Before the edit" in client.get("/en/news/").content.decode()
    assert stored("/en/news/")

    post.title = "After the edit"
    publish(post)

    assert not stored("/en/news/")
    assert "After the edit" in client.get("/en/news/").content.decode()


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
    assert "Changed quietly" in response.content.decode()
    client.logout()
    assert "Seen by all" in client.get("/en/news/").content.decode()


def test_errors_and_redirects_are_not_cached(client, site_tree):
    assert client.get("/en/no-such-page/").status_code == 404
    assert client.get("/").status_code == 302
    assert not stored("/en/no-such-page/") and not stored("/")


def test_posts_are_never_cached_from_a_post_request(client, site_tree):
    client.get("/en/news/")
    type(site_tree.index).objects.filter(pk=site_tree.index.pk).update(title="Changed quietly")
    assert "Changed quietly" in client.post("/en/news/", {}).content.decode()


def test_a_made_up_session_cookie_does_not_switch_the_cache_off(client, site_tree):
    make_post(site_tree.index, title="Everyone's page")
    client.get("/en/news/")
    client.cookies["sessionid"] = "not-a-real-session"
    # Changed without publishing: only a visitor served fresh would see it.
    type(site_tree.index).objects.filter(pk=site_tree.index.pk).update(title="Changed quietly")
    assert "Changed quietly" not in client.get("/en/news/").content.decode()


def test_unknown_parameters_are_rendered_but_never_stored(client, site_tree):
    response = client.get("/en/news/?utm=1")
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert not stored("/en/news/?utm=1")
    client.get("/en/news/?page=2")
    assert stored("/en/news/?page=2")


def test_plain_http_is_redirected_not_served_from_the_cache(client, site_tree, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/en/news/", secure=True).status_code == 200
    assert stored("/en/news/", secure=True)
    assert client.get("/en/news/").status_code == 301


def test_a_purge_inside_a_transaction_is_repeated_at_commit(
    client, site_tree, django_capture_on_commit_callbacks
):
    from freethem.core.cache import current_generation, purge_page_cache

    before = current_generation()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        purge_page_cache()
    during = current_generation()
    assert during != before
    for callback in callbacks:
        callback()
    assert current_generation() not in (before, during)


def test_deleting_a_live_post_takes_it_off_cached_pages(client, site_tree):
    post = make_post(site_tree.index, title="Soon deleted")
    assert "Soon deleted" in client.get("/en/news/").content.decode()
    post.delete()
    assert "Soon deleted" not in client.get("/en/news/").content.decode()


def test_moving_a_post_purges(client, site_tree):
    from freethem.news.models import NewsIndexPage
    from freethem.news.tests.factories import publish

    post = make_post(site_tree.index, title="Moving away")
    other = site_tree.home.add_child(instance=NewsIndexPage(title="Archive", slug="archive"))
    publish(other)
    assert "Moving away" in client.get("/en/news/").content.decode()
    post.move(other, pos="last-child")
    assert "Moving away" not in client.get("/en/news/").content.decode()


def test_static_files_keep_their_own_caching_whatever_their_parameters(client, site_tree):
    # Wagtail's admin asks for its scripts with a version parameter (`?v=…`).
    response = client.get("/static/css/site.css?v=1")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
