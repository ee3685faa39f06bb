"""Write the site's icons from the one drawing of the campaign's mark (freethem/core/icons.py)."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from freethem.core import icons


class Command(BaseCommand):
    help = "Write the SVG, PNG and ICO icons of the campaign's mark into the project's folders."

    def handle(self, *args, **options):
        for name, content in icons.files().items():
            path = Path(settings.PROJECT_DIR) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            self.stdout.write(f"{name} ({len(content):,} bytes)")
