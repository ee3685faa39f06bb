import hashlib

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from . import brand, bundles
from .blocks import ResourcesBlock
from .brand_forms import BrandSettingsForm
from .languages import site_languages
from .navigation import MenuLabel
from .sealing import SealedTextField
from .search import FoldedSearch

# How many people at risk and upcoming actions the home page shows.
AT_RISK_ON_HOME = 6
ACTIONS_ON_HOME = 4


class HomePage(FoldedSearch, Page):
    """The campaign's front page, one per language: who we are, the latest news, the sections."""

    tagline = models.CharField(
        _("tagline"), max_length=255, help_text=_("One line that says what the campaign wants.")
    )
    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The large picture at the top, behind the tagline and the appeal. Set its focal "
            "point in the image's settings: phones and wide screens cut it around that point."
        ),
    )
    latest_count = models.PositiveSmallIntegerField(_("news items shown"), default=5)
    featured_appeal = models.ForeignKey(
        "appeals.AppealPage",
        verbose_name=_("featured appeal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its call to action and live count head the page. Empty: the newest open one."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("intro"),
        FieldPanel("hero_image"),
        FieldPanel("featured_appeal"),
        FieldPanel("latest_count"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "appeals.AppealPage",
        "prisoners.PrisonerIndexPage",
        "prisoners.LetterActionPage",
        "mobilize.EventIndexPage",
        "core.ResourcesPage",
        "pages.GeneralPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def preview_text(self):  # link previews (core/previews.py)
        return self.tagline

    def preview_image(self):
        return self.hero_image

    def pictures(self):
        """The pictures this page shows, and in which shape (core/renditions.py)."""
        return [(self.hero_image, "hero")]

    def sections(self):
        """The live sections under this home page, in the order editors arranged them."""
        return self.get_children().live().public().specific()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = list(self.sections())
        context["sections"] = sections
        # Sections say what they offer the home page through optional methods, so that core
        # names no section's page type: the news, the people at risk, the next actions.
        context["latest_news"] = next(
            (s.latest_posts(self.latest_count) for s in sections if hasattr(s, "latest_posts")),
            [],
        )
        context["at_risk"], context["at_risk_index"] = next(
            (
                (s.people_at_risk(request, AT_RISK_ON_HOME), s)
                for s in sections
                if hasattr(s, "people_at_risk")
            ),
            ([], None),
        )
        context["next_actions"], context["actions_index"] = next(
            ((s.next_actions(ACTIONS_ON_HOME), s) for s in sections if hasattr(s, "next_actions")),
            ([], None),
        )
        appeal = self.appeal_to_feature(sections)
        if appeal is not None:
            context["appeal"] = appeal
            context["appeal_tally"] = appeal.live_tally()
        return context

    def appeal_to_feature(self, sections):
        """The featured appeal in this language, or else the newest open one among the sections.

        An appeal is a section that offers its `live_tally()`, so core names no appeal type."""
        appeal = self.featured_appeal
        if appeal is not None:
            appeal = appeal.localized.specific
            if appeal.live:
                return appeal
        open_appeals = [s for s in sections if hasattr(s, "live_tally") and s.is_open]
        return max(open_appeals, key=lambda a: a.first_published_at, default=None)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # The count it shows is kept only as briefly as the appeal's own page keeps it.
        appeal = (getattr(response, "context_data", None) or {}).get("appeal")
        if appeal is not None:
            response.freethem_cache_seconds = appeal.cache_seconds
        return response


class ResourcesPage(MenuLabel, FoldedSearch, Page):
    """Downloads: flyers, palm cards, the appeal in several languages, statements."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)
    resources = StreamField(ResourcesBlock(), verbose_name=_("files"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("resources")]
    parent_page_types = ["core.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("downloads page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The signed copies of the whole site that `build_mirror --bundle` published, if any.
        manifest = context["offline_copies"] = bundles.read_manifest()
        if manifest:
            context["offline_example"] = manifest.example(translation.get_language())
        return context


class OutgoingEmail(models.Model):
    """An email owed to someone: a proposal's outcome, a subscription to confirm.

    Written in the same transaction as what it tells of, sent by a task, deleted soon after it
    has gone, so an address stays here no longer than it takes to send (freethem.core.outbox).
    """

    # Sealed: the address of a supporter waiting for an email is no clearer than anywhere else.
    to = SealedTextField()
    language = models.CharField(max_length=12)
    template = models.CharField(max_length=200)
    context = models.JSONField(default=dict)
    # When it is next due; a task holding it pushes this forward as its lease; none once sent.
    wanted_at = models.DateTimeField(null=True, db_index=True)
    sent_at = models.DateTimeField(null=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("outgoing email")

    def __str__(self):
        return f"{self.template} ({self.pk})"


class MailboxReport(models.Model):
    """What mail systems reported of one address: bounces counted, stopped or not, and why.

    Known only by its token (the first half of the address's keyed hash, as in every message's
    bounce address: freethem.core.bounces), so a copy of the database names no one.
    """

    BOUNCED, COMPLAINED = "bounced", "complained"
    REASONS = [
        (BOUNCED, pgettext_lazy("mailbox", "Bounced")),
        (COMPLAINED, pgettext_lazy("mailbox", "Reported as spam")),
    ]

    token = models.CharField(max_length=32, unique=True)
    # Empty while the address is still mailed (soft bounces are only being counted).
    stopped = models.CharField(max_length=12, choices=REASONS, blank=True)
    stopped_at = models.DateTimeField(null=True, blank=True)
    soft_bounces = models.PositiveSmallIntegerField(default=0)
    # When the soft bounces now counted began: older ones are forgotten.
    soft_since = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mailbox report")

    def __str__(self):
        return self.token


@register_setting(icon="date")
class DateSettings(BaseSiteSetting):
    """How this site writes dates for readers whose language dates by another calendar than the
    Gregorian (freethem/core/calendars.py)."""

    gregorian_alongside = models.BooleanField(
        _("also show the Gregorian date"),
        default=False,
        help_text=_(
            "On pages in a language whose readers date by another calendar, each date is "
            "followed by the Gregorian date in brackets."
        ),
    )

    class Meta:
        verbose_name = _("dates")


@register_setting(icon="site")
class FormOriginSettings(BaseSiteSetting):
    """The mirrors of the site whose copies of the sign, subscribe and proposal forms are taken
    (freethem/core/origins.py)."""

    mirror_origins = models.TextField(
        _("mirror origins allowed to send forms"),
        blank=True,
        help_text=_(
            "One per line: the https address of each copy of this site run by someone you trust, "
            "such as https://mirror.example. The sign, subscribe and proposal forms on those "
            "copies can then be sent to this site."
        ),
    )
    accept_null_origin = models.BooleanField(
        _("accept forms from copies opened from a disk (Origin: null)"),
        default=False,
        help_text=_(
            "For copies passed around as files. A browser gives the same anonymous origin to "
            "pages that hide where they are, so any website could then send these forms here."
        ),
    )

    class Meta:
        verbose_name = _("forms from mirrors")

    def clean(self):
        from .origins import parse_mirror_origins

        super().clean()
        try:
            self.mirror_origins = "\n".join(parse_mirror_origins(self.mirror_origins))
        except ValidationError as error:
            raise ValidationError({"mirror_origins": error}) from error


@register_setting(icon="image")
class BrandSettings(ClusterableModel, BaseSiteSetting):
    """The campaign's name, logos, colours, footer and accounts for one site (core/brand.py).

    Colours are checked for contrast against the text they sit behind; logos are stored as
    cleaned (an SVG written back out without anything that could run or fetch) and served by
    the site itself."""

    name = models.CharField(
        _("campaign's name"),
        max_length=120,
        blank=True,
        help_text=_("Shown in the header and as the logo's text. Empty: the home page's title."),
    )
    short_name = models.CharField(
        _("short name"),
        max_length=30,
        blank=True,
        help_text=_("For small screens and the icon on a phone's home screen."),
    )
    logo = models.BinaryField(_("logo"), blank=True, editable=False, default=b"")
    logo_type = models.CharField(max_length=4, blank=True, editable=False)
    mark = models.BinaryField(_("square mark"), blank=True, editable=False, default=b"")
    mark_type = models.CharField(max_length=4, blank=True, editable=False)
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default=brand.DEFAULT_ACCENT,
        help_text=_("Links, buttons and highlights. White text must read on it."),
    )
    header_colour = models.CharField(
        _("header colour"),
        max_length=7,
        default=brand.DEFAULT_HEADER,
        help_text=_("The header's background, behind white text."),
    )
    footer_colour = models.CharField(
        _("footer colour"),
        max_length=7,
        default=brand.DEFAULT_FOOTER,
        help_text=_("The footer's and boxes' background, behind dark text and links."),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A line or two under every page, in every language. Empty: the tagline."),
    )
    contact_email = models.EmailField(
        _("contact address"),
        blank=True,
        help_text=_("The campaign's public address, shown in the footer."),
    )
    social_links = models.TextField(
        _("the campaign's accounts"),
        blank=True,
        help_text=_(
            "One address per line (https://…), such as the campaign's page on a social "
            "network. Shown as plain links: nothing is loaded from those sites."
        ),
    )
    version = models.CharField(max_length=12, blank=True, editable=False)

    base_form_class = BrandSettingsForm
    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("short_name")], heading=_("Name")),
        InlinePanel(
            "names",
            heading=_("Name and footer in each language"),
            label=_("Language"),
            help_text=_(
                "The campaign's name, short name and footer text as readers of one language "
                "see them. What a row leaves empty, and every language without a row, takes "
                "the values above."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("logo_file"),
                FieldPanel("remove_logo"),
                FieldPanel("mark_file"),
                FieldPanel("remove_mark"),
            ],
            heading=_("Logo"),
        ),
        MultiFieldPanel(
            [FieldPanel("accent_colour"), FieldPanel("header_colour"), FieldPanel("footer_colour")],
            heading=_("Colours"),
            help_text=_(
                "Each colour is checked against the text on it; one that would be hard to read "
                "(below WCAG AA, 4.5:1) is refused."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("footer_text"), FieldPanel("contact_email"), FieldPanel("social_links")],
            heading=_("Footer"),
        ),
    ]

    class Meta:
        verbose_name = _("brand")

    def clean(self):
        errors = {}
        checks = {
            "accent_colour": (
                {brand.PAPER: _("the page"), brand.WHITE: _("white button text")},
                _("used for links and behind button text"),
            ),
            "header_colour": (
                {brand.WHITE: _("white text")},
                _("used behind the header's text"),
            ),
            "footer_colour": (
                {brand.INK: _("dark text"), brand.MUTED: _("grey notes")},
                _("used behind the footer's text"),
            ),
        }
        for field, (against, role) in checks.items():
            try:
                setattr(self, field, brand.check_colour(getattr(self, field), against, role))
            except ValidationError as error:
                errors[field] = error
        if "accent_colour" not in errors and "footer_colour" not in errors:
            try:
                brand.check_colour(
                    self.accent_colour,
                    {self.footer_colour: _("the footer colour")},
                    _("used for links in the footer"),
                )
            except ValidationError as error:
                errors["accent_colour"] = error
        for line in self.social_links.splitlines():
            if line.strip() and not brand.account_link(line):
                errors["social_links"] = ValidationError(
                    _("“%(line)s” is not an https:// address.") % {"line": line.strip()[:80]}
                )
                break
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.version = brand.version(
            self.accent_colour,
            self.header_colour,
            self.footer_colour,
            hashlib.sha256(bytes(self.logo or b"")).hexdigest(),
            hashlib.sha256(bytes(self.mark or b"")).hexdigest(),
        )
        super().save(*args, **kwargs)

    def accounts(self):
        return [
            link for line in self.social_links.splitlines() if (link := brand.account_link(line))
        ]


class BrandName(Orderable):
    """The campaign's name, short name and footer text in one language (core/brand.py)."""

    setting = ParentalKey(BrandSettings, related_name="names", on_delete=models.CASCADE)
    language = models.CharField(_("language"), max_length=15, choices=site_languages)
    name = models.CharField(_("campaign's name"), max_length=120, blank=True)
    short_name = models.CharField(_("short name"), max_length=30, blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)

    panels = [
        FieldPanel("language"),
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("footer_text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("name in a language")
        constraints = [
            models.UniqueConstraint(
                fields=["setting", "language"], name="one_brand_name_a_language"
            )
        ]
