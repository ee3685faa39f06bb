"""What can be checked of the site's mail from here, and the DNS records to publish for it.

It reads settings and the DKIM key, never the network: DNS, reverse DNS and the relay are for
the operator to look at with the records printed here (docs/deliverability.md).
"""

import base64
import ipaddress
from email.utils import parseaddr

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from freethem.core import bounces, mail, smtp


def _is_name(host):
    """A fully qualified name, not `localhost` or an address."""
    try:
        ipaddress.ip_address(host)
        return False
    except ValueError:
        return "." in host and host != "localhost" and not host.endswith(".localdomain")


def _aligned(domain, other):
    """DMARC's relaxed alignment: the same domain, or one under it, either way."""
    return other == domain or other.endswith("." + domain) or domain.endswith("." + other)


def dkim_record(key_file):
    """The TXT record that publishes the public half of the private key in `key_file`."""
    from cryptography.hazmat.primitives import serialization

    with open(key_file, "rb") as file:
        key = serialization.load_pem_private_key(file.read(), password=None)
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return f"v=DKIM1; k=rsa; p={base64.b64encode(public).decode()}", key.key_size


def quoted(record):
    """A TXT record's text in strings of at most 255 characters, as DNS wants."""
    return " ".join(f'"{record[at : at + 255]}"' for at in range(0, len(record), 255))


class Command(BaseCommand):
    help = "Check the mail settings and print the DNS records the campaign's domain needs."

    def add_arguments(self, parser):
        parser.add_argument("domain", nargs="?", help="the campaign's domain (default: the site's)")
        parser.add_argument(
            "--strict", action="store_true", help="exit with an error if anything is wrong"
        )

    def handle(self, *args, domain, strict, **options):
        domain = (domain or mail.site_domain()).lower().rstrip(".")
        problems = []

        def line(ok, text, advice=""):
            mark = "ok " if ok else "!! "
            self.stdout.write(f"  {mark}{text}")
            if not ok:
                problems.append(text)
                if advice:
                    self.stdout.write(f"       {advice}")

        self.stdout.write(f"Mail of {domain}\n")
        self.stdout.write("Settings")
        sender = mail.sender()
        from_domain = parseaddr(sender)[1].rpartition("@")[2].lower()
        line(
            _aligned(domain, from_domain),
            f"From: {sender}",
            "DEFAULT_FROM_EMAIL should be an address of the campaign's domain.",
        )
        for code, name in settings.LANGUAGES:
            if code in settings.FREETHEM_SENDER_NAMES:
                self.stdout.write(f"     From in {name}: {mail.sender(code)}")
        reply_to = settings.FREETHEM_REPLY_TO
        line(
            bool(reply_to),
            f"Reply-To: {reply_to or '(none)'}",
            "Set FREETHEM_REPLY_TO to a mailbox someone reads: supporters answer alerts.",
        )
        helo = smtp.helo_name()
        line(
            _is_name(helo),
            f"Greeting (EHLO) and Message-ID domain: {helo}",
            "Set WAGTAILADMIN_BASE_URL (or FREETHEM_EMAIL_HELO_NAME) to the site's public name.",
        )
        bounce = bounces.bounce_address("")
        bounce_domain = bounce.rpartition("@")[2].lower()
        line(
            _aligned(domain, bounce_domain),
            f"Bounces come back to: {bounce.replace('@', '+<token>@')}",
            "Set FREETHEM_BOUNCE_ADDRESS to an address of the campaign's domain whose mail "
            "the server pipes to `manage.py read_bounces`.",
        )
        provider = settings.FREETHEM_MAIL_PROVIDER
        if provider:
            base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            line(
                bool(settings.ANYMAIL),
                f"Provider events ({provider}): {base}/anymail/{provider}/tracking/",
                "Set the provider's webhook key as an ANYMAIL_* variable (django-anymail).",
            )
        backend = settings.EMAIL_BACKEND.rsplit(".", 2)[-2]
        if backend == "smtp":
            line(
                settings.EMAIL_USE_TLS
                or settings.EMAIL_USE_SSL
                or settings.EMAIL_HOST
                in (
                    "localhost",
                    "127.0.0.1",
                ),
                f"Relay: {settings.EMAIL_HOST}:{settings.EMAIL_PORT}",
                "Use TLS to a relay that is not on this machine (EMAIL_USE_TLS).",
            )
        else:
            line(False, f"Email backend: {settings.EMAIL_BACKEND}", "Nothing leaves this site.")

        self.stdout.write("\nDNS records to publish")
        self.stdout.write(
            f'  {domain}. TXT "v=spf1 mx ~all"\n'
            "       SPF: the servers that send for the domain. Add your relay's "
            '"include:…" or this server\'s "ip4:…"; end with -all once reports are clean.'
        )
        selector, key_file = settings.FREETHEM_DKIM_SELECTOR, settings.FREETHEM_DKIM_KEY_FILE
        if selector and key_file:
            try:
                record, bits = dkim_record(key_file)
            except (OSError, ValueError, TypeError) as error:
                line(False, f"DKIM key {key_file}: cannot be read ({type(error).__name__})")
            else:
                dkim_domain = mail.dkim_domain()
                self.stdout.write(f"  {selector}._domainkey.{dkim_domain}. TXT {quoted(record)}")
                line(bits >= 2048, f"DKIM: the site signs for {dkim_domain} ({bits}-bit RSA)")
                line(
                    _aligned(domain, dkim_domain),
                    f"DKIM domain {dkim_domain} aligns with {domain}",
                    "Set FREETHEM_DKIM_DOMAIN to the campaign's domain.",
                )
        else:
            self.stdout.write(
                "  (DKIM: the site does not sign; your relay must, with the record it gives "
                "you. To sign here, set FREETHEM_DKIM_SELECTOR and FREETHEM_DKIM_KEY_FILE.)"
            )
        self.stdout.write(
            f'  _dmarc.{domain}. TXT "v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}"\n'
            "       DMARC: start with p=none and read the reports; then quarantine, then reject."
        )
        self.stdout.write(
            f"  Reverse DNS: the sending server's address must name {helo}, and {helo} "
            "must name it back (ask the server's host)."
        )
        if problems:
            self.stdout.write(f"\n{len(problems)} thing(s) to fix.")
            if strict:
                raise CommandError("The mail setup is not complete.")
        else:
            self.stdout.write("\nNothing to fix that can be seen from here.")
