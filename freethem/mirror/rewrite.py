"""Reading and rewriting the addresses in a page, a stylesheet or a sitemap, with parsers.

HTML is read with the standard library's HTML parser; only the start tags that carry an
address are written anew (their attributes escaped again), every other byte of the page is
kept as the site served it. Stylesheets are read with tinycss2 (a CSS tokenizer), so a `url()`
inside a string or a comment is never mistaken for one.

Each rewriter takes `replace(url, context) -> str | None`: the new address, or None to drop
it (the attribute is removed, the `srcset` candidate left out).
"""

import html
import xml.etree.ElementTree as ET  # noqa: S405  (the site's own sitemap, not foreign input)
from dataclasses import dataclass
from html.parser import HTMLParser

import tinycss2
from tinycss2.serializer import serialize_string_value, serialize_url

# The attributes holding one address, by element ("*": any element).
URL_ATTRIBUTES = {
    "a": ("href",),
    "area": ("href",),
    "link": ("href",),
    "img": ("src",),
    "source": ("src",),
    "script": ("src",),
    "iframe": ("src",),
    "audio": ("src",),
    "video": ("src", "poster"),
    "track": ("src",),
    "use": ("href", "xlink:href"),
    "image": ("href", "xlink:href"),
    "form": ("action",),
}
SRCSET = ("img", "source")


@dataclass
class Found:
    """Where an address was found: the element, its attribute and all its attributes."""

    tag: str
    attribute: str
    attributes: dict


class _StartTags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []

    def _keep(self, tag, attrs, closed):
        line, column = self.getpos()
        self.tags.append((line, column, self.get_starttag_text(), tag, attrs, closed))

    def handle_starttag(self, tag, attrs):
        self._keep(tag, attrs, False)

    def handle_startendtag(self, tag, attrs):
        self._keep(tag, attrs, True)


def _start_tags(text):
    parser = _StartTags()
    parser.feed(text)
    parser.close()
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    for line, column, raw, tag, attrs, closed in parser.tags:
        yield starts[line - 1] + column, raw, tag, attrs, closed


def _srcset(value, replace, found):
    candidates = []
    for candidate in value.split(","):
        words = candidate.split()
        if not words:
            continue
        url = replace(words[0], found)
        if url is not None:
            candidates.append(" ".join([url, *words[1:]]))
    return ", ".join(candidates) or None


def _start_tag(tag, attrs, closed):
    written = [
        name if value is None else f'{name}="{html.escape(value, quote=True)}"'
        for name, value in attrs
    ]
    return "<" + " ".join([tag, *written]) + (" />" if closed else ">")


def rewrite_html(text, replace):
    """The page with every address in it replaced by `replace`."""
    out, last = [], 0
    for offset, raw, tag, attrs, closed in _start_tags(text):
        names = URL_ATTRIBUTES.get(tag, ())
        srcset = tag in SRCSET
        if not names and not srcset:
            continue
        attributes = dict(attrs)
        changed, new = False, []
        for name, value in attrs:
            if value is not None and name in names:
                replaced = replace(value, Found(tag, name, attributes))
            elif value is not None and srcset and name == "srcset":
                replaced = _srcset(value, replace, Found(tag, name, attributes))
            else:
                new.append((name, value))
                continue
            changed = changed or replaced != value
            if replaced is not None:
                new.append((name, replaced))
        if changed and text.startswith(raw, offset):
            out.append(text[last:offset])
            out.append(_start_tag(tag, new, closed))
            last = offset + len(raw)
    out.append(text[last:])
    return "".join(out)


def html_addresses(text):
    """Every address in a page, with where it was found."""
    found = []

    def keep(url, where):
        found.append((url, where))
        return url

    rewrite_html(text, keep)
    return found


def _walk_css(tokens, replace):
    for token in tokens:
        if token.type == "url":
            url = replace(token.value)
            if url is not None:
                token.value, token.representation = url, f"url({serialize_url(url)})"
        elif token.type == "function" and token.lower_name == "url":
            for argument in token.arguments:
                if argument.type == "string":
                    url = replace(argument.value)
                    if url is not None:
                        argument.value = url
                        argument.representation = f'"{serialize_string_value(url)}"'
        elif getattr(token, "content", None) is not None and token.type in (
            "() block",
            "[] block",
            "{} block",
        ):
            _walk_css(token.content, replace)
        elif token.type == "function":
            _walk_css(token.arguments, replace)


def rewrite_css(text, replace):
    """The stylesheet with every `url()` in it replaced by `replace` (kept where it answers
    None: a stylesheet has no attribute to drop)."""
    tokens = tinycss2.parse_component_value_list(text)
    _walk_css(tokens, replace)
    return tinycss2.serialize(tokens)


def css_addresses(text):
    found = []

    def keep(url):
        found.append(url)
        return url

    rewrite_css(text, keep)
    return found


def sitemap_addresses(text):
    """The locations a sitemap (or sitemap index) lists."""
    try:
        root = ET.fromstring(text)  # noqa: S314
    except ET.ParseError:
        return []
    return [element.text.strip() for element in root.iter() if element.tag.endswith("}loc")]


def robots_sitemaps(text):
    return [
        line.split(":", 1)[1].strip()
        for line in text.splitlines()
        if line.lower().startswith("sitemap:")
    ]
