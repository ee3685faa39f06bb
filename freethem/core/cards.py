"""Link-preview cards: a 1200×630 PNG with the campaign's name and a page's title, drawn here.

Chat apps and social sites show a picture beside a shared link only if the page names one
(`og:image`), and only a PNG or JPEG of their own fetching: an SVG is refused by most. A post
with a photo names the photo; every other page names its card, drawn with Pillow in the
page's language and direction. Persian is shaped and laid out right to left by Pillow's
complex-text layout (libraqm, which Pillow's wheels carry; it reads FriBiDi from the system,
a dependency of Pango that WeasyPrint already needs). A prisoner's card carries their
portrait beside the name, where a crop of the portrait to 1200×630 would cut the face.

Fonts are the system's Noto Sans and Noto Sans Arabic, the fonts posters and pages already
use (fonts-noto-core). Pillow draws a text with one font file and has no fallback between
fonts, so the two are merged into one file once (fontTools, a few seconds) and the result is
kept under VAR_DIR/cache/fonts: a Persian title naming "Evin" or an English one quoting a
Persian name is drawn whole.

A card's address carries a digest of everything drawn on it (`card_facts`): a changed title
or campaign name gives a new address, which previews fetch afresh, while an unchanged card is
never drawn twice. Drawn cards live in the fragment cache under that digest, like posters;
publishing a page draws its card in the background when FREETHEM_CARDS_ON_PUBLISH is on, and
otherwise the first request for it does.
"""

import functools
import hashlib
import io
import json
import logging
import os
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from . import icons
from .cache import fragment_cache, remember
from .site_address import site_host, site_url
from .writing import language_direction

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
# Changes whenever the drawing below changes, so that every card is drawn again.
DESIGN = "2"
# The campaign's colours, as in static/css/site.css (--ink, --paper, --accent, --line).
INK, PAPER, ACCENT, LINE = "#1b1b1f", "#fffdf8", "#a4161a", "#d9d5cc"
MUTED_ON_INK = "#c9c6bf"
MARGIN = 72
PORTRAIT_WIDTH = 420
PORTRAIT_SPEC = f"fill-{PORTRAIT_WIDTH}x{HEIGHT}-c75|format-jpeg|jpegquality-85"
TITLE_SIZES = (76, 68, 60, 54, 48, 42)
TITLE_LINES = 4
NAME_SIZES = (36, 32, 28, 24)


# Fonts ----------------------------------------------------------------------------------------


@functools.cache
def _font_path(name):
    """Where the system keeps the font file `name` (as fontconfig would find it), or None."""
    if os.path.isabs(name):
        return name if os.path.exists(name) else None
    folders = [
        Path(folder) / "fonts"
        for folder in os.environ.get("XDG_DATA_DIRS", "/usr/local/share:/usr/share").split(":")
        if folder
    ]
    folders.append(Path.home() / ".local" / "share" / "fonts")
    for folder in folders:
        for found in sorted(folder.rglob(name)) if folder.is_dir() else []:
            return str(found)
    return None


def font_files():
    """The font files cards are drawn with, in order of preference; those missing are left out."""
    return [path for path in map(_font_path, settings.FREETHEM_CARD_FONTS) if path]


def _merged_font(paths):
    """One font file holding the glyphs of all `paths` (the first one's where they overlap)."""
    identity = "|".join(f"{p}:{os.path.getsize(p)}:{os.path.getmtime(p)}" for p in paths)
    digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
    folder = Path(settings.VAR_DIR) / "cache" / "fonts"
    target = folder / f"card-{digest}.ttf"
    if not target.exists():
        from fontTools.merge import Merger

        folder.mkdir(parents=True, exist_ok=True)
        merged = Merger().merge(paths)
        partial = folder / f".{target.name}.{os.getpid()}"
        merged.save(str(partial))
        os.replace(partial, target)  # whole or not at all, whoever else is merging
    return str(target)


