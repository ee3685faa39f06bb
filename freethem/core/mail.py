"""Every email the site sends is put together here: text and HTML, and the headers that say
it comes from the campaign's own site rather than from whatever machine sent it."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import make_msgid


def site_domain():
    """The campaign's domain, from its configured address (WAGTAILADMIN_BASE_URL)."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"


def message(*, subject, text, html, to, connection=None, headers=None):
    """An email with a text and an HTML part.

    Its Message-ID names the site's domain: Python's default names the sending machine's host
    name, which tells anyone who reads the headers where the site runs.
    """
    headers = {"Message-ID": make_msgid(domain=site_domain()), **(headers or {})}
    email = EmailMultiAlternatives(subject, text, to=[to], connection=connection, headers=headers)
    email.attach_alternative(html, "text/html")
    return email
