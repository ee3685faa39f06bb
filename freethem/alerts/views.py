"""Subscribing to alerts, confirming, and leaving: each works without JavaScript."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from freethem.core.cache import reads_parameters
from freethem.core.limits import client_ip, from_this_site
from freethem.core.origins import from_this_site_or_a_mirror

from . import queries, services
from .forms import SubscribeForm


@csrf_exempt  # see freethem.core.origins
@never_cache
def subscribe(request):
    if request.method == "POST":
        if not from_this_site_or_a_mirror(request):
            return render(request, "alerts/refused.html", status=403)
        form = SubscribeForm(request.POST)
        if form.is_valid():
            services.subscribe(
                email=form.cleaned_data["email"],
                language=form.cleaned_data["language"],
                ip=client_ip(request),
            )
            return render(request, "alerts/check_your_email.html")
        return render(request, "alerts/subscribe.html", {"form": form}, status=400)
    form = SubscribeForm(initial={"language": get_language()})
    return render(request, "alerts/subscribe.html", {"form": form})


@csrf_exempt
@never_cache
def confirm(request, token):
    subscriber = services.subscriber_for_token(token)
    if subscriber is None:
        return render(request, "alerts/link_invalid.html", status=404)
    # Mail scanners open links: only the button's POST confirms.
    if request.method == "POST":
        if not from_this_site(request):
            return render(request, "alerts/refused.html", status=403)
        services.confirm(subscriber)
        return render(request, "alerts/confirmed.html", {"subscriber": subscriber})
    return render(request, "alerts/confirm.html", {"subscriber": subscriber})


@csrf_exempt  # mail programs post the one-click unsubscription from their own servers
@never_cache
def unsubscribe(request, token):
    subscriber = services.subscriber_by_token(token)
    if subscriber is None:
        return render(request, "alerts/link_invalid.html", status=404)
    if request.method == "POST":
        services.unsubscribe(subscriber)
        if request.POST.get("List-Unsubscribe") == "One-Click":
            return HttpResponse(status=200)
        return render(request, "alerts/unsubscribed.html", {"subscriber": subscriber})
    return render(request, "alerts/unsubscribe.html", {"subscriber": subscriber})


# The archive: sent alerts as public pages (queries.py), kept by the page cache until the next
# sending or an alert's change purges it (signals.py).


@reads_parameters("page")
def archive(request):
    page = queries.archive_page(get_language(), request.GET.get("page"))
    return render(request, "alerts/archive.html", {"alerts": page})


def archived_alert(request, alert_id):
    alert = queries.archived_alert(alert_id, get_language())
    if alert is None:
        # Followed from another language's page: its version here, or this language's list.
        found = queries.elsewhere(alert_id, get_language())
        if found is None:
            raise Http404
        if found is True:
            return redirect("alerts_archive")
        return redirect("alerts_archived", found.pk)
    return render(
        request, "alerts/archived_alert.html", {"alert": alert, "news": queries.news_post(alert)}
    )


def archive_rss(request):
    from .feeds import AlertsRssFeed

    return AlertsRssFeed()(request)


def archive_atom(request):
    from .feeds import AlertsAtomFeed

    return AlertsAtomFeed()(request)
