"""StreamField blocks shared by every page type that carries long text."""

from urllib.parse import parse_qs, urlparse

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock as BaseDocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock as BaseImageChooserBlock

from . import preload

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


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


def embed_player_url(url):
    """The privacy-friendlier player address for a video link, or None if we know no player.

    Only used after the visitor has clicked: before that, the page loads nothing from the
    provider.
    """
    parsed = urlparse(url or "")
    if parsed.scheme not in ("http", "https"):
        return None
    video = _youtube_id(parsed)
    if video and video.replace("-", "").replace("_", "").isalnum():
        return f"https://www.youtube-nocookie.com/embed/{video}?autoplay=1"
    video = _vimeo_id(parsed)
    if video:
        return f"https://player.vimeo.com/video/{video}?dnt=1&autoplay=1"
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

    class Meta:
        icon = "group"
        template = "core/blocks/signatories.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, label=_("Link text"))

    class Meta:
        icon = "doc-full"
        template = "core/blocks/document.html"


RESOURCE_LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fa", _("Persian")),
    ("fr", _("French")),
    ("de", _("German")),
    ("ar", _("Arabic")),
    ("ku", _("Kurdish")),
    ("it", _("Italian")),
    ("pt", _("Portuguese")),
    ("mul", _("Several languages")),
]
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
    language = blocks.ChoiceBlock(choices=RESOURCE_LANGUAGES, label=_("language of the file"))
    kind = blocks.ChoiceBlock(choices=RESOURCE_KINDS, label=_("kind"), default="flyer")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(RESOURCE_KINDS).get(value["kind"], value["kind"])
        context["language_label"] = dict(RESOURCE_LANGUAGES).get(
            value["language"], value["language"]
        )
        return context

    class Meta:
        icon = "download"
        template = "core/blocks/resource.html"


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


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    heading = blocks.CharBlock(
        form_classname="title", label=_("Heading"), template="core/blocks/heading.html"
    )
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock(label=_("Quote"))
    signatories = SignatoriesBlock(label=_("List of signatories"))
    document = DocumentBlock(label=_("Download"))
    embed = EmbedBlock(label=_("Video or social post"))


class CorrectionBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    text = blocks.TextBlock(label=_("What was corrected"))

    class Meta:
        icon = "warning"


class CorrectionsBlock(blocks.StreamBlock):
    correction = CorrectionBlock()
