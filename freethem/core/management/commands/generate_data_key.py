"""Print a new random data key, for FREETHEM_DATA_KEYS or the key file (docs/backup.md)."""

from django.core.management.base import BaseCommand

from freethem.core.sealing import generate_key


class Command(BaseCommand):
    help = "Print a new random data key (32 bytes, URL-safe base64)."

    def handle(self, *args, **options):
        self.stdout.write(generate_key())
