"""Every page says what it is in its <head>: a description, its canonical address, its other
languages and a link preview whose picture the site itself serves (core/previews.py, cards.py).

The site is configured as https://campaign.example and every request arrives as 127.0.0.1:
an address built from the request would show.
"""

import datetime
import io
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from freethem.appeals.tests.factories import make_appeal
from freethem.core import cards
from freethem.core.cache import fragment_cache
from freethem.mobilize.tests.factories import make_day_of_action, make_event, make_events_index
from freethem.news.tests.factories import body, make_post, publish, translate
from freethem.prisoners.tests.factories import make_index, make_prisoner, portrait

pytestmark = pytest.mark.django_db

SITE = "https://campaign.example"
ELSEWHERE = {"HTTP_HOST": "127.0.0.1"}


class Head(HTMLParser):
    """The <meta> and <link> elements of a page's <head>."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.links, self._in_head = {}, [], False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        elif self._in_head and tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content"))
        elif self._in_head and tag == "link":
            self.links.append(attrs)

    def one(self, key):
        (value,) = self.meta[key]
        return value

    def link(self, rel):
        return [link for link in self.links if link.get("rel") == rel]


def languages(head):
    """{hreflang: address} of the page's language alternates (feeds are alternates too)."""
    return {link["hreflang"]: link["href"] for link in head.link("alternate") if "hreflang" in link}


def head_of(client, url, **extra):
    response = client.get(url, **ELSEWHERE, **extra)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def path_of(address):
    assert address.startswith(SITE + "/"), address
    parts = urlsplit(address)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def photo(width=1600, height=900, title="The rally", description="Hundreds in the square"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (40, 90, 160)).save(buffer, "JPEG")
    return get_image_model().objects.create(
        title=title,
        description=description,
        file=ContentFile(buffer.getvalue(), name="rally.jpg"),
    )


@pytest.fixture
def campaign(site_tree, settings):
    settings.WAGTAILADMIN_BASE_URL = SITE
    return site_tree


def build(kind, tree):
    """A live page of `kind` in English and its live Persian translation."""
    home, index = tree.homes["en"], tree.indexes["en"]
    if kind == "home":
        return home, tree.homes["fa"]
    if kind == "news index":
        return index, tree.indexes["fa"]
    if kind == "news post":
        post = make_post(index, title="Vigil in Paris", lead="Candles for the prisoners.")
        return post, translate(post, "fa", title="شب‌زنده‌داری در پاریس", lead="شمع برای زندانیان.")
    if kind == "appeal":
        appeal = make_appeal(home, title="Stop the executions")
        return appeal, translate(appeal, "fa", title="اعدام‌ها را متوقف کنید", summary="امضا کنید.")
    if kind in ("prisoner index", "prisoner"):
        people = make_index(home, title="Prisoners", intro="<p>People held for what they said.</p>")
        people_fa = translate(people, "fa", title="زندانیان")
        if kind == "prisoner index":
            return people, people_fa
        person = make_prisoner(people, title="Toomaj Salehi", portrait=portrait())
        return person, translate(person, "fa", title="توماج صالحی", short_story="رپر زندانی.")
    events = make_events_index(home, title="Actions", intro="<p>Join an action near you.</p>")
    events_fa = translate(events, "fa", title="کنش‌ها")
    if kind == "event index":
        return events, events_fa
    if kind == "day of action":
        day = make_day_of_action(events, title="World day against executions")
        return day, translate(day, "fa", title="روز جهانی علیه اعدام")
    rally = make_event(events, title="Rally in Berlin", summary="Outside the embassy.")
    return rally, translate(rally, "fa", title="تجمع در برلین", summary="جلوی سفارت.")


KINDS = [
    "home",
    "news index",
    "news post",
    "appeal",
    "prisoner index",
    "prisoner",
    "event index",
    "event",
    "day of action",
]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_page_describes_itself_and_its_preview_in_english_and_persian(
    client, campaign, kind
):
    english, persian = build(kind, campaign)
    for page, locale, other in ((english, "en_US", "fa_IR"), (persian, "fa_IR", "en_US")):
        page.refresh_from_db()
        head = head_of(client, page.url)
        own = SITE + page.url
        assert head.one("description")
        assert head.one("og:description") == head.one("description")
        assert [link["href"] for link in head.link("canonical")] == [own]
        assert head.one("og:url") == own
        assert head.one("og:title") == page.title
        assert head.one("og:type") == ("article" if kind == "news post" else "website")
        assert head.one("og:locale") == locale
        assert other in head.meta["og:locale:alternate"]
        assert head.one("og:site_name") == campaign.homes[page.locale.language_code].title
        assert head.one("twitter:card") == "summary_large_image"
        assert head.one("twitter:title") == page.title
        assert head.one("twitter:image") == head.one("og:image")
        assert head.one("og:image:alt")
        alternates = languages(head)
        assert alternates["en"] == SITE + english.url
        assert alternates["fa"] == SITE + persian.url
        assert alternates["x-default"] == SITE + english.url
        assert_serves_the_image(client, head)


