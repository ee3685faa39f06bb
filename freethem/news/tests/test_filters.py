import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from freethem.core.cache import purge_page_cache
from freethem.news.tests.factories import make_post, translate

pytestmark = pytest.mark.django_db


def test_filter_choices_follow_posts_but_survive_other_purges(client, site_tree):
    make_post(site_tree.index, title="In Sweden", countries=("SE",))
    assert 'value="SE"' in client.get("/en/news/").content.decode()
    purge_page_cache()  # an unrelated publish
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/news/?page=1")
    assert not any("DISTINCT" in q["sql"] for q in queries.captured_queries)

    make_post(site_tree.index, title="In Canada", countries=("CA",))
    html = client.get("/en/news/").content.decode()
    assert 'value="CA"' in html and 'value="SE"' in html


def test_country_names_follow_the_readers_language(client, site_tree):
    post = make_post(site_tree.index, title="In Sweden", countries=("SE",))
    translate(post, "fr", title="En Suède")
    assert ">Sweden<" in client.get("/en/news/").content.decode()
    assert ">Suède<" in client.get("/fr/news/").content.decode()
