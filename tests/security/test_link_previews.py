"""Link previews give away nothing of a private page, and cannot be made to draw without end.

The attacks: asking /cards/<id>/… for every page number to read the titles of pages an editor
keeps private (a briefing behind a password, an unpublished draft); reading a public page's
language alternates or the sitemap for the address of a private translation; and asking for
cards under made-up digests, each of which would cost a drawing and a place in the cache
(core/cards.py, core/previews.py).
"""

import re
import secrets

import pytest
from wagtail.models import PageViewRestriction

from freethem.core import cards
from freethem.core.cache import fragment_cache
from freethem.news.tests.factories import make_post, translate

pytestmark = pytest.mark.django_db


def restrict(page):
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")


def test_no_card_of_a_private_or_unpublished_page_is_drawn(client, site_tree):
    private = make_post(site_tree.index, title="Briefing for partner groups")
    address = cards.card_path(private)
    restrict(private)
    draft = make_post(site_tree.index, title="Not yet announced")
    draft_address = cards.card_path(draft)
    draft.unpublish()
    for path in (address, draft_address):
        response = client.get(path)
        assert response.status_code == 404
        assert b"Briefing" not in response.content and b"announced" not in response.content


def test_a_private_translation_is_named_in_no_alternate_nor_in_the_sitemap(client, site_tree):
    post = make_post(site_tree.index, title="Vigil")
    french = translate(post, "fr", title="Veillée")
    persian = translate(post, "fa", title="شب‌زنده‌داری")
    restrict(persian)
    html = client.get(post.url).content.decode()
    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)"', html)
    assert any(address.endswith(french.url) for address in alternates)
    assert not any(address.endswith(persian.url) for address in alternates)
    assert persian.url not in client.get("/sitemap.xml").content.decode()


def test_made_up_digests_draw_nothing_and_keep_nothing(client, site_tree):
    post = make_post(site_tree.index)
    for _ in range(20):
        response = client.get(f"/cards/{post.pk}/{secrets.token_hex(8)}.png")
        assert response.status_code == 302
        assert response["Location"] == cards.card_path(post)
    key = f"card:{post.pk}:{cards.digest(cards.card_facts(post))}"
    assert fragment_cache().get(key) is None
