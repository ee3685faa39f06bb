from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


class HomePage(Page):
    """The campaign's front page, one per language: who we are, the latest news, the sections."""

    tagline = models.CharField(
        _("tagline"), max_length=255, help_text=_("One line that says what the campaign wants.")
    )
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    latest_count = models.PositiveSmallIntegerField(_("news items shown"), default=5)

    content_panels = Page.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("intro"),
        FieldPanel("latest_count"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "appeals.AppealPage"]

    class Meta:
        verbose_name = _("home page")

    def sections(self):
        """The live sections under this home page, in the order editors arranged them."""
        return self.get_children().live().public().specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = list(self.sections())
        context["sections"] = sections
        context["latest_news"] = next(
            (s.latest_posts(self.latest_count) for s in sections if hasattr(s, "latest_posts")),
            [],
        )
        return context
