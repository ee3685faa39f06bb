"""A supporter signs on a copy of the appeal kept elsewhere, with JavaScript off: the site takes
the form from a copy opened from a disk once the campaign allows it, and refuses it, in the
reader's language, from a copy it does not list (freethem/core/origins.py)."""

import re
import urllib.request

import pytest
from django.core.cache import caches
from playwright.sync_api import expect
from wagtail.models import Site

from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal
from freethem.core.models import FormOriginSettings


@pytest.fixture(autouse=True)
def fresh_caches():
    for name in ("pages", "fragments", "shared", "limits"):
        caches[name].clear()


@pytest.fixture
def appeal(site):
    return make_appeal(site.home, title="Emergency Appeal: free them now", goal=1000)


def copy_of(address, action_root):
    """The page at `address` as a mirror keeps it: its form sent to `action_root`."""
    with urllib.request.urlopen(address) as response:  # noqa: S310  (the live test server)
        html = response.read().decode()
    return re.sub(r'action="/', f'action="{action_root}/', html)


def fill_and_send(page):
    form = page.locator("form.sign-form")
    form.get_by_label(re.compile(r"^Name")).fill("Nour Example")
    form.get_by_label(re.compile(r"^Country")).select_option("FR")
    form.get_by_label(re.compile(r"^Email")).fill("nour@example.org")
    form.get_by_label("Show only my initials and country").check()
    form.get_by_role("button", name="Sign the appeal").click()


def test_a_copy_opened_from_a_disk_signs_once_the_campaign_allows_it(
    site, appeal, page_without_js, tmp_path
):
    copy = tmp_path / "appeal.html"
    copy.write_text(copy_of(site.url + appeal.url, site.url))
    page = page_without_js

    page.goto(copy.as_uri())
    fill_and_send(page)
    expect(page.locator("h1")).to_have_text("Please sign on this site")
    assert Signature.objects.count() == 0

    settings = FormOriginSettings.for_site(Site.objects.get(is_default_site=True))
    settings.accept_null_origin = True
    settings.save()
    page.goto(copy.as_uri())
    fill_and_send(page)
    expect(page).to_have_url(f"{site.url}{appeal.url}thanks/")
    assert Signature.objects.count() == 1


def test_a_copy_on_an_unlisted_origin_is_refused_in_the_readers_language(
    site, appeal, page_without_js
):
    from freethem.news.tests.factories import translate

    persian = translate(appeal, "fa", title="فراخوان فوری")
    # The same server under another name is another origin: the copy is served from there.
    elsewhere = site.url.replace("localhost", "127.0.0.1")
    assert elsewhere != site.url
    copy = copy_of(site.url + persian.url, site.url)
    page = page_without_js
    page.route(
        elsewhere + "/copy/",
        lambda route: route.fulfill(status=200, content_type="text/html", body=copy),
    )
    page.goto(elsewhere + "/copy/")
    form = page.locator("form.sign-form")
    form.locator("input[name='person-name']").fill("نور نمونه")
    form.locator("select[name='person-country']").select_option("FR")
    form.locator("input[name='person-email']").fill("nour@example.org")
    form.locator("input[name='person-display']").first.check()
    form.locator("button[type='submit']").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "fa")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.url.startswith(site.url)
    assert Signature.objects.count() == 0
