"""The shared country field: written out quickly, escaped, one choice marked, in each language."""

from django import forms
from django.utils import translation

from freethem.core.forms import CountryField, QuickSelect


class Where(forms.Form):
    country = CountryField(label="Country")


def test_the_chosen_country_alone_is_marked_and_an_empty_choice_comes_first():
    html = str(Where({"country": "SE"})["country"])
    assert html.startswith('<select id="id_country" name="country" required>')
    assert html.count("<option") > 240
    assert html.split("\n")[1] == '<option value="">Choose a country</option>'
    assert '<option value="SE" selected>Sweden</option>' in html
    assert html.count(" selected>") == 1
    assert Where({"country": ""}).is_valid() is False
    assert Where({"country": "XX"}).is_valid() is False
    assert Where({"country": "IR"}).is_valid() is True


def test_names_follow_the_language_and_are_not_mixed_between_languages():
    with translation.override("fr"):
        french = str(Where()["country"])
    with translation.override("fa"):
        persian = str(Where()["country"])
    assert ">Suède<" in french and ">Suède<" not in persian
    assert "سوئد" in persian


def test_labels_and_values_are_escaped():
    widget = QuickSelect(choices=[("", "Choose"), ('"><script>', "<b>Bold</b> & co")])
    html = widget.render("place", '"><script>')
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; co" in html
    assert 'value="&quot;&gt;&lt;script&gt;" selected' in html
