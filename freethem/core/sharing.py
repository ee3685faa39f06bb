"""Share links built by the site: plain addresses of each service's own share page.

No button, script or picture comes from those services: a page with share links loads
nothing from them, and they learn of the visit only when the visitor follows a link. Each
link carries the page's address at the site's configured address (core/site_address.py).

The links open in the same tab. A share page is a form the visitor fills in and leaves (or
an app the phone opens instead), and Back returns to the page; a new window would open
unannounced, which readers of screen readers are not told of, and on phones it piles up
tabs. `rel="noopener noreferrer"` still goes on every link: the service gets no handle on
this page and no Referer, whatever a browser's own referrer policy would send.
"""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .site_address import page_url


def _query(**values):
    return urlencode(values, quote_via=quote)


def share_text(page):
    """The words put before the address: the page's own share text if it has one, else its
    title."""
    return getattr(page, "share_text", "") or page.title


def share_links(page):
    """(service's name, share address) for each service, the ones most used by the campaign's
    readers first. A service's name is written as its users in each language write it (Persian
    readers know Telegram as تلگرام)."""
    url = page_url(page)
    text = share_text(page)
    both = f"{text} {url}"
    return [
        (pgettext("service", "Telegram"), "https://t.me/share/url?" + _query(url=url, text=text)),
        (pgettext("service", "WhatsApp"), "https://wa.me/?" + _query(text=both)),
        (pgettext("service", "X"), "https://x.com/intent/post?" + _query(text=text, url=url)),
        (
            pgettext("service", "Facebook"),
            "https://www.facebook.com/sharer/sharer.php?" + _query(u=url),
        ),
        (pgettext("service", "Bluesky"), "https://bsky.app/intent/compose?" + _query(text=both)),
        (_("Email"), "mailto:?" + _query(subject=page.title, body=both)),
    ]
