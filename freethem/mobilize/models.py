"""Events and worldwide days of action.

An event is written in its own place's time: a date, a time and the time zone of where it
happens. Its moments in UTC are worked out on save, for sorting, lists and calendars.
"""

import datetime
import zoneinfo
from functools import cache

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries import countries as all_countries
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail_localize.fields import SynchronizedField

from freethem.core.cache import public_q
from freethem.core.i18n import in_language_or_original
from freethem.core.local_names import LocalNames, local_names_form, local_names_panel
from freethem.core.navigation import MenuLabel
from freethem.core.previews import first_rich_text_image
from freethem.core.sealing import SealedTextField
from freethem.core.search import FoldedSearch
from freethem.core.storage import private_storage


@cache
def time_zones():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class City(LocalNames):
    """A city's name in each language, set once for every event held there.

    Events keep the city as it was written (`EventPage.city`, the same in every language
    version: the list of places groups by it and the map finds the city by it). A City whose
    name and country match gives readers of each language their own name for it; see
    `places.local_city`.
    """

    name = models.CharField(
        _("name as written on events"),
        max_length=120,
        help_text=_("As events and supporters' proposals write it, e.g. Köln."),
    )
    country = CountryField(_("country"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("country")]),
        local_names_panel(),
    ]
    base_form_class = local_names_form()

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["name", "country"], name="one_city_per_name")
        ]

    def __str__(self):
        return f"{self.name} ({self.country.code})" if self.country else self.name


class EventQuerySet(PageQuerySet):
    def public_in(self, language):
        """Live public events, each once: in `language` where translated, else as written."""
        return in_language_or_original(self.filter(live=True).filter(public_q()), language)

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now))

    def past(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(ends_at__lt=now) | Q(ends_at__isnull=True, starts_at__lt=now))


