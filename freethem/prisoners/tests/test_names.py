"""A prisoner appears by the name in the reader's script first, the other in brackets."""

import re

from django.utils import translation

from freethem.news.tests.factories import translate
from freethem.prisoners.names import reading_names

from .factories import make_prisoner


def _first_card(html, slug):
    return re.search(rf'<a href="[^"]*{slug}/">(.*?)</a>', html, re.S).group(1)


def test_the_name_in_the_readers_script_comes_first_and_says_what_the_other_is():
    persian = reading_names("توماج صالحی", "توماج صالحی", "Toomaj Salehi", "fa")
    assert [(n.text, n.lang, n.dir) for n in persian] == [
        ("توماج صالحی", "", ""),
        ("Toomaj Salehi", "fa-Latn", "ltr"),
    ]
    french = reading_names("Toomaj Salehi", "توماج صالحی", "Toomaj Salehi", "fr")
    assert [(n.text, n.lang, n.dir) for n in french] == [
        ("Toomaj Salehi", "", ""),
        ("توماج صالحی", "fa", "rtl"),
    ]
    # A page left in English is still named in Persian first for a Persian reader.
    assert [n.text for n in reading_names("Toomaj Salehi", "توماج صالحی", "Toomaj", "fa")] == [
        "توماج صالحی",
        "Toomaj Salehi",
    ]


def test_the_persian_profile_shows_the_persian_name_first(client, index, toomaj):
    translate(index, "fa", title="زندانیان سیاسی")
    fa_page = translate(toomaj, "fa", title="توماج صالحی", slug="toomaj-fa")
    html = client.get(fa_page.url).content.decode()
    assert "<h1>توماج صالحی</h1>" in html
    assert '<p class="other-name">(<bdi lang="fa-Latn" dir="ltr">Toomaj Salehi</bdi>)</p>' in html


def test_the_english_profile_shows_the_latin_name_first(client, toomaj):
    html = client.get(toomaj.url).content.decode()
    assert "<h1>Toomaj Salehi</h1>" in html
    assert '<p class="other-name">(<bdi lang="fa" dir="rtl">توماج صالحی</bdi>)</p>' in html


def test_persian_cards_name_the_prisoner_in_persian_first_even_when_untranslated(
    client, index, toomaj
):
    fa_index = translate(index, "fa", title="زندانیان سیاسی")
    make_prisoner(index, title="Narges Mohammadi", slug="narges", name_native="نرگس محمدی")
    html = client.get(fa_index.url).content.decode()
    card = _first_card(html, "narges")
    assert card.index("نرگس محمدی") < card.index("Narges Mohammadi")
    assert '<span class="name">نرگس محمدی</span>' in card
    assert '(<bdi lang="fa-Latn" dir="ltr">Narges Mohammadi</bdi>)' in card
    english = _first_card(client.get(index.url).content.decode(), "narges")
    assert '<span class="name">Narges Mohammadi</span>' in english
    assert '(<bdi lang="fa" dir="rtl">نرگس محمدی</bdi>)' in english


def test_a_private_native_name_is_never_put_first(client, index):
    fa_index = translate(index, "fa", title="زندانیان سیاسی")
    make_prisoner(
        index,
        title="Kept Private",
        slug="kept-private",
        name_native="نام پنهان",
        private_fields=["name_native"],
    )
    html = client.get(fa_index.url).content.decode()
    assert "نام پنهان" not in html
    assert '<span class="name">Kept Private</span>' in _first_card(html, "kept-private")


def test_the_status_feed_names_the_prisoner_in_the_readers_script(client, index, toomaj):
    fa_index = translate(index, "fa", title="زندانیان سیاسی")
    with translation.override("fa"):
        feed = client.get(f"{fa_index.url}feed/atom/").content.decode()
    titles = re.findall(r"<title>(.*?)</title>", feed)
    assert any(t.startswith("توماج صالحی: ") for t in titles)
    assert not any("\u2068" in t for t in titles)


def test_the_court_line_reads_in_the_readers_digits_and_punctuation(client, index, toomaj):
    case = toomaj.cases.get()
    case.branch, case.judge = "26", "Abolqasem Salavati"
    case.save()
    translate(index, "fa", title="زندانیان سیاسی")
    fa_page = translate(toomaj, "fa", title="توماج صالحی", slug="toomaj-fa")
    fa_case = fa_page.cases.get()
    fa_case.court, fa_case.judge = "دادگاه انقلاب اصفهان", "ابوالقاسم صلواتی"
    fa_case.save()

    def court(page):
        html = client.get(page.url).content.decode()
        return re.search(r"<dd>([^<]*(?:branch|شعبه)[^<]*)</dd>", html).group(1)

    assert court(toomaj) == "Revolutionary Court of Isfahan, branch 26; judge Abolqasem Salavati"
    assert court(fa_page) == "دادگاه انقلاب اصفهان، شعبهٔ ۲۶؛ قاضی ابوالقاسم صلواتی"
