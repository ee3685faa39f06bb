"""A name or a hashtag keeps its own direction, and the reader's script comes first."""

from django.template import Context, Template
from django.utils import translation

from freethem.core import writing
from freethem.core.writing import FSI, PDI


def test_a_text_is_in_the_script_of_most_of_its_letters():
    assert writing.script("توماج صالحی") == "ARABIC"
    assert writing.script("Toomaj Salehi") == "LATIN"
    assert writing.script("Bogotá (2023)") == "LATIN"
    assert writing.script("2023 !") == ""


def test_a_site_language_is_written_in_the_script_of_its_own_name_in_the_settings():
    assert writing.language_script("fa") == "ARABIC"
    assert writing.language_script("fr") == "LATIN"
    # The name of an Arabic-script person, shown on a Latin page, is marked as the site's
    # language written in that script.
    assert writing.script_language("ARABIC") == "fa"
    assert writing.script_language("CYRILLIC") == ""


def test_the_direction_of_a_text_is_that_of_its_first_strong_character():
    assert writing.direction("#FreeThemAll") == "ltr"
    assert writing.direction("«آزادی» now") == "rtl"
    assert writing.direction("2023") == ""
    assert writing.language_direction("fa") == "rtl"
    assert writing.language_direction("es") == "ltr"


def test_names_in_the_readers_script_come_first_the_others_after_in_their_order():
    names = ["Toomaj Salehi", "توماج صالحی", "Toomaj Salehi", ""]
    assert writing.reading_order(names, "fa") == ["توماج صالحی", "Toomaj Salehi"]
    assert writing.reading_order(names, "fr") == ["Toomaj Salehi", "توماج صالحی"]


def test_a_hashtag_against_the_direction_of_plain_text_is_isolated_and_nothing_else_is():
    persian = "هشتگ #FreeThemAll را پخش کنید."
    assert writing.isolate_runs(persian, "fa") == f"هشتگ {FSI}#FreeThemAll{PDI} را پخش کنید."
    # The same hashtag in text of its own direction gets no invisible characters.
    english = "Share #FreeThemAll and https://example.org/act."
    assert writing.isolate_runs(english, "en") == english
    assert writing.isolate_runs("Écrivez à @campagne", "fr") == "Écrivez à @campagne"
    assert writing.isolate_runs("Join #آزادی", "en") == f"Join {FSI}#آزادی{PDI}"


def test_an_address_is_isolated_without_the_punctuation_that_ends_the_sentence():
    text = "ببینید https://example.org/fa/news/."
    assert writing.isolate_runs(text, "fa") == f"ببینید {FSI}https://example.org/fa/news/{PDI}."


def test_in_html_hashtags_handles_and_addresses_go_into_bdi_but_never_inside_a_tag():
    html = Template("{% load freethem_tags %}{{ text|bidi_runs }}").render(
        Context({"text": "<b>#FreeThemAll</b> & C# @camp mail@example.org"})
    )
    assert html == (
        "&lt;b&gt;<bdi>#FreeThemAll</bdi>&lt;/b&gt; &amp; C# <bdi>@camp</bdi> mail@example.org"
    )
    safe = Template("{% load freethem_tags %}{% filter bidi_runs %}{{ body|safe }}{% endfilter %}")
    body = '<p>هشتگ <a href="https://x.org/#FreeThemAll">#FreeThemAll</a> &#39;و&#39;</p>'
    assert safe.render(Context({"body": body})) == (
        '<p>هشتگ <a href="https://x.org/#FreeThemAll"><bdi>#FreeThemAll</bdi></a> &#39;و&#39;</p>'
    )


def test_the_plain_text_filter_follows_the_active_language():
    template = Template("{% load freethem_tags %}{{ text|isolate_runs }}")
    with translation.override("fa"):
        assert template.render(Context({"text": "با #FreeToomaj"})) == f"با {FSI}#FreeToomaj{PDI}"
    with translation.override("en"):
        assert template.render(Context({"text": "With #FreeToomaj"})) == "With #FreeToomaj"
