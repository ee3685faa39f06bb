"""The appeal beyond its own page: on the home page with its live count, and in news posts."""

import re

import pytest
from django.core.cache import caches

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal, person
from freethem.news.tests.factories import make_post, publish, translate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_caches():
    for name in ("pages", "fragments", "shared"):
        caches[name].clear()


def confirmed(appeal, n):
    for k in range(n):
        data = {"name": f"Signer {k}", "country": "FR", "email": f"s{k}@example.org"}
        services.confirm_signature(services.sign_appeal(appeal=appeal, data=data).signature)
    services.tally_signatures()


def test_the_home_page_shows_the_featured_appeal_and_its_count(client, site_tree):
    appeal = make_appeal(site_tree.home, title="The emergency appeal", goal=500)
    newer = make_appeal(site_tree.home, title="A newer statement", call_to_action="Add yours")
    confirmed(appeal, 3)
    home = site_tree.homes["en"]
    home.featured_appeal = appeal
    publish(home)

    response = client.get("/en/")
    html = response.content.decode()
    cta = re.search(r'<section class="appeal-cta".*?</section>', html, re.S).group(0)
    assert "The emergency appeal" in cta and "A newer statement" not in cta
    assert re.search(r'class="tally-total">3<', cta)
    assert f'href="{appeal.url}#sign"' in cta
    # The page carrying the count is kept no longer than the appeal's own page.
    assert "s-maxage=4" in response["Cache-Control"]

    # With none chosen, the newest open appeal is featured.
    home.featured_appeal = None
    publish(home)
    caches["pages"].clear()
    html = client.get("/en/").content.decode()
    assert "Add yours" in re.search(r'<section class="appeal-cta".*?</section>', html, re.S)[0]
    assert newer.title in html


def test_a_translated_home_page_features_the_appeal_in_its_language(client, site_tree):
    appeal = make_appeal(site_tree.home, title="The emergency appeal")
    spanish = translate(appeal, "es", title="El llamamiento urgente", slug="llamamiento")
    home = site_tree.homes["es"]
    home.featured_appeal = appeal
    publish(home)
    html = client.get("/es/").content.decode()
    cta = re.search(r'<section class="appeal-cta".*?</section>', html, re.S).group(0)
    assert "El llamamiento urgente" in cta and spanish.url in cta


def test_a_news_post_embeds_a_sign_box_that_signs_without_javascript(client, site_tree):
    appeal = make_appeal(site_tree.home, title="The emergency appeal")
    post = make_post(
        site_tree.indexes["en"],
        extra_blocks=[("sign_box", {"appeal": appeal.pk, "heading": "Sign before Friday"})],
    )
    html = client.get(post.url).content.decode()
    box = re.search(r'<aside class="sign-box".*?</aside>', html, re.S).group(0)
    assert "Sign before Friday" in box
    assert f'action="/en/appeals/{appeal.pk}/sign/"' in box
    assert 'name="person-email"' in box

    response = client.post(f"/en/appeals/{appeal.pk}/sign/", person())
    assert response.status_code == 303
    assert Signature.objects.get().appeal_key == appeal.translation_key


def test_a_sign_box_for_a_closed_appeal_says_so_and_has_no_form(client, site_tree):
    appeal = make_appeal(site_tree.home, is_open=False)
    post = make_post(
        site_tree.indexes["en"], extra_blocks=[("sign_box", {"appeal": appeal.pk, "heading": ""})]
    )
    box = re.search(
        r'<aside class="sign-box".*?</aside>', client.get(post.url).content.decode(), re.S
    ).group(0)
    assert "closed" in box and "<form" not in box
