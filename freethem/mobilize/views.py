import datetime
import hashlib
import json
import logging
from itertools import groupby

from django import forms
from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import OperationalError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django_countries import countries as all_countries

from freethem.core.cache import reads_parameters
from freethem.core.collation import named_countries, sort_key
from freethem.core.limits import client_ip
from freethem.core.origins import from_a_listed_mirror, from_this_site_or_a_mirror
from freethem.core.pagination import ListPage

from . import services
from .forms import FORMS, NO_ROOM_FOR_PHOTOS, new_submission_key
from .models import EventIndexPage
from .photos import MAX_PHOTOS, PhotoUploadHandler
from .places import local_city

logger = logging.getLogger(__name__)

PER_PAGE = 30


class EventFilterForm(forms.Form):
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, data, *, countries=(), **kwargs):
        super().__init__(data, **kwargs)
        self.fields["country"].choices = [("", _("All countries"))] + list(countries)


def by_place(events):
    """[(country name, [(city name, [events])])] of `events` sorted by country and city: the
    countries and cities named and sorted as readers of the active language have them."""
    places = []
    for code, in_country in groupby(events, key=lambda e: e.country.code or ""):
        cities = [
            (local_city(city, code), list(in_city))
            for city, in_city in groupby(in_country, key=lambda e: e.city)
        ]
        cities.sort(key=lambda item: sort_key(item[0]))
        places.append((all_countries.name(code) if code else "", cities))
    # Countries in the reader's alphabetical order (online events, without one, first).
    return sorted(places, key=lambda item: sort_key(item[0]))


@reads_parameters(*EventFilterForm.base_fields, "page")
def event_list(request, index, *, past):
    events = index.events()
    events = events.past() if past else events.upcoming()
    codes = sorted({c for c in events.values_list("country", flat=True) if c})
    countries = named_countries(codes)
    form = EventFilterForm(request.GET, countries=countries)
    ignored = []
    if form.is_valid():
        country = form.cleaned_data["country"]
    else:
        country = ""
        ignored = [form.fields["country"].label]
    if country:
        events = events.filter(country=country)
    order = ("-starts_at", "-pk") if past else ("starts_at", "pk")
    listing = ListPage(events.order_by(*order), request.GET.get("page"), PER_PAGE)
    places = by_place(sorted(events, key=lambda e: (e.country.code or "", e.city, e.starts_at)))
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "mobilize/event_index_page.html",
        {
            "page": index,
            "self": index,
            "past": past,
            "events": listing,
            "places": places,
            "form": form,
            "country": country,
            "ignored": ignored,
            "filter_query": query.urlencode(),
        },
    )


# Supporters' proposals -----------------------------------------------------------------------
#
# The forms live on the events page (routes `propose/` and `report/`) and are sent to the plain
# views below. Like the appeals' sign form they carry no CSRF token, which would hand every
# reader a cookie: a proposal acts for nobody and waits for a moderator, and a form that the
# browser says comes from another site is refused. Unlike the sign form, the form pages are
# not cached: each carries its own submission key, so that sending it twice makes one proposal.

BUSY = _(
    "The site is very busy and could not keep your proposal. Nothing you typed is lost: please "
    "choose your photos again and send the form in a minute."
)
TOO_MANY = _(
    "Many proposals were sent from your network in a short time, so this one was not kept. "
    "Nothing you typed is lost: please send it again later, with your photos."
)
# The events page's route of each form.
ROUTES = {"event": "propose", "report": "report"}
UNREADABLE_REQUEST = _(
    "The form arrived incomplete or too large to read. Please fill it in again, with at most "
    "five photos."
)


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


def _form_response(request, index, form, *, status=200, notice="", photos_dropped=False):
    context = {
        "page": index,
        "self": index,
        "form": form,
        "kind": form.kind,
        "action": reverse(f"mobilize_{form.kind}_submit", args=[index.pk]),
        "notice": notice,
        "max_photos": MAX_PHOTOS,
        # Photos are not kept when the form comes back: the visitor chooses them again.
        "photos_dropped": photos_dropped,
    }
    return _private(
        TemplateResponse(request, "mobilize/proposal_form.html", context, status=status)
    )


