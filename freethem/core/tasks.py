"""Background work shared by every app."""

from datetime import datetime

from django_tasks import task

from . import delivery

# Emails go before any other background work (poster renders, Wagtail's reference index): a
# signer waiting for their confirmation must not wait behind a hundred posters.
EMAIL_PRIORITY = 50


@task(priority=EMAIL_PRIORITY)
def send_emails(postbox, ids, lease):
    """Send owed emails of one postbox (freethem.core.delivery); `lease` names the hand-over."""
    return delivery.deliver(postbox, ids, datetime.fromisoformat(lease))
