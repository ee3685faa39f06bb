"""Keep each news index's filter choices up to date when its posts change."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.search import index as search_index
from wagtail.signals import page_published, page_unpublished, post_page_move

from freethem.core.cache import purge_page_cache

from .models import NewsIndexPage, NewsPage, TagName


def _indexes_above(*paths):
    parents = {path[: -NewsPage.steplen] for path in paths if path}
    return list(NewsIndexPage.objects.filter(path__in=parents))


def _refresh(indexes):
    # Forgotten at once, so that nothing in this transaction reads the old choices; worked
    # out again once the change is committed (the count must see it), in the editor's
    # request, so that readers find them ready.
    for index in indexes:
        index.forget_facets()
    transaction.on_commit(lambda: [index.refresh_facets() for index in indexes])


@receiver(page_published, sender=NewsPage)
@receiver(page_unpublished, sender=NewsPage)
@receiver(post_delete, sender=NewsPage)
def refresh_on_post_change(sender, instance, **kwargs):
    _refresh(_indexes_above(instance.path))


@receiver(post_page_move, sender=NewsPage)
def refresh_on_post_move(sender, instance, url_path_before=None, **kwargs):
    before = kwargs.get("parent_page_before")
    after = kwargs.get("parent_page_after")
    _refresh([p.specific for p in (before, after) if p and p.specific_class is NewsIndexPage])


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def refresh_on_privacy_change(sender, **kwargs):
    # A section turned private or public again changes which posts every index counts.
    _refresh(list(NewsIndexPage.objects.all()))


@receiver(post_save, sender=TagName)
@receiver(post_delete, sender=TagName)
def purge_on_tag_name_change(sender, instance, **kwargs):
    """A tag's names show on every post and filter that carries it, and the search finds
    those posts by the names they show."""
    purge_page_cache()
    for post in NewsPage.objects.filter(tags__id=instance.tag_id).distinct():
        search_index.insert_or_update_object(post)
