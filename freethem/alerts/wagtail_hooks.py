"""The alerts' part of the Wagtail admin: one "Alerts" menu with alerts, sendings, subscribers."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, ListingButton
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Alert, Subscriber

ALERTS_MENU_HOOK = "register_alerts_menu_item"


class AlertViewSet(SnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Write an alert")
    list_display = ["subject", "news_page", "archived", "created_at"]
    ordering = ["-created_at"]


class SubscriberViewSet(ModelViewSet):
    """Subscribers, for erasing one on request and for counts; adding is theirs to do."""

    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    add_to_admin_menu = False
    exclude_form_fields = []
    # Only the language: a subscription is started and stopped by its owner alone.
    form_fields = ["language"]
    list_display = ["email", "language", "status", "source", "created_at"]
    # Addresses are sealed: a subscriber is found by their whole address (see the filter).
    filterset_class = admin_views.SubscriberFilterSet
    inspect_view_enabled = True
    ordering = ["-created_at"]

    def get_index_view_kwargs(self, **kwargs):
        # No "add" button: people subscribe themselves, with their own confirmation.
        return {**super().get_index_view_kwargs(**kwargs), "add_url_name": None}


class AlertsMenu(ViewSetGroup):
    menu_label = _("Alerts")
    menu_icon = "mail"
    menu_order = 260
    submenu_hook = ALERTS_MENU_HOOK
    items = (AlertViewSet(), SubscriberViewSet("alerts_subscriber"))


@hooks.register("register_admin_viewset")
def register_alerts_menu():
    return AlertsMenu()


@hooks.register("register_admin_urls")
def register_alert_urls():
    return [
        path("alerts/<id:alert_id>/send/", admin_views.send, name=admin_views.SEND_URL_NAME),
        path("alerts/sendings/", admin_views.mailings, name=admin_views.MAILINGS_URL_NAME),
        path(
            "alerts/sendings/<id:mailing_id>/",
            admin_views.mailing,
            name=admin_views.MAILING_URL_NAME,
        ),
        path(
            "alerts/from-news/<id:page_id>/",
            admin_views.from_news,
            name=admin_views.FROM_NEWS_URL_NAME,
        ),
    ]


class EditorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("alerts.change_alert")


@hooks.register(ALERTS_MENU_HOOK)
def mailings_menu_item():
    return EditorMenuItem(
        _("Sendings"),
        reverse(admin_views.MAILINGS_URL_NAME),
        name="alert-sendings",
        icon_name="mail",
        order=150,
    )


@hooks.register("register_snippet_listing_buttons")
def send_alert_button(snippet, user, next_url=None):
    if isinstance(snippet, Alert) and user.has_perm("alerts.change_alert"):
        yield ListingButton(
            _("Test and send"),
            url=reverse(admin_views.SEND_URL_NAME, args=[snippet.pk]),
            icon_name="mail",
            priority=5,
        )


@hooks.register("register_page_header_buttons")
def news_post_as_alert_button(page, user, view_name=None, next_url=None):
    is_news = page.specific_class.__name__ == "NewsPage"
    if is_news and page.live and user.has_perm("alerts.add_alert"):
        yield Button(
            _("Send as an alert"),
            url=reverse(admin_views.FROM_NEWS_URL_NAME, args=[page.pk]),
            icon_name="mail",
            priority=90,
            attrs={"data-alert-from-news": "post"},
        )


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def apply_archive_choice(request, instance):
    if isinstance(instance, Alert):
        from . import services

        services.archive_choice_saved(instance)
