"""Requests no page can answer are turned away before they reach the database."""

import re

from django.conf import settings
from django.utils import translation
from django.views.defaults import bad_request

# PostgreSQL refuses NUL in text, and no address of ours has one.
NUL = re.compile(r"\x00|%00")


class RejectMalformedRequestsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL.search(request.path) or NUL.search(request.META.get("QUERY_STRING", "")):
            # Answered in the language the address names (the locale middleware has not run).
            language = translation.get_language_from_path(request.path) or settings.LANGUAGE_CODE
            with translation.override(language):
                return bad_request(request, exception=None)
        return self.get_response(request)
