"""Signing, confirming and resending: plain Django views beside the appeal's Wagtail page.

They take POSTs from pages served to everyone from the page cache, so those pages carry no CSRF
token (which would give every reader a cookie and make every page uncacheable). A signature
rides on no session and needs email confirmation, so a forged cross-site POST gains nothing;
requests that a browser marks as coming from another site are refused all the same.
"""

import logging
from dataclasses import dataclass

from django.db import OperationalError
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from freethem.core.admission import fill, refused_when_late, stamp_choices, stamp_form
from freethem.core.cache import remember
from freethem.core.limits import client_ip, from_this_site
from freethem.core.origins import from_this_site_or_a_mirror

from . import services
from .forms import ConfirmForm, OrganizationSignatureForm, PersonSignatureForm, ResendForm
from .models import AppealPage, Signature

logger = logging.getLogger(__name__)

BUSY_MESSAGE = _(
    "So many people are signing at this moment that your signature could not be recorded. "
    "Nothing you typed is lost: please send the form again in a minute."
)


def _appeal(appeal_id):
    appeal = AppealPage.objects.live().public().filter(pk=appeal_id).first()
    if appeal is None:
        raise Http404
    return appeal


@dataclass(frozen=True)
class Signable:
    """What taking a signature needs to know of an appeal, kept between publishes."""

    pk: int
    translation_key: object
    is_open: bool
    accepts_people: bool
    accepts_organizations: bool
    thanks_url: str


def _signable(appeal_id):
    def compute():
        appeal = AppealPage.objects.live().public().filter(pk=appeal_id).first()
        if appeal is None:
            return None
        return Signable(
            pk=appeal.pk,
            translation_key=appeal.translation_key,
            is_open=appeal.is_open,
            accepts_people=appeal.accepts_people,
            accepts_organizations=appeal.accepts_organizations,
            thanks_url=appeal.url + appeal.reverse_subpage("thanks"),
        )

    # Under a spike every request signs the same appeal: look it up once per publish.
    signable = remember(f"appeal-signable:{appeal_id}", compute)
    if signable is None:
        raise Http404
    return signable


def signing_kind(appeal, kind):
    """The form `appeal` gives for `kind`: an organization's only where it takes them."""
    if kind == Signature.ORGANIZATION and appeal.accepts_organizations:
        return Signature.ORGANIZATION
    return Signature.PERSON if appeal.accepts_people else Signature.ORGANIZATION


def form_for(appeal, kind, data=None):
    if signing_kind(appeal, kind) == Signature.ORGANIZATION:
        return OrganizationSignatureForm(data, prefix="org")
    return PersonSignatureForm(data, prefix="person")


def appeal_response(request, appeal, status=200, **extra):
    context = appeal.get_context(request)
    context.update(extra)
    response = TemplateResponse(request, appeal.get_template(request), context, status=status)
    response["Cache-Control"] = "private, no-store"
    return response


def _stamp(request, appeal_id, kind):
    """The refusal with the form, each value marked for `admission.fill` or nginx's busy.js:
    drawn once per appeal, kind and language between publishes."""
    signable = _signable(appeal_id)
    kind = signing_kind(signable, kind)

    def draw():
        form = stamp_form(form_for(signable, kind))
        context = {"appeal": signable, "form": form, "kind": kind}
        return stamp_choices(render_to_string("appeals/busy_form.html", context, request))

    return kind, remember(f"appeal-busy-stamp:{appeal_id}:{kind}:{get_language()}", draw)