class EventPage(FoldedSearch, RoutablePageMixin, Page):
    """One action: a rally, a vigil, a concert, a poster action, an online meeting."""

    SCHEDULED, CANCELLED, HAPPENED = "scheduled", "cancelled", "happened"
    STATUSES = [
        (SCHEDULED, _("Scheduled")),
        (CANCELLED, _("Cancelled")),
        (HAPPENED, _("Happened")),
    ]

    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="UTC",
        help_text=_("Where the event happens: its times are that place's local times."),
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    organizer = models.CharField(_("organizer"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), max_length=500, blank=True)
    # Images: supporters' photos come into the description of the event made from their proposal.
    description = RichTextField(
        _("description"), features=["h3", "bold", "italic", "link", "ol", "ul", "image"], blank=True
    )
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=SCHEDULED)

    # Worked out on save (see the module docstring).
    starts_at = models.DateTimeField(null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(null=True, editable=False)

    objects = PageManager.from_queryset(EventQuerySet)()

    # The city is written once for every language version; its name in each language comes
    # from the cities (City).
    override_translatable_fields = [SynchronizedField("city")]

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone", widget=forms.Select(choices=time_zones())),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("venue"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("organizer"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("status"),
    ]

    parent_page_types = ["mobilize.EventIndexPage", "mobilize.DayOfActionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    def zone(self):
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return datetime.UTC

    def local_start(self):
        return datetime.datetime.combine(
            self.start_date, self.start_time or datetime.time(0), tzinfo=self.zone()
        )

    def local_end(self):
        if self.end_date is None and self.end_time is None:
            return None
        day = self.end_date or self.start_date
        # An end time without a date is on the start day; a date without a time, its whole day.
        if self.end_time is None:
            return datetime.datetime.combine(
                day + datetime.timedelta(days=1), datetime.time(0), tzinfo=self.zone()
            )
        return datetime.datetime.combine(day, self.end_time, tzinfo=self.zone())

    def clean(self):
        super().clean()
        errors = {}
        if self.time_zone not in dict(time_zones()):
            errors["time_zone"] = _("Choose a time zone from the list, e.g. Europe/Paris.")
        elif (
            self.start_date and (end := self.local_end()) is not None and end <= self.local_start()
        ):
            errors["end_date"] = _("The event must end after it starts.")
        if self.country and self.country.code not in all_countries:
            errors["country"] = _("Choose a country from the list.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.start_date:
            self.starts_at = self.local_start().astimezone(datetime.UTC)
            end = self.local_end()
            self.ends_at = end.astimezone(datetime.UTC) if end else None
        return super().save(*args, **kwargs)

    # Link previews (freethem/core/previews.py): a supporter's photo placed in the description.
    def preview_text(self):
        return self.summary or self.description

    def preview_image(self):
        return first_rich_text_image(self.description)

    @property
    def city_name(self):
        """The city as readers of the active language name it."""
        from .places import local_city

        return local_city(self.city, self.country.code if self.country else "")

    def day_of_action(self):
        parent = self.get_parent().specific
        return parent if isinstance(parent, DayOfActionPage) else None

    @path("calendar/", name="ics")
    def ics(self, request):
        from .calendar import ics_response

        return ics_response([self], filename=f"{self.slug}.ics")


class EventIndexPage(MenuLabel, FoldedSearch, RoutablePageMixin, Page):
    """Events: upcoming and past, by country and city, on a map, and as a calendar feed."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["mobilize.EventPage", "mobilize.DayOfActionPage", "pages.GeneralPage"]

    class Meta:
        verbose_name = _("events page")

    def events(self):
        """Events under this page, days of action included, each once in the reader's language."""
        from django.utils.translation import get_language

        return EventPage.objects.public_in(get_language())

    def next_actions(self, count):
        """The next `count` events, soonest first, for the home page."""
        return list(
            self.events()
            .upcoming()
            .exclude(status=EventPage.CANCELLED)
            .select_related("locale")
            .order_by("starts_at", "pk")[:count]
        )

    @path("", name="upcoming")
    def upcoming_view(self, request):
        from .views import event_list

        return event_list(request, self, past=False)

    @path("past/", name="past")
    def past_view(self, request):
        from .views import event_list

        return event_list(request, self, past=True)

    @path("calendar/", name="ics")
    def ics(self, request):
        from .calendar import ics_response

        events = self.events().upcoming().order_by("starts_at", "pk")[:500]
        return ics_response(list(events), filename="events.ics", name=self.title)

    # Supporters propose events and report actions. The forms are sent to plain views
    # (mobilize/urls.py), which take POSTs without a CSRF token, as the appeals' sign view does.
    @path("propose/", name="propose")
    def propose_view(self, request):
        from .views import proposal_form

        return proposal_form(request, self, Proposal.EVENT)

    @path("report/", name="report")
    def report_view(self, request):
        from .views import proposal_form

        return proposal_form(request, self, Proposal.REPORT)

    @path("sent/", name="proposal_sent")
    def proposal_sent_view(self, request):
        from .views import proposal_sent

        return proposal_sent(request, self)


class DayOfActionPage(FoldedSearch, RoutablePageMixin, Page):
    """A worldwide day of action: one call, and the events of many cities under it."""

    date = models.DateField(_("date"))
    call = RichTextField(
        _("the call"), features=["h3", "bold", "italic", "link", "ol", "ul"], blank=True
    )

    content_panels = Page.content_panels + [FieldPanel("date"), FieldPanel("call")]
    parent_page_types = ["mobilize.EventIndexPage"]
    subpage_types = ["mobilize.EventPage"]

    class Meta:
        verbose_name = _("day of action")

    def preview_text(self):  # link previews (freethem/core/previews.py)
        return self.call

    def events(self):
        from django.utils.translation import get_language

        key_paths = Page.objects.filter(translation_key=self.translation_key).values_list(
            "path", flat=True
        )
        under = Q()
        for parent_path in key_paths:
            under |= Q(path__startswith=parent_path, depth=self.depth + 1)
        return EventPage.objects.public_in(get_language()).filter(under)

    def get_context(self, request, *args, **kwargs):
        from .views import by_place

        context = super().get_context(request, *args, **kwargs)
        events = list(self.events().order_by("country", "city", "starts_at", "pk"))
        context["places"] = by_place(events)
        context["event_count"] = len(events)
        context["index"] = self.get_parent().specific
        return context

    @path("calendar/", name="ics")
    def ics(self, request):
        from .calendar import ics_response

        events = list(self.events().order_by("starts_at", "pk"))
        return ics_response(events, filename=f"{self.slug}.ics", name=self.title)


# Supporters' proposals ------------------------------------------------------------------------


class Proposal(models.Model):
    """An event a supporter proposes, or an action they report, waiting for a moderator.

    Kept to decide on it: a moderator turns it into a draft event or news post, or rejects it
    with a reason. The contact address serves only to tell the outcome and is cleared once
    the decision is made; the visitor's address is kept only as a keyed hash, for rate limits.
    """

    EVENT, REPORT = "event", "report"
    KINDS = [
        (EVENT, pgettext_lazy("proposal", "Event")),
        (REPORT, pgettext_lazy("proposal", "Report of an action")),
    ]
    PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"
    STATUSES = [
        (PENDING, pgettext_lazy("proposal", "Pending")),
        (ACCEPTED, pgettext_lazy("proposal", "Accepted")),
        (REJECTED, pgettext_lazy("proposal", "Rejected")),
    ]

    kind = models.CharField(_("kind"), max_length=10, choices=KINDS)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), max_length=5000)
    date = models.DateField(_("date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, blank=True)
    city = models.CharField(_("city"), max_length=120)
    country = CountryField(_("country"))
    organizer = models.CharField(_("organizer"), max_length=200, blank=True)
    # Sealed (freethem/core/sealing.py), and cleared once the sender has been told the outcome.
    email = SealedTextField(_("contact email"), blank=True)
    language = models.CharField(_("language"), max_length=12)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    # The form's hidden key: the same form sent twice makes one proposal.
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    index = models.ForeignKey(
        "mobilize.EventIndexPage",
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=STATUSES, default=PENDING, db_index=True
    )
    reject_reason = models.TextField(_("reason for rejecting"), blank=True)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("resulting page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        # Waiting ones first, newest first; then the decided ones, latest decision first.
        ordering = [models.F("decided_at").desc(nulls_first=True), "-created_at", "-pk"]
        permissions = [("moderate_proposal", _("Can moderate supporters' proposals"))]

    def __str__(self):
        return self.title

    @property
    def is_pending(self):
        return self.status == self.PENDING


class ProposalPhoto(models.Model):
    """A photo sent with a proposal: re-drawn without metadata, kept where no URL reaches it."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(upload_to="proposals/", storage=private_storage, max_length=200)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    file_size = models.PositiveIntegerField(_("size in bytes"))

    class Meta:
        verbose_name = _("photo sent with a proposal")
        ordering = ["pk"]

    def __str__(self):
        return self.file.name
