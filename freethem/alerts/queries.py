"""What the public may read of the alerts: the archive, and nothing about who received them.

An alert is in the archive of a language when it was sent (its mailing started), its original
keeps "publish in the archive" ticked, and it is written in that language: the original, or a
translation its translator has published. A translation left a draft was sent as the original
(messages.py), so its language's archive shows nothing of it yet.

Readers get the words that were sent: the original as last saved (it goes out so, published or
not) and a translation as published. Only the alert's title, date, text and post are read here;
subscribers, deliveries and unsubscribe links never leave the admin.
"""

from django.conf import settings
from django.db.models import F, OuterRef, Q, Subquery

from freethem.core.translations import published_version

from .models import Alert, Mailing


def archive(language):
    """Alerts in the archive in `language`, newest sending first, each with its `sent_at`."""
    first = Alert.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk")
    sent = Mailing.objects.filter(alert_key=OuterRef("translation_key"))
    return (
        Alert.objects.filter(locale__language_code=language)
        .annotate(
            sent_at=Subquery(sent.values("started_at")[:1]),
            original_pk=Subquery(first.values("pk")[:1]),
            in_archive=Subquery(first.values("archived")[:1]),
        )
        .filter(sent_at__isnull=False, in_archive=True)
        .filter(Q(pk=F("original_pk")) | Q(live=True))
        .select_related("locale")
        .order_by("-sent_at", "-pk")
    )


def as_sent(alert):
    """The words readers got: the original as last saved, a translation as published."""
    if alert.pk != alert.original_pk:
        return alert
    sent = alert.get_latest_revision_as_object()
    sent.sent_at, sent.original_pk = alert.sent_at, alert.original_pk
    return sent


def archived_alert(pk, language):
    """The alert `pk` as its archive page shows it in `language`, or None."""
    alert = archive(language).filter(pk=pk).first()
    return as_sent(alert) if alert is not None else None


def elsewhere(pk, language):
    """For an alert of the archive in another language (a language switcher's link): its
    version in `language`'s archive if there is one, else True; None if `pk` is in no archive."""
    key = Alert.objects.filter(pk=pk).values_list("translation_key", flat=True).first()
    if key is None:
        return None
    here = archive(language).filter(translation_key=key).first()
    if here is not None:
        return here
    in_some_archive = any(
        archive(code).filter(pk=pk).exists() for code, _name in settings.LANGUAGES
    )
    return True if in_some_archive else None


def news_post(alert):
    """The post an archived alert links to, in the alert's language if published there."""
    if not alert.news_page_id:
        return None
    return published_version(alert.news_page.specific, alert.locale_id)


def archive_page(language, number):
    from freethem.core.pagination import ListPage

    page = ListPage(archive(language), number, settings.FREETHEM_ALERTS_PER_PAGE)
    page.object_list = [as_sent(alert) for alert in page.object_list]
    return page
