"""The site menu: the home page's children marked "show in menus", each by its menu label.

A page's title is often too long for a menu that must fit one line on a desktop screen in
every language; editors give it a short label in the Promote tab (translated with the page), or
leave it empty to use the title.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class MenuLabel(models.Model):
    """A page that can be in the menu, with its short label."""

    menu_label = models.CharField(
        _("menu label"),
        max_length=40,
        blank=True,
        help_text=_(
            "A word or two for the site menu, which must fit one line. Empty: the page's title."
        ),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("menu_label")]

    class Meta:
        abstract = True

    def get_menu_label(self):
        return self.menu_label or self.title
