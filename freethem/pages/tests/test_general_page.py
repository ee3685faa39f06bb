"""General pages: placed anywhere, in the menu when asked, with the body blocks of posts."""

import json
import uuid

import pytest
from wagtail.models import Page

from freethem.news.tests.factories import publish
from freethem.pages.models import GeneralPage


def general_page(parent, **fields):
    blocks = fields.pop("blocks", [("paragraph", "<p>We keep nothing we do not need.</p>")])
    page = GeneralPage(
        body=json.dumps([{"type": t, "value": v, "id": str(uuid.uuid4())} for t, v in blocks]),
        **fields,
    )
    parent.add_child(instance=page)
    return publish(page)


@pytest.mark.django_db
def test_a_general_page_shows_its_title_lead_and_body(client, site_tree):
    page = general_page(
        site_tree.home, title="Privacy", slug="privacy", lead="What we keep, and for how long."
    )
    html = client.get(page.url).content.decode()
    assert "<h1>Privacy</h1>" in html
    assert '<p class="lead">What we keep, and for how long.</p>' in html
    assert "<p>We keep nothing we do not need.</p>" in html


@pytest.mark.django_db
def test_a_general_page_is_in_the_menu_only_when_its_editor_ticks_it(client, site_tree):
    general_page(site_tree.home, title="Plans", slug="plans", show_in_menus=True)
    general_page(site_tree.home, title="Hidden corner", slug="hidden")
    html = client.get(site_tree.home.url).content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert "Plans" in header
    assert "Hidden corner" not in header


@pytest.mark.django_db
def test_a_general_page_can_go_under_the_home_page_or_another_general_page(site_tree):
    assert GeneralPage.can_create_at(site_tree.home)
    about = general_page(site_tree.home, title="About", slug="about")
    assert GeneralPage.can_create_at(Page.objects.get(pk=about.pk).specific)
    child = general_page(about, title="How to help", slug="help")
    assert child.url.endswith("/about/help/")


@pytest.mark.django_db
def test_a_general_page_without_lead_or_body_still_renders(client, site_tree):
    page = general_page(site_tree.home, title="Coming soon", slug="soon", blocks=[])
    response = client.get(page.url)
    assert response.status_code == 200
    assert '<p class="lead">' not in response.content.decode()


@pytest.mark.django_db
def test_rich_text_on_a_general_page_is_sanitised(client, site_tree):
    page = general_page(
        site_tree.home,
        title="About",
        slug="about",
        blocks=[
            (
                "paragraph",
                '<p>Hello<script>alert(1)</script><a href="javascript:alert(2)">x</a>'
                '<img src="https://tracker.example/p.gif" onerror="alert(3)"></p>',
            )
        ],
    )
    html = client.get(page.url).content.decode()
    body = html[html.index('<div class="body">') :]
    assert "alert(1)" not in body and "<script>alert" not in body
    assert "javascript:" not in body
    assert "tracker.example" not in body and "onerror" not in body
