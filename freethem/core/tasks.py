"""Background work shared by every app."""

from datetime import datetime

from django_tasks import task

from . import delivery


@task()
def send_emails(postbox, ids, lease):
    """Send owed emails of one postbox (freethem.core.delivery); `lease` names the hand-over."""
    return delivery.deliver(postbox, ids, datetime.fromisoformat(lease))
