"""Posters to carry at street actions: one prisoner per page, A4 or A3, in any site language.

Each poster is rendered by WeasyPrint from `prisoners/poster.html` and kept in the fragment
cache under the publication times of the pages it was made from, so a changed profile gets a
new poster and an unchanged one is never rendered twice. Publishing a profile renders its
posters in the background (see signals.py) when FREETHEM_POSTERS_ON_PUBLISH is on. The QR code
and the address printed under it name the site's configured address (core/site_address.py),
never the host a request came with: a poster is printed and handed out far from the request
that made it, and one made in the background has no request at all.
"""

import hashlib

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.http import content_disposition_header

from freethem.core import calendars
from freethem.core.cache import fragment_cache, reads_parameters, release
from freethem.core.printing import data_uri, pdf_bytes, qr_svg
from freethem.core.site_address import page_url, site_root
from freethem.core.writing import language_direction

from . import vocabulary as v
from .forms import FILTERS
from .profile import public_profile
from .queries import for_posters, in_language

SIZES = {"a4": "A4", "a3": "A3"}
PORTRAIT = "max-1200x1500|format-jpeg|jpegquality-82"
DEFAULT_PACK_LIMIT = 100


def pack_limit():
    return getattr(settings, "FREETHEM_POSTER_PACK_MAX", DEFAULT_PACK_LIMIT)


def _languages():
    return {code for code, _name in settings.LANGUAGES}


def _portrait_uri(image):
    if image is None:
        return ""
    rendition = image.get_rendition(PORTRAIT)
    with rendition.file.open("rb") as handle:
        return data_uri(handle.read(), "image/jpeg")


def _poster(page):
    profile = public_profile(page)
    url = page_url(page)
    return {
        "profile": profile,
        "portrait": _portrait_uri(profile.portrait),
        "qr": qr_svg(url),
        "address": url,
        "killed": profile.status in v.KILLED,
        # The short story is in the page's language, which may not be the poster's.
        "story_language": page.locale.language_code,
        "story_dir": language_direction(page.locale.language_code),
    }


def poster_html(pages, language, size):
    with translation.override(language):
        return render_to_string(
            "prisoners/poster.html",
            {
                "posters": [_poster(page) for page in pages],
                "size": SIZES[size],
                "language": language,
            },
        )


def _cached_pdf(key, render):
    cache = fragment_cache()
    pdf = cache.get(key)
    if pdf is None:
        pdf = render()
        cache.set(key, pdf)
    return pdf


def _stamp(pages, language):
    """What a poster is made from: its pages as published, the address it points to, how its
    dates are written, the templates and catalogues of this release."""
    parts = [
        f"{p.pk}@{p.last_published_at.timestamp() if p.last_published_at else 0}" for p in pages
    ]
    parts.append(site_root())
    parts.append(calendars.cache_key(language))
    parts.append(release())
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]


def poster_pdf(page, language, size):
    page = in_language(page, language)
    key = f"poster:{page.translation_key}:{language}:{size}:{_stamp([page], language)}"
    return _cached_pdf(key, lambda: pdf_bytes(poster_html([page], language, size)))


def _pdf_response(pdf, filename):
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=filename
    )
    return response


def poster_response(page, language, size):
    if language not in _languages() or size not in SIZES:
        raise Http404
    pdf = poster_pdf(page, language, size)
    return _pdf_response(pdf, f"{page.slug}-{language}-{size}.pdf")


@reads_parameters(*FILTERS, typed=["q"])
def pack_response(request, index, size):
    """One PDF with a poster for each prisoner of a filtered selection, in the page's language."""
    from .forms import PrisonerFilterForm, prison_choices

    if size not in SIZES:
        raise Http404
    language = translation.get_language()
    form = PrisonerFilterForm(request.GET, prisons=prison_choices(language))
    filters, _ignored = form.filters()
    filters["risk"] = request.GET.get("risk") == "1"
    pages = for_posters(language, filters, pack_limit())
    if not pages:
        raise Http404
    key = f"poster-pack:{language}:{size}:{_stamp(pages, language)}"
    pdf = _cached_pdf(key, lambda: pdf_bytes(poster_html(pages, language, size)))
    return _pdf_response(pdf, f"posters-{language}-{size}.pdf")


def render_posters_for(page):
    """Render and keep the posters of one prisoner in every language and size."""
    for language in sorted(_languages()):
        for size in SIZES:
            poster_pdf(page, language, size)
