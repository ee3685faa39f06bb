"""A general page can live under the lists of news, prisoners and actions ("How to write to a
prisoner" under the prisoners): editors add it there in the admin, it is served at its
address, and no list, feed or open data file takes it for a post, a prisoner or an event."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html

from freethem.mobilize.tests.factories import make_events_index
from freethem.news.tests.factories import make_post
from freethem.pages.models import GeneralPage
from freethem.prisoners.tests.factories import make_index, make_prisoner

pytestmark = pytest.mark.django_db

HOW_TO_WRITE = "How to write to a prisoner"


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def add_general_page(editor, parent, title, slug):
    """Fill in and publish the admin's form for a new general page under `parent`."""
    url = reverse("wagtailadmin_pages:add", args=["pages", "generalpage", parent.pk])
    response = editor.get(url)
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["title"], data["slug"] = title, slug
    data["lead"] = "Short, kind and about their life, not their case."
    data["body-count"] = "0"
    data["action-publish"] = "action-publish"
    return editor.post(url, data)


@pytest.fixture
def lists(site_tree):
    prisoners = make_index(site_tree.home)
    make_prisoner(prisoners, title="Narges Mohammadi")
    make_post(site_tree.index, title="Vigils in forty cities")
    return {
        "news": site_tree.index,
        "prisoners": prisoners,
        "actions": make_events_index(site_tree.home),
    }


@pytest.mark.parametrize("under", ["news", "prisoners", "actions"])
def test_an_editor_adds_a_general_page_under_a_list_and_readers_find_it_there(
    editor, client, lists, under
):
    parent = lists[under]
    response = add_general_page(editor, parent, HOW_TO_WRITE, "how-to-write")
    assert response.status_code == 302, response.content.decode()[:2000]
    page = GeneralPage.objects.get(slug="how-to-write")
    assert page.live and page.get_parent().pk == parent.pk
    client.logout()
    served = client.get(page.url)
    assert served.status_code == 200
    assert f"<h1>{HOW_TO_WRITE}</h1>" in served.content.decode()


def test_a_general_page_under_the_news_is_no_post_in_its_list_or_feeds(client, lists):
    page = Page.objects.get(pk=lists["news"].pk).specific
    how = GeneralPage(title=HOW_TO_WRITE, slug="how-to-write")
    page.add_child(instance=how)
    how.save_revision().publish()
    listed = client.get(lists["news"].url).content.decode()
    assert "Vigils in forty cities" in listed
    assert HOW_TO_WRITE not in listed
    for feed in ("feed/rss/", "feed/atom/"):
        body = client.get(lists["news"].url + feed).content.decode()
        assert "Vigils in forty cities" in body
        assert HOW_TO_WRITE not in body


def test_a_general_page_under_the_prisoners_is_no_prisoner_in_lists_or_data(client, lists):
    index = lists["prisoners"]
    how = GeneralPage(title=HOW_TO_WRITE, slug="how-to-write")
    index.add_child(instance=how)
    how.save_revision().publish()
    for suffix in ("", "data/csv/", "data/json/", "feed/atom/"):
        body = client.get(index.url + suffix).content.decode()
        assert "Narges Mohammadi" in body, suffix
        assert HOW_TO_WRITE not in body, suffix


def test_a_general_page_under_the_actions_is_no_event_in_their_lists(client, lists):
    index = lists["actions"]
    how = GeneralPage(title="How to hold a vigil", slug="how-to-hold-a-vigil")
    index.add_child(instance=how)
    how.save_revision().publish()
    for suffix in ("", "past/"):
        response = client.get(index.url + suffix)
        assert response.status_code == 200
        assert "How to hold a vigil" not in response.content.decode()


def test_a_general_page_may_not_take_an_address_its_list_answers_itself(editor, lists):
    response = add_general_page(editor, lists["actions"], "Past", "past")
    assert response.status_code == 200
    assert "This address is already used by the page above." in response.content.decode()
    assert not GeneralPage.objects.filter(slug="past").exists()
