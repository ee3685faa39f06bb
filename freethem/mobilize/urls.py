"""Where the proposal forms are sent (under the language prefix, e.g. /fa/proposals/3/event/)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "<id:index_id>/event/",
        views.submit_proposal,
        {"kind": "event"},
        name="mobilize_event_submit",
    ),
    path(
        "<id:index_id>/report/",
        views.submit_proposal,
        {"kind": "report"},
        name="mobilize_report_submit",
    ),
    path("too-large/", views.proposal_too_large, name="mobilize_proposal_too_large"),
]
