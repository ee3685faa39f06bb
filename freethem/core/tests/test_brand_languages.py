"""Editors give the campaign's name, short name and footer text per language; readers of that
language see them in the header, footer, <title>, link previews and feeds, and every other
language, or a value a row leaves empty, takes the site-wide one."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Site

from freethem.core.models import BrandName, BrandSettings
from freethem.core.tests.test_brand import edit_url, form_data

pytestmark = pytest.mark.django_db

PERSIAN = "آزادی برای زندانیان سیاسی ایران"


@pytest.fixture
def admin(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def rows(*values):
    data = {
        "names-TOTAL_FORMS": str(len(values)),
        "names-INITIAL_FORMS": "0",
        "names-MIN_NUM_FORMS": "0",
        "names-MAX_NUM_FORMS": "1000",
    }
    for i, row in enumerate(values):
        data.update({f"names-{i}-{field}": value for field, value in row.items()})
        data[f"names-{i}-ORDER"] = str(i + 1)
        data[f"names-{i}-DELETE"] = ""
        data[f"names-{i}-id"] = ""
    return data


def header(html):
    return html[html.index("<header") : html.index("</header>")]


def footer(html):
    return html[html.index('<footer class="site-footer"') : html.index("</footer>")]


@pytest.fixture
def named(admin, site_tree):
    site = Site.objects.get(is_default_site=True)
    data = form_data(name="Free them all", short_name="Free them", footer_text="Everywhere.")
    data.update(
        rows(
            {"language": "fa", "name": PERSIAN, "short_name": "آزادشان کنید", "footer_text": ""},
            {
                "language": "fr",
                "name": "Libérez-les tous",
                "short_name": "",
                "footer_text": "Partout.",
            },
        )
    )
    response = admin.post(edit_url(site), data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    admin.logout()
    return site


def test_an_editor_names_the_campaign_in_each_language_in_the_admin(named):
    saved = BrandSettings.objects.get(site=named)
    assert {row.language: row.name for row in saved.names.all()} == {
        "fa": PERSIAN,
        "fr": "Libérez-les tous",
    }


def test_the_header_and_title_use_the_reader_s_language_s_name(client, named, site_tree):
    persian = client.get(site_tree.index.get_translation(site_tree.locales["fa"]).url).content
    persian = persian.decode()
    assert PERSIAN in header(persian)
    assert '<span class="name-short">آزادشان کنید</span>' in header(persian)
    assert re.search(rf"<title>[^<]*· {PERSIAN}</title>", persian)
    english = client.get(site_tree.index.url).content.decode()
    assert "Free them all" in header(english)
    assert PERSIAN not in english
    assert re.search(r"<title>[^<]*· Free them all</title>", english)


def test_what_a_row_leaves_empty_takes_the_site_wide_value(client, named, site_tree):
    french = client.get("/fr/").content.decode()
    assert "Libérez-les tous" in header(french)
    assert '<span class="name-short">Free them</span>' in header(french)
    assert "Partout." in footer(french)
    persian = client.get("/fa/").content.decode()
    assert "Everywhere." in footer(persian)
    spanish = client.get("/es/").content.decode()
    assert "Free them all" in header(spanish)


def test_link_previews_and_feeds_name_the_campaign_in_the_page_s_language(client, named, site_tree):
    from freethem.news.tests.factories import make_post, translate

    post = make_post(site_tree.index, title="Vigils")
    persian = translate(post, "fa", title="شب‌زنده‌داری")
    page = client.get(persian.url).content.decode()
    assert f'<meta property="og:site_name" content="{PERSIAN}">' in page
    english = client.get(post.url).content.decode()
    assert '<meta property="og:site_name" content="Free them all">' in english
    index = site_tree.indexes["fa"]
    atom = client.get(index.url + "feed/atom/").content.decode()
    assert f"<name>{PERSIAN}</name>" in atom


def test_a_language_the_site_does_not_have_is_refused(admin, site_tree):
    site = Site.objects.get(is_default_site=True)
    data = form_data()
    data.update(rows({"language": "xx", "name": "Nobody", "short_name": "", "footer_text": ""}))
    response = admin.post(edit_url(site), data)
    assert response.status_code == 200
    assert not BrandName.objects.exists()


def test_two_rows_for_one_language_are_refused_and_say_why(admin, site_tree):
    site = Site.objects.get(is_default_site=True)
    data = form_data()
    data.update(
        rows(
            {"language": "fa", "name": "One", "short_name": "", "footer_text": ""},
            {"language": "fa", "name": "Two", "short_name": "", "footer_text": ""},
        )
    )
    response = admin.post(edit_url(site), data)
    assert response.status_code == 200
    assert "duplicate data for setting and language" in response.content.decode()
    assert not BrandName.objects.exists()


def test_no_migration_writes_down_the_site_s_languages():
    migration = next(Path(__file__).parents[1].glob("migrations/*brand_names_per_language.py"))
    text = migration.read_text()
    assert "choices=freethem.core.languages.site_languages" in text
    assert "'fa'" not in text and '"fa"' not in text
