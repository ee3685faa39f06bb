"""The alerts archive is served from the page cache: it starts again when it may change.

A sending starts (an alert enters the archive), an alert or a translation is saved or deleted
(its words, or whether its language shows it), or the archive choice changes.
"""

from freethem.core.cache import purge_page_cache


def purge_archive(sender, instance, **kwargs):
    purge_page_cache()