def _date_hint(request):
    """A day of action's date, passed from its page, to start the form with."""
    try:
        value = datetime.date.fromisoformat(request.GET.get("date", ""))
    except ValueError:
        return None
    return value if value >= timezone.localdate() else None


@reads_parameters("date")
def proposal_form(request, index, kind):
    """The empty form, with a fresh submission key (GET on the events page's route)."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    initial = {"submission": new_submission_key()}
    if kind == "event" and (day := _date_hint(request)):
        initial["date"] = day
    return _form_response(request, index, FORMS[kind](initial=initial))


def proposal_sent(request, index):
    return TemplateResponse(request, "mobilize/proposal_sent.html", {"page": index, "self": index})


def _index(index_id):
    index = EventIndexPage.objects.live().public().filter(pk=index_id).first()
    if index is None:
        raise Http404
    return index


def _submission_key(request, kind, index, form):
    """The form's own key; for a form sent from a mirror, a digest of what it says instead.

    A mirror's static copy of the form would hand every visitor the same key, and a key is
    "one proposal": the same words and photos sent twice still make one proposal.
    """
    if not from_a_listed_mirror(request):
        return form.cleaned_data["submission"]
    digest = hashlib.sha256(f"{kind}:{index.pk}:".encode())
    digest.update(json.dumps(form.proposal_data(), sort_keys=True, default=str).encode())
    for photo in form.cleaned_data["photos"]:
        digest.update(hashlib.sha256(photo.content).digest())
    return digest.hexdigest()[:32]


@csrf_exempt  # see the note above and freethem.core.origins
@never_cache
def submit_proposal(request, index_id, kind):
    index = _index(index_id)
    form_class = FORMS[kind]
    if request.method != "POST":
        return HttpResponseRedirect(index.url + index.reverse_subpage(ROUTES[kind]))
    if not from_this_site_or_a_mirror(request):
        context = {"page": index, "form_url": index.url + index.reverse_subpage(ROUTES[kind])}
        return _private(render(request, "mobilize/proposal_refused.html", context, status=403))

    # First in line, before the body is read: oversized photos are dropped as they arrive.
    uploads = PhotoUploadHandler(request)
    request.upload_handlers.insert(0, uploads)
    try:
        data, files = request.POST, request.FILES
    except (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent):
        form = form_class(initial={"submission": new_submission_key()})
        return _form_response(request, index, form, status=400, notice=UNREADABLE_REQUEST)
    dropped = bool(files or uploads.too_large or uploads.extra)

    ip = client_ip(request)
    if services.too_many_proposals(ip=ip):
        # Checked before the photos, which are the costly part: they are left out.
        form = form_class(data)
        form.is_valid()
        return _form_response(
            request, index, form, status=429, notice=TOO_MANY, photos_dropped=dropped
        )

    form = form_class(
        data,
        files,
        too_large=uploads.too_large,
        extra_photos=uploads.extra,
        room_for_photos=not dropped or services.room_for_photos(),
    )
    if not form.is_valid():
        return _form_response(request, index, form, status=400, photos_dropped=dropped)
    if not form.is_robot():
        try:
            services.submit_proposal(
                kind=kind,
                data=form.proposal_data(),
                photos=form.cleaned_data["photos"],
                submission_key=_submission_key(request, kind, index, form),
                ip=ip,
                language=get_language(),
                index=index,
            )
        except services.NoRoomForPhotos:
            form.add_error("photos", forms.ValidationError(NO_ROOM_FOR_PHOTOS, code="no_room"))
            return _form_response(request, index, form, status=400, photos_dropped=dropped)
        except OperationalError:
            logger.warning("Proposal refused: the database is busy", exc_info=True)
            response = _form_response(
                request, index, form, status=503, notice=BUSY, photos_dropped=dropped
            )
            response["Retry-After"] = "30"
            return response
    return HttpResponseRedirect(index.url + index.reverse_subpage("proposal_sent"), status=303)


def proposal_too_large(request):
    """What nginx shows when a proposal is larger than it accepts (docs/nginx/freethem.conf)."""
    context = {"limit": settings.FREETHEM_PROPOSAL_PHOTO_MAX_BYTES}
    return _private(render(request, "mobilize/proposal_too_large.html", context, status=413))
