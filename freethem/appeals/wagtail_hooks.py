"""The appeals' part of the Wagtail admin: a "Signatures" menu with the listing and floods.

Everything about signatures hangs under that one menu. Other signature tools join it through the
SIGNATURES_MENU_HOOK hook below.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from . import admin_views
from .models import Signature

# First thing: Wagtail refuses a policy registered after it has handed out its default one.
register_permission_policy(Signature, admin_views.signature_permission_policy)

#: Register a function returning a `MenuItem` under this hook to add it to the "Signatures" menu.
SIGNATURES_MENU_HOOK = "register_signatures_menu_item"


class ModeratorMenuItem(MenuItem):
    """A menu item shown only to those who may moderate signatures."""

    def is_shown(self, request):
        return admin_views.can_moderate(request.user)


class SignaturesMenu(ModelViewSetGroup):
    menu_label = _("Signatures")
    menu_icon = "clipboard-list"
    menu_order = 250  # after Pages, before Images
    submenu_hook = SIGNATURES_MENU_HOOK
    items = (admin_views.SignatureViewSet(admin_views.SIGNATURES_VIEWSET),)


@hooks.register("register_admin_viewset")
def register_signatures_menu():
    return SignaturesMenu()


@hooks.register("register_admin_urls")
def register_flood_url():
    return [
        path("appeals/flood/", admin_views.FloodView.as_view(), name=admin_views.FLOOD_URL_NAME),
    ]


@hooks.register(SIGNATURES_MENU_HOOK)
def flood_menu_item():
    return ModeratorMenuItem(
        _("Moderate a flood"),
        reverse(admin_views.FLOOD_URL_NAME),
        name="moderate-flood",
        icon_name="warning",
        order=200,
    )


@hooks.register("register_log_actions")
def register_signature_log_actions(actions):
    for action, formatter in admin_views.LOG_ACTIONS.items():
        actions.register_action(action)(formatter)


@hooks.register("register_admin_urls")
def register_paper_url():
    return [
        path("appeals/paper/", admin_views.PaperView.as_view(), name=admin_views.PAPER_URL_NAME),
    ]


@hooks.register(SIGNATURES_MENU_HOOK)
def paper_menu_item():
    return ModeratorMenuItem(
        _("Enter paper sheets"),
        reverse(admin_views.PAPER_URL_NAME),
        name="enter-paper-sheets",
        icon_name="upload",
        order=300,
    )
