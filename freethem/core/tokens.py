"""Links that confirm an email address: signed, dated, and naming one row by its secret token.

A row with a `token` (a random UUID) gets a link that carries its id and that token, signed
with the site's key; the link stops working after FREETHEM_CONFIRM_MAX_AGE, or at once if the
token changes.
"""

from django.conf import settings
from django.core import signing


def make(row, salt):
    return signing.dumps([row.pk, row.token.hex], salt=salt, compress=True)


def find(queryset, token, salt):
    """The row a link names, or None if the link is forged, altered or expired."""
    try:
        pk, nonce = signing.loads(token, salt=salt, max_age=settings.FREETHEM_CONFIRM_MAX_AGE)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    row = queryset.filter(pk=pk).first()
    if row is None or row.token.hex != nonce:
        return None
    return row
