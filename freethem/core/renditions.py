"""Pictures served in the size each screen needs, in the lightest format each browser reads.

A page names what a picture is for (a `Shape`: the home page's hero, a post's teaser) and
`picture()` writes a `<picture>`: one `<source>` per modern format (AVIF where this Pillow can
write it, then WebP) and a JPEG `<img>` for the rest, each with a `srcset` of several widths, so
a phone downloads a phone-sized file. Every size is a Wagtail rendition cut with `fill-…`,
which keeps the editor's focal point in the frame. The `<img>` carries the width and height of
its picture, so the layout keeps the picture's place before it arrives.

A shape may have a second cut for narrow screens (`narrow`): a taller frame for phones, offered
by `<source media=…>` so the browser picks it by the screen's width, not by guesswork.

Renditions are made in the background, never while a reader waits: encoding a hero in AVIF
takes seconds, and on the day a campaign spreads the first readers after a publish would wait
for it and hold a worker each. Publishing a page, or changing an image's file or focal point in
the admin, hands the task `make_pictures` (core/tasks.py) the pictures the page shows
(`pictures_of`, from the optional page method `pictures()`), and `make()` cuts every spec
their shapes list (`specs()`: the one list the tag and the task both read), one at a time and
each saved as made, so a task stopped halfway and run again makes only the rest. When it has
made anything it purges the page cache, and readers get the whole `<picture>`.

Until then `picture()` uses what exists and leaves out the sources it lacks. The `<img>` is
always there: if its smallest JPEG is missing it is made on the spot (one small JPEG, tens of
milliseconds, where the whole set takes seconds), so the page keeps its layout and its width
and height; so is the narrow cut's, where the shape has one, so a phone keeps its frame. A
picture found incomplete asks for the rest once (`ask_for`), unless tasks run inline, where
asking would put the reader back in the queue. `{% rendition_of %}` does the same for a single
rendition named in NAMED: the same cut in JPEG until the WebP is made.
"""

import re
from dataclasses import dataclass

from django.core.cache import caches
from django.db import transaction
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django_tasks.backends.immediate import ImmediateBackend
from PIL import features
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField


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


# Single renditions other parts of the site ask for by name; the task makes them with the shapes.
NAMED = {
    # A page's picture in link previews (core/previews.py).
    "preview": "fill-1200x630|format-jpeg|jpegquality-82",
    # Pictures in a page's text (core/blocks.py: an image, a gallery, a quoted social post).
    "figure": "width-960|format-webp",
    "gallery-thumb": "fill-480x360|format-webp",
    "gallery-large": "max-1920x1920|format-webp",
    "social-post": "max-960x960|format-webp",
    # A prisoner's portrait on the profile, and in lists (prisoners/views.py).
    "portrait": "fill-320x400|jpegquality-75",
    "portrait-thumb": "fill-160x200|jpegquality-70",
}


def specs_named(name):
    """The specs of a shape, or the one spec of a named rendition."""
    return [NAMED[name]] if name in NAMED else specs(SHAPES[name])


def specs(shape):
    """Every rendition spec a picture of `shape` needs: JPEG first, then the formats that take
    longer to encode, so that a task stopped halfway has made the most useful ones."""
    cuts = [shape.cut] + ([shape.narrow] if shape.narrow else [])
    formats = ["jpeg"] + [name for name, _mime in reversed(modern_formats())]
    return [cut.spec(width, fmt) for fmt in formats for cut in cuts for width in cut.widths]


def fallback_specs(shape):
    """The renditions a picture is never shown without: the `<img>`'s smallest JPEG, and the
    narrow cut's, which keeps a phone's frame (a hero cut wide would lose its subject there)."""
    cuts = [shape.cut] + ([shape.narrow] if shape.narrow else [])
    return [cut.spec(cut.widths[0], "jpeg") for cut in cuts]


def pictures_of(page):
    """{image id: [shape names]} of the pictures `page` shows: from its optional `pictures()`
    method (pairs of an image, or None, and a shape or rendition name), its preview picture, and
    the blocks of its text that have a `pictures(value)` method (core/blocks.py)."""
    found = {}
    shown = list(getattr(page, "pictures", tuple)())
    if hasattr(page, "preview_image"):
        shown.append((page.preview_image(), "preview"))
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            shown.extend(_block_pictures(getattr(page, field.name)))
    for image, shape_name in shown:
        if image is not None and shape_name not in found.setdefault(image.pk, []):
            found[image.pk].append(shape_name)
    return found


