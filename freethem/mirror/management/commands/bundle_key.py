from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from freethem.mirror import minisign


class Command(BaseCommand):
    help = (
        "Makes the key that signs offline bundles of the mirror (FREETHEM_BUNDLE_KEY_FILE) and "
        "prints its public key in minisign's format. Keep the key out of the database, the "
        "mirror and backups anyone else can read."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output", help="Where to write the key (default: FREETHEM_BUNDLE_KEY_FILE)."
        )

    def handle(self, output=None, **options):
        path = output or settings.FREETHEM_BUNDLE_KEY_FILE
        if not path:
            raise CommandError("Set FREETHEM_BUNDLE_KEY_FILE or give --output.")
        path = Path(path)
        if path.exists():
            raise CommandError(f"{path} exists already; a new key would not check old bundles.")
        public = minisign.generate(path)
        path.with_name(path.name + ".pub").write_text(public)
        self.stdout.write(f"Wrote the signing key to {path} and its public key to {path}.pub:")
        self.stdout.write(public)