@functools.cache
def _font_file():
    paths = font_files()
    if len(paths) > 1:
        try:
            return _merged_font(paths)
        except Exception:
            log.exception("Could not merge the card fonts %s; drawing with the first.", paths)
    return paths[0] if paths else None


@functools.lru_cache(maxsize=16)
def font(size):
    from PIL import ImageFont

    path = _font_file()
    if path is None:
        # No system font: Pillow's own, which has no Arabic script (the checks say so).
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size, layout_engine=ImageFont.Layout.RAQM)


def can_shape_complex_scripts():
    from PIL import features

    return bool(features.check("raqm"))


# What a card shows ----------------------------------------------------------------------------


def campaign(page):
    """The campaign's name in the language of `page` (the brand's name in it, or else the title
    of the home page above it) and the home page's tagline: its name and purpose there."""
    from .brand import brand_settings
    from .models import HomePage

    home_path = page.path[: HomePage.steplen * 2]

    def facts():
        home = HomePage.objects.filter(path=home_path).values("title", "tagline").first()
        home = home or {"title": "", "tagline": ""}
        named = brand_settings(page.get_site(), page.locale.language_code)["name"]
        return {**home, "title": named or home["title"]}

    return remember(f"campaign:{home_path}", facts, structure=True)


def campaign_name(page):
    return campaign(page)["title"]


def card_facts(page):
    """Everything a page's card is drawn from: its digest names the card."""
    language = page.locale.language_code
    portrait = page.preview_portrait() if hasattr(page, "preview_portrait") else None
    home = campaign(page)
    # The home page's own title is the campaign's name: its card says what the campaign wants.
    title = home["tagline"] if page.depth == 2 and home["tagline"] else page.title
    return {
        "title": title,
        "campaign": home["title"],
        "host": site_host(),
        "language": language,
        "rtl": language_direction(language) == "rtl",
        "portrait": f"{portrait.pk}:{portrait.file.name}" if portrait is not None else "",
        "design": DESIGN,
        "fonts": [Path(path).name for path in font_files()],
    }


def digest(facts):
    return hashlib.sha256(json.dumps(facts, sort_keys=True).encode()).hexdigest()[:16]


def card_path(page, facts=None):
    """The path of `page`'s card, its digest included."""
    return reverse("preview_card", args=[page.pk, digest(facts or card_facts(page))])


def card_url(page, facts=None):
    return site_url(card_path(page, facts))


# Drawing --------------------------------------------------------------------------------------


