"""General pages: about the campaign, its plans, its privacy policy, how to help."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from freethem.appeals.blocks import AppealSignBlock
from freethem.core.blocks import BodyBlock
from freethem.core.navigation import MenuLabel
from freethem.core.previews import first_stream_image
from freethem.core.search import FoldedSearch


class GeneralBodyBlock(BodyBlock):
    """A general page's text: the blocks a post has, the sign box included."""

    sign_box = AppealSignBlock()


class GeneralPageForm(WagtailAdminPageForm):
    """Refuses an address the parent page already answers itself (a list page's `past/` or
    `calendar/`): the parent's own view would always win, and the page could never be read."""

    def clean(self):
        cleaned = super().clean()
        slug, parent = cleaned.get("slug"), getattr(self, "parent_page", None)
        resolve = getattr(parent and parent.specific, "resolve_subpage", None)
        if slug and resolve:
            try:
                resolve(f"/{slug}/")
            except Http404:
                pass
            else:
                self.add_error("slug", _("This address is already used by the page above."))
        return cleaned


class GeneralPage(MenuLabel, FoldedSearch, Page):
    """A page of the campaign's own that is neither news nor an appeal: placed anywhere (under
    the home page, another general page or a list of news, prisoners or actions, as "How to
    write to a prisoner" under the prisoners), shown in the menu when its editor asks. The
    lists read their own page types, so a general page is never listed as a post, a prisoner
    or an event."""

    lead = models.TextField(
        _("lead"), blank=True, help_text=_("One or two sentences under the title. May stay empty.")
    )
    body = StreamField(GeneralBodyBlock(), verbose_name=_("text"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("lead"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
    ]
    subpage_types = ["pages.GeneralPage"]
    base_form_class = GeneralPageForm

    class Meta:
        verbose_name = _("general page")

    def preview_text(self):  # link previews (core/previews.py)
        return self.lead

    def preview_image(self):
        return first_stream_image(self.body)
