"""Email addresses as one person's identity: normalised, then known only by a keyed hash.

Rule: one person, one signature and one subscription, however they write their address
(`Name.Surname+tag@GoogleMail.com` is `namesurname@gmail.com`), and the database never holds
an address in clear: rows are found by `address_hash`, and email domains (for per-domain limits
and the moderators' flood tools) by `domain_hash`. Every app that keeps addresses goes through
here, so that they all agree on who is the same person.
"""

from .sealing import lookup_hash, lookup_hashes, rotating  # noqa: F401  (rotating: for callers)

# Providers that ignore dots in the local part, and those that deliver "name+tag@" to "name@".
DOTS_IGNORED = {"gmail.com", "googlemail.com"}
PLUS_TAGS = {
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "protonmail.com",
    "proton.me",
    "pm.me",
    "fastmail.com",
    "yandex.com",
    "yandex.ru",
}
DOMAIN_ALIASES = {"googlemail.com": "gmail.com", "pm.me": "proton.me"}
# Webmail giants: a per-domain limit would throttle half the world.
WEBMAIL_DOMAINS = PLUS_TAGS | {"yahoo.com", "aol.com", "gmx.de", "gmx.net", "mail.ru"}


def normalise_email(email):
    """The address as its provider reads it, so that one person is one person."""
    local, _, domain = email.strip().lower().rpartition("@")
    domain = normalise_domain(domain)
    if domain in PLUS_TAGS:
        local = local.split("+", 1)[0]
    if domain in DOTS_IGNORED:
        local = local.replace(".", "")
    return f"{local}@{domain}"


def normalise_domain(value):
    """A domain (or the domain of an address) in lower case with provider aliases resolved."""
    domain = value.strip().lower().rpartition("@")[2]
    return DOMAIN_ALIASES.get(domain, domain)


def domain_of(email):
    return normalise_domain(email) if email else ""


def address_hash(email):
    """The keyed hash that finds the rows of this address (empty for no address)."""
    return lookup_hash("address:" + normalise_email(email)) if email else ""


def address_hashes(email):
    """Every hash this address may be stored under while data keys rotate."""
    return lookup_hashes("address:" + normalise_email(email)) if email else []


def domain_hash(domain):
    """The keyed hash of an email domain (per-domain limits, the flood tools)."""
    domain = normalise_domain(domain) if domain else ""
    return lookup_hash("domain:" + domain) if domain else ""


def domain_hashes(domain):
    domain = normalise_domain(domain) if domain else ""
    return lookup_hashes("domain:" + domain) if domain else []


def is_webmail(domain):
    return normalise_domain(domain) in WEBMAIL_DOMAINS
