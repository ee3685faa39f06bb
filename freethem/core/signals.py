"""Purge the page cache whenever what the public sees may have changed."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .cache import purge_page_cache


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def purge_on_page_change(sender, **kwargs):
    purge_page_cache()


@receiver(post_delete)
def purge_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge_page_cache()


@receiver(post_save, sender=Site)
def purge_on_site_change(sender, **kwargs):
    purge_page_cache()


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def purge_on_privacy_change(sender, **kwargs):
    purge_page_cache()
