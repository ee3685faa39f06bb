"""Pages an editor keeps private stay private, and the people allowed in can get in.

The attack: a page meant for a few (a briefing for partner groups behind a password, a page for
logged-in volunteers) leaks through a cache to anyone who asks for its address, or the way in is
broken so editors publish it openly instead. Wagtail's password and login forms must work under
the site's language prefixes, and a private page must never be stored in the page cache nor
marked for any shared cache.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, RequestFactory
from wagtail.models import PageViewRestriction

from freethem.core.cache import is_stored
from freethem.news.tests.factories import make_post

pytestmark = pytest.mark.django_db

SECRET_TEXT = "Meeting point for Saturday: the north gate."


def assert_never_shared(response):
    cache_control = response.get("Cache-Control", "")
    assert "private" in cache_control and "no-store" in cache_control, cache_control
    assert "public" not in cache_control and "s-maxage" not in cache_control, cache_control


def stored(url):
    return is_stored(RequestFactory().get(url))


@pytest.fixture
def briefing(site_tree):
    return make_post(site_tree.index, title="Briefing for partners", paragraphs=[SECRET_TEXT])


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-12345")
    client = Client()
    client.force_login(user)
    return client


def make_private(editor, page, **form):
    response = editor.post(f"/admin/pages/{page.pk}/privacy/", form)
    assert response.status_code == 200, response.status_code
    assert PageViewRestriction.objects.filter(page=page).exists()


def test_a_password_protected_page_asks_for_the_password_then_shows_the_page(
    client, editor, briefing
):
    # Seen by an anonymous visitor while it was public: the page cache holds it.
    assert SECRET_TEXT in client.get(briefing.url).content.decode()
    assert stored(briefing.url)

    make_private(editor, briefing, restriction_type="password", password="north-gate-42")

    form = client.get(briefing.url)
    html = form.content.decode()
    assert form.status_code == 200
    assert SECRET_TEXT not in html
    assert 'name="password"' in html
    assert_never_shared(form)
    restriction = PageViewRestriction.objects.get(page=briefing)
    action = f"/en/_util/authenticate_with_password/{restriction.pk}/{briefing.pk}/"
    assert f'action="{action}"' in html

    wrong = client.post(action, {"password": "guess", "return_url": briefing.url})
    assert wrong.status_code == 200 and SECRET_TEXT not in wrong.content.decode()

    right = client.post(action, {"password": "north-gate-42", "return_url": briefing.url})
    assert right.status_code == 302 and right["Location"] == briefing.url
    shown = client.get(briefing.url)
    assert shown.status_code == 200
    assert SECRET_TEXT in shown.content.decode()
    assert_never_shared(shown)
    assert not stored(briefing.url)

    # Another visitor, without the password, still gets only the form.
    stranger = Client().get(briefing.url)
    assert SECRET_TEXT not in stranger.content.decode()


def test_a_login_restricted_page_sends_the_visitor_to_a_working_login(client, editor, briefing):
    make_private(editor, briefing, restriction_type="login")
    get_user_model().objects.create_user("volunteer", password="pw-volunteer-1")

    response = client.get(briefing.url)
    assert response.status_code == 302
    assert_never_shared(response)
    login_url = response["Location"]
    assert login_url.startswith("/en/_util/login/?next=")

    login = client.get(login_url)
    assert login.status_code == 200
    assert 'name="username"' in login.content.decode()

    signed_in = client.post(
        "/en/_util/login/",
        {"username": "volunteer", "password": "pw-volunteer-1", "next": briefing.url},
    )
    assert signed_in.status_code == 302 and signed_in["Location"] == briefing.url
    shown = client.get(briefing.url)
    assert SECRET_TEXT in shown.content.decode()
    assert_never_shared(shown)
    assert not stored(briefing.url)