def refuse_late_signature(request, appeal_id):
    """A sign request that waited too long to be worked on: the form back, filled in, at once.

    Costs a small fraction of signing (the form is drawn once and filled in), so that under a
    spike the machine keeps its time for the signatures it can take in good time
    (freethem/core/admission.py).
    """
    _kind, stamped = _stamp(request, appeal_id, request.POST.get("kind", Signature.PERSON))
    response = HttpResponse(fill(stamped, request.POST), status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "private, no-store"
    return response


@csrf_exempt
@require_POST
@refused_when_late(refuse_late_signature)
def sign(request, appeal_id):
    signable = _signable(appeal_id)
    if not from_this_site_or_a_mirror(request):
        return render(request, "appeals/refused.html", {"page": _appeal(appeal_id)}, status=403)
    if not signable.is_open:
        return appeal_response(request, _appeal(appeal_id), status=409, closed_attempt=True)
    kind = request.POST.get("kind", Signature.PERSON)
    form = form_for(signable, kind, request.POST)
    if not form.is_valid():
        forms = {"person_form": form} if form.kind == Signature.PERSON else {"org_form": form}
        return appeal_response(request, _appeal(appeal_id), status=400, **forms)
    if not form.is_robot():
        try:
            services.sign_appeal(
                appeal=signable,
                data=form.signature_data(),
                ip=client_ip(request),
                language=get_language(),
            )
        except OperationalError:
            # The database stayed busy past its timeout: say so and give the form back filled in.
            logger.warning("Signing refused: the database is busy", exc_info=True)
            form.add_error(None, BUSY_MESSAGE)
            forms = {"person_form": form} if form.kind == Signature.PERSON else {"org_form": form}
            response = appeal_response(request, _appeal(appeal_id), status=503, **forms)
            response["Retry-After"] = "30"
            return response
    return HttpResponseRedirect(signable.thanks_url, status=303)


def busy_stamp(request, appeal_id, kind):
    """The refusal with the form, marked for nginx to fill in with what each refused signer
    sent (docs/nginx/busy.js), which asks for it once a minute per appeal, kind and language:
    turning a signer away then costs the application nothing while it is full."""
    drawn, stamped = _stamp(request, appeal_id, kind)
    if drawn != kind:
        raise Http404
    response = HttpResponse(stamped)
    response["Cache-Control"] = "private, no-store"
    return response


def busy(request):
    """What nginx shows when it turns signers away under a spike (docs/nginx/freethem.conf)."""
    response = render(request, "appeals/busy.html", status=503)
    response["Retry-After"] = "30"
    return response


@csrf_exempt
@never_cache
def confirm(request, appeal_id, token):
    """The owner of the address sees exactly what would be public, chooses, and confirms.

    The link comes by email, so only the owner of the address gets here: whatever someone else
    typed when signing with that address is shown to the owner, who may correct it, choose how
    to appear, or say it was not them (which deletes the signature).
    """
    appeal = _appeal(appeal_id)
    signature = services.signature_for_token(token)
    if signature is None or signature.appeal_key != appeal.translation_key:
        return render(
            request,
            "appeals/confirm_invalid.html",
            {"page": appeal, "form": ResendForm()},
            status=400,
        )
    if signature.status == Signature.CONFIRMED:
        return render(request, "appeals/confirmed.html", {"page": appeal})
    if signature.status != Signature.PENDING:
        return render(
            request,
            "appeals/confirm_invalid.html",
            {"page": appeal, "form": ResendForm()},
            status=400,
        )
    initial = {name: getattr(signature, name) for name in services.CONFIRMABLE}
    # Nothing chosen in advance, unless the owner chose it in this very form a moment ago.
    initial["display"] = None
    status = 200
    if request.method == "POST":
        if not from_this_site(request):
            return render(request, "appeals/refused.html", {"page": appeal}, status=403)
        if request.POST.get("action") == "disown":
            services.disown_signature(signature)
            return render(request, "appeals/disowned.html", {"page": appeal})
        form = ConfirmForm(request.POST, signature=signature, initial=initial)
        if form.is_valid() and request.POST.get("action") == "confirm":
            services.confirm_signature(signature, form.choices())
            return render(request, "appeals/confirmed.html", {"page": appeal})
        status = 200 if form.is_valid() else 400
    else:
        form = ConfirmForm(signature=signature, initial=initial)
    return render(
        request,
        "appeals/confirm.html",
        {"page": appeal, "signature": signature, "form": form, "previews": form.previews()},
        status=status,
    )


@csrf_exempt
@require_POST
@never_cache
def resend(request, appeal_id):
    appeal = _appeal(appeal_id)
    if not from_this_site(request):
        return render(request, "appeals/refused.html", {"page": appeal}, status=403)
    form = ResendForm(request.POST)
    if not form.is_valid():
        return render(
            request, "appeals/confirm_invalid.html", {"page": appeal, "form": form}, status=400
        )
    services.resend_confirmation(
        appeal=appeal, email=form.cleaned_data["email"], ip=client_ip(request)
    )
    return render(request, "appeals/resent.html", {"page": appeal})


def _count_target(appeal_id):
    appeal = _appeal(appeal_id)
    return appeal.translation_key, appeal.goal


def count(request, appeal_id):
    """The appeal's count as JSON for pages that refresh it: no query, cacheable for seconds."""
    key, goal = remember(f"appeal-count:{appeal_id}", lambda: _count_target(appeal_id))
    tally = services.read_tally(key)
    response = JsonResponse(
        {"total": tally["total"], "by_country": tally["by_country"], "goal": goal}
    )
    response.freethem_cache_seconds = AppealPage.cache_seconds
    return response
