"""StreamField blocks shared by every page type that carries long text."""

import re
from urllib.parse import parse_qs, urlencode, urlparse

import nh3
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock as BaseDocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock as BaseImageChooserBlock

from . import preload
from .languages import SEVERAL, file_languages, language_name
from .writing import language_direction

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]
# What those features write, and nothing else: rich text can reach the database other ways
# than the editor (a translation, an import, the API), so it is cleaned where it is shown.
RICH_TEXT_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ol", "ul", "li", "h3"}
RICH_TEXT_ATTRIBUTES = {"a": {"href", "hreflang"}}
RICH_TEXT_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_rich_text(html):
    """`html` with only the tags, attributes and link schemes rich text may carry (nh3)."""
    return mark_safe(  # noqa: S308 (cleaned by nh3 just now)
        nh3.clean(
            str(html),
            tags=RICH_TEXT_TAGS,
            attributes=RICH_TEXT_ATTRIBUTES,
            url_schemes=RICH_TEXT_SCHEMES,
            link_rel=None,
        )
    )


class RichTextBlock(blocks.RichTextBlock):
    """Rich text, shown cleaned by nh3 (clean_rich_text)."""

    def render_basic(self, value, context=None):
        return clean_rich_text(super().render_basic(value, context))


def _youtube_id(parsed):
    host = parsed.netloc.lower().removeprefix("www.").removeprefix("m.")
    if host == "youtu.be":
        return parsed.path.strip("/").split("/")[0] or None
    if host == "youtube.com":
        if parsed.path == "/watch":
            return (parse_qs(parsed.query).get("v") or [None])[0]
        for prefix in ("/embed/", "/shorts/", "/live/"):
            if parsed.path.startswith(prefix):
                return parsed.path[len(prefix) :].split("/")[0] or None
    return None


def _vimeo_id(parsed):
    host = parsed.netloc.lower().removeprefix("www.")
    if host == "vimeo.com":
        first = parsed.path.strip("/").split("/")[0]
        return first if first.isdigit() else None
    return None


_TIME = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$")
_PLAYLIST = re.compile(r"^[A-Za-z0-9_-]{2,64}$")


def _seconds(value):
    """Seconds from a start time as video links write it (90, 90s, 1m30s, 1h2m3s), or None."""
    match = _TIME.match((value or "").strip().lower())
    if not value or not match or not any(match.groups()):
        return None
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def _start(parsed):
    query = parse_qs(parsed.query)
    fragment = parse_qs(parsed.fragment)
    for value in (query.get("t"), query.get("start"), fragment.get("t")):
        if value and (seconds := _seconds(value[0])):
            return seconds
    return None


def embed_player_url(url):
    """The privacy-friendlier player address for a video link, or None if we know no player.

    The link's start time (t=90, t=1m30s, start=90, #t=90s) and YouTube playlist (list=) are
    kept, so the player starts where the link does. Only used after the visitor has clicked:
    before that, the page loads nothing from the provider.
    """
    parsed = urlparse(url or "")
    if parsed.scheme not in ("http", "https"):
        return None
    start = _start(parsed)
    playlist = (parse_qs(parsed.query).get("list") or [""])[0]
    playlist = playlist if _PLAYLIST.match(playlist) else ""
    video = _youtube_id(parsed)
    host = parsed.netloc.lower().removeprefix("www.").removeprefix("m.")
    if video is None and playlist and host == "youtube.com" and parsed.path == "/playlist":
        video = "videoseries"
    if video and video.replace("-", "").replace("_", "").isalnum():
        query = {"autoplay": 1}
        if playlist:
            query["list"] = playlist
        if start:
            query["start"] = start
        return f"https://www.youtube-nocookie.com/embed/{video}?{urlencode(query)}"
    video = _vimeo_id(parsed)
    if video:
        return f"https://player.vimeo.com/video/{video}?dnt=1&autoplay=1" + (
            f"#t={start}s" if start else ""
        )
    return None


class PreloadingChooserMixin:
    """Take objects loaded in bulk by `core.preload.preloaded()` instead of one query per value."""

    def bulk_to_python(self, values):
        found = preload.lookup(self.model_class, values)
        return found if found is not None else super().bulk_to_python(values)


class ImageChooserBlock(PreloadingChooserMixin, BaseImageChooserBlock):
    pass


