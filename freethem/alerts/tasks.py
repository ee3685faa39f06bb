"""Background work for alerts: writing a sending's deliveries, a test to an editor. The
deliveries themselves go through the site's delivery engine (freethem.alerts.emails)."""

from django.core.mail import get_connection
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from freethem.core.site_address import site_url
from freethem.core.tasks import EMAIL_PRIORITY

from . import services
from .messages import Composer
from .models import Alert, Mailing, Subscriber


@task(priority=EMAIL_PRIORITY)
def prepare_mailing(mailing_id):
    """Write one delivery per confirmed subscriber, then hand them to the engine at once."""
    from freethem.core import delivery

    from .emails import NAME

    mailing = Mailing.objects.filter(pk=mailing_id, prepared=False).first()
    if mailing is None:
        return {"prepared": 0}
    services.prepare(mailing)
    return {"prepared": mailing.total, "queued": delivery.queue(NAME)}


@task(priority=EMAIL_PRIORITY)
def send_test_alert(alert_id, email):
    """The alert as its language's subscribers get it, to an editor, marked as a test."""
    alert = Alert.objects.select_related("locale").get(pk=alert_id)
    language = alert.locale.language_code
    composer = Composer(alert.translation_key, test=True)
    reader = Subscriber(email=email, language=language)
    # The footer's link goes where the alerts are described, in the alert's language: the
    # editor has nothing to unsubscribe from.
    with translation.override(language):
        link = site_url(reverse("alerts_subscribe"))
    with get_connection() as connection:
        composer.compose(reader, connection, link=link).send()
    return {"sent": 1}
