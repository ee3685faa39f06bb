"""Supporters' proposals in the Wagtail admin: the queue, one page per proposal, three decisions.

One permission, `mobilize.moderate_proposal`, opens all of it. Nobody adds or edits a proposal
here: a moderator turns it into a draft page (and edits that) or rejects it. The submitter's
email address is shown nowhere in the admin, not even to moderators: it is there only to tell
the submitter the outcome, which the site does by itself.
"""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext, gettext_noop, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import DeleteView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.permission_policies import ModelPermissionPolicy

from . import services
from .models import Proposal, ProposalPhoto

VIEWSET = "proposals"
PERMISSION = "mobilize.moderate_proposal"


class ProposalPermissionPolicy(ModelPermissionPolicy):
    """Everything about proposals is one permission; nobody adds or edits them in the admin."""

    ALLOWED = frozenset({"view", "delete", "moderate"})

    def user_has_permission(self, user, action):
        return action in self.ALLOWED and user.is_active and user.has_perm(PERMISSION)

    def users_with_any_permission(self, actions):
        if not self.ALLOWED.intersection(actions):
            return get_user_model().objects.none()
        return self._get_users_with_any_permission_codenames({"moderate_proposal"})


proposal_permission_policy = ProposalPermissionPolicy(Proposal)


def can_moderate(user):
    return proposal_permission_policy.user_has_permission(user, "moderate")


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


# The queue ----------------------------------------------------------------------------------


class ProposalIndexView(IndexView):
    def get_base_queryset(self):
        # The listing never shows addresses: leave them in the database.
        return super().get_base_queryset().defer("email", "text", "ip_hash", "submission_key")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["photo_space"] = services.photo_space()
        return context


class PhotoSpacePanel(Component):
    """On the dashboard, for moderators: the photos awaiting a decision near or at their quota."""

    name = "photo_space"
    order = 50  # above Wagtail's own panels
    template_name = "mobilize/admin/photo_space_panel.html"

    def __init__(self, space):
        self.space = space

    def get_context_data(self, parent_context):
        return {"photo_space": self.space, "list_url": reverse(f"{VIEWSET}:index")}


class ProposalDeleteView(DeleteView):
    """Deleting a proposal (spam, or the sender asks): no email, and the photos go too."""

    @property
    def confirmation_message(self):
        return _(
            "Delete this proposal and its photos for good? Nobody is told; to tell the sender, "
            "reject it instead."
        )

    def get_success_message(self):
        return gettext("The proposal was deleted.")

    def delete_action(self):
        services.erase_proposal(proposal=self.object, user=self.request.user)


# One proposal -------------------------------------------------------------------------------


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the sender"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Give a reason: it is sent to the sender.")},
    )


class ProposalInspectView(InspectView):
    template_name = "mobilize/admin/proposal.html"
    page_title = _("Proposal")

    def get_object(self, queryset=None):
        return get_object_or_404(Proposal.objects.defer("email"), pk=self.pk)

    def get_page_subtitle(self):
        return self.object.title

    def get_fields(self):
        # The page lays the proposal out itself (and leaves the address out).
        return []

    def target(self, finder):
        try:
            return finder(self.object)
        except services.NowhereToPut:
            return None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        proposal = self.object
        base = f"{VIEWSET}:"
        context.update(
            proposal=proposal,
            photos=list(proposal.photos.all()),
            language=language_name(proposal.language),
            # The address itself stays out of the admin; only whether there is one.
            has_email=Proposal.objects.filter(pk=proposal.pk).exclude(email="").exists(),
            same_network=(
                Proposal.objects.filter(ip_hash=proposal.ip_hash).exclude(pk=proposal.pk).count()
                if proposal.ip_hash
                else 0
            ),
            reject_form=kwargs.get("reject_form") or RejectForm(),
            event_url=reverse(base + "event", args=[proposal.pk]),
            news_url=reverse(base + "news", args=[proposal.pk]),
            reject_url=reverse(base + "reject", args=[proposal.pk]),
            events_index=self.target(services.events_index_for) if proposal.is_pending else None,
            news_index=self.target(services.news_index_for) if proposal.is_pending else None,
            page_edit_url=(
                reverse("wagtailadmin_pages:edit", args=[proposal.page_id])
                if proposal.page_id
                else None
            ),
        )
        return context


