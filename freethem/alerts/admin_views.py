"""The alerts' admin pages: send an alert (after a test), follow a sending, start from a post."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Page

from freethem.core import addresses

from . import services
from .forms import TestAlertForm
from .models import Alert, Mailing, Subscriber

SEND_URL_NAME = "alerts_send"
MAILINGS_URL_NAME = "alerts_mailings"
MAILING_URL_NAME = "alerts_mailing"
FROM_NEWS_URL_NAME = "alerts_from_news"


class SubscriberFilterSet(WagtailFilterSet):
    email = django_filters.CharFilter(
        label=gettext_lazy("Subscriber's email address"),
        method="filter_email",
        help_text=gettext_lazy("The whole address: to find a subscriber who asks to be erased."),
    )

    class Meta:
        model = Subscriber
        fields = ["status", "language", "source"]

    def filter_email(self, queryset, name, value):
        if "@" not in value:
            return queryset.none()
        return queryset.filter(email_hash__in=addresses.address_hashes(value.strip()))


def can_send(user):
    return user.has_perm("alerts.send_alert")


def edit_url(alert):
    return reverse("wagtailsnippets_alerts_alert:edit", args=[alert.pk])


def send(request, alert_id):
    """Before sending: who will get it in which language, a test to oneself, then send."""
    if not request.user.has_perm("alerts.change_alert"):
        raise PermissionDenied
    alert = get_object_or_404(Alert.objects.select_related("locale"), pk=alert_id)
    mailing = alert.mailing()
    test_form = TestAlertForm(initial={"email": request.user.email})
    if request.method == "POST" and request.POST.get("action") == "test":
        test_form = TestAlertForm(request.POST)
        if test_form.is_valid():
            services.send_test(alert, test_form.cleaned_data["email"])
            messages.success(
                request,
                _("A test was sent to %(email)s.") % {"email": test_form.cleaned_data["email"]},
            )
            return redirect(SEND_URL_NAME, alert.pk)
    elif request.method == "POST" and request.POST.get("action") == "send":
        if not can_send(request.user):
            raise PermissionDenied
        mailing, started = services.start_mailing(alert, request.user)
        if started:
            messages.success(request, _("Sending started."))
        else:
            messages.warning(request, _("This alert had already been sent."))
        return redirect(MAILING_URL_NAME, mailing.pk)
    languages = services.audience(alert.translation_key)
    return TemplateResponse(
        request,
        "alerts/admin/send.html",
        {
            "alert": alert,
            "mailing": mailing,
            "languages": languages,
            "total": sum(language["count"] for language in languages),
            "test_form": test_form,
            "can_send": can_send(request.user),
            "edit_url": edit_url(alert),
            "preview_url": reverse("wagtailsnippets_alerts_alert:preview_on_edit", args=[alert.pk]),
        },
    )


def mailings(request):
    if not request.user.has_perm("alerts.change_alert"):
        raise PermissionDenied
    rows = [(mailing, services.progress(mailing)) for mailing in Mailing.objects.all()[:50]]
    return TemplateResponse(request, "alerts/admin/mailings.html", {"rows": rows})


def mailing(request, mailing_id):
    if not request.user.has_perm("alerts.change_alert"):
        raise PermissionDenied
    mailing = get_object_or_404(Mailing, pk=mailing_id)
    return TemplateResponse(
        request,
        "alerts/admin/mailing.html",
        {"mailing": mailing, "progress": services.progress(mailing)},
    )


def from_news(request, page_id):
    """A new alert that carries a news post: its title as the subject, its lead, a link.

    The page header's button leads here; the alert is made by the form this page shows.
    """
    if not request.user.has_perm("alerts.add_alert"):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    if page.specific_class.__name__ != "NewsPage" or not page.live:
        messages.error(request, _("Only a published news post can be sent as an alert."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    if request.method != "POST":
        return TemplateResponse(request, "alerts/admin/from_news.html", {"post": page})
    alert = Alert.objects.create(subject=page.title[:200], news_page=page, locale=page.locale)
    messages.success(request, _("Check the alert, add a word if you like, then send it."))
    return redirect(edit_url(alert))
