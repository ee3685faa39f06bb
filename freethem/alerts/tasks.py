"""Background work for alerts: the sending of a mailing, a test to an editor."""

from django.core.mail import get_connection
from django_tasks import task

from . import services
from .messages import Composer
from .models import Alert, Subscriber


@task()
def send_mailing(mailing_id, runner):
    """Send a mailing's owed deliveries; see services.run_mailing."""
    return services.run_mailing(mailing_id, runner)


@task()
def send_test_alert(alert_id, email):
    """The alert as its language's subscribers get it, to an editor, marked as a test."""
    alert = Alert.objects.select_related("locale").get(pk=alert_id)
    language = alert.locale.language_code
    composer = Composer(alert.translation_key, test=True)
    reader = Subscriber(email=email, language=language)
    link = services.absolute("/")
    with get_connection() as connection:
        composer.compose(reader, connection, link=link).send()
    return {"sent": 1}