def _moderator_only(request):
    if not can_moderate(request.user):
        raise PermissionDenied


def photo(request, pk):
    """A pending photo, for moderators only: private media has no public address."""
    _moderator_only(request)
    row = get_object_or_404(ProposalPhoto, pk=pk)
    try:
        file = row.file.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(file, content_type="image/jpeg")
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


def _decide(request, pk, action):
    _moderator_only(request)
    proposal = get_object_or_404(Proposal, pk=pk)
    back = reverse(f"{VIEWSET}:inspect", args=[pk])
    try:
        return action(proposal)
    except services.AlreadyDecided:
        messages.warning(request, gettext("Someone has already decided on this proposal."))
    except services.NowhereToPut:
        messages.error(
            request, gettext("The site has no page to put this under. Nothing was changed.")
        )
    return redirect(back)


def _to_draft(request, page, message):
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    messages.success(request, message % {"title": page.title})
    return redirect(edit_url)


def _drafting(make, message):
    """A view that turns a proposal into a draft page with `make` and opens it in the editor."""

    @require_POST
    def view(request, pk):
        def action(proposal):
            page = make(proposal=proposal, user=request.user)
            return _to_draft(request, page, gettext(message))

        return _decide(request, pk, action)

    return view


turn_into_event = _drafting(
    services.turn_into_event,
    gettext_noop("Draft event “%(title)s” created; the sender has been told."),
)
turn_into_news_post = _drafting(
    services.turn_into_news_post,
    gettext_noop("Draft news post “%(title)s” created; the sender has been told."),
)


@require_POST
def reject(request, pk):
    def action(proposal):
        form = RejectForm(request.POST)
        if not form.is_valid():
            for error in form.errors.get("reason", []):
                messages.error(request, error)
            return redirect(reverse(f"{VIEWSET}:inspect", args=[pk]))
        services.reject_proposal(
            proposal=proposal, user=request.user, reason=form.cleaned_data["reason"]
        )
        messages.success(
            request,
            gettext("“%(title)s” was rejected; the sender has been told.")
            % {"title": proposal.title},
        )
        return redirect(reverse(f"{VIEWSET}:index"))

    return _decide(request, pk, action)


# The viewset ----------------------------------------------------------------------------------


class ProposalViewSet(ModelViewSet):
    model = Proposal
    name = VIEWSET
    url_prefix = "proposals"
    icon = "form"
    menu_label = _("Proposals")
    menu_order = 260  # after Signatures
    index_template_name = "mobilize/admin/proposal_index.html"
    add_to_admin_menu = True
    index_view_class = ProposalIndexView
    inspect_view_class = ProposalInspectView
    delete_view_class = ProposalDeleteView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_reference_index = False
    search_fields = ["title", "city", "organizer"]
    search_backend_name = None  # proposals are not in the search index: search the table
    list_filter = ["status", "kind"]
    form_fields = []  # no add or edit form: the permission policy refuses both anyway
    list_per_page = 50
    list_display = [
        "title",
        "kind",
        "city",
        Column("country", label=_("Country"), accessor=lambda p: p.country.name),
        "date",
        Column("language", label=_("Language"), accessor=lambda p: language_name(p.language)),
        "status",
        DateColumn("created_at", label=_("Sent"), sort_key="created_at"),
    ]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("photo/<id:pk>/", photo, name="photo"),
            path("event/<id:pk>/", turn_into_event, name="event"),
            path("news/<id:pk>/", turn_into_news_post, name="news"),
            path("reject/<id:pk>/", reject, name="reject"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="moderate_proposal")


# The admin's history --------------------------------------------------------------------------


class EventMadeFormatter(LogFormatter):
    label = _("Turn a proposal into a draft event")
    message = _("Turned into a draft event")


class NewsMadeFormatter(LogFormatter):
    label = _("Turn a proposal into a draft news post")
    message = _("Turned into a draft news post")


class RejectedFormatter(LogFormatter):
    label = _("Reject a proposal")
    message = pgettext_lazy("proposal", "Rejected")


LOG_ACTIONS = {
    "freethem.proposal.event": EventMadeFormatter,
    "freethem.proposal.news": NewsMadeFormatter,
    "freethem.proposal.reject": RejectedFormatter,
}
