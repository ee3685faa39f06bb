"""The campaign's brand: its colours checked for contrast, its logos made safe, its stylesheet.

Colours reach the pages as CSS custom properties in a small stylesheet of their own
(`/brand/<version>.css`), never inline: the Content-Security-Policy forbids inline styles. The
version is a digest of the colours, so the address changes when they do and the file can be
kept for a year by browsers and shared caches.

Every brand colour sits behind, or in front of, some text; a colour is refused unless that text
keeps WCAG AA's contrast (4.5:1 for normal text) against it, so an editor cannot make the site
unreadable.

Logos are uploaded by editors, and an SVG is a document that can carry scripts and fetch from
elsewhere. An uploaded SVG is parsed without DTDs or entities (defusedxml), refused if it holds
anything outside a list of drawing elements and attributes (no script, no foreignObject, no
event handler, no reference outside the file), and stored as we wrote it back out. It is served
by the site with a policy that lets nothing run or load even if opened on its own.
"""

import hashlib
import io
import re
from xml.etree import ElementTree

from defusedxml import ElementTree as SafeElementTree
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Today's look, when nothing is set.
DEFAULT_ACCENT = "#a4161a"
DEFAULT_HEADER = "#1b1b1f"
DEFAULT_FOOTER = "#f3efe6"
INK = "#1b1b1f"
PAPER = "#fffdf8"
WHITE = "#ffffff"
AA_NORMAL_TEXT = 4.5

HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def normalise_colour(value):
    """`#abc` or `#AABBCC` as `#aabbcc`; ValueError for anything else."""
    value = (value or "").strip()
    if not HEX.match(value):
        raise ValueError(value)
    value = value.lower()
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return value


def _luminance(colour):
    colour = normalise_colour(colour)
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first, second):
    """WCAG 2's contrast ratio between two colours, from 1 to 21."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def check_colour(value, against, role):
    """The colour `value`, normalised, if each text colour in `against` reads on it at AA.

    `against` maps a colour to what it is (for the message); `role` says where the brand colour
    is used. Raises ValidationError in the editor's language otherwise."""
    try:
        colour = normalise_colour(value)
    except ValueError:
        raise ValidationError(
            _("Write a colour as # followed by six hexadecimal digits, such as #a4161a."),
            code="colour_format",
        ) from None
    for other, what in against.items():
        ratio = contrast_ratio(colour, other)
        if ratio < AA_NORMAL_TEXT:
            raise ValidationError(
                _(
                    "%(colour)s is too close to %(other)s (%(role)s): the contrast is "
                    "%(ratio)s:1, and WCAG AA asks for at least 4.5:1. Choose a darker or "
                    "lighter shade."
                )
                % {
                    "colour": colour,
                    "other": what,
                    "role": role,
                    "ratio": f"{int(ratio * 100) / 100:.2f}",
                },
                code="contrast",
            )
    return colour


def stylesheet(accent, header, footer):
    """The brand stylesheet: custom properties that site.css reads."""
    return (
        f":root {{\n  --accent: {accent};\n  --brand-header: {header};\n  --soft: {footer};\n}}\n"
    )


def version(*parts):
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:12]


# SVG: what a logo may be drawn with.
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ALLOWED_ELEMENTS = {
    "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
    "tspan", "title", "desc", "defs", "use", "symbol", "lineargradient", "radialgradient", "stop",
    "clippath", "mask",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "id", "class", "viewbox", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
    "r", "rx", "ry", "d", "points", "transform", "fill", "fill-opacity", "fill-rule", "stroke",
    "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    "stroke-dasharray", "opacity", "clip-path", "clip-rule", "mask", "offset", "stop-color",
    "stop-opacity", "gradientunits", "gradienttransform", "spreadmethod", "fx", "fy",
    "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
    "letter-spacing", "preserveaspectratio", "version", "role", "aria-label", "aria-hidden",
    "lang", "dx", "dy", "clippathunits", "maskunits", "href", "direction", "xml:space", "style",
}  # fmt: skip
MAX_SVG_BYTES = 512 * 1024