class DocumentChooserBlock(PreloadingChooserMixin, BaseDocumentChooserBlock):
    pass


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    credit = blocks.CharBlock(required=False, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "core/blocks/image.html"

    def pictures(self, value):
        """The renditions this block shows (core/renditions.py), made when its page is published."""
        return [(value.get("image"), "figure")]


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "core/blocks/quote.html"


class SignatoriesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    names = blocks.TextBlock(
        label=_("Signatories"), help_text=_("One signatory per line: name, then role or place.")
    )
    note = blocks.CharBlock(required=False, label=_("Note"))
    numbered = blocks.BooleanBlock(
        required=False,
        label=_("Numbered"),
        help_text=_("Number the signatories (1, 2, 3…) instead of listing them with bullets."),
    )

    class Meta:
        icon = "group"
        template = "core/blocks/signatories.html"

    def get_context(self, value, parent_context=None):
        # The names without empty lines, so that numbered signatories count 1, 2, 3 in the
        # template, written in the reader's digits there (core/numerals.py).
        context = super().get_context(value, parent_context=parent_context)
        context["signatories"] = [
            line.strip() for line in (value.get("names") or "").splitlines() if line.strip()
        ]
        return context


RESOURCE_KINDS = [
    ("flyer", _("Flyer")),
    ("palm-card", _("Palm card")),
    ("poster", _("Poster")),
    ("appeal", _("Appeal")),
    ("statement", _("Statement")),
    ("report", _("Report")),
    ("other", _("Other")),
]


class ResourceBlock(blocks.StructBlock):
    """A file to download, with what a visitor needs before fetching it on a slow line."""

    document = DocumentChooserBlock(label=_("file"))
    title = blocks.CharBlock(
        required=False, label=_("title"), help_text=_("Empty: the file's title.")
    )
    description = blocks.TextBlock(required=False, label=_("description"))
    language = blocks.ChoiceBlock(choices=file_languages, label=_("language of the file"))
    kind = blocks.ChoiceBlock(choices=RESOURCE_KINDS, label=_("kind"), default="flyer")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(RESOURCE_KINDS).get(value["kind"], value["kind"])
        context["language_label"] = language_name(value["language"])
        return context

    class Meta:
        icon = "download"
        template = "core/blocks/resource.html"


def language_facts(code):
    """The name (in the reader's language) and writing direction of a file's language."""
    return {"code": code, "label": language_name(code), "dir": language_direction(code)}


class DocumentBlock(blocks.StructBlock):
    """A file to download, its language shown and given to browsers (hreflang) when known."""

    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, label=_("Link text"))
    # Not searched: an empty choice would index the words of its "Select an option" label.
    language = blocks.ChoiceBlock(
        choices=file_languages,
        required=False,
        search_index=False,
        label=_("Language of the file"),
        help_text=_(
            "Shown beside the link. With the link text left empty, the file's own title is "
            "shown as written in this language."
        ),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        code = value.get("language") or ""
        if code and code != SEVERAL:
            context["language"] = language_facts(code)
        elif code:
            context["language"] = {"code": "", "label": language_name(code)}
        return context

    class Meta:
        icon = "doc-full"
        template = "core/blocks/document.html"


class ResourcesBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        form_classname="title", icon="title", template="core/blocks/heading.html"
    )
    resource = ResourceBlock()


class EmbedBlock(blocks.StructBlock):
    """A video or social post that loads from its provider only when the visitor clicks."""

    url = blocks.URLBlock(label=_("Address of the video or post"))
    title = blocks.CharBlock(label=_("What it shows"))

    class Meta:
        icon = "media"
        template = "core/blocks/embed.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        url = value.get("url") or ""
        context["player_url"] = embed_player_url(url)
        context["provider"] = urlparse(url).netloc.lower().removeprefix("www.")
        return context


class DividerBlock(blocks.StaticBlock):
    """A thematic break between two parts of a text."""

    class Meta:
        icon = "horizontalrule"
        label = _("Divider")
        admin_text = _("A line between two parts of the text.")
        template = "core/blocks/divider.html"


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    # Not searched: the site search finds a page only by words it shows as text.
    alt = blocks.CharBlock(
        required=False,
        search_index=False,
        label=_("Alternative text"),
        help_text=_("What the picture shows, for those who cannot see it. Empty: the image's own."),
    )
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"


class GalleryBlock(blocks.StructBlock):
    """Pictures side by side; each opens larger, as a plain link, with no script."""

    images = blocks.ListBlock(GalleryImageBlock(), min_num=2, label=_("Images"))
    caption = blocks.CharBlock(required=False, label=_("Caption of the whole gallery"))
    credit = blocks.CharBlock(required=False, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "core/blocks/gallery.html"

    def pictures(self, value):
        return [
            (item.get("image"), name)
            for item in value.get("images", [])
            for name in ("gallery-thumb", "gallery-large")
        ]


class SocialPostBlock(blocks.StructBlock):
    """A copy of a post from a social network: its words and picture kept on our own site, so
    showing it loads nothing from the network; a link leads to the original."""

    text = blocks.TextBlock(label=_("Text of the post"))
    author = blocks.CharBlock(label=_("Author"), help_text=_("The name the account shows."))
    handle = blocks.CharBlock(
        required=False, label=_("Handle"), help_text=_("The account's handle, e.g. @campaign.")
    )
    date = blocks.DateBlock(required=False, label=_("Date of the post"))
    image = ImageChooserBlock(
        required=False,
        label=_("Image"),
        help_text=_("A picture of the post, uploaded here: nothing is loaded from the network."),
    )
    # Here and not only on the image, so that each language's version of the post says in its
    # own words what the picture shows (translated with the page by wagtail-localize).
    image_alt = blocks.CharBlock(
        required=False,
        max_length=300,
        label=_("What the picture shows"),
        help_text=_(
            "For readers who cannot see it, in the page's language. Empty: the image's own "
            "description."
        ),
    )
    url = blocks.URLBlock(label=_("Address of the original post"))

    class Meta:
        icon = "openquote"
        template = "core/blocks/social_post.html"

    def pictures(self, value):
        return [(value.get("image"), "social-post")]

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        parsed = urlparse(value.get("url") or "")
        # A link only to a web address, whatever reached the database another way than the form.
        context["original_url"] = parsed.geturl() if parsed.scheme in ("http", "https") else ""
        context["provider"] = parsed.netloc.lower().removeprefix("www.")
        return context


class BodyBlock(blocks.StreamBlock):
    paragraph = RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    heading = blocks.CharBlock(
        form_classname="title", label=_("Heading"), template="core/blocks/heading.html"
    )
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    signatories = SignatoriesBlock(label=_("List of signatories"))
    document = DocumentBlock(label=_("Download"))
    embed = EmbedBlock(label=_("Video or social post"))
    gallery = GalleryBlock(label=_("Gallery"))
    social_post = SocialPostBlock(label=_("Quoted social media post"))
    divider = DividerBlock()


class CorrectionBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    text = blocks.TextBlock(label=_("What was corrected"))

    class Meta:
        icon = "warning"


class CorrectionsBlock(blocks.StreamBlock):
    correction = CorrectionBlock()
