"""Posts, appeals and prisoners' pages carry share links: plain links to each service's share
page with the page's address at the site's address, and the address to copy by hand
(core/sharing.py). Nothing on the page comes from those services."""

import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

from freethem.appeals.tests.factories import make_appeal
from freethem.core.site_address import page_url
from freethem.news.tests.factories import make_post, translate
from freethem.prisoners.tests.factories import make_index, make_prisoner

pytestmark = pytest.mark.django_db

SITE = "https://campaign.example"
SERVICES = {
    "t.me": "Telegram",
    "wa.me": "WhatsApp",
    "x.com": "X",
    "www.facebook.com": "Facebook",
    "bsky.app": "Bluesky",
}


SHARE_BLOCK = re.compile(r'<(section|div) class="share".*?</\1>', re.S)


class Share(HTMLParser):
    """The share block's links, fields and labels; and what the whole page loads."""

    def __init__(self, html):
        super().__init__()
        self.links, self.inputs, self.labels, self.loaded = [], [], [], []
        blocks = [match.group(0) for match in SHARE_BLOCK.finditer(html)]
        self._in_share = True
        for block in blocks:
            self.feed(block)
        self._in_share = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if not self._in_share:
            for name in ("src", "srcset", "poster", "data"):
                if attrs.get(name):
                    self.loaded.append(attrs[name])
            if tag == "link" and attrs.get("rel") in ("stylesheet", "icon", "apple-touch-icon"):
                self.loaded.append(attrs["href"])
        elif tag == "a":
            self.links.append(attrs)
        elif tag == "input":
            self.inputs.append(attrs)
        elif tag == "label":
            self.labels.append(attrs)


@pytest.fixture
def campaign(site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    return site_tree


def pages(campaign):
    people = make_index(campaign.home)
    return {
        "post": make_post(campaign.index, title="Vigil & song in Paris?"),
        "appeal": make_appeal(campaign.home, share_text="I signed: will you?"),
        "prisoner": make_prisoner(people, title="Toomaj Salehi"),
    }


@pytest.mark.parametrize("kind", ["post", "appeal", "prisoner"])
def test_share_links_carry_the_pages_address_at_the_site_address(client, campaign, kind):
    page = pages(campaign)[kind]
    address = page_url(page)
    assert address.startswith(SITE + "/en/")
    share = Share(client.get(page.url, HTTP_HOST="127.0.0.1").content.decode())
    by_host = {urlsplit(link["href"]).netloc: link["href"] for link in share.links}
    assert {SERVICES[host] for host in by_host if host} == set(SERVICES.values())
    for link in share.links:
        assert link["rel"] == "noopener noreferrer"
        assert "target" not in link  # the same tab: see core/sharing.py
    text = getattr(page, "share_text", "") or page.title
    query = {host: parse_qs(urlsplit(href).query) for host, href in by_host.items()}
    assert query["t.me"] == {"url": [address], "text": [text]}
    assert query["x.com"] == {"url": [address], "text": [text]}
    assert query["www.facebook.com"] == {"u": [address]}
    assert query["wa.me"] == {"text": [f"{text} {address}"]}
    assert query["bsky.app"] == {"text": [f"{text} {address}"]}
    mail = next(link["href"] for link in share.links if link["href"].startswith("mailto:"))
    assert parse_qs(urlsplit(mail).query) == {
        "subject": [page.title],
        "body": [f"{text} {address}"],
    }
    # Encoded once, as a whole value: the page's own ? & and spaces do not leak into the query.
    assert all(" " not in link["href"] for link in share.links)


def test_the_address_to_copy_is_a_labelled_read_only_field(client, campaign):
    post = pages(campaign)["post"]
    share = Share(client.get(post.url).content.decode())
    (field,) = share.inputs
    assert field["value"] == page_url(post)
    assert "readonly" in field and field["dir"] == "ltr"
    assert [label["for"] for label in share.labels] == [field["id"]]


def test_a_page_with_share_links_loads_nothing_from_the_services(client, campaign):
    for page in pages(campaign).values():
        share = Share(client.get(page.url).content.decode())
        assert share.links
        assert all(address.startswith("/") for address in share.loaded), share.loaded


def test_a_persian_post_shares_its_own_persian_address(client, campaign):
    post = make_post(campaign.index, title="Vigil")
    persian = translate(post, "fa", title="شب‌زنده‌داری")
    share = Share(client.get(persian.url).content.decode())
    telegram = next(link["href"] for link in share.links if "t.me" in link["href"])
    assert parse_qs(urlsplit(telegram).query) == {
        "url": [page_url(persian)],
        "text": ["شب‌زنده‌داری"],
    }
    assert page_url(persian).startswith(SITE + "/fa/")


def test_services_are_named_as_readers_of_the_page_write_them(client, campaign):
    post = make_post(campaign.index, title="Vigil")
    persian = translate(post, "fa", title="شب‌زنده‌داری")

    def names(page):
        block = SHARE_BLOCK.search(client.get(page.url).content.decode()).group(0)
        return [
            re.sub(r"<[^>]+>", "", text).strip()
            for text in re.findall(r"<a [^>]*>(.*?)</a>", block, re.S)
        ]

    assert names(post)[:5] == ["Telegram", "WhatsApp", "X", "Facebook", "Bluesky"]
    assert names(persian)[:5] == ["تلگرام", "واتس‌اپ", "ایکس", "فیس‌بوک", "بلواسکای"]


def test_after_signing_the_appeal_is_offered_for_sharing(client, campaign):
    appeal = pages(campaign)["appeal"]
    html = client.get(appeal.url + "thanks/").content.decode()
    assert len(Share(html).links) == 6
    assert len(re.findall(r'<h2 id="share-heading"', html)) == 0  # the page's own heading asks
