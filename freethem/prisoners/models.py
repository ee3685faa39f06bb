from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from freethem.core.cache import public_q
from freethem.core.i18n import in_language_or_original
from freethem.core.names import fold
from freethem.core.navigation import MenuLabel
from freethem.core.search import FoldedSearch

from . import vocabulary as v
from .blocks import ChargeBlock, RecognitionBlock, SentenceBlock, SourceBlock
from .fields import ChoiceListField

# ---------------------------------------------------------------------------------------------
# Shared records, chosen from profiles


class Prison(TranslatableMixin, models.Model):
    """A prison or detention centre, with the address letters and visits go to."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("short name for addresses"),
        max_length=80,
        help_text=_("Latin letters, used in filter links: e.g. evin"),
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    province = models.CharField(_("province"), max_length=120, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    note = models.TextField(_("note"), blank=True)

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("city"),
        TranslatableField("province"),
        TranslatableField("address"),
        TranslatableField("note"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("province")]),
        FieldPanel("address"),
        FieldPanel("note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("prison")
        verbose_name_plural = _("prisons")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Charge(TranslatableMixin, models.Model):
    """A legal charge, with the article of law it is brought under."""

    name = models.CharField(_("charge"), max_length=200)
    law = models.CharField(_("law"), max_length=200, blank=True)
    article = models.CharField(_("article"), max_length=60, blank=True)
    url = models.URLField(_("link to the text of the law"), blank=True)
    capital = models.BooleanField(
        _("can carry the death penalty"),
        default=False,
        help_text=_("People facing it are shown among those at risk of execution."),
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("law"),
        TranslatableField("article"),
        SynchronizedField("url"),
        SynchronizedField("capital"),
    ]

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("law"), FieldPanel("article")]),
        FieldPanel("url"),
        FieldPanel("capital"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("charge")
        verbose_name_plural = _("charges")
        ordering = ["name"]

    def __str__(self):
        if self.article:
            return f"{self.name} ({self.article})"
        return self.name


# ---------------------------------------------------------------------------------------------
# The index


class PrisonerIndexPage(MenuLabel, FoldedSearch, RoutablePageMixin, Page):
    """The list of prisoners: filters, search, the status chart, open data and poster packs."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = [
        "prisoners.PrisonerPage",
        "prisoners.LetterActionPage",
        "pages.GeneralPage",
    ]

    class Meta:
        verbose_name = _("prisoner index")

    def people_at_risk(self, request, count):
        """Up to `count` people at risk of execution, as cards with their portraits, for the
        home page (the same people, in the same order, as this index's at-risk group)."""
        from .views import at_risk_cards

        return at_risk_cards(request, count)

    def letter_actions(self):
        """The letter-writing actions under this index (queries.actions_under)."""
        from .queries import actions_under

        return actions_under(self)

    @path("")
    def index(self, request):
        from .views import prisoner_index

        return prisoner_index(request, self)

    @path("data/csv/", name="csv")
    def data_csv(self, request):
        from .exports import csv_response

        return csv_response(self)

    @path("data/json/", name="json")
    def data_json(self, request):
        from .exports import json_response

        return json_response(self)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        from .feeds import StatusChangesFeed

        return StatusChangesFeed(self)(request)

    @re_path(r"^posters/(?P<size>a4|a3)/$", name="pack")
    def poster_pack(self, request, size):
        from .posters import pack_response

        return pack_response(request, self, size)


class PrisonerQuerySet(PageQuerySet):
    def one_per_person(self, language):
        """Each person once: their page in `language`, or else their first-published page."""
        return in_language_or_original(self.filter(live=True).filter(public_q()), language)


