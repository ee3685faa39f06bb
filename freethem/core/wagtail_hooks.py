"""Core's part of the Wagtail admin: translations are synced as drafts (core/translations.py).

This app comes before wagtail_localize in INSTALLED_APPS, so its address is matched here first.
"""

from django.urls import path
from wagtail import hooks

from .translations import SyncTranslationsView


@hooks.register("register_admin_urls")
def sync_translations_as_drafts():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            SyncTranslationsView.as_view(),
            name="sync_translations",
        )
    ]
