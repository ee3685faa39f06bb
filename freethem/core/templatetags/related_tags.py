from django import template

from freethem.core.related import related_to

register = template.Library()


@register.simple_tag
def related_content(page):
    """[(heading, [page, …])] related to `page` by the apps (core/related.py)."""
    return related_to(page) if page is not None and page.pk else []
