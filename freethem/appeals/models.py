"""Appeals and statements, and the signatures they gather.

An appeal exists once per language (Wagtail translations share a translation key); its
signatures, counts and signers' list belong to the appeal as a whole, so they hang on that key.
"""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from freethem.core import addresses
from freethem.core.blocks import BodyBlock
from freethem.core.navigation import MenuLabel
from freethem.core.previews import first_stream_image
from freethem.core.sealing import SealedTextField
from freethem.core.search import FoldedSearch


class AppealPage(MenuLabel, FoldedSearch, RoutablePageMixin, Page):
    """An appeal or a statement that people, organizations, or both can sign."""

    PEOPLE = "people"
    ORGANIZATIONS = "organizations"
    BOTH = "both"
    SIGNERS = [
        (PEOPLE, _("People")),
        (ORGANIZATIONS, _("Organizations")),
        (BOTH, _("People and organizations")),
    ]

    summary = models.TextField(
        _("summary"), help_text=_("Two or three sentences: on the signature sheet and in shares.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("text of the appeal"), blank=True)
    call_to_action = models.CharField(
        _("call to action"),
        max_length=200,
        default="",
        blank=True,
        help_text=_("The heading above the form, e.g. “Add your name”."),
    )
    goal = models.PositiveIntegerField(_("goal"), null=True, blank=True)
    is_open = models.BooleanField(_("open for signatures"), default=True)
    open_to = models.CharField(_("who can sign"), max_length=20, choices=SIGNERS, default=PEOPLE)
    thank_you_text = RichTextField(
        _("thank-you text"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Shown after signing, while the signer waits for the confirmation email."),
    )
    share_text = models.CharField(
        _("share text"),
        max_length=240,
        blank=True,
        help_text=_("The words put in share links, before the appeal's address."),
    )
    retention_days = models.PositiveIntegerField(
        _("keep signers' emails for (days after closing)"),
        null=True,
        blank=True,
        help_text=_(
            "Once the appeal has been closed this long, signers' email addresses and hashed IP "
            "addresses are erased; names and counts stay as signers chose. Empty: kept."
        ),
    )
    # When the appeal was closed for signatures; set on saving, cleared if it opens again.
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("call_to_action"),
                FieldPanel("open_to"),
                FieldPanel("is_open"),
                FieldPanel("goal"),
                FieldPanel("retention_days"),
            ],
            heading=_("Signing"),
        ),
        MultiFieldPanel(
            [FieldPanel("thank_you_text"), FieldPanel("share_text")], heading=_("After signing")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["core.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("appeal or statement")

    # Pages that show the count are kept only briefly, so the number is never long out of date:
    # at most 2 s for the appeals' clock to count a signature, 8 s in the page cache, then
    # 4 s (s-maxage, half of it) in a proxy such as nginx: 14 s in all.
    cache_seconds = 8

    def save(self, *args, **kwargs):
        if self.is_open:
            self.closed_at = None
        elif self.closed_at is None:
            self.closed_at = timezone.now()
        return super().save(*args, **kwargs)

    def live_tally(self):
        """The published count of this appeal (in every language), read from the shared cache."""
        from .services import read_tally

        return read_tally(self.translation_key)

    def get_context(self, request, *args, **kwargs):
        from .forms import OrganizationSignatureForm, PersonSignatureForm

        context = super().get_context(request, *args, **kwargs)
        context["tally"] = self.live_tally()
        if self.accepts_people:
            context.setdefault("person_form", PersonSignatureForm(prefix="person"))
        if self.accepts_organizations:
            context.setdefault("org_form", OrganizationSignatureForm(prefix="org"))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        response.freethem_cache_seconds = self.cache_seconds
        return response

    @path("thanks/")
    def thanks(self, request):
        return self.render(request, template="appeals/thanks.html")

    @path("signers/")
    def signers(self, request):
        from .signers import signers_page

        return signers_page(request, self)

    # Link previews (freethem/core/previews.py).
    def preview_text(self):
        return self.summary

    def preview_image(self):
        return first_stream_image(self.body)

    @property
    def accepts_people(self):
        return self.open_to in (self.PEOPLE, self.BOTH)

    @property
    def accepts_organizations(self):
        return self.open_to in (self.ORGANIZATIONS, self.BOTH)


class PaperBatch(models.Model):
    """Signatures collected on paper sheets at one place and time, entered from a CSV file."""

    appeal_key = models.UUIDField(_("appeal"), db_index=True)
    collected_at = models.CharField(_("where collected"), max_length=200)
    collected_on = models.DateField(_("when collected"))
    uploaded_by = models.CharField(_("uploaded by"), max_length=150, blank=True)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    file_name = models.CharField(max_length=255, blank=True)
    # The same file sent twice (a double click, a second volunteer) is entered once.
    file_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    accepted = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    report = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("paper batch")
        verbose_name_plural = _("paper batches")
        ordering = ["-uploaded_at"]

    def __str__(self):
        return f"{self.collected_at}, {self.collected_on:%Y-%m-%d}"


class SignatureQuerySet(models.QuerySet):
    def counted(self):
        """Signatures that count: confirmed (or entered from paper) and not held as suspect."""
        return self.filter(status=Signature.CONFIRMED, suspect=False)

    def shown(self):
        return self.counted().exclude(display=Signature.HIDDEN).exclude(hidden_by_moderator=True)


def initials(name):
    return " ".join(f"{word[0]}." for word in name.split() if word)


class Signature(models.Model):
    """One signature of an appeal.

    What the signer typed (name, affiliation, city, website) and their address are sealed
    (freethem/core/sealing.py): a copy of the database shows none of it. Only `public_*` is
    kept in clear, and only once the owner of the address has confirmed and chosen how to
    appear; the public list and its search read those fields alone.
    """

    PERSON = "person"
    ORGANIZATION = "organization"
    KINDS = [(PERSON, _("Person")), (ORGANIZATION, _("Organization"))]

    FULL_NAME = "full"
    INITIALS = "initials"
    HIDDEN = "hidden"
    DISPLAY = [
        (FULL_NAME, _("My full name")),
        (INITIALS, _("My initials and country")),
        (HIDDEN, _("Do not show my name, just count me")),
    ]

    PENDING = "pending"
    CONFIRMED = "confirmed"
    INVALIDATED = "invalidated"
    STATUSES = [
        (PENDING, _("Waiting for email confirmation")),
        (CONFIRMED, _("Confirmed")),
        (INVALIDATED, _("Invalidated by a moderator")),
    ]

    ONLINE = "online"
    PAPER = "paper"
    SOURCES = [(ONLINE, _("Online")), (PAPER, _("On paper"))]

    # What the appeal's tally holds of a signature (see services.tally_signatures).
    NOT_TALLIED, IN_TOTAL, IN_COUNTRY = 0, 1, 2

    # No index of its own: every index of the list and the unique address lead with it.
    appeal_key = models.UUIDField(_("appeal"))
    kind = models.CharField(_("signing as"), max_length=20, choices=KINDS, default=PERSON)
    name = SealedTextField(_("name"))
    affiliation = SealedTextField(_("title or affiliation"), blank=True)
    city = SealedTextField(_("city"), blank=True)
    country = CountryField(_("country"))
    website = SealedTextField(_("website"), blank=True)
    email = SealedTextField(_("email"), blank=True)
    # Keyed hashes of the normalised address and of its domain: one signature per person,
    # and the per-domain limits and flood tools, without the address (core/addresses.py).
    email_hash = models.CharField(max_length=64, blank=True, editable=False)
    domain_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    display = models.CharField(_("name shown"), max_length=20, choices=DISPLAY, default=FULL_NAME)
    # What the public list shows, set when the owner of the address confirms.
    public_name = models.CharField(_("name as shown"), max_length=200, blank=True)
    public_affiliation = models.CharField(max_length=200, blank=True)
    public_city = models.CharField(max_length=100, blank=True)
    wants_alerts = models.BooleanField(_("wants alerts"), default=False)
    language = models.CharField(max_length=10, default="en")

    status = models.CharField(max_length=20, choices=STATUSES, default=PENDING)
    suspect = models.BooleanField(
        _("held as suspect"),
        default=False,
        help_text=_(
            "Over a rate limit: no confirmation email is sent and it is not counted until a "
            "moderator clears it."
        ),
    )
    # What the appeal's tally includes of this signature, and whether that needs another look
    # (set by whatever changes what counts; the tally job clears it).
    tallied = models.PositiveSmallIntegerField(default=NOT_TALLIED)
    tally_due = models.BooleanField(default=False)
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    source = models.CharField(max_length=10, choices=SOURCES, default=ONLINE)
    paper_batch = models.ForeignKey(
        PaperBatch, null=True, blank=True, on_delete=models.CASCADE, related_name="signatures"
    )
    hidden_by_moderator = models.BooleanField(
        _("name hidden by a moderator"),
        default=False,
        help_text=_("The name stays off the public list; the signature still counts."),
    )
    notable = models.BooleanField(_("notable signer"), default=False)
    notable_description = models.CharField(_("description"), max_length=200, blank=True)

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    # Set when a confirmation email is owed; the appeals' clock queues it and clears this. The
    # signature row is its own outbox: signing is one insert, and nothing owed is ever lost.
    confirmation_wanted_at = models.DateTimeField(null=True, blank=True)
    confirmation_attempts = models.PositiveSmallIntegerField(default=0)
    token = models.UUIDField(default=uuid.uuid4, editable=False)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        permissions = [("export_signature", _("Can export signatures with email addresses"))]
        constraints = [
            models.UniqueConstraint(
                fields=["appeal_key", "email_hash"],
                condition=~models.Q(email_hash=""),
                name="one_signature_per_address",
            )
        ]
        indexes = [
            models.Index(
                fields=["appeal_key", "-confirmed_at", "-id"],
                name="signers_newest_first",
            ),
            models.Index(
                fields=["appeal_key", "country", "-confirmed_at", "-id"],
                name="signers_by_country",
            ),
            models.Index(
                fields=["appeal_key", "public_name"],
                condition=models.Q(notable=True),
                name="notable_signers",
            ),
            models.Index(
                fields=["id"], condition=models.Q(tally_due=True), name="signature_tally_due"
            ),
            models.Index(
                fields=["confirmation_wanted_at"],
                condition=models.Q(confirmation_wanted_at__isnull=False),
                name="confirmations_owed",
            ),
        ]

    def __str__(self):
        return self.public_name or _("Signature %(pk)s") % {"pk": self.pk}

    def public_fields(self, display=None):
        """What the public list would show of this signature with `display`."""
        display = display or self.display
        if self.kind == self.ORGANIZATION:
            return {"public_name": self.name, "public_affiliation": "", "public_city": ""}
        if display == self.FULL_NAME:
            return {
                "public_name": self.name,
                "public_affiliation": self.affiliation,
                "public_city": self.city,
            }
        if display == self.INITIALS:
            return {"public_name": initials(self.name), "public_affiliation": "", "public_city": ""}
        return {"public_name": "", "public_affiliation": "", "public_city": ""}

    def publish(self):
        """Set the public fields from what the signer typed and chose (on confirmation)."""
        for field, value in self.public_fields().items():
            setattr(self, field, value)

    @property
    def shown_name(self):
        return self.public_name

    def lookup_hashes(self):
        """The keyed hashes this row is found by, under the first data key (for rotation)."""
        return {
            "email_hash": addresses.address_hash(self.email),
            "domain_hash": addresses.domain_hash(addresses.domain_of(self.email)),
        }


class Tally(models.Model):
    """The counted signatures of one appeal, kept by the tally job rather than counted live."""

    appeal_key = models.UUIDField(unique=True)
    total = models.PositiveIntegerField(default=0)
    by_country = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("tally")

    def __str__(self):
        return f"{self.appeal_key}: {self.total}"
