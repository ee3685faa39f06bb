"""What each page tells search engines and link previews about itself, in its <head>.

Every address here is whole and starts with the configured address (core/site_address.py):
a preview is fetched by a crawler and shown far from the request that made the page, and a
page rendered for one request is kept and served to others.

- The description is the page's search description if an editor wrote one, else what the
  page type offers through `preview_text()` (a post's lead, an appeal's summary, a prisoner's
  public short story), else its introduction, else the campaign's tagline (its home page's):
  plain text, cut at a word near 200 characters.
- The canonical address is the one being shown, with the only query parameter that names
  different content kept: `page` of a numbered list. Filters, sorting, cursors and searches
  give views of pages already listed, without end in their combinations; their canonical
  address is the plain list, so that search engines keep one address for it. A view that shows
  a page from another address (a form sent back with its errors) names the page's own address.
- Alternates (hreflang) list every live public language version of the page, itself
  included, once there are two or more, plus `x-default`: the version in the site's default
  language (settings.LANGUAGE_CODE), else the first in the order of settings.LANGUAGES. A
  part of a page (its list of signers, its past events) has the same part in each version. A
  numbered page of a list has none: page 3 of the Persian news is not page 3 of the English.
- The preview picture is the page's own photo (`preview_image()`, at least 600×315, cut to
  1200×630), or else its card, drawn by the site (core/cards.py).

Pages say what they have through optional methods: `preview_text()`, `preview_image()`,
`preview_portrait()` (a picture for the card) and the attribute `preview_type` (Open Graph's
og:type, "website" unless said). Core knows no page type.
"""

import html
import re

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from wagtail.models import Page

from . import cards, renditions
from .cache import remember
from .site_address import site_url

DESCRIPTION_LENGTH = 200
# The list parameter that names other content, not another view of the same content.
PAGE_PARAMETER = "page"
# Big enough for a large preview on every service that shows one (Facebook asks 600×315).
IMAGE_MIN_WIDTH, IMAGE_MIN_HEIGHT = 600, 315
IMAGE_SPEC = renditions.NAMED["preview"]


def plain_text(value, length=DESCRIPTION_LENGTH):
    """`value` (text or rich text) as one line of plain text, cut at a word near `length`."""
    text = html.unescape(strip_tags(str(value or "")))
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    if " " in cut[length // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–—،؛") + "…"


def description(page):
    if page.search_description:
        return plain_text(page.search_description)
    if hasattr(page, "preview_text"):
        text = plain_text(page.preview_text())
        if text:
            return text
    return plain_text(getattr(page, "intro", "")) or plain_text(cards.campaign(page)["tagline"])


def _absolute(url):
    return url if url.startswith(("https://", "http://")) else site_url(url)


def _page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts and parts[2] else None


def _versions(page):
    """(language code, path) of every live public version of `page`, in settings' order."""
    found = {}
    for version in page.get_translations(inclusive=True).live().public().select_related("locale"):
        path = _page_path(version)
        if path:
            found[version.locale.language_code] = path
    return [(code, found[code]) for code, _name in settings.LANGUAGES if code in found]


def versions(page):
    return remember(f"head-versions:{page.pk}", lambda: _versions(page), structure=True)


def _listed_page_number(request):
    """The number of the list page asked for, when nothing else narrows the list; else None."""
    names = set(request.GET)
    if names != {PAGE_PARAMETER}:
        return None
    try:
        number = int(request.GET[PAGE_PARAMETER])
    except ValueError:
        return None
    return number if number > 1 else None


def addresses(request, page):
    """The canonical address and the alternates of what `request` shows of `page`."""
    own = _page_path(page)
    if own is None:
        return "", []
    if request is None or not request.path.startswith(own):
        return site_url(own), []
    number = _listed_page_number(request)
    canonical = site_url(request.path) + (f"?{PAGE_PARAMETER}={number}" if number else "")
    if number:
        return canonical, []
    rest = request.path[len(own) :]
    listed = versions(page)
    if len(listed) < 2:
        return canonical, []
    alternates = [{"code": code, "url": site_url(path + rest)} for code, path in listed]
    if alternates:
        default = dict(listed).get(settings.LANGUAGE_CODE, listed[0][1])
        alternates.append({"code": "x-default", "url": site_url(default + rest)})
    return canonical, alternates


def preview_image(page):
    """The picture of the page's previews: its url, size, type and alternative text."""
    image = page.preview_image() if hasattr(page, "preview_image") else None
    if image is not None and image.width >= IMAGE_MIN_WIDTH and image.height >= IMAGE_MIN_HEIGHT:
        rendition = image.get_rendition(IMAGE_SPEC)
        return {
            "url": _absolute(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "type": "image/jpeg",
            "alt": image.default_alt_text or "",
        }
    facts = cards.card_facts(page)
    return {
        "url": cards.card_url(page, facts),
        "width": cards.WIDTH,
        "height": cards.HEIGHT,
        "type": "image/png",
        "alt": _("%(title)s — %(campaign)s")
        % {"title": facts["title"], "campaign": facts["campaign"]},
    }


def open_graph_locale(code):
    from django.utils.translation import to_locale

    return settings.FREETHEM_OPEN_GRAPH_LOCALES.get(code) or to_locale(code)


def head(request, page):
    """Everything the <head> says of `page` as `request` shows it."""
    canonical, alternates = addresses(request, page)
    language = page.locale.language_code
    others = [code for code, _path in versions(page) if code != language]
    return {
        "title": page.seo_title or page.title,
        "description": description(page),
        "canonical": canonical,
        "alternates": alternates,
        "type": getattr(page, "preview_type", "website"),
        "locale": open_graph_locale(language),
        "other_locales": [open_graph_locale(code) for code in others],
        "site_name": cards.campaign_name(page),
        "image": preview_image(page),
    }


def is_page(value):
    return isinstance(value, Page) and value.pk is not None and value.depth > 1


def first_stream_image(stream, block_type="image"):
    """The image of the first block of `block_type` (an image and its caption) in `stream`."""
    for block in stream or []:
        if block.block_type == block_type and block.value.get("image") is not None:
            return block.value["image"]
    return None


EMBEDDED_IMAGE = re.compile(r'<embed[^>]*embedtype="image"[^>]*>')
EMBEDDED_ID = re.compile(r'\bid="(\d+)"')


def first_rich_text_image(value):
    """The first image placed in rich text (Wagtail stores it as <embed embedtype="image">)."""
    from wagtail.images import get_image_model

    match = EMBEDDED_IMAGE.search(str(getattr(value, "source", value) or ""))
    found = match and EMBEDDED_ID.search(match.group(0))
    if not found:
        return None
    return get_image_model().objects.filter(pk=int(found.group(1))).first()
