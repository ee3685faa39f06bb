"""The mobilize app's part of the Wagtail admin: the "Proposals" menu (see admin_views.py) and
the cities' names in each language."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, services
from .models import City, Proposal

# First thing: Wagtail refuses a policy registered after it has handed out its default one.
register_permission_policy(Proposal, admin_views.proposal_permission_policy)


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    list_display = ["name", "country"]
    search_fields = ["name"]


register_snippet(CityViewSet)


@hooks.register("register_admin_viewset")
def register_proposals():
    return admin_views.ProposalViewSet()


@hooks.register("register_log_actions")
def register_proposal_log_actions(actions):
    for action, formatter in admin_views.LOG_ACTIONS.items():
        actions.register_action(action)(formatter)


@hooks.register("construct_homepage_panels")
def warn_moderators_of_photo_space(request, panels):
    if admin_views.can_moderate(request.user):
        space = services.photo_space()
        if space.nearly_full:
            panels.append(admin_views.PhotoSpacePanel(space))
