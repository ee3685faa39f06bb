"""The menu names each page by its menu label, or by its title when it has none."""

import re

import pytest

from freethem.news.tests.factories import publish, translate

pytestmark = pytest.mark.django_db


def menu_links(html):
    nav = html[
        html.index('class="site-nav"') : html.index("</nav>", html.index('class="site-nav"'))
    ]
    return re.findall(r'<a href="[^"]*"[^>]*>([^<]*)</a>', nav)


def test_the_menu_names_a_page_by_its_label_and_by_its_title_without_one(client, site_tree):
    before = menu_links(client.get("/en/").content.decode())
    assert "Recent news from the global movement" in before
    index = site_tree.index
    index.menu_label = "News"
    publish(index)
    after = menu_links(client.get("/en/").content.decode())
    assert "News" in after
    assert "Recent news from the global movement" not in after


def test_a_translated_page_is_named_by_its_translated_label(client, site_tree):
    from freethem.appeals.tests.factories import make_appeal

    appeal = make_appeal(
        site_tree.home, title="Emergency Appeal: free them now", show_in_menus=True
    )
    appeal.menu_label = "Emergency Appeal"
    publish(appeal)
    translate(appeal, "fr", title="Appel d'urgence : libérez-les", menu_label="Appel d'urgence")
    assert "Emergency Appeal" in menu_links(client.get("/en/").content.decode())
    french = menu_links(client.get("/fr/").content.decode())
    assert "Appel d&#x27;urgence" in french


def test_the_menu_is_a_disclosure_that_works_without_javascript(client, site_tree):
    html = client.get("/fa/").content.decode()
    details = html[html.index('<details class="menu"') : html.index("</details>")]
    assert "<summary>" in details
    assert 'class="site-nav"' in details


def test_every_page_the_home_page_takes_has_a_menu_label():
    from freethem.core.models import HomePage
    from freethem.core.navigation import MenuLabel

    types = HomePage.allowed_subpage_models()
    assert types
    assert all(issubclass(model, MenuLabel) for model in types), types


def test_the_menu_reads_each_label_through_the_page_s_own_method(client, site_tree, monkeypatch):
    from freethem.core.navigation import MenuLabel

    monkeypatch.setattr(MenuLabel, "get_menu_label", lambda page: f"[{page.title}]")
    links = menu_links(client.get("/en/").content.decode())
    assert "[Recent news from the global movement]" in links