def assert_serves_the_image(client, head):
    """The preview's picture answers from the site itself, as the type and size it is said to be."""
    response = client.get(path_of(head.one("og:image")), **ELSEWHERE)
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert response["Content-Type"] == head.one("og:image:type")
    picture = PILImage.open(io.BytesIO(content))
    assert picture.format == {"image/png": "PNG", "image/jpeg": "JPEG"}[head.one("og:image:type")]
    assert picture.size == (int(head.one("og:image:width")), int(head.one("og:image:height")))


def test_the_campaign_name_is_the_home_page_title_in_the_pages_language(client, campaign):
    post = make_post(campaign.index, title="In English")
    persian = translate(post, "fa", title="به فارسی")
    assert head_of(client, post.url).one("og:site_name") == "Free them all"
    assert head_of(client, persian.url).one("og:site_name") == campaign.homes["fa"].title


def test_a_post_with_a_large_photo_is_previewed_with_the_photo_cut_to_1200_by_630(client, campaign):
    post = make_post(
        campaign.index,
        extra_blocks=[("image", {"image": photo().pk, "caption": "", "credit": ""})],
    )
    head = head_of(client, post.url)
    assert head.one("og:image").startswith(SITE + "/media/images/")
    assert (head.one("og:image:width"), head.one("og:image:height")) == ("1200", "630")
    assert head.one("og:image:alt") == "Hundreds in the square"
    assert_serves_the_image(client, head)


def test_a_post_whose_photo_is_too_small_for_a_large_preview_gets_its_card(client, campaign):
    small = photo(400, 300)
    post = make_post(
        campaign.index, extra_blocks=[("image", {"image": small.pk, "caption": "", "credit": ""})]
    )
    head = head_of(client, post.url)
    assert path_of(head.one("og:image")).startswith(f"/cards/{post.pk}/")
    assert_serves_the_image(client, head)


def test_an_event_is_previewed_with_the_first_photo_in_its_description(client, campaign):
    events = make_events_index(campaign.home)
    picture = photo()
    rally = make_event(
        events,
        description=f'<p>We were many.</p><embed embedtype="image" id="{picture.pk}" '
        'format="fullwidth" alt="The crowd"/>',
    )
    head = head_of(client, rally.url)
    assert head.one("og:image").startswith(SITE + "/media/images/")
    assert_serves_the_image(client, head)


def test_the_description_is_the_search_description_else_the_lead_cut_at_a_word(client, campaign):
    long_lead = "Word " * 80
    post = make_post(campaign.index, lead=long_lead)
    description = head_of(client, post.url).one("description")
    assert description.endswith("…") and len(description) <= 200
    assert description.startswith("Word Word")

    post.search_description = "Written for search engines."
    publish(post)
    assert head_of(client, post.url).one("description") == "Written for search engines."


def test_an_introduction_in_rich_text_is_described_as_plain_text(client, campaign):
    campaign.index.intro = "<p>News from <b>every</b> city &amp; country.</p>"
    publish(campaign.index)
    assert head_of(client, campaign.index.url).one("description") == (
        "News from every city & country."
    )


def test_what_an_editor_keeps_private_stays_out_of_a_prisoners_preview(client, campaign):
    people = make_index(campaign.home)
    person = make_prisoner(
        people,
        short_story="Held in a secret ward.",
        portrait=portrait(),
        private_fields=["short_story", "portrait"],
    )
    head = head_of(client, person.url)
    assert "secret ward" not in " ".join(sum(head.meta.values(), []))
    assert cards.card_facts(person)["portrait"] == ""
    shown = make_prisoner(people, portrait=portrait())
    assert cards.card_facts(shown)["portrait"] != ""


def test_a_numbered_page_of_a_list_is_its_own_canonical_address_without_alternates(
    client, campaign
):
    for _n in range(12):
        make_post(campaign.index)
    head = head_of(client, campaign.index.url + "?page=2")
    assert [link["href"] for link in head.link("canonical")] == [
        SITE + campaign.index.url + "?page=2"
    ]
    assert languages(head) == {}


def test_a_filtered_or_sorted_list_names_the_plain_list_as_canonical(client, campaign):
    make_post(campaign.index, countries=["FR"])
    for query in ("?country=FR", "?country=FR&page=2", "?year=2022"):
        head = head_of(client, campaign.index.url + query)
        assert [link["href"] for link in head.link("canonical")] == [SITE + campaign.index.url]


def test_a_part_of_a_page_has_the_same_part_in_the_other_languages(client, campaign):
    appeal = make_appeal(campaign.home)
    persian = translate(appeal, "fa", title="فراخوان")
    head = head_of(client, appeal.url + "signers/")
    assert [link["href"] for link in head.link("canonical")] == [SITE + appeal.url + "signers/"]
    assert languages(head)["fa"] == SITE + persian.url + "signers/"


