from django.db import models


class MirrorChange(models.Model):
    """A page that was published, unpublished, moved or deleted since the site's own mirror
    (FREETHEM_MIRROR_DIR) was last refreshed; no page at all: the whole mirror is owed a new
    build (the nightly one). Kept until the refresh that took it has finished, so a refresh
    stopped halfway is done again (freethem/mirror/freshness.py)."""

    page_id = models.PositiveIntegerField(null=True, blank=True)
    # Addresses the page had before it went or moved (and so everything under them in the
    # mirror), and the pages it was listed under then.
    gone = models.JSONField(default=list, blank=True)
    parents = models.JSONField(default=list, blank=True)
    recorded_at = models.DateTimeField(auto_now_add=True)
    # Set while a refresh holds the change; a lease that ran out was lost with its worker.
    held_until = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"page {self.page_id}" if self.page_id else "the whole mirror"
