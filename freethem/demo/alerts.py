"""The demo's alerts: subscribers in four languages and two alerts sent through the real path."""

import datetime

from django.core import mail
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import Locale

from freethem.alerts import services
from freethem.alerts.models import Alert, Delivery, Mailing, Subscriber
from freethem.core.addresses import address_hash
from freethem.news.models import NewsPage

from .data import read

data = read("alerts")


def _addresses():
    """Invented addresses on reserved domains: no mail can reach anyone."""
    n = 0
    while True:
        n += 1
        yield f"reader-{n}@example.{('org', 'net', 'com')[n % 3]}"


class AlertBuilder:
    def __init__(self, log):
        self.log = log

    def subscribers(self):
        addresses = _addresses()
        since = timezone.now() - datetime.timedelta(days=900)
        rows = []
        for language, count in data.SUBSCRIBERS.items():
            for n in range(count):
                rows.append((language, Subscriber.CONFIRMED, n % 5 == 0))
        rows += [("en", Subscriber.PENDING, False)] * data.PENDING
        rows += [("fr", Subscriber.UNSUBSCRIBED, False)] * data.UNSUBSCRIBED
        subscribers = []
        for n, (language, status, from_appeal) in enumerate(rows):
            email = next(addresses)
            when = since + datetime.timedelta(days=n * 4)
            subscribers.append(
                Subscriber(
                    email=email,
                    email_hash=address_hash(email),
                    language=language,
                    status=status,
                    source=Subscriber.APPEAL if from_appeal else Subscriber.FORM,
                    confirmed_at=when if status != Subscriber.PENDING else None,
                    unsubscribed_at=when if status == Subscriber.UNSUBSCRIBED else None,
                )
            )
        Subscriber.objects.bulk_create(subscribers)
        return len(subscribers)

    def alert(self, raw):
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        news = None
        if raw.get("news_slug"):
            news = NewsPage.objects.filter(slug=raw["news_slug"], locale=locales["en"]).first()
        original = None
        for code in ("en", "es", "fa", "fr"):
            version = Alert(
                subject=raw["subject"][code],
                body="".join(f"<p>{text}</p>" for text in raw["body"][code]),
                locale=locales[code],
                # Sent (below) and readable by all in the archive of alerts, in every language.
                archived=raw.get("archived", True),
            )
            if original is not None:
                version.translation_key = original.translation_key
            if news is not None:
                translated = news.get_translation_or_none(locales[code])
                version.news_page = translated or news
            version.save()
            original = original or version
        return original

    def send(self, alert, sent_at):
        """The real sending, with the emails kept in memory instead of leaving the machine."""
        mailing = Mailing.objects.create(alert_key=alert.translation_key, subject=alert.subject)
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            sent = services.send_mailing_now(mailing)
        mail.outbox = []
        Mailing.objects.filter(pk=mailing.pk).update(
            started_at=sent_at, finished_at=sent_at + datetime.timedelta(minutes=3)
        )
        Delivery.objects.filter(mailing=mailing).update(sent_at=sent_at)
        return sent

    def build(self):
        count = self.subscribers()
        sent = []
        for raw in data.ALERTS:
            alert = self.alert(raw)
            sent.append(self.send(alert, datetime.datetime.fromisoformat(raw["sent_at"])))
        self.log(
            f"Added {count} alert subscribers and sent {len(sent)} alerts "
            f"({', '.join(map(str, sent))} messages)."
        )
