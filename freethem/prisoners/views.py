from django.template.response import TemplateResponse
from django.utils.translation import get_language

from freethem.core import renditions
from freethem.core.cache import reads_parameters, remember
from freethem.core.pagination import KeysetPage
from freethem.core.writing import language_direction

from . import queries
from . import vocabulary as v
from .chart import status_chart
from .forms import FILTERS, PrisonerFilterForm, prison_choices
from .profile import public_portrait

PER_PAGE = 48
AT_RISK_SHOWN = 12
THUMBNAIL = renditions.NAMED["portrait-thumb"]


CURSOR = "prisoners"


def _with_portraits(queryset):
    from django.db.models import Prefetch
    from wagtail.images import get_image_model

    # The portrait is prefetched, not joined: a join would skip prefetching its thumbnails.
    images = get_image_model().objects.prefetch_renditions(THUMBNAIL)
    return queryset.select_related("locale").prefetch_related(Prefetch("portrait", images))


def as_cards(pages, request):
    """Give each listed page what its card shows, without a lookup per card: its address (its
    index's address and its slug) and its thumbnail (from the prefetched renditions)."""
    index_urls = {}
    for page in pages:
        parent_path = page.path[: -page.steplen]
        if parent_path not in index_urls:
            index_urls[parent_path] = page.get_parent().get_url(request)
        page.card_url = f"{index_urls[parent_path]}{page.slug}/"
        page.thumb = None
        portrait = public_portrait(page)
        if portrait is not None:
            found = [
                r
                for r in getattr(portrait, "prefetched_renditions", ())
                if r.filter_spec == THUMBNAIL
            ]
            page.thumb = found[0] if found else portrait.get_rendition(THUMBNAIL)
    return pages


def at_risk_cards(request, count):
    """The first `count` people at risk of execution, latest arrest first, as cards."""
    rows = _with_portraits(queries.at_risk(get_language()))[:count]
    return as_cards(list(rows), request)


def status_counts(language):
    """Prisoners by confirmed status, and how many have a status not yet confirmed."""

    def compute():
        counts = queries.by_confirmed_status(language)
        unconfirmed = counts.pop("", 0)
        return [(code, counts.get(code, 0)) for code, _label in v.STATUSES], unconfirmed

    return remember(f"prisoner-status-counts:{language}", compute)


@reads_parameters(*FILTERS, "after", "before", typed=["q"])
def prisoner_index(request, index):
    language = get_language()
    prisons = remember(f"prisoner-prisons:{language}", lambda: prison_choices(language))
    form = PrisonerFilterForm(request.GET, prisons=prisons)
    filters, ignored = form.filters()
    # "risk" is a link from the at-risk group, not a form field.
    filters["risk"] = request.GET.get("risk") == "1"
    # The page's keys first, walked from the last card shown (never skipped over), then its
    # rows: what keeps a page deep in the list as fast as the first.
    listing = KeysetPage(
        queries.filtered(queries.people(language), filters).values_list("pk", flat=True),
        queries.order_keys(filters.get("sort")),
        PER_PAGE,
        CURSOR,
        after=request.GET.get("after", ""),
        before=request.GET.get("before", ""),
    )
    rows = {p.pk: p for p in _with_portraits(queries.by_pk(listing.object_list))}
    listing.object_list = [rows[pk] for pk in listing.object_list if pk in rows]
    as_cards(listing.object_list, request)
    counts, unconfirmed = status_counts(language)
    at_risk = []
    if not any(filters.values()):
        at_risk = list(_with_portraits(queries.at_risk(language))[: AT_RISK_SHOWN + 1])
    query = request.GET.copy()
    for name in ("page", "after", "before"):
        query.pop(name, None)
    return TemplateResponse(
        request,
        "prisoners/prisoner_index_page.html",
        {
            "page": index,
            "self": index,
            "index_url": index.get_url(request),
            "form": form,
            "filters": filters,
            "ignored": ignored,
            "prisoners": listing,
            "at_risk": as_cards(at_risk[:AT_RISK_SHOWN], request),
            "more_at_risk": len(at_risk) > AT_RISK_SHOWN,
            "chart": status_chart(counts, rtl=language_direction(language) == "rtl"),
            "counted": sum(n for _code, n in counts),
            "unconfirmed": unconfirmed,
            "filter_query": query.urlencode(),
            "thumbnail": THUMBNAIL,
            "letter_actions": index.letter_actions(),
        },
    )
