"""Alerts: supporters who asked for them, what editors send, and who has received what.

An alert is written once and translated like any snippet; a mailing is the one sending of an
alert to every confirmed subscriber, each in their language where a translation exists. A
delivery row per subscriber and mailing is what the delivery engine (freethem.core.delivery)
sends: a message is marked sent just before its last line goes to the mail server, so a
sending whose worker died goes on with the rest and reaches no one twice.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin, TranslatableMixin

from freethem.core import addresses
from freethem.core.languages import site_languages
from freethem.core.sealing import SealedTextField


class Subscriber(models.Model):
    PENDING, CONFIRMED, UNSUBSCRIBED = "pending", "confirmed", "unsubscribed"
    BOUNCED = "bounced"  # mail systems said the address cannot be reached
    STATUSES = [
        (PENDING, pgettext_lazy("subscriber", "Waiting for confirmation")),
        (CONFIRMED, pgettext_lazy("subscriber", "Confirmed")),
        (UNSUBSCRIBED, pgettext_lazy("subscriber", "Unsubscribed")),
        (BOUNCED, pgettext_lazy("subscriber", "Address bounced")),
    ]
    FORM, APPEAL = "form", "appeal"
    SOURCES = [(FORM, _("Subscription form")), (APPEAL, _("Signature of an appeal"))]

    # Sealed (freethem/core/sealing.py): a copy of the database shows no subscriber's address.
    email = SealedTextField(_("email"))
    # A keyed hash of the address as its provider reads it: one person, one subscription.
    email_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=12, choices=site_languages)
    status = models.CharField(_("status"), max_length=12, choices=STATUSES, default=PENDING)
    source = models.CharField(_("source"), max_length=8, choices=SOURCES, default=FORM)
    # In the unsubscribe link of every alert: unguessable, and never changes.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("subscribed"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("subscriber")
        indexes = [models.Index(fields=["status", "id"], name="alerts_subscriber_status")]

    def __str__(self):
        return _("Subscriber %(number)s") % {"number": self.pk}

    def lookup_hashes(self):
        """The keyed hash this row is found by, under the first data key (for rotation)."""
        return {"email_hash": addresses.address_hash(self.email)}


class Alert(DraftStateMixin, RevisionMixin, TranslatableMixin, PreviewableMixin, models.Model):
    """An urgent message to every subscriber, written here or taken from a news post.

    Drafts and publishing are for its translations: the copy "Translate" makes holds the
    original's words and stays a draft until its translator publishes it, and only a published
    translation is sent (messages.py). The original goes out as last saved, published or not.
    """

    subject = models.CharField(_("subject"), max_length=200)
    body = RichTextField(_("message"), features=["bold", "italic", "link", "ol", "ul"], blank=True)
    news_page = models.ForeignKey(
        "news.NewsPage",
        verbose_name=_("news post"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Sent with its lead and a link to read it in full."),
    )
    # Ticked, a sent alert is also a public page of the alerts archive (queries.py); the
    # original's choice holds for every language and takes effect on saving (wagtail_hooks.py).
    archived = models.BooleanField(
        _("publish in the archive"),
        default=True,
        help_text=_(
            "Once sent, the alert can also be read on the site, in the archive of alerts, "
            "without anything about its readers."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="alert")

    panels = [
        FieldPanel("subject"),
        FieldPanel("news_page"),
        FieldPanel("body"),
        FieldPanel("archived"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        permissions = [("send_alert", _("Can send alerts to every subscriber"))]

    def __str__(self):
        return self.subject

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "alerts/emails/alert.html"

    def get_preview_context(self, request, mode_name):
        from . import messages

        return messages.alert_context(self, unsubscribe_url="#")

    def mailing(self):
        return Mailing.objects.filter(alert_key=self.translation_key).first()


class Mailing(models.Model):
    """The one sending of an alert (all its translations) to every confirmed subscriber."""

    alert_key = models.UUIDField(unique=True, editable=False)
    subject = models.CharField(_("subject"), max_length=200)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    # Every delivery row written (the subscribers confirmed when the sending started).
    prepared = models.BooleanField(default=False)
    total = models.PositiveIntegerField(_("recipients"), default=0)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("mailing")
        ordering = ["-started_at"]

    def __str__(self):
        return self.subject


class Delivery(models.Model):
    PENDING, SENT, FAILED, SKIPPED = "pending", "sent", "failed", "skipped"
    STATUSES = [
        (PENDING, pgettext_lazy("delivery", "Waiting")),
        (SENT, pgettext_lazy("delivery", "Sent")),
        (FAILED, pgettext_lazy("delivery", "Failed")),
        (SKIPPED, pgettext_lazy("delivery", "Skipped (unsubscribed)")),
    ]

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=8, choices=STATUSES, default=PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    # When it is next due; a task holding it moves this to its lease's end; none once done.
    due_at = models.DateTimeField(null=True)
    sent_at = models.DateTimeField(null=True)

    class Meta:
        verbose_name = _("delivery")
        constraints = [
            models.UniqueConstraint(fields=["mailing", "subscriber"], name="one_delivery_each")
        ]
        indexes = [
            models.Index(fields=["mailing", "status", "id"], name="alerts_delivery_todo"),
            models.Index(
                fields=["due_at"], condition=models.Q(due_at__isnull=False), name="alerts_owed"
            ),
        ]

    def __str__(self):
        return f"{self.mailing_id}/{self.subscriber_id}: {self.status}"
