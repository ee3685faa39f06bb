from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from freethem.mirror import minisign


class Command(BaseCommand):
    help = "Checks an offline bundle against its minisign signature."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--signature", help="The signature (default: FILE.minisig).")
        parser.add_argument(
            "--public-key",
            help="A minisign public key file (default: the public key of "
            "FREETHEM_BUNDLE_KEY_FILE).",
        )

    def handle(self, file, signature=None, public_key=None, **options):
        signature = Path(signature or f"{file}.minisig")
        try:
            if public_key:
                key_text = Path(public_key).read_text()
            elif settings.FREETHEM_BUNDLE_KEY_FILE:
                private = minisign.load_private(settings.FREETHEM_BUNDLE_KEY_FILE)
                key_text = minisign.public_key_text(private.public_key())
            else:
                raise CommandError("Give --public-key or set FREETHEM_BUNDLE_KEY_FILE.")
            comment = minisign.verify(file, signature.read_text(), key_text)
        except (OSError, ValueError, minisign.BadSignature) as error:
            raise CommandError(f"{file}: NOT verified. {error}") from error
        self.stdout.write(f"{file}: signature verified. Trusted comment: {comment}")