class PrisonerPage(FoldedSearch, RoutablePageMixin, Page):
    """One political prisoner: who they are, their cases, what happened to them, and sources.

    Status, arrest date and the folded names are worked out from the timeline, cases and names
    whenever the page is saved, so that lists can filter and sort on plain columns; like every
    public view of the profile, they leave out what the editors keep private.
    """

    name_native = models.CharField(_("name in Persian script"), max_length=200, blank=True)
    name_latin = models.CharField(
        _("name in Latin letters"),
        max_length=200,
        help_text=_("The standard transliteration, as used in the site's other languages."),
    )
    other_names = models.TextField(
        _("other spellings"), blank=True, help_text=_("One per line: how media spell the name.")
    )
    portrait = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("portrait"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    portrait_credit = models.CharField(_("portrait credit"), max_length=200, blank=True)
    portrait_source = models.URLField(_("portrait source"), blank=True)
    gender = models.CharField(_("gender"), max_length=10, choices=v.GENDERS, blank=True)
    birth_date = models.DateField(_("birth date"), null=True, blank=True)
    birth_date_precision = models.CharField(
        _("birth date known to the"), max_length=5, choices=v.PRECISIONS, default=v.YEAR
    )
    hometown = models.CharField(_("hometown"), max_length=120, blank=True)
    citizenships = CountryField(
        _("citizenship"),
        multiple=True,
        blank=True,
        help_text=_("Every nationality they hold: dual nationals are often held as hostages."),
    )
    groups = ChoiceListField(_("ethnic or religious group"), choices=v.GROUPS)
    occupations = ChoiceListField(_("occupation"), choices=v.OCCUPATIONS)
    short_story = models.TextField(
        _("short story"),
        max_length=320,
        help_text=_("About 300 characters: printed on posters and shown in lists."),
    )
    story = RichTextField(
        _("full story"), features=["h3", "bold", "italic", "link", "ol", "ul"], blank=True
    )
    recognitions = StreamField(
        [("recognition", RecognitionBlock())],
        verbose_name=_("recognised as a political prisoner by"),
        blank=True,
    )
    sources = StreamField(
        [("source", SourceBlock())],
        verbose_name=_("sources for the profile"),
        blank=True,
        help_text=_("Where the facts above come from. Timeline events carry their own."),
    )
    risk_of_execution = models.BooleanField(
        _("at risk of execution"),
        default=False,
        help_text=_("Tick when they face a capital charge or a death sentence is feared."),
    )
    private_fields = ChoiceListField(
        _("not public"),
        choices=v.PRIVATE_FIELDS,
        help_text=_(
            "Parts of this profile kept off every page, poster, open data file and feed, "
            "for the prisoner's or their family's safety."
        ),
    )

    # Worked out on save; see the class docstring.
    status = models.CharField(_("status"), max_length=24, choices=v.STATUSES, blank=True)
    status_date = models.DateField(_("status since"), null=True, blank=True)
    status_date_precision = models.CharField(max_length=5, choices=v.PRECISIONS, default=v.DAY)
    status_verification = models.CharField(max_length=16, choices=v.VERIFICATION, blank=True)
    confirmed_status = models.CharField(max_length=24, choices=v.STATUSES, blank=True)
    release_reason = models.CharField(max_length=10, choices=v.RELEASE_REASONS, blank=True)
    arrest_date = models.DateField(null=True, blank=True)
    at_risk = models.BooleanField(default=False)
    search_names = models.TextField(blank=True, editable=False)
    sort_name = models.CharField(max_length=255, blank=True, editable=False)

    objects = PageManager.from_queryset(PrisonerQuerySet)()

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("name_native"),
                FieldPanel("name_latin"),
                FieldPanel("other_names"),
            ],
            heading=_("Name"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("portrait"),
                FieldPanel("portrait_credit"),
                FieldPanel("portrait_source"),
            ],
            heading=_("Portrait"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("gender"),
                FieldRowPanel([FieldPanel("birth_date"), FieldPanel("birth_date_precision")]),
                FieldPanel("hometown"),
                FieldPanel("citizenships"),
                FieldPanel("groups"),
                FieldPanel("occupations"),
            ],
            heading=_("The person"),
        ),
        FieldPanel("short_story"),
        FieldPanel("story"),
        FieldPanel("recognitions"),
        FieldPanel("risk_of_execution"),
        InlinePanel("cases", heading=_("Cases"), label=_("Case")),
        InlinePanel(
            "events",
            heading=_("Case timeline"),
            label=_("Event"),
            help_text=_(
                "Events are never removed or rewritten once published: retract one and add "
                "the correct event. The status shown is the one set by the latest public event."
            ),
        ),
        FieldPanel("sources"),
        FieldPanel("private_fields"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        SynchronizedField("name_native"),
        SynchronizedField("name_latin"),
        SynchronizedField("other_names"),
        SynchronizedField("portrait"),
        TranslatableField("portrait_credit"),
        SynchronizedField("portrait_source"),
        SynchronizedField("gender"),
        SynchronizedField("birth_date"),
        SynchronizedField("birth_date_precision"),
        TranslatableField("hometown"),
        SynchronizedField("citizenships"),
        SynchronizedField("groups"),
        SynchronizedField("occupations"),
        TranslatableField("short_story"),
        TranslatableField("story"),
        SynchronizedField("recognitions"),
        SynchronizedField("sources"),
        SynchronizedField("risk_of_execution"),
        SynchronizedField("private_fields"),
        TranslatableField("cases"),
        TranslatableField("events"),
    ]

    # The site search indexes the public profile, never the raw fields: a name or story kept
    # private must not be found by searching for it (profile.py).
    search_fields = Page.search_fields + [index.SearchField("public_search_text")]

    parent_page_types = ["prisoners.PrisonerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("prisoner")
        indexes = [
            models.Index(fields=["status"], name="prisoners_by_status"),
            models.Index(fields=["arrest_date"], name="prisoners_by_arrest"),
            models.Index(fields=["sort_name", "page_ptr"], name="prisoners_by_name"),
        ]

    # Privacy -------------------------------------------------------------------------------
    def is_public(self, field):
        return field not in self.private_fields

    def public_search_text(self):
        from .profile import public_profile

        return public_profile(self).searchable_text()

    # Worked-out fields --------------------------------------------------------------------
    def public_events(self):
        """Events readers see, oldest first: neither internal nor retracted."""
        events = [e for e in self.events.all() if e.is_shown]
        return sorted(events, key=lambda e: (e.date, e.sort_order or 0))

    def derive(self):
        with_status = [e for e in self.public_events() if e.status]
        latest = with_status[-1] if with_status else None
        self.status = latest.status if latest else ""
        self.status_date = latest.date if latest else None
        self.status_date_precision = latest.date_precision if latest else v.DAY
        self.status_verification = latest.verification if latest else ""
        self.release_reason = (
            latest.release_reason if latest and latest.status == v.RELEASED else ""
        )
        confirmed = [e for e in with_status if e.verification == v.CONFIRMED]
        self.confirmed_status = confirmed[-1].status if confirmed else ""
        # A private arrest date must not place the person in the list sorted by arrest.
        arrests = [c.arrest_date for c in self.cases.all() if c.arrest_date]
        if not self.is_public("arrest"):
            arrests = []
        self.arrest_date = max(arrests) if arrests else None
        self.at_risk = self.status == v.DEATH_SENTENCE or (
            self.risk_of_execution and self.status not in v.KILLED | {v.RELEASED}
        )
        names = [self.title, self.name_latin]
        if self.is_public("name_native"):
            names.append(self.name_native)
        if self.is_public("other_names"):
            names.append(self.other_names)
        self.search_names = fold(" ".join(names))
        self.sort_name = fold(self.title)[:255]

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None:
            self.derive()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.short_story and len(self.short_story) > 320:
            raise ValidationError({"short_story": _("Keep it under 320 characters.")})

    # Display helpers ----------------------------------------------------------------------
    def other_names_list(self):
        return [line.strip() for line in self.other_names.splitlines() if line.strip()]

    def status_label(self):
        return v.label(v.STATUSES, self.status)

    def reading_names(self):
        """The public names as a reader of the active language sees them (names.py)."""
        from .names import public_names

        return public_names(self)

    # Link previews (freethem/core/previews.py): what the public may know, nothing kept private.
    def preview_text(self):
        from .profile import public_profile

        return public_profile(self).short_story

    def preview_portrait(self):
        from .profile import public_portrait

        return public_portrait(self)

    def pictures(self):
        """The portrait on the profile and in lists (core/renditions.py), if the public sees it."""
        from .profile import public_profile

        portrait = public_profile(self).portrait
        return [(portrait, "portrait"), (portrait, "portrait-thumb")]

    def get_context(self, request, *args, **kwargs):
        from .profile import public_profile

        context = super().get_context(request, *args, **kwargs)
        context["profile"] = public_profile(self)
        context["index"] = self.get_parent().specific
        context["related_news"] = self.related_news()
        context["letter_actions"] = self.letter_actions()
        return context

    def letter_actions(self):
        """Letter-writing actions for this person (queries.actions_for_person)."""
        from .queries import actions_for_person

        return actions_for_person(self)

    def related_news(self, count=10):
        """Posts about this person, in this page's language if there are any, newest first."""
        from freethem.news.models import NewsPage

        posts = (
            NewsPage.objects.live()
            .filter(public_q())
            .filter(related_prisoners__prisoner__translation_key=self.translation_key)
            .distinct()
            .order_by("-date", "-pk")
        )
        here = list(posts.filter(locale=self.locale_id)[:count])
        return here or list(posts[:count])

    # Posters ------------------------------------------------------------------------------
    @re_path(r"^poster/(?P<language>[a-z]{2})/(?P<size>a4|a3)/$", name="poster")
    def poster(self, request, language, size):
        from .posters import poster_response

        return poster_response(self, language, size)


class PrisonerCase(TranslatableMixin, Orderable):
    """One case against the person: arrest, charges, court, verdict, sentence and prison."""

    page = ParentalKey(PrisonerPage, related_name="cases", on_delete=models.CASCADE)
    arrest_date = models.DateField(_("arrest date"), null=True, blank=True)
    arrest_date_precision = models.CharField(
        _("arrest date known to the"), max_length=5, choices=v.PRECISIONS, default=v.DAY
    )
    arresting_body = models.CharField(
        _("arrested by"), max_length=200, blank=True, help_text=_("e.g. IRGC intelligence")
    )
    activity = models.TextField(
        _("what they are punished for"),
        blank=True,
        help_text=_("The activity itself (a song, a strike, a post), apart from legal charges."),
    )
    charges = StreamField([("charge", ChargeBlock())], verbose_name=_("charges"), blank=True)
    court = models.CharField(_("court"), max_length=200, blank=True)
    branch = models.CharField(_("branch"), max_length=60, blank=True)
    judge = models.CharField(_("judge"), max_length=120, blank=True)
    verdict_date = models.DateField(_("verdict date"), null=True, blank=True)
    appeal_date = models.DateField(_("appeal decided on"), null=True, blank=True)
    sentences = StreamField(
        [("sentence", SentenceBlock())], verbose_name=_("sentences"), blank=True
    )
    prison = models.ForeignKey(
        Prison,
        verbose_name=_("prison"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    violations = ChoiceListField(_("rights violations suffered"), choices=v.VIOLATIONS)

    translatable_fields = [
        SynchronizedField("arrest_date"),
        SynchronizedField("arrest_date_precision"),
        TranslatableField("arresting_body"),
        TranslatableField("activity"),
        SynchronizedField("charges"),
        TranslatableField("court"),
        SynchronizedField("branch"),
        TranslatableField("judge"),
        SynchronizedField("verdict_date"),
        SynchronizedField("appeal_date"),
        SynchronizedField("sentences"),
        SynchronizedField("prison"),
        SynchronizedField("violations"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("arrest_date"), FieldPanel("arrest_date_precision")]),
        FieldPanel("arresting_body"),
        FieldPanel("activity"),
        FieldPanel("charges"),
        FieldRowPanel([FieldPanel("court"), FieldPanel("branch"), FieldPanel("judge")]),
        FieldRowPanel([FieldPanel("verdict_date"), FieldPanel("appeal_date")]),
        FieldPanel("sentences"),
        FieldPanel("prison"),
        FieldPanel("violations"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("case")


class TimelineEventQuerySet(models.QuerySet):
    def public(self):
        """Events readers see: neither internal nor retracted (`TimelineEvent.is_shown`)."""
        return self.filter(internal=False, retracted=False)


class TimelineEvent(TranslatableMixin, Orderable):
    """A dated event in a prisoner's history. Published events are kept as they were written:
    corrections are new events, and a wrong one is retracted, never deleted (see forms.py)."""

    # What a published event keeps as it was; the rest may still change (see forms.py).
    FIXED_FIELDS = ("date", "date_precision", "kind", "status", "release_reason", "note")

    page = ParentalKey(PrisonerPage, related_name="events", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    date_precision = models.CharField(
        _("date known to the"), max_length=5, choices=v.PRECISIONS, default=v.DAY
    )
    kind = models.CharField(_("what happened"), max_length=24, choices=v.EVENT_KINDS)
    status = models.CharField(
        _("status from then on"),
        max_length=24,
        choices=v.STATUSES,
        blank=True,
        help_text=_("Leave empty when this event does not change their status."),
    )
    release_reason = models.CharField(
        _("reason for release"), max_length=10, choices=v.RELEASE_REASONS, blank=True
    )
    note = models.TextField(_("what we know"), blank=True)
    verification = models.CharField(
        _("verification"), max_length=16, choices=v.VERIFICATION, default=v.REPORTED
    )
    sources = StreamField([("source", SourceBlock())], verbose_name=_("sources"), blank=True)
    internal = models.BooleanField(_("not public"), default=False)
    retracted = models.BooleanField(
        _("retracted"), default=False, help_text=_("It turned out to be wrong: hide it, keep it.")
    )
    recorded_at = models.DateTimeField(_("first published"), null=True, blank=True, editable=False)

    translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("date_precision"),
        SynchronizedField("kind"),
        SynchronizedField("status"),
        SynchronizedField("release_reason"),
        TranslatableField("note"),
        SynchronizedField("verification"),
        SynchronizedField("sources"),
        SynchronizedField("internal"),
        SynchronizedField("retracted"),
        SynchronizedField("recorded_at"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status"), FieldPanel("release_reason")]),
        FieldPanel("note"),
        FieldPanel("verification"),
        FieldPanel("sources"),
        FieldRowPanel([FieldPanel("internal"), FieldPanel("retracted")]),
    ]

    objects = TimelineEventQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("timeline event")

    @property
    def is_shown(self):
        """What `TimelineEventQuerySet.public` finds, for events already loaded."""
        return not self.internal and not self.retracted

    def save(self, *args, **kwargs):
        if self.recorded_at is None:
            self.recorded_at = timezone.now()
        super().save(*args, **kwargs)

    def kind_label(self):
        return v.label(v.EVENT_KINDS, self.kind)


# ---------------------------------------------------------------------------------------------
# Letter-writing


class LetterActionPage(MenuLabel, FoldedSearch, Page):
    """Write to the authorities for a prisoner or a campaign, from the visitor's own mailbox.

    The page only suggests: the letter is edited and sent from the visitor's mail program, and
    nothing they write reaches the site.
    """

    prisoner = models.ForeignKey(
        PrisonerPage,
        verbose_name=_("prisoner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty for an action on behalf of a whole campaign."),
    )
    summary = models.TextField(_("what we ask for"), max_length=600)
    deadline = models.DateField(_("write before"), null=True, blank=True)
    subject = models.CharField(_("suggested subject"), max_length=200)
    message = models.TextField(_("suggested letter"))
    safety = RichTextField(
        _("safety advice for writers"),
        features=["bold", "italic", "link", "ul"],
        blank=True,
        help_text=_("Left empty, the site's standard advice is shown."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("prisoner"),
        FieldPanel("summary"),
        FieldPanel("deadline"),
        InlinePanel("recipients", heading=_("Whom to write to"), label=_("Recipient"), min_num=1),
        FieldPanel("subject"),
        FieldPanel("message"),
        FieldPanel("safety"),
    ]

    parent_page_types = ["prisoners.PrisonerIndexPage", "core.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("letter-writing action")

    def is_open(self):
        return self.deadline is None or self.deadline >= timezone.localdate()

    def prisoners_concerned(self):
        """The prisoner this action is for, if any (core/related.py)."""
        return [self.prisoner] if self.prisoner_id else []

    def preview_text(self):  # link previews (freethem/core/previews.py)
        return self.summary

    def get_context(self, request, *args, **kwargs):
        from .letters import letter_context

        context = super().get_context(request, *args, **kwargs)
        context.update(letter_context(self))
        return context


class LetterRecipient(TranslatableMixin, Orderable):
    page = ParentalKey(LetterActionPage, related_name="recipients", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    salutation = models.CharField(_("salutation"), max_length=200, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    social = models.CharField(
        _("social media handle"), max_length=120, blank=True, help_text=_("e.g. @handle")
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        TranslatableField("salutation"),
        SynchronizedField("postal_address"),
        SynchronizedField("email"),
        SynchronizedField("social"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldPanel("salutation"),
        FieldPanel("postal_address"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("social")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("recipient")