def test_a_page_in_one_language_only_lists_no_alternates(client, campaign):
    post = make_post(campaign.index)
    head = head_of(client, post.url)
    assert languages(head) == {}


def test_a_view_without_a_page_still_names_the_icons_and_the_manifest(client, campaign):
    head = head_of(client, "/en/search/?q=vigil")
    assert "og:title" not in head.meta
    assert {link["rel"] for link in head.links} >= {"icon", "apple-touch-icon", "manifest"}


# Cards ------------------------------------------------------------------------------------------


def card_of(client, page):
    head = head_of(client, page.url)
    response = client.get(path_of(head.one("og:image")), **ELSEWHERE)
    assert response.status_code == 200
    return head, response


def test_a_card_is_a_1200_by_630_png_kept_for_a_year(client, campaign):
    post = make_post(campaign.index, title="Vigil in Paris")
    head, response = card_of(client, post)
    assert response["Content-Type"] == "image/png"
    assert "immutable" in response["Cache-Control"]
    assert "max-age=31536000" in response["Cache-Control"]
    assert PILImage.open(io.BytesIO(response.content)).size == (1200, 630)
    assert head.one("og:image:alt") == "Vigil in Paris — Free them all"


def test_a_persian_card_is_laid_out_from_the_right(client, campaign):
    post = make_post(campaign.index, title="Vigil")
    persian = translate(post, "fa", title="شب‌زنده‌داری")
    english = PILImage.open(io.BytesIO(card_of(client, post)[1].content)).convert("RGB")
    farsi = PILImage.open(io.BytesIO(card_of(client, persian)[1].content)).convert("RGB")
    # The campaign's mark (a red disc) sits at the start of the first line: left, or right.
    mark_left, mark_right = (
        (cards.MARGIN + 32, cards.MARGIN + 24),
        (
            cards.WIDTH - cards.MARGIN - 48,
            cards.MARGIN + 24,
        ),
    )
    red = PILImage.new("RGB", (1, 1), cards.ACCENT).getpixel((0, 0))

    def is_red(picture, point):
        return all(abs(a - b) < 12 for a, b in zip(picture.getpixel(point), red, strict=True))

    assert is_red(english, mark_left) and not is_red(english, mark_right)
    assert is_red(farsi, mark_right) and not is_red(farsi, mark_left)


def test_a_changed_title_gives_a_new_card_address_and_the_old_one_leads_to_it(client, campaign):
    post = make_post(campaign.index, title="First title")
    old = path_of(head_of(client, post.url).one("og:image"))
    post.title = "Second title"
    publish(post)
    new = path_of(head_of(client, post.url).one("og:image"))
    assert new != old
    response = client.get(old, **ELSEWHERE)
    assert response.status_code == 302 and response["Location"] == new


def test_a_prisoners_card_carries_their_portrait(client, campaign):
    people = make_index(campaign.home)
    person = make_prisoner(people, title="Toomaj Salehi", portrait=portrait((200, 30, 30)))
    _head, response = card_of(client, person)
    drawn = PILImage.open(io.BytesIO(response.content)).convert("RGB")
    assert drawn.getpixel((200, 300)) == pytest.approx((200, 30, 30), abs=12)


def test_publishing_a_page_draws_its_card_in_the_background(
    campaign, settings, django_capture_on_commit_callbacks
):
    settings.FREETHEM_CARDS_ON_PUBLISH = True
    with django_capture_on_commit_callbacks(execute=True):
        post = make_post(campaign.index, title="Drawn ahead")
    key = f"card:{post.pk}:{cards.digest(cards.card_facts(post))}"
    assert fragment_cache().get(key) is not None


def test_a_title_mixing_persian_and_latin_script_is_drawn_with_one_merged_font(campaign):
    paths = cards.font_files()
    assert len(paths) == 2, "fonts-noto-core provides both"
    face = cards.font(60)
    persian = face.getlength("نرگس", direction="rtl", language="fa")
    latin = face.getlength("Narges")
    missing = face.getlength("\uffff")
    assert persian > missing and latin > missing
    assert cards.can_shape_complex_scripts()


def test_a_page_edited_but_for_its_title_keeps_its_card_address(campaign):
    """The digest names what is drawn and nothing else: previews already fetched stay good."""
    post = make_post(campaign.index, date=datetime.date(2024, 1, 1))
    before = cards.digest(cards.card_facts(post))
    post.lead = "Another lead."
    post.body = body(("paragraph", "<p>Other text.</p>"))
    publish(post)
    assert cards.digest(cards.card_facts(post)) == before


@pytest.mark.parametrize("path", ["/{}/alerts/", "/{}/alerts/archive/", "/{}/search/?q=evin"])
def test_pages_that_are_not_pages_of_the_tree_still_describe_themselves_in_the_readers_language(
    client, campaign, path
):
    english = head_of(client, path.format("en")).one("description")
    persian = head_of(client, path.format("fa")).one("description")
    assert len(english) > 40
    assert persian != english
    assert any("\u0600" <= letter <= "\u06ff" for letter in persian)
