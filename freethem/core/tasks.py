"""Background work shared by every app."""

from datetime import datetime

from django_tasks import task

from . import outbox


@task()
def send_owed_emails(email_ids, lease):
    """Send owed emails (freethem.core.outbox); `lease` says which hand-over this task holds."""
    return outbox.send_owed(email_ids, datetime.fromisoformat(lease))
