from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from . import vocabulary as v


class SourceBlock(blocks.StructBlock):
    """Where a fact comes from. Internal sources stay in the admin: they may endanger someone."""

    kind = blocks.ChoiceBlock(choices=v.SOURCE_KINDS, label=_("kind"))
    title = blocks.CharBlock(label=_("title"), max_length=300)
    publisher = blocks.CharBlock(label=_("publisher"), required=False, max_length=200)
    date = blocks.DateBlock(label=_("date"), required=False)
    url = blocks.URLBlock(label=_("link"), required=False)
    internal = blocks.BooleanBlock(
        label=_("internal only"),
        required=False,
        help_text=_("Never shown on the site, in posters or in open data."),
    )

    class Meta:
        icon = "link"
        label = _("Source")


class RecognitionBlock(blocks.StructBlock):
    organization = blocks.CharBlock(label=_("organization"), max_length=200)
    url = blocks.URLBlock(label=_("link"), required=False)
    date = blocks.DateBlock(label=_("date"), required=False)

    class Meta:
        icon = "success"
        label = _("Recognised as a political prisoner by")


class ChargeBlock(blocks.StructBlock):
    charge = SnippetChooserBlock("prisoners.Charge", label=_("charge"))
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Charge")


class SentenceBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=v.SENTENCE_KINDS, label=_("kind"))
    years = blocks.IntegerBlock(label=_("years"), required=False, min_value=0, max_value=200)
    months = blocks.IntegerBlock(label=_("months"), required=False, min_value=0, max_value=11)
    lashes = blocks.IntegerBlock(label=_("lashes"), required=False, min_value=0, max_value=10000)
    amount = blocks.CharBlock(label=_("amount (fines)"), required=False, max_length=100)
    note = blocks.CharBlock(label=_("note"), required=False, max_length=300)

    class Meta:
        icon = "warning"
        label = _("Sentence")
