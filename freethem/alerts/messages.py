"""An alert as each subscriber receives it: their language, their own unsubscribe link."""

import re

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from freethem.core import mail
from freethem.core.site_address import page_url, site_root, site_url
from freethem.core.translations import published_version

from .models import Alert

RELATIVE = re.compile(r"(\()/(?!/)")

# Stands for each subscriber's own link in a message rendered once per language.
LINK = "freethem-unsubscribe-link"
# The same in a serialised stencil, where it must look like an address to be left as it is.
STAMPED_LINK = "https://freethem-unsubscribe-link.invalid/"


def unsubscribe_url(subscriber):
    with translation.override(subscriber.language):
        return site_url(reverse("alerts_unsubscribe", args=[subscriber.token]))


def alert_context(alert, unsubscribe_url):
    news = alert.news_page.specific if alert.news_page_id else None
    if news is not None:
        # wagtail-localize keeps a translated alert's post as the original's: readers get the
        # post in the alert's language once that is published, else the published one.
        news = published_version(news, alert.locale_id)
    return {
        "alert": alert,
        "news": news,
        "news_url": page_url(news) if news else "",
        "unsubscribe_url": unsubscribe_url,
        "site_name": settings.WAGTAIL_SITE_NAME,
    }


def list_id():
    return f"<alerts.{mail.site_domain()}>"


def versions(alert_key):
    """The original of an alert as last saved, and its published translations.

    A translation "Translate" made holds the original's words until its translator publishes
    it (freethem/core/translations.py): sent before that, it would read as the original in the
    dress of another language. Its readers get the original instead, in its own language.
    """
    alerts = sorted(
        Alert.objects.filter(translation_key=alert_key).select_related("locale"),
        key=lambda alert: alert.pk,
    )
    if not alerts:
        raise Alert.DoesNotExist(alert_key)
    original = alerts[0]
    return original.get_latest_revision_as_object(), [a for a in alerts[1:] if a.live]


class Composer:
    """Renders each language's version of an alert once, then one message per subscriber."""

    def __init__(self, alert_key, test=False):
        self.original, translations = versions(alert_key)
        self.versions = {alert.locale.language_code: alert for alert in translations}
        self.versions[self.original.locale.language_code] = self.original
        self.test = test
        self.rendered = {}

    def _render(self, language):
        if language not in self.rendered:
            alert = self.versions.get(language, self.original)
            # Rendered in the alert's own language, so a fallback reads as one language.
            with translation.override(alert.locale.language_code):
                context = alert_context(alert, LINK)
                text = render_to_string("alerts/emails/alert.txt", context)
                html = render_to_string("alerts/emails/alert.html", context)
                subject = alert.subject
                if self.test:
                    subject = gettext("[Test] %(subject)s") % {"subject": subject}
            # Links to the site's own pages come out of rich text as paths: an email needs
            # the whole address.
            base = site_root()
            html = html.replace('href="/', f'href="{base}/')
            text = RELATIVE.sub(rf"\1{base}/", text)
            # With the language it is written in (the original's, if not translated).
            self.rendered[language] = (subject, text, html, alert.locale.language_code)
        return self.rendered[language]

    def headers(self, link):
        if self.test:
            # A test goes to an editor, who is no subscriber: no unsubscribe button that
            # would lead nowhere.
            return {"List-Id": list_id()}
        return {
            # RFC 2369 and RFC 8058: mail programs show an unsubscribe button that posts
            # "List-Unsubscribe=One-Click" to the link.
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": list_id(),
            "Precedence": "bulk",
        }

    def compose(self, subscriber, connection=None, link=None):
        subject, text, html, written_in = self._render(subscriber.language)
        link = link or unsubscribe_url(subscriber)
        return mail.message(
            subject=subject,
            text=text.replace(LINK, link),
            html=html.replace(LINK, link),
            to=subscriber.email,
            language=written_in,
            automatic=False,
            connection=connection,
            headers=self.headers(link),
        )

    def stencil(self, language):
        """The message in `language`, serialised once, to stamp with each reader's link."""
        if ("stencil", language) not in self.rendered:
            subject, text, html, written_in = self._render(language)
            self.rendered["stencil", language] = mail.Stencil(
                subject=subject,
                text=text.replace(LINK, STAMPED_LINK),
                html=html.replace(LINK, STAMPED_LINK),
                language=written_in,
                automatic=False,
                headers=self.headers(STAMPED_LINK),
            )
        return self.rendered["stencil", language]