def _local(name):
    if name.startswith("{"):
        namespace, _sep, local = name[1:].partition("}")
        if namespace == "http://www.w3.org/XML/1998/namespace":
            return "xml:" + local
        return local
    return name


def _foreign(name):
    """Whether an element or attribute name belongs to another vocabulary than SVG's (an
    editor's drawing program leaves its own notes: Inkscape, Illustrator)."""
    if not name.startswith("{"):
        return False
    namespace = name[1:].partition("}")[0]
    return namespace not in (SVG_NS, XLINK_NS, "http://www.w3.org/XML/1998/namespace")


def _drop_foreign(root):
    """Leave out what another vocabulary adds (never drawn), and the SVG's metadata."""
    for parent in list(root.iter()):
        for child in list(parent):
            if isinstance(child.tag, str) and (
                _foreign(child.tag) or _local(child.tag).lower() == "metadata"
            ):
                parent.remove(child)
        for attribute in list(parent.attrib):
            if _foreign(attribute):
                del parent.attrib[attribute]


def clean_svg(data):
    """The uploaded SVG `data` (bytes) written back out, or ValidationError saying what was
    refused."""
    if len(data) > MAX_SVG_BYTES:
        raise ValidationError(_("An SVG logo may weigh at most 512 KB."), code="svg_size")
    try:
        root = SafeElementTree.fromstring(data, forbid_dtd=True)
    except Exception:
        raise ValidationError(
            _("This file is not an SVG drawing we can read (or it declares a DTD or entities)."),
            code="svg_unreadable",
        ) from None
    if _local(root.tag).lower() != "svg":
        raise ValidationError(_("This file is not an SVG drawing."), code="svg_unreadable")
    _drop_foreign(root)
    for element in root.iter():
        if not isinstance(element.tag, str):
            raise ValidationError(_("This SVG holds processing instructions."), code="svg_unsafe")
        name = _local(element.tag).lower()
        if name not in ALLOWED_ELEMENTS:
            raise ValidationError(
                _("SVG logos may hold only drawings: “%(name)s” is not allowed.")
                % {"name": _local(element.tag)},
                code="svg_unsafe",
            )
        for attribute, value in element.attrib.items():
            local = _local(attribute).lower()
            if local not in ALLOWED_ATTRIBUTES:
                raise ValidationError(
                    _("SVG logos may hold only drawings: the attribute “%(name)s” is not allowed.")
                    % {"name": _local(attribute)},
                    code="svg_unsafe",
                )
            if local == "href" and not value.strip().startswith("#"):
                raise ValidationError(
                    _("An SVG logo may refer only to its own parts, not to other files."),
                    code="svg_unsafe",
                )
            squeezed = re.sub(r"\s+", "", value).lower()
            if re.search(r"url\((?!['\"]?#)", squeezed) or "@import" in squeezed:
                raise ValidationError(
                    _("An SVG logo may refer only to its own parts, not to other files."),
                    code="svg_unsafe",
                )
    ElementTree.register_namespace("", SVG_NS)
    ElementTree.register_namespace("xlink", XLINK_NS)
    out = io.BytesIO()
    ElementTree.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return out.getvalue()


RASTER_TYPES = {
    "PNG": ("png", "image/png"),
    "WEBP": ("webp", "image/webp"),
    "JPEG": ("jpg", "image/jpeg"),
}
SVG_TYPE = ("svg", "image/svg+xml")


def clean_logo(upload):
    """(bytes, extension) of an uploaded logo: an SVG made safe, or a PNG, WebP or JPEG image
    Pillow can read. ValidationError for anything else."""
    data = upload.read()
    head = data[:512].lstrip().lower()
    if upload.name.lower().endswith(".svg") or head.startswith((b"<?xml", b"<svg")):
        return clean_svg(data), "svg"
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format
            image.verify()
    except Exception:
        kind = None
    if kind not in RASTER_TYPES:
        raise ValidationError(
            _("A logo must be an SVG drawing or a PNG, WebP or JPEG image."), code="logo_type"
        )
    return data, RASTER_TYPES[kind][0]


