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


def test_filter_choices_are_not_counted_again_when_every_cache_is_empty(client, site_tree):
    from django.core.cache import caches

    make_post(site_tree.index, title="In Sweden", countries=("SE",))
    client.get("/en/news/")  # (in production the publish itself counts them, at commit)
    for alias in ("default", "pages", "fragments", "shared"):
        caches[alias].clear()
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/en/news/").content.decode()
    assert 'value="SE"' in html
    counting = [q["sql"] for q in queries.captured_queries if "COUNT(" in q["sql"]]
    counting += [
        q["sql"]
        for q in queries.captured_queries
        if 'DISTINCT "news_newspage"."countries"' in q["sql"]
    ]
    assert not counting


def test_a_section_turned_private_takes_its_posts_out_of_the_choices(client, site_tree):
    from wagtail.models import PageViewRestriction

    post = make_post(site_tree.index, title="In Sweden", countries=("SE",))
    make_post(site_tree.index, title="In Canada", countries=("CA",))
    assert 'value="SE"' in client.get("/en/news/").content.decode()
    restriction = PageViewRestriction.objects.create(
        page=post, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    html = client.get("/en/news/").content.decode()
    assert 'value="SE"' not in html and 'value="CA"' in html
    restriction.delete()
    assert 'value="SE"' in client.get("/en/news/").content.decode()
