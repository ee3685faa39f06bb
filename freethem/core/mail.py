"""Every email the site sends is put together here: text and HTML, and the headers that say
it comes from the campaign's own site rather than from whatever machine sent it."""

import functools
from dataclasses import dataclass
from email.utils import formataddr, formatdate

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import make_msgid

from .bounces import bounce_address
from .site_address import site_host


def site_domain():
    """The campaign's domain, from its configured address (freethem.core.site_address)."""
    return site_host()


def sender(language=None):
    """The From of every message: the campaign's name (in `language`, where one is set for
    it), then its address."""
    address = settings.DEFAULT_FROM_EMAIL
    if "<" in address:  # already with a name
        return address
    name = (
        settings.FREETHEM_SENDER_NAMES.get(language)
        or settings.FREETHEM_SENDER_NAME
        or settings.WAGTAIL_SITE_NAME
    )
    return formataddr((name, address))


def message(*, subject, text, html, to, language, automatic=True, connection=None, headers=None):
    """An email with a text and an HTML part, in `language`.

    Its Message-ID names the site's domain: Python's default names the sending machine's host
    name, which tells anyone who reads the headers where the site runs. `automatic`: sent by
    the site itself in answer to something done (a confirmation, a moderator's decision), so
    marked `Auto-Submitted: auto-generated` (RFC 3834) and never answered by holiday replies.
    Its envelope sender is the bounce mailbox with a token for `to` (freethem.core.bounces).
    """
    headers = {
        "From": sender(language),
        "Message-ID": make_msgid(domain=site_domain()),
        "Content-Language": language,
        **({"Auto-Submitted": "auto-generated"} if automatic else {}),
        **(headers or {}),
    }
    reply_to = [settings.FREETHEM_REPLY_TO] if settings.FREETHEM_REPLY_TO else None
    email = EmailMultiAlternatives(
        subject,
        text,
        from_email=bounce_address(to),
        to=[to],
        reply_to=reply_to,
        connection=connection,
        headers=headers,
    )
    email.attach_alternative(html, "text/html")
    return email


# Stand-ins, replaced in each stamped copy of a stencil.
TO = "freethem-recipient@stencil.invalid"
MESSAGE_ID = "<freethem-message-id@stencil.invalid>"
DATE = "Thu, 01 Jan 1970 00:00:00 -0000"


@dataclass
class Stamped:
    """A message ready for the wire: its sender, its one recipient, its bytes."""

    from_email: str
    to: str
    data: bytes


class Stencil:
    """A message put together and serialised once, then stamped for each recipient.

    Serialising a MIME message is a quarter of what sending an email costs; the confirmations
    of one appeal in one language differ only in their address, link, Message-ID and date. The
    bodies are 8-bit UTF-8 (Django's choice for UTF-8 text), so those stand-ins are replaced in
    the bytes themselves. An address that is not plain ASCII takes the slow path (`stamp`
    returns None), where Django encodes it.
    """

    def __init__(self, *, subject, text, html, language, automatic=True, headers=None):
        email = message(
            subject=subject,
            text=text,
            html=html,
            to=TO,
            language=language,
            automatic=automatic,
            headers={**(headers or {}), "Message-ID": MESSAGE_ID, "Date": DATE},
        )
        self.data = email.message().as_bytes(linesep="\r\n")

    def stamp(self, to, **values):
        if not to.isascii() or any(ch in to for ch in '<>",;()\\\r\n\t '):
            return None
        data = (
            self.data.replace(TO.encode(), to.encode())
            .replace(MESSAGE_ID.encode(), make_msgid(domain=site_domain()).encode())
            .replace(DATE.encode(), formatdate(localtime=settings.EMAIL_USE_LOCALTIME).encode())
        )
        for stand_in, value in values.items():
            data = data.replace(stand_in.encode(), value.encode())
        return Stamped(bounce_address(to), to, data)


def dkim_domain():
    """The domain DKIM signatures are made for: the From address's, so DMARC aligns."""
    from email.utils import parseaddr

    return (
        settings.FREETHEM_DKIM_DOMAIN
        or parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2]
    )


@functools.cache
def _dkim_key(path):
    with open(path, "rb") as key:
        return key.read()


def dkim_sign(data):
    """`data` (a whole message, CRLF lines) with a DKIM-Signature in front, when the site signs
    its own mail (FREETHEM_DKIM_SELECTOR and FREETHEM_DKIM_KEY_FILE); else `data` unchanged.

    dkimpy's RSA is pure Python: about 7 ms a message on a slow core, which a day of many
    thousand confirmations an hour feels. Where a relay can sign, let it.
    """
    if not (settings.FREETHEM_DKIM_SELECTOR and settings.FREETHEM_DKIM_KEY_FILE):
        return data
    import dkim

    signature = dkim.sign(
        data,
        settings.FREETHEM_DKIM_SELECTOR.encode(),
        dkim_domain().encode(),
        _dkim_key(settings.FREETHEM_DKIM_KEY_FILE),
        canonicalize=(b"relaxed", b"relaxed"),
        linesep=b"\r\n",
    )
    return signature + data
