"""Share links built by the site: plain addresses, no buttons or scripts from other sites."""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext as _

from freethem.core.site_address import page_url


def share_links(appeal):
    url = page_url(appeal)
    text = appeal.share_text or appeal.title
    both = f"{text} {url}"
    return [
        (
            _("Email"),
            "mailto:?" + urlencode({"subject": appeal.title, "body": both}, quote_via=quote),
        ),
        ("WhatsApp", "https://wa.me/?" + urlencode({"text": both}, quote_via=quote)),
        (
            "Telegram",
            "https://t.me/share/url?" + urlencode({"url": url, "text": text}, quote_via=quote),
        ),
        (
            "X",
            "https://x.com/intent/post?" + urlencode({"text": text, "url": url}, quote_via=quote),
        ),
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        (
            "Bluesky",
            "https://bsky.app/intent/compose?" + urlencode({"text": both}, quote_via=quote),
        ),
    ]
