"""Events and worldwide days of action.

An event is written in its own place's time: a date, a time and the time zone of where it
happens. Its moments in UTC are worked out on save, for sorting, lists and calendars.
"""

import datetime
import zoneinfo
from functools import cache

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet

from freethem.core.cache import public_q
from freethem.core.i18n import in_language_or_original


@cache
def time_zones():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


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


class EventPage(RoutablePageMixin, Page):
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
    description = RichTextField(
        _("description"), features=["h3", "bold", "italic", "link", "ol", "ul"], blank=True
    )
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=SCHEDULED)

    # Worked out on save (see the module docstring).
    starts_at = models.DateTimeField(null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(null=True, editable=False)

    objects = PageManager.from_queryset(EventQuerySet)()

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

    def day_of_action(self):
        parent = self.get_parent().specific
        return parent if isinstance(parent, DayOfActionPage) else None

    @path("calendar/", name="ics")
    def ics(self, request):
        from .calendar import ics_response

        return ics_response(request, [self], filename=f"{self.slug}.ics")


class EventIndexPage(RoutablePageMixin, Page):
    """Events: upcoming and past, by country and city, on a map, and as a calendar feed."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["mobilize.EventPage", "mobilize.DayOfActionPage"]

    class Meta:
        verbose_name = _("events page")

    def events(self):
        """Events under this page, days of action included, each once in the reader's language."""
        from django.utils.translation import get_language

        return EventPage.objects.public_in(get_language())

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
        return ics_response(request, list(events), filename="events.ics", name=self.title)


class DayOfActionPage(RoutablePageMixin, Page):
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
        return ics_response(request, events, filename=f"{self.slug}.ics", name=self.title)
