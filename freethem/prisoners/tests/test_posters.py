"""An activist prints posters: one prisoner in A4 or A3 in any language, or a whole pack."""

import io

import pypdf
import pytest
from django.utils import translation

from freethem.news.tests.factories import publish, translate
from freethem.prisoners import posters

from .factories import make_prisoner

pytestmark = pytest.mark.django_db

A4 = (595, 842)
A3 = (842, 1191)


def pdf(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/pdf"
    return pypdf.PdfReader(io.BytesIO(response.content))


def text_of(reader):
    """The words of every page, however the poster wrapped its lines."""
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def size_of(page):
    return (round(float(page.mediabox.width)), round(float(page.mediabox.height)))


def test_a4_poster_in_persian_has_the_name_in_both_scripts(client, toomaj):
    reader = pdf(client, f"{toomaj.url}poster/fa/a4/")
    assert len(reader.pages) == 1
    assert size_of(reader.pages[0]) == A4
    text = text_of(reader)
    assert "توماج صالحی" in text
    assert "Toomaj Salehi" in text
    with translation.override("fa"):
        call = translation.gettext("Free all political prisoners now!")
        status = translation.gettext("Sentenced to death")
    assert call != "Free all political prisoners now!"  # the Persian catalogue is there
    assert call.rstrip("!") in text and status in text
    assert len(reader.pages[0].images) == 1  # the portrait


def test_a3_poster_in_spanish(client, toomaj):
    reader = pdf(client, f"{toomaj.url}poster/es/a3/")
    assert size_of(reader.pages[0]) == A3
    with translation.override("es"):
        call = translation.gettext("Free all political prisoners now!")
    assert call != "Free all political prisoners now!"
    assert call in text_of(reader)


def test_the_poster_uses_the_translated_profile_when_there_is_one(client, index, toomaj):
    translate(index, "es", title="Presos políticos")
    translate(
        toomaj,
        "es",
        title="Toomaj Salehi",
        slug="toomaj-es",
        short_story="Un rapero detenido por sus canciones.",
    )
    text = text_of(pdf(client, f"{toomaj.url}poster/es/a4/"))
    assert "Un rapero detenido por sus canciones." in text
    # Without a French translation the French poster tells the English story.
    assert toomaj.short_story in text_of(pdf(client, f"{toomaj.url}poster/fr/a4/"))


def test_the_story_in_another_language_is_marked_as_such(toomaj):
    html = posters.poster_html([toomaj], "fa", "a4")
    assert '<html lang="fa" dir="rtl"' in html
    assert 'class="story" lang="en" dir="ltr"' in html


@pytest.mark.parametrize("tail", ["poster/xx/a4/", "poster/fa/a5/", "poster/fa/", "posters/a4/x/"])
def test_unknown_languages_and_sizes_are_not_found(client, toomaj, tail):
    assert client.get(f"{toomaj.url}{tail}").status_code == 404


def test_no_poster_for_an_unpublished_profile(client, index):
    page = make_prisoner(index, live=False)
    assert client.get(f"/en/prisoners/{page.slug}/poster/en/a4/").status_code == 404


def test_posters_are_kept_and_made_again_when_the_profile_changes(client, toomaj, monkeypatch):
    made = []
    real = posters.pdf_bytes
    monkeypatch.setattr(posters, "pdf_bytes", lambda html: made.append(1) or real(html))
    url = f"{toomaj.url}poster/en/a4/"
    first = client.get(url).content
    assert client.get(url).content == first
    assert len(made) == 1
    toomaj.short_story = "A new short story."
    publish(toomaj)
    assert "A new short story." in text_of(pdf(client, url))
    assert len(made) == 2


def test_a_private_portrait_is_not_printed(client, toomaj):
    toomaj.private_fields = ["portrait"]
    publish(toomaj)
    reader = pdf(client, f"{toomaj.url}poster/en/a4/")
    assert len(reader.pages[0].images) == 0


def test_a_pack_has_one_poster_per_prisoner_of_the_selection(client, index, toomaj, sotoudeh):
    reader = pdf(client, f"{index.url}posters/a4/")
    assert len(reader.pages) == 2
    text = text_of(reader)
    assert "Toomaj Salehi" in text and "Nasrin Sotoudeh" in text
    only = pdf(client, f"{index.url}posters/a3/?occupation=lawyer")
    assert len(only.pages) == 1 and size_of(only.pages[0]) == A3
    assert "Nasrin Sotoudeh" in text_of(only)


def test_a_pack_is_capped(client, index, toomaj, sotoudeh, settings):
    settings.FREETHEM_POSTER_PACK_MAX = 1
    assert len(pdf(client, f"{index.url}posters/a4/").pages) == 1


def test_an_empty_selection_has_no_pack(client, index, toomaj):
    assert client.get(f"{index.url}posters/a4/?status=released").status_code == 404


def test_publishing_renders_the_posters_in_the_background(
    client, toomaj, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.FREETHEM_POSTERS_ON_PUBLISH = True
    toomaj.short_story = "Rendered before anyone asks."
    with django_capture_on_commit_callbacks(execute=True):
        publish(toomaj)
    made = []
    monkeypatch.setattr(posters, "pdf_bytes", lambda html: made.append(1) or b"")
    for language in ("en", "es", "fa", "fr"):
        for size in ("a4", "a3"):
            # Asked for at any host: a poster names the site's address, not the request's.
            response = client.get(f"{toomaj.url}poster/{language}/{size}/")
            assert response.content.startswith(b"%PDF")
    assert made == []
