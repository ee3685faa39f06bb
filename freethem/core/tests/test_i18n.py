import re

import pytest

from freethem.news.tests.factories import make_post, translate

pytestmark = pytest.mark.django_db

NOT_FOUND = {
    "en": "Page not found",
    "es": "Página no encontrada",
    "fa": "صفحه پیدا نشد",
    "fr": "Page introuvable",
}


@pytest.mark.parametrize("language", ["en", "es", "fa", "fr"])
def test_404_in_each_language(client, site_tree, language):
    response = client.get(f"/{language}/nothing/here/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{"rtl" if language == "fa" else "ltr"}">' in html
    assert NOT_FOUND[language] in html


def test_unprefixed_address_redirects_to_the_visitors_language(client, site_tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fa-IR,fa;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/fa/"
    assert client.get("/")["Location"] == "/en/"


def test_persian_pages_are_right_to_left(client, site_tree):
    html = client.get("/fa/").content.decode()
    assert '<html lang="fa" dir="rtl">' in html


def test_language_switcher_links_translations_and_marks_missing_ones(client, site_tree):
    post = make_post(site_tree.index, title="Only some languages")
    persian = translate(post, "fa", title="فقط برخی زبان‌ها")
    html = client.get(post.url).content.decode()
    switcher = re.search(r'<nav class="languages".*?</nav>', html, re.S).group(0)
    assert f'href="{persian.url}"' in switcher
    assert f'href="/es/untranslated/{post.pk}/"' in switcher
    assert 'class="missing"' in switcher


def test_untranslated_page_says_so_and_links_existing_versions(client, site_tree):
    post = make_post(site_tree.index, title="English only")
    response = client.get(f"/fr/untranslated/{post.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="robots" content="noindex"' in html
    assert f'href="{post.url}"' in html
    assert "pas encore été traduite" in html


def test_missing_translation_at_its_address_points_to_the_existing_version(client, site_tree):
    post = make_post(site_tree.index, title="English only")
    response = client.get(post.url.replace("/en/", "/es/"))
    assert response.status_code == 404
    html = response.content.decode()
    assert f'href="{post.url}"' in html
    assert '<html lang="es"' in html


def test_untranslated_view_for_unknown_page_is_404(client, site_tree):
    assert client.get("/fr/untranslated/999999/").status_code == 404
