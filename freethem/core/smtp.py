"""Handing one message to the mail server so that a crash can neither lose it nor send it twice.

A mail server takes responsibility for a message when it receives the line with a single dot
that ends it (RFC 5321, 4.1.1.4); if the connection drops before that line, the message is
discarded. So the message is written up to that line, then marked sent in the database (a
committed, conditional update), and only then is the last line written. A process killed before
the mark leaves a message the server drops and the database still owes; one killed after it
leaves a message the server delivers and the database has recorded. Only a crash after the
database has committed the mark and before the three-byte write (the mark's round trip: on
PostgreSQL a fraction of a millisecond, on SQLite a few microseconds) loses that one message;
SMTP gives no way to learn whether a message arrived, and this order never sends one twice.

Django's SMTP backend sends a whole message in one call, so for it the steps are taken on the
backend's own connection (`backend.connection`, an smtplib.SMTP, opened and authenticated by
the backend); any other backend (console, file, memory in development and tests) is marked
first and then sent.
"""

import re
import smtplib
import socket

from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address

from .mail import Stamped, dkim_sign, site_domain

LEADING_DOT = re.compile(rb"(?m)^\.")


def helo_name():
    """The name the site greets mail servers with: the campaign's, never the machine's
    (`localhost` or an internal host name cost spam points and tell where the site runs)."""
    return settings.FREETHEM_EMAIL_HELO_NAME or site_domain()


class _Greeting:
    def __init__(self, *args, local_hostname=None, **kwargs):
        super().__init__(*args, local_hostname=helo_name(), **kwargs)


class _SMTP(_Greeting, smtplib.SMTP):
    pass


class _SMTPSSL(_Greeting, smtplib.SMTP_SSL):
    pass


class EmailBackend(SMTPBackend):
    """Django's SMTP backend, greeting the mail server (EHLO) with `helo_name()`."""

    @property
    def connection_class(self):
        return _SMTPSSL if self.use_ssl else _SMTP


def takes_bytes(backend):
    """Whether `deliver` can hand this backend a message already serialised (a `Stamped`)."""
    return isinstance(backend, SMTPBackend)


def deliver(backend, message, mark_sent):
    """Send `message` through `backend`; `mark_sent()` records it and says whether to go on.

    Returns False when `mark_sent()` declined (someone else had sent it): the server then gets
    nothing. Errors raised after `mark_sent()` returned True mean the server did not take it.
    """
    if not isinstance(backend, SMTPBackend):
        if not mark_sent():
            return False
        backend.send_messages([message])
        return True
    if backend.connection is None:
        backend.open()
        # The last line goes in a write of its own: without this, Nagle's algorithm holds it
        # until the server acknowledges the body, which a delayed ACK puts off by up to 40 ms.
        backend.connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    smtp = backend.connection
    encoding = settings.DEFAULT_CHARSET
    if isinstance(message, Stamped):  # serialised once for many (freethem.core.mail.Stencil)
        sender = sanitize_address(message.from_email, encoding)
        recipients = [message.to]
        data = LEADING_DOT.sub(b"..", dkim_sign(message.data))
    else:
        encoding = message.encoding or encoding
        sender = sanitize_address(message.from_email, encoding)
        recipients = [sanitize_address(address, encoding) for address in message.recipients()]
        data = LEADING_DOT.sub(b"..", dkim_sign(message.message().as_bytes(linesep="\r\n")))
    if not data.endswith(b"\r\n"):
        data += b"\r\n"

    smtp.ehlo_or_helo_if_needed()
    code, reply = smtp.mail(sender)
    if code != 250:
        smtp.rset()
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    for recipient in recipients:
        code, reply = smtp.rcpt(recipient)
        if code not in (250, 251):
            smtp.rset()
            raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
    code, reply = smtp.docmd("data")
    if code != 354:
        smtp.rset()
        raise smtplib.SMTPDataError(code, reply)
    smtp.send(data)
    if not mark_sent():
        # Inside DATA nothing can be taken back but by hanging up: the server drops it.
        smtp.close()
        backend.connection = None
        return False
    smtp.send(b".\r\n")
    code, reply = smtp.getreply()
    if code != 250:
        raise smtplib.SMTPDataError(code, reply)
    return True
