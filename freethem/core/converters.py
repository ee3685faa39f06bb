"""URL pieces for database ids: digits that fit a 64-bit key.

Django's `int` takes any number of digits, and a lookup with one too large for the database
fails with an error (a 500) instead of finding nothing (a 404).
"""

from django.urls.converters import IntConverter


class IdConverter(IntConverter):
    regex = "[0-9]{1,18}"
