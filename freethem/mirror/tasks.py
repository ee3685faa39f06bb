"""Background work of the site's own mirror (freethem/mirror/freshness.py)."""

from datetime import datetime

from django_tasks import task


@task()
def refresh_mirror(lease):
    """Bring the site's mirror up to date with the changes held at `lease`: only the pages
    they touch, or the whole mirror built afresh and swapped in when one of them asks for it.
    The changes are let go only once done; a refresh stopped halfway is done again."""
    from . import freshness

    return freshness.refresh(datetime.fromisoformat(lease))
