"""Pictures served in the size each screen needs, in the lightest format each browser reads.

A page names what a picture is for (a `Shape`: the home page's hero, a post's teaser) and
`picture()` writes a `<picture>`: one `<source>` per modern format (AVIF where this Pillow can
write it, then WebP) and a JPEG `<img>` for the rest, each with a `srcset` of several widths, so
a phone downloads a phone-sized file. Every size is a Wagtail rendition cut with `fill-…`,
which keeps the editor's focal point in the frame. The `<img>` carries the width and height of
its picture, so the layout keeps the picture's place before it arrives.

A shape may have a second cut for narrow screens (`narrow`): a taller frame for phones, offered
by `<source media=…>` so the browser picks it by the screen's width, not by guesswork.

Renditions are looked up in one query per picture (`Image.get_renditions`) and made on the
first visit that needs them; the page cache keeps the page that names them.
"""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from PIL import features


def modern_formats():
    """The formats offered before JPEG, best first: AVIF if Pillow here writes it, then WebP."""
    formats = []
    if features.check("avif"):
        formats.append(("avif", "image/avif"))
    if features.check("webp"):
        formats.append(("webp", "image/webp"))
    return formats


@dataclass(frozen=True)
class Cut:
    """A frame (width:height) at several widths."""

    ratio: tuple[int, int]
    widths: tuple[int, ...]

    def spec(self, width, image_format):
        # Quality comes from the settings (WAGTAILIMAGES_*_QUALITY): a longer spec would leave
        # less of the image's name in the rendition's file name.
        height = round(width * self.ratio[1] / self.ratio[0])
        return f"fill-{width}x{height}|format-{image_format}"


@dataclass(frozen=True)
class Shape:
    """What a picture is for: its cut, the cut for narrow screens if any, and `sizes`."""

    cut: Cut
    sizes: str
    narrow: Cut | None = None
    narrow_media: str = "(max-width: 40em)"


TEASER = Cut((3, 2), (320, 640))

SHAPES = {
    # The home page's hero: wide on large screens, a taller frame on phones.
    "hero": Shape(
        cut=Cut((16, 7), (800, 1280, 1920)),
        narrow=Cut((3, 2), (400, 800)),
        sizes="(max-width: 60rem) 100vw, 60rem",
    ),
    # A post's picture beside its title in lists, and on a card (home page, related posts):
    # the same files, shown at another size. Two widths keep a list of ten posts light.
    "teaser": Shape(cut=TEASER, sizes="(max-width: 40em) 100vw, 15rem"),
    "card": Shape(cut=TEASER, sizes="(max-width: 40em) 100vw, 20rem"),
}


def specs(shape):
    """Every rendition spec a picture of `shape` needs."""
    cuts = [shape.cut] + ([shape.narrow] if shape.narrow else [])
    formats = [name for name, _mime in modern_formats()] + ["jpeg"]
    return [cut.spec(width, fmt) for cut in cuts for fmt in formats for width in cut.widths]


def _srcset(renditions):
    return ", ".join(f"{r.url} {r.width}w" for r in renditions)


def picture(image, shape_name, *, alt="", lazy=True, css_class=""):
    """The `<picture>` of `image` cut as the shape `shape_name` says (see the module doc).

    `alt` is the image's text alternative: empty where the picture only repeats what a title
    beside it says. `lazy` lets the browser wait until the picture nears the screen (off for
    a hero, which is the first thing seen).
    """
    if image is None:
        return ""
    shape = SHAPES[shape_name]
    renditions = image.get_renditions(*specs(shape))

    def chosen(cut, fmt):
        return [renditions[cut.spec(width, fmt)] for width in cut.widths]

    sources = []
    if shape.narrow is not None:
        for fmt, mime in [*modern_formats(), ("jpeg", "image/jpeg")]:
            found = chosen(shape.narrow, fmt)
            sources.append(
                format_html(
                    '<source media="{}" type="{}" srcset="{}" sizes="{}" width="{}" height="{}">',
                    shape.narrow_media,
                    mime,
                    _srcset(found),
                    shape.sizes,
                    found[0].width,
                    found[0].height,
                )
            )
    for fmt, mime in modern_formats():
        sources.append(
            format_html(
                '<source type="{}" srcset="{}" sizes="{}">',
                mime,
                _srcset(chosen(shape.cut, fmt)),
                shape.sizes,
            )
        )
    fallback = chosen(shape.cut, "jpeg")
    base = fallback[0]
    attributes = [
        ("src", base.url),
        ("srcset", _srcset(fallback)),
        ("sizes", shape.sizes),
        ("width", base.width),
        ("height", base.height),
        ("alt", alt),
        ("decoding", "async"),
    ]
    if lazy:
        attributes.append(("loading", "lazy"))
    else:
        attributes.append(("fetchpriority", "high"))
    if css_class:
        attributes.append(("class", css_class))
    img = format_html(
        "<img{}>",
        format_html_join("", ' {}="{}"', attributes),
    )
    return mark_safe(f"<picture>{''.join(sources)}{img}</picture>")  # noqa: S308 - built with format_html
