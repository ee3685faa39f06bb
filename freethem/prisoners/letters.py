"""Letter-writing actions: the suggested letter as links that open the visitor's mail program.

The site builds `mailto:` addresses; it receives nothing the visitor writes.
"""

from urllib.parse import quote


def mailto_to(addresses):
    return ",".join(quote(address, safe="@") for address in addresses if address)


def mailto(addresses, subject, body):
    """A mailto: link (RFC 6068): spaces as %20, never "+", which mail programs keep as is."""
    to = mailto_to(addresses)
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def letter_context(page):
    recipients = list(page.recipients.all())
    emails = [r.email for r in recipients if r.email]
    salutation = next((r.salutation for r in recipients if r.salutation), "")
    body = f"{salutation}\n\n{page.message}" if salutation else page.message
    return {
        "recipients": recipients,
        "letter_body": body,
        "mailto": mailto(emails, page.subject, body) if emails else "",
        "mailto_to": mailto_to(emails),
        "prisoner": page.prisoner.localized if page.prisoner_id else None,
    }
