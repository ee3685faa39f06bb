"""Signatures in the Wagtail admin: the moderators' listing and edit form, and flood moderation.

Moderators read and correct signatures; they never add one (signatures come from the public form
or a paper import). Deleting a signature erases the signer's data on request, and takes it off
its appeal's count in the same step. Email addresses appear on a signature's edit form and in
the export, which needs its own permission, and nowhere else in the admin.
"""

import uuid
from datetime import timedelta

import django_filters
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, DateColumn, StatusFlagColumn
from wagtail.admin.views.generic import DeleteView, EditView, IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.log_actions import LogFormatter, log
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from freethem.core import addresses
from freethem.core.exports import spreadsheet_safe

from . import services
from .models import AppealPage, PaperBatch, Signature
from .paper import import_paper_csv

# URL names, used by wagtail_hooks.py, the templates and the tests.
SIGNATURES_VIEWSET = "appeal_signatures"
FLOOD_URL_NAME = "appeals_flood"
PAPER_URL_NAME = "appeals_paper"

# What a moderator may change on a signature; everything else is the signer's or the tally job's.
MODERATED_FIELDS = [
    "status",
    "suspect",
    "hidden_by_moderator",
    "notable",
    "notable_description",
    "confirmed_at",
]

RECENT_WINDOW = timedelta(hours=24)
TOP_SOURCES = 10
SAMPLE_SIZE = 10


class SignaturePermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, except that nobody adds signatures from the admin."""

    NEVER = frozenset({"add"})

    def user_has_permission(self, user, action):
        return action not in self.NEVER and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in self.NEVER]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


signature_permission_policy = SignaturePermissionPolicy(Signature)


def can_moderate(user):
    """Whether the user may moderate signatures: the `appeals.change_signature` permission."""
    return signature_permission_policy.user_has_permission(user, "change")


def can_export(user):
    """Exports carry email addresses: only with `appeals.export_signature`."""
    return user.is_active and user.has_perm("appeals.export_signature")


def signature_label(signature):
    # Audit log entries keep their label for good; a number keeps the signer's name out of them.
    return gettext("Signature %(pk)s") % {"pk": signature.pk}


# Appeals -------------------------------------------------------------------------------------


def appeal_pages():
    """Each appeal's page id and title by translation key, newest appeal first.

    An appeal has a page per language; moderators see the one in the default language, or the
    appeal's first page when it has none in that language.
    """
    default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    found = {}
    rows = AppealPage.objects.order_by("pk").values_list(
        "pk", "translation_key", "title", "locale__language_code"
    )
    for pk, key, title, language in rows:
        if key not in found or language == default:
            found[key] = (pk, title)
    return dict(reversed(found.items()))


def appeal_choices():
    return [(str(key), title) for key, (_pk, title) in appeal_pages().items()]


# The listing and the edit form ---------------------------------------------------------------


class SignatureFilterSet(WagtailFilterSet):
    appeal_key = django_filters.ChoiceFilter(
        label=_("Appeal"), empty_label=_("All appeals"), widget=forms.Select
    )
    email_domain = django_filters.CharFilter(label=_("Email domain"), method="filter_email_domain")
    email = django_filters.CharFilter(
        label=_("Signer's email address"),
        method="filter_email",
        help_text=_("To find a signer who asks to be erased. The address is not shown."),
    )

    class Meta:
        model = Signature
        fields = [
            "appeal_key",
            "status",
            "suspect",
            "source",
            "notable",
            "hidden_by_moderator",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Appeals come and go: read them for each request, not once at start-up.
        self.filters["appeal_key"].extra["choices"] = appeal_choices()

    def filter_email_domain(self, queryset, name, value):
        domain = addresses.normalise_domain(value)
        return (
            queryset.filter(domain_hash__in=addresses.domain_hashes(domain)) if domain else queryset
        )

    def filter_email(self, queryset, name, value):
        if "@" not in value:
            return queryset.none()
        return queryset.filter(email_hash__in=addresses.address_hashes(value.strip()))


class SignatureIndexView(IndexView):
    @cached_property
    def appeal_titles(self):
        return {key: title for key, (_pk, title) in appeal_pages().items()}

    @cached_property
    def columns(self):
        columns = super().columns
        columns.insert(
            1,
            Column(
                "appeal",
                label=_("Appeal"),
                accessor=lambda signature: self.appeal_titles.get(signature.appeal_key, ""),
            ),
        )
        return columns

    def get_base_queryset(self):
        if self.is_export:
            return super().get_base_queryset()
        # The listing never shows addresses: leave them in the database.
        return super().get_base_queryset().defer("email", "email_hash", "token")

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not can_export(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def show_export_buttons(self):
        return can_export(self.request.user)

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Signers' addresses leave the site here: the audit log keeps who, when and how many.
        log(
            instance=self.request.user,
            action="freethem.export",
            data={
                "model": "appeals.signature",
                "format": spreadsheet_format,
                "rows": queryset.count(),
            },
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["appeal_key"] = self.appeal_titles.get(item.appeal_key, str(item.appeal_key))
        return row


class SignatureEditView(EditView):
    def get_usage_url(self):
        # Nothing refers to a signature (they stay out of the reference index): no usage panel.
        return None

    def save_instance(self):
        signature = self.form.instance
        fields = [*MODERATED_FIELDS, "tally_due"]
        if signature.status == Signature.CONFIRMED and signature.confirmed_at is None:
            # Confirmed by hand (say, by phone with the signer): dated, since the public list
            # sorts and pages by confirmation time, and shown as the signer chose.
            signature.confirmed_at = timezone.now()
            signature.publish()
            fields += ["public_name", "public_affiliation", "public_city"]
        # Only what a moderator changes: the tally job may move `tallied` meanwhile.
        signature.tally_due = True
        signature.save(update_fields=fields)
        log(
            instance=signature,
            action="wagtail.edit",
            user=self.request.user,
            title=signature_label(signature),
            content_changed=self.form.has_changed(),
        )
        services.tally_signatures()
        return signature


class SignatureDeleteView(DeleteView):
    """Erasing a signer on request: the row and its traces go, and the count follows at once."""

    @property
    def confirmation_message(self):
        return _(
            "Erase this signature? The signer's name, email address and hashed IP address are "
            "deleted for good and the appeal's count goes down by one."
        )

    def get_page_subtitle(self):
        return signature_label(self.object)

    def get_success_message(self):
        return gettext("The signature was erased.")

    def delete_action(self):
        label = signature_label(self.object)
        if services.erase_signature(self.object):
            # The entry names the signature by number only: the signer's name is not kept.
            log(
                instance=self.object,
                action="wagtail.delete",
                user=self.request.user,
                title=label,
                deleted=True,
            )


class SignatureViewSet(ModelViewSet):
    model = Signature
    icon = "list-ul"
    menu_label = _("All signatures")
    url_prefix = "appeals/signatures"
    index_view_class = SignatureIndexView
    edit_view_class = SignatureEditView
    delete_view_class = SignatureDeleteView
    filterset_class = SignatureFilterSet
    # Names as typed are sealed: the listing searches the names as shown on the public list.
    search_fields = ["public_name"]
    search_backend_name = None  # signatures are not in the search index: search the table
    ordering = "-created_at"
    list_per_page = 50
    copy_view_enabled = False
    # Signatures point at nothing; indexing them would tax every public signing.
    add_to_reference_index = False
    list_display = [
        "name",
        "kind",
        "country",
        "status",
        StatusFlagColumn("suspect", label=_("Held"), true_label=_("Held"), sort_key="suspect"),
        "source",
        DateColumn("created_at", label=_("Signed"), sort_key="created_at"),
        DateColumn("confirmed_at", label=_("Confirmed"), sort_key="confirmed_at"),
        StatusFlagColumn(
            "notable", label=_("Notable"), true_label=_("Notable"), sort_key="notable"
        ),
    ]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("affiliation", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("country", read_only=True),
                FieldPanel("source", read_only=True),
            ],
            heading=_("Signer"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("suspect"), FieldPanel("hidden_by_moderator")],
            heading=_("Moderation"),
        ),
        MultiFieldPanel(
            [FieldPanel("notable"), FieldPanel("notable_description")],
            heading=_("Notable signer"),
            help_text=_("Notable signers are listed first on the appeal's list of signers."),
        ),
    ]

    list_export = [
        "appeal_key",
        "kind",
        "name",
        "affiliation",
        "city",
        "country",
        "website",
        "email",
        "wants_alerts",
        "display",
        "hidden_by_moderator",
        "status",
        "suspect",
        "source",
        "notable",
        "notable_description",
        "language",
        "created_at",
        "confirmed_at",
    ]
    export_filename = "signatures"

    def get_permissions_to_register(self):
        # Adding means nothing here; deleting is erasing; exporting hands out addresses.
        return (
            super()
            .get_permissions_to_register()
            .filter(codename__in=["change_signature", "delete_signature", "export_signature"])
        )


# Moderating a flood --------------------------------------------------------------------------


def recent_sources(appeal_key, *, now=None):
    """The email domains and hashed addresses that signed the appeal most in the last 24 hours."""
    since = (now or timezone.now()) - RECENT_WINDOW
    recent = Signature.objects.filter(appeal_key=appeal_key, created_at__gte=since).exclude(
        status=Signature.INVALIDATED
    )
    counts = {"signatures": Count("pk"), "held": Count("pk", filter=Q(suspect=True))}
    domains = list(
        recent.exclude(domain_hash="")
        .values("domain_hash")
        .annotate(**counts)
        .order_by("-signatures", "domain_hash")[:TOP_SOURCES]
    )
    for row in domains:
        # Domains are kept only as keyed hashes: read the domain off one of the sealed addresses.
        sample = recent.filter(domain_hash=row["domain_hash"]).exclude(email="").only("email")
        sample = sample.first()
        row["email_domain"] = addresses.domain_of(sample.email) if sample else ""
    clients = (
        recent.exclude(ip_hash="")
        .values("ip_hash")
        .annotate(**counts)
        .order_by("-signatures", "ip_hash")[:TOP_SOURCES]
    )
    return domains, list(clients)


class FloodForm(forms.Form):
    appeal = forms.TypedChoiceField(label=_("Appeal"), coerce=uuid.UUID)
    domain = forms.CharField(
        label=_("Email domain"),
        required=False,
        max_length=254,
        help_text=_("For example “spam.example”: addresses at that domain only."),
    )
    ip_hash = forms.CharField(
        label=_("Hashed IP address"),
        required=False,
        max_length=64,
        help_text=_("64 characters: signatures sent from that address only."),
    )
    since = forms.DateTimeField(label=_("Signed from"), required=False, widget=AdminDateTimeInput)
    until = forms.DateTimeField(label=_("Signed before"), required=False, widget=AdminDateTimeInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["appeal"].choices = [("", _("Choose an appeal")), *appeal_choices()]

    def clean_domain(self):
        return addresses.normalise_domain(self.cleaned_data["domain"])

    def clean_ip_hash(self):
        value = self.cleaned_data["ip_hash"].strip().lower()
        if value and (len(value) != 64 or any(ch not in "0123456789abcdef" for ch in value)):
            raise forms.ValidationError(
                _("A hashed IP address is 64 characters, digits and the letters a to f.")
            )
        return value

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if not any(data.get(name) for name in ("domain", "ip_hash", "since", "until")):
            raise forms.ValidationError(
                _(
                    "Give at least one of an email domain, a hashed IP address or a time: "
                    "the appeal alone would take in every one of its signatures."
                ),
                code="no_criterion",
            )
        if data.get("since") and data.get("until") and data["since"] >= data["until"]:
            self.add_error("until", _("“Signed before” must come after “Signed from”."))
        return data

    def criteria(self):
        """The cleaned form as keyword arguments for the services."""
        data = self.cleaned_data
        return {
            "appeal_key": data["appeal"],
            "domain": data["domain"],
            "ip_hash": data["ip_hash"],
            "since": data["since"],
            "until": data["until"],
        }


class InvalidatedFormatter(LogFormatter):
    label = _("Invalidate signatures")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        return ngettext(
            "%(count)s signature invalidated as a flood",
            "%(count)s signatures invalidated as a flood",
            count,
        ) % {"count": count}


class ClearedFormatter(LogFormatter):
    label = _("Clear held signatures")

    def format_message(self, log_entry):
        count = log_entry.data.get("count", 0)
        return ngettext(
            "%(count)s held signature cleared",
            "%(count)s held signatures cleared",
            count,
        ) % {"count": count}


LOG_ACTIONS = {
    "freethem.signatures.invalidate": InvalidatedFormatter,
    "freethem.signatures.clear_held": ClearedFormatter,
}


class SignatureToolView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """A page of the Signatures menu, open to those who may change signatures."""

    model = Signature  # whose permission policy decides who may come here
    permission_required = "change"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(f"{SIGNATURES_VIEWSET}:index"), "label": _("Signatures")},
            {"url": "", "label": self.page_title},
        ]


class FloodView(SignatureToolView):
    """Find a flood of signatures, see how many it holds, then invalidate or clear them at once."""

    template_name = "appeals/admin/flood.html"
    page_title = _("Moderate a flood")
    header_icon = "warning"

    def get(self, request, *args, **kwargs):
        if "preview" in request.GET:
            form = FloodForm(request.GET)
            form.is_valid()
        else:
            form = FloodForm(initial={"appeal": request.GET.get("appeal", "")})
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = FloodForm(request.POST)
        action = request.POST.get("action")
        if action not in ("invalidate", "clear") or not form.is_valid():
            messages.error(request, _("Nothing was changed: please correct the form."))
            return self.render_to_response(self.get_context_data(form=form))

        criteria = form.criteria()
        if action == "invalidate":
            count = services.invalidate_signatures(**criteria)
            log_action = "freethem.signatures.invalidate"
            message = ngettext(
                "%(count)s signature invalidated.", "%(count)s signatures invalidated.", count
            )
        else:
            count = services.clear_suspects(services.flood_signatures(**criteria))
            log_action = "freethem.signatures.clear_held"
            message = ngettext(
                "%(count)s held signature cleared: it counts once confirmed.",
                "%(count)s held signatures cleared: they count once confirmed.",
                count,
            )
        services.tally_signatures()
        self.log(log_action, count, criteria)
        messages.success(request, message % {"count": count})
        query = urlencode({"appeal": criteria["appeal_key"]})
        return redirect(f"{reverse(FLOOD_URL_NAME)}?{query}")

    def log(self, action, count, criteria):
        """Note the bulk change in the appeal page's history, with who did it and how."""
        page_id, _title = appeal_pages().get(criteria["appeal_key"], (None, ""))
        page = Page.objects.filter(pk=page_id).first()
        if page is None or not count:
            return
        data = {
            "count": count,
            "domain": criteria["domain"],
            "ip_hash": criteria["ip_hash"],
            "since": criteria["since"].isoformat() if criteria["since"] else None,
            "until": criteria["until"].isoformat() if criteria["until"] else None,
        }
        log(instance=page, action=action, user=self.request.user, data=data)

    def chosen_appeal(self, form):
        """The appeal whose last 24 hours to show: the form's, if it names a known one."""
        titles = {str(key): (key, title) for key, (_pk, title) in appeal_pages().items()}
        value = form["appeal"].value()
        return titles.get(str(value)) if value else None

    def preview(self, form):
        if not form.is_bound or not form.is_valid():
            return None
        matching = services.flood_signatures(**form.criteria())
        return {
            "count": matching.count(),
            "held": matching.filter(suspect=True).count(),
            "sample": list(
                matching.order_by("-created_at").only(
                    "pk", "name", "country", "status", "suspect", "created_at"
                )[:SAMPLE_SIZE]
            ),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs["form"]
        context["action_url"] = reverse(FLOOD_URL_NAME)
        context["preview"] = self.preview(form)
        context["media"] = form.media
        chosen = self.chosen_appeal(form)
        if chosen is not None:
            key, title = chosen
            domains, clients = recent_sources(key)
            base = reverse(FLOOD_URL_NAME)
            for row in domains:
                query = {"appeal": key, "domain": row["email_domain"], "preview": 1}
                row["preview_url"] = f"{base}?{urlencode(query)}"
            for row in clients:
                query = {"appeal": key, "ip_hash": row["ip_hash"], "preview": 1}
                row["preview_url"] = f"{base}?{urlencode(query)}"
            context.update(appeal_title=title, top_domains=domains, top_addresses=clients)
        context["signatures_url"] = reverse(f"{SIGNATURES_VIEWSET}:index")
        return context


class PaperForm(forms.Form):
    appeal = forms.TypedChoiceField(
        label=_("Appeal"),
        coerce=int,
        help_text=_("In the language of the sheets: signers are written to in that language."),
    )
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, one signer per row, with a header row: name, affiliation, city, country, "
            "email, show_name."
        ),
    )
    collected_at = forms.CharField(label=_("Where the sheets were collected"), max_length=200)
    collected_on = forms.DateField(label=_("When"), widget=AdminDateInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        pages = AppealPage.objects.order_by("pk").values_list(
            "pk", "title", "locale__language_code"
        )
        self.fields["appeal"].choices = [("", _("Choose an appeal"))] + [
            (pk, f"{title} ({language})") for pk, title, language in pages
        ]


class PaperView(SignatureToolView):
    """Enter the signatures collected on paper sheets from a CSV file, and show the report."""

    template_name = "appeals/admin/paper.html"
    page_title = _("Enter paper sheets")
    header_icon = "upload"

    def get(self, request, *args, **kwargs):
        batch = PaperBatch.objects.filter(pk=request.GET.get("batch") or None).first()
        return self.render_to_response(self.get_context_data(form=PaperForm(), batch=batch))

    def post(self, request, *args, **kwargs):
        form = PaperForm(request.POST, request.FILES)
        if not form.is_valid():
            messages.error(request, _("Nothing was entered: please correct the form."))
            return self.render_to_response(self.get_context_data(form=form))
        appeal = AppealPage.objects.get(pk=form.cleaned_data["appeal"])
        batch = import_paper_csv(
            appeal=appeal,
            file=form.cleaned_data["file"],
            collected_at=form.cleaned_data["collected_at"],
            collected_on=form.cleaned_data["collected_on"],
            uploaded_by=request.user.get_username(),
        )
        services.tally_signatures()
        if getattr(batch, "repeated", False):
            messages.warning(request, _("This file was already entered; nothing was added."))
        elif batch.accepted:
            messages.success(
                request,
                ngettext(
                    "%(count)s signature entered.", "%(count)s signatures entered.", batch.accepted
                )
                % {"count": batch.accepted},
            )
        else:
            messages.error(request, _("No signature was entered: see the report."))
        return redirect(f"{reverse(PAPER_URL_NAME)}?{urlencode({'batch': batch.pk})}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["recent_batches"] = PaperBatch.objects.order_by("-uploaded_at")[:10]
        context["media"] = context["form"].media
        return context
