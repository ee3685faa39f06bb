"""Purge the page cache whenever what the public sees may have changed.

Every publish starts a new content generation. Whatever changes the site's structure (a page
that appears or disappears, moves, or changes its title, slug or menu place; a home page; a
site, a language or a private section) starts a new structure generation as well.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import purge_page_cache, purge_site_structure
from .models import BrandName, BrandSettings, DateSettings
from .navigation import MenuLabel

# What the remembered routes, menu and language versions are made of.
STRUCTURE_FIELDS = ("live", "title", "slug", "url_path", "show_in_menus", "locale_id")
# Home pages (depth 2, under Wagtail's root) show more of themselves on every page.
HOME_DEPTH = 2


def changes_structure(page, update_fields=None):
    """Whether saving `page` as it is now changes the site's structure (one query)."""
    if page.pk is None or page._state.adding:
        return page.live
    if update_fields is not None and not set(update_fields) & set(STRUCTURE_FIELDS):
        return False
    before = Page.objects.filter(pk=page.pk).values(*STRUCTURE_FIELDS).first()
    if before is None:
        return page.live
    if not (before["live"] or page.live):
        return False  # a draft that was never shown
    if page.depth is not None and page.depth <= HOME_DEPTH:
        return True
    return any(before[field] != getattr(page, field) for field in STRUCTURE_FIELDS)


def changes_menu_label(page):
    """Whether saving a live `page` changes the label the menu shows for it."""
    if page.pk is None or not page.live or not isinstance(page, MenuLabel):
        return False
    return type(page).objects.filter(pk=page.pk).exclude(menu_label=page.menu_label).exists()


@receiver(pre_save)
def purge_on_structure_change(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page) and (
        changes_structure(instance, update_fields) or changes_menu_label(instance)
    ):
        purge_site_structure()


@receiver(page_published)
def purge_on_publish(sender, **kwargs):
    purge_page_cache()


@receiver(page_published)
def draw_card_on_publish(sender, instance, **kwargs):
    """A published page's preview card is drawn in the background (core/cards.py)."""
    if settings.FREETHEM_CARDS_ON_PUBLISH:
        from .tasks import draw_card

        page_id = instance.pk
        transaction.on_commit(lambda: draw_card.enqueue(page_id))


@receiver(page_unpublished)
@receiver(post_page_move)
def purge_on_page_change(sender, **kwargs):
    purge_site_structure()


@receiver(post_delete)
def purge_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge_site_structure()


@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def purge_on_site_change(sender, **kwargs):
    purge_site_structure()


@receiver(post_save, sender=DateSettings)
def purge_on_date_settings(sender, **kwargs):
    # Every page may show dates written the other way now.
    purge_page_cache()


@receiver(post_save, sender=BrandSettings)
@receiver(post_save, sender=BrandName)
@receiver(post_delete, sender=BrandName)
def purge_on_brand_settings(sender, **kwargs):
    # Every page names the brand stylesheet and logo by their version, and the header and
    # footer are remembered with the site's structure.
    purge_site_structure()