def content_type(extension):
    for ext, kind in [SVG_TYPE, *RASTER_TYPES.values()]:
        if ext == extension:
            return kind
    return "application/octet-stream"


MUTED = "#55565c"
# Names of networks an account's address may be on, for its link's text; any other https
# address is shown by its host name.
NETWORKS = {
    "bsky.app": "Bluesky",
    "facebook.com": "Facebook",
    "instagram.com": "Instagram",
    "linkedin.com": "LinkedIn",
    "t.me": "Telegram",
    "telegram.me": "Telegram",
    "threads.net": "Threads",
    "tiktok.com": "TikTok",
    "twitter.com": "X",
    "x.com": "X",
    "youtube.com": "YouTube",
}


def account_link(line):
    """{"url", "name"} for one line of the campaign's accounts, or None if it is not https."""
    from urllib.parse import urlsplit

    url = line.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host or any(c in url for c in " <>\"'"):
        return None
    bare = host.removeprefix("www.").removeprefix("m.")
    name = NETWORKS.get(bare)
    if name is None:
        # Mastodon and other servers: the account as people write it, @name@server.
        path = parts.path.strip("/")
        name = f"{path}@{bare}" if path.startswith("@") and "/" not in path else bare
    return {"url": url, "name": name}


DEFAULTS = {
    "name": "",
    "short_name": "",
    "accent_colour": DEFAULT_ACCENT,
    "header_colour": DEFAULT_HEADER,
    "footer_colour": DEFAULT_FOOTER,
    "footer_text": "",
    "contact_email": "",
    "accounts": [],
    "logo_url": "",
    "mark_url": "",
}
DEFAULTS["version"] = version(DEFAULT_ACCENT, DEFAULT_HEADER, DEFAULT_FOOTER)
# What editors may give in each language (BrandName); the rest is the same in every language.
PER_LANGUAGE = ("name", "short_name", "footer_text")


def _read(site_id):
    from django.urls import reverse

    from .models import BrandSettings

    row = BrandSettings.objects.filter(site_id=site_id).defer("logo", "mark").first()
    if row is None:
        return dict(DEFAULTS)
    data = {
        field: getattr(row, field)
        for field in DEFAULTS
        if field not in ("accounts", "logo_url", "mark_url")
    }
    data["version"] = row.version or DEFAULTS["version"]
    data["accounts"] = row.accounts()
    data["languages"] = {
        each["language"]: {field: each[field] for field in PER_LANGUAGE}
        for each in row.names.values("language", *PER_LANGUAGE)
    }
    for kind in ("logo", "mark"):
        extension = getattr(row, f"{kind}_type")
        data[f"{kind}_url"] = (
            reverse(
                "brand_image",
                kwargs={"kind": kind, "version": data["version"], "extension": extension},
            )
            if extension
            else ""
        )
    return data


def in_language(data, language):
    """The brand `data` as readers of `language` see it: each of the name, short name and footer
    text given for their language, or else the site-wide one."""
    own = data.get("languages", {}).get(language) or data.get("languages", {}).get(
        (language or "").split("-")[0]
    )
    data = {key: value for key, value in data.items() if key != "languages"}
    for field in PER_LANGUAGE:
        if own and own.get(field):
            data[field] = own[field]
    return data


def brand_settings(site, language=None):
    """The brand of `site` as plain values (no logo bytes) in `language` (the active language by
    default), remembered until it is saved."""
    from django.utils import translation

    from .cache import remember

    site_id = getattr(site, "pk", None)
    if site_id is None:
        return dict(DEFAULTS)
    data = remember(f"brand:{site_id}", lambda: _read(site_id), structure=True)
    return in_language(data, language or translation.get_language())


def campaign_name(site, language=None):
    """The campaign's name for readers of `language` (the active language by default): the
    brand's name in that language, or the site-wide one, or else the home page's title in it."""
    from django.conf import settings
    from django.utils import translation

    language = language or translation.get_language()
    name = brand_settings(site, language)["name"]
    if name or site is None:
        return name or settings.WAGTAIL_SITE_NAME
    with translation.override(language):
        home = site.root_page.localized
    return home.title