def _wrap(text, face, width, direction, language):
    """`text` cut into lines at spaces, each at most `width` wide (a word longer is cut)."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if face.getlength(candidate, direction=direction, language=language) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while face.getlength(line, direction=direction, language=language) > width:
            cut = len(line) - 1
            while cut > 1 and face.getlength(line[:cut], direction=direction) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line:
        lines.append(line)
    return lines


def _shorten(text, face, width, direction, language):
    """`text` cut at its end with an ellipsis until it is at most `width` wide."""
    while text and face.getlength(text + "…", direction=direction, language=language) > width:
        text = text[:-1].rstrip()
    return text + "…"


def _fit_line(text, sizes, width, rtl, language):
    """The largest of `sizes` at which `text` fits one line, or the smallest and `text` cut."""
    direction = "rtl" if rtl else "ltr"
    for size in sizes:
        face = font(size)
        if face.getlength(text, direction=direction, language=language) <= width:
            return face, text
    return face, _shorten(text, face, width, direction, language)


def _line_height(face, rtl):
    # Persian's letters reach further above and below the line than Latin ones.
    return int(face.size * (1.35 if rtl else 1.18))


def _fit_title(title, width, height, rtl, language):
    """The largest size at which the title fits `width` × `height`, and its lines (the last
    one cut short with an ellipsis at the smallest size)."""
    direction = "rtl" if rtl else "ltr"
    for size in TITLE_SIZES:
        face = font(size)
        most = min(TITLE_LINES, height // _line_height(face, rtl))
        lines = _wrap(title, face, width, direction, language)
        if len(lines) <= most:
            return face, lines
    lines = lines[:most]
    lines[-1] = _shorten(lines[-1], face, width, direction, language)
    return face, lines


def _portrait_image(image):
    from PIL import Image

    rendition = image.get_rendition(PORTRAIT_SPEC)
    with rendition.file.open("rb") as handle:
        picture = Image.open(io.BytesIO(handle.read()))
        picture.load()
    if picture.size != (PORTRAIT_WIDTH, HEIGHT):
        # An image smaller than the card is stretched to its height rather than left short.
        picture = picture.convert("RGB").resize((PORTRAIT_WIDTH, HEIGHT))
    return picture.convert("RGB")


def draw_card(facts, portrait=None):
    """The card as PNG bytes."""
    from PIL import Image, ImageDraw

    rtl = facts["rtl"]
    direction = "rtl" if rtl else "ltr"
    language = facts["language"]
    card = Image.new("RGB", (WIDTH, HEIGHT), INK)
    draw = ImageDraw.Draw(card)

    # The text runs between `start` and `end`, the portrait (if any) sits at the start side.
    left, right = MARGIN, WIDTH - MARGIN
    if portrait is not None:
        picture = _portrait_image(portrait)
        if rtl:
            card.paste(picture, (WIDTH - PORTRAIT_WIDTH, 0))
            right = WIDTH - PORTRAIT_WIDTH - MARGIN
        else:
            card.paste(picture, (0, 0))
            left = PORTRAIT_WIDTH + MARGIN
    # A band of the campaign's red along the card's end edge.
    band = 16
    draw.rectangle((0, 0, band, HEIGHT) if rtl else (WIDTH - band, 0, WIDTH, HEIGHT), fill=ACCENT)
    if rtl:
        left += band
    else:
        right -= band
    width = right - left

    def text(xy, line, face, fill, anchor, direction=direction):
        draw.text(
            xy, line, font=face, fill=fill, anchor=anchor, direction=direction, language=language
        )

    # The mark and the campaign's name.
    mark = 64
    mark_x = right - mark if rtl else left
    emblem = icons.image(mark)  # the campaign's mark (core/icons.py)
    card.paste(emblem, (mark_x, MARGIN - 8), emblem)
    name_face, name = _fit_line(facts["campaign"], NAME_SIZES, width - mark - 24, rtl, language)
    if name:
        x = right - mark - 24 if rtl else left + mark + 24
        text((x, MARGIN - 8 + mark // 2), name, name_face, PAPER, "rm" if rtl else "lm")

    # The title, as large as fits.
    top, bottom = 180, HEIGHT - 124
    title_face, lines = _fit_title(facts["title"], width, bottom - top, rtl, language)
    line_height = _line_height(title_face, rtl)
    y = top + max(0, (bottom - top - line_height * len(lines)) // 2)
    for line in lines:
        text((right if rtl else left, y), line, title_face, PAPER, "ra" if rtl else "la")
        y += line_height

    # The site's address, where the link leads.
    draw.line((left, HEIGHT - 104, right, HEIGHT - 104), fill="#3a3a40", width=2)
    host_face = font(30)
    # An address reads left to right in every language.
    text(
        (right if rtl else left, HEIGHT - MARGIN + 16),
        facts["host"],
        host_face,
        MUTED_ON_INK,
        "rs" if rtl else "ls",
        direction="ltr",
    )

    output = io.BytesIO()
    card.save(output, "PNG", optimize=True)
    return output.getvalue()


def card_png(page, facts=None):
    """`page`'s card, drawn once per digest and then read from the fragment cache."""
    facts = facts or card_facts(page)
    key = f"card:{page.pk}:{digest(facts)}"
    cache = fragment_cache()
    png = cache.get(key)
    if png is None:
        portrait = page.preview_portrait() if hasattr(page, "preview_portrait") else None
        with translation.override(facts["language"]):
            png = draw_card(facts, portrait)
        cache.set(key, png)
    return png