def _block_pictures(stream):
    for child in stream:
        if hasattr(child.block, "pictures"):
            yield from child.block.pictures(child.value)
        elif isinstance(child.value, StreamValue):
            yield from _block_pictures(child.value)


def shapes_shown(image):
    """The shapes in which the live pages that use `image` show it (Wagtail's reference index)."""
    from wagtail.models import Page, ReferenceIndex

    shapes = []
    for source, _references in ReferenceIndex.get_grouped_references_to(image):
        if isinstance(source, Page) and source.live:
            for shape_name in pictures_of(source.specific).get(image.pk, []):
                if shape_name not in shapes:
                    shapes.append(shape_name)
    return shapes


def existing(image, wanted):
    """{spec: rendition} of the specs in `wanted` already made for `image` as it is framed now
    (prefetched renditions, Wagtail's rendition cache, else one query). Never encodes."""
    from wagtail.images.models import Filter

    found = image.find_existing_renditions(*(Filter(spec=spec) for spec in wanted))
    return {f.spec: rendition for f, rendition in found.items()}


def make(image, shape_names):
    """Make every rendition of `image` the shapes `shape_names` need that does not exist yet,
    one at a time, each saved as soon as it is made. Returns how many were made."""
    from wagtail.images.models import Filter

    wanted = list(dict.fromkeys(spec for name in shape_names for spec in specs_named(name)))
    done = existing(image, wanted)
    made = 0
    for spec in wanted:
        if spec in done:
            continue
        image_filter = Filter(spec=spec)
        # get_or_create: a rendition another process made meanwhile is kept, not doubled.
        _rendition, created = image.renditions.get_or_create(
            filter_spec=spec,
            focal_point_key=image_filter.get_cache_key(image),
            defaults={"file": image.generate_rendition_file(image_filter)},
        )
        made += created
    return made


def rendition(image, name):
    """The rendition `name` of NAMED for `image`, if made; if not, the same cut in JPEG, made
    now (a fraction of the time of WebP or AVIF), and the task is asked for the real one."""
    spec = NAMED[name]
    found = existing(image, [spec])
    if spec in found:
        return found[spec]
    ask_for(image, name)
    return image.get_rendition(re.sub(r"format-(webp|avif)", "format-jpeg", spec))


# How long a picture found incomplete waits before asking again: the task is then late or has
# failed, and asking again resumes it.
ASK_AGAIN_AFTER = 300


def ask_for(image, shape_name):
    """Have the task make what a picture of `image` in `shape_name` lacks; once per image and
    shape every few minutes, however many readers find it incomplete meanwhile."""
    from .tasks import make_pictures

    if isinstance(make_pictures.get_backend(), ImmediateBackend):
        return  # tasks run inline here: the reader would wait for them
    if not caches["default"].add(f"pictures-asked:{image.pk}:{shape_name}", 1, ASK_AGAIN_AFTER):
        return

    image_id = image.pk
    transaction.on_commit(lambda: make_pictures.enqueue(image_id, [shape_name]))


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
    wanted = specs(shape)
    renditions = existing(image, wanted)
    if len(renditions) < len(wanted):
        ask_for(image, shape_name)
    for spec in fallback_specs(shape):
        if spec not in renditions:
            renditions[spec] = image.get_rendition(spec)

    def chosen(cut, fmt):
        """The renditions of `cut` in `fmt` made so far, narrowest first."""
        return [
            renditions[cut.spec(width, fmt)]
            for width in cut.widths
            if cut.spec(width, fmt) in renditions
        ]

    sources = []
    if shape.narrow is not None:
        for fmt, mime in [*modern_formats(), ("jpeg", "image/jpeg")]:
            found = chosen(shape.narrow, fmt)
            if not found:
                continue
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
        found = chosen(shape.cut, fmt)
        if found:
            sources.append(
                format_html(
                    '<source type="{}" srcset="{}" sizes="{}">', mime, _srcset(found), shape.sizes
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
