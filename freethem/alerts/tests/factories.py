"""Subscribers and alerts for tests."""

from wagtail.models import Locale

from freethem.alerts.models import Alert, Subscriber
from freethem.core.addresses import address_hash


def subscribers(count, language="en", status=Subscriber.CONFIRMED, start=0):
    return Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"reader{n}@example.org",
                email_hash=address_hash(f"reader{n}@example.org"),
                language=language,
                status=status,
            )
            for n in range(start, start + count)
        ]
    )


def make_alert(subject="Narges Mohammadi needs care now", body="<p>Write to the prison.</p>"):
    return Alert.objects.create(
        subject=subject, body=body, locale=Locale.objects.get(language_code="en")
    )


def translate_alert(alert, language, subject, body="<p>Translated.</p>"):
    return Alert.objects.create(
        subject=subject,
        body=body,
        translation_key=alert.translation_key,
        locale=Locale.objects.get(language_code=language),
    )
