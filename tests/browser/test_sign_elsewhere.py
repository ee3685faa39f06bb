"""The appeal met away from its own page, with JavaScript off: on the home page, where its
call to action leads to the form, and in a news post, whose sign box signs in place."""

import re

import pytest
from django.core.cache import caches
from playwright.sync_api import expect

from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal
from freethem.core.addresses import address_hash
from freethem.news.tests.factories import make_post, publish


@pytest.fixture(autouse=True)
def fresh_caches():
    for name in ("pages", "fragments", "shared"):
        caches[name].clear()


@pytest.fixture
def appeal(site):
    appeal = make_appeal(site.home, title="Emergency Appeal: free them now", goal=1000)
    data = {"name": "First Signer", "country": "SE", "email": "first@example.org"}
    services.confirm_signature(services.sign_appeal(appeal=appeal, data=data).signature)
    services.tally_signatures()
    return appeal


def test_from_the_home_page_to_the_form(site, appeal, page_without_js):
    page = page_without_js
    page.goto(site.url + "/en/")
    cta = page.locator("section.appeal-cta")
    expect(cta.locator(".tally-total")).to_have_text("1")
    cta.get_by_role("link", name="Sign the appeal").click()
    expect(page).to_have_url(re.compile(re.escape(site.url + appeal.url) + "#sign$"))
    expect(page.locator("form.sign-form")).to_be_visible()


def test_sign_from_a_news_post_without_leaving_the_story(site, appeal, page_without_js):
    post = make_post(
        site.indexes["en"],
        title="Rally in Stockholm",
        extra_blocks=[("sign_box", {"appeal": appeal.pk, "heading": "Add your name today"})],
    )
    publish(post)
    page = page_without_js
    page.goto(site.url + post.url)
    box = page.locator("aside.sign-box")
    expect(box.get_by_role("heading")).to_have_text("Add your name today")
    box.get_by_label(re.compile(r"^Name")).fill("Lina Example")
    box.get_by_label(re.compile(r"^Country")).select_option("SE")
    box.get_by_label(re.compile(r"^Email")).fill("lina@example.org")
    box.get_by_label("Show my name, with my title or affiliation and city").check()
    box.get_by_role("button", name="Sign the appeal").click()

    expect(page).to_have_url(f"{site.url}{appeal.url}thanks/")
    signature = Signature.objects.get(email_hash=address_hash("lina@example.org"))
    assert (signature.name, signature.status) == ("Lina Example", Signature.PENDING)
