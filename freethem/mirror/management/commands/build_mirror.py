import os
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from freethem.mirror import builder, minisign
from freethem.mirror.bundle import publish_bundles, write_bundles


class Command(BaseCommand):
    help = (
        "Writes every public page of the site, in every language, into a folder of plain "
        "files that works at any address and from disk (docs/mirrors.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Where to write the mirror (emptied first).")
        parser.add_argument(
            "--forms-to",
            choices=["main", "onion"],
            default="main",
            help="Where the mirror's forms send what readers fill in (default: main address).",
        )
        parser.add_argument(
            "--processes",
            type=int,
            default=os.cpu_count() or 1,
            help="How many processes ask the site for pages at once (default: one per core).",
        )
        parser.add_argument(
            "--bundle",
            action="store_true",
            help="Also write signed zips (one per language, one with all) into FOLDER/bundles/ "
            "with the key in FREETHEM_BUNDLE_KEY_FILE, and offer them on the downloads page "
            "(copied into FREETHEM_BUNDLE_DIR with their manifest).",
        )
        parser.add_argument(
            "--no-publish",
            dest="publish",
            action="store_false",
            help="With --bundle: leave the downloads page as it is (the bundles stay in "
            "FOLDER/bundles/ only).",
        )

    def handle(self, folder, forms_to, bundle=False, publish=True, processes=1, **options):
        if bundle and not settings.FREETHEM_BUNDLE_KEY_FILE:
            raise CommandError(
                "--bundle needs FREETHEM_BUNDLE_KEY_FILE (see manage.py bundle_key)."
            )
        started = time.monotonic()
        try:
            result = builder.build(folder, forms_to=forms_to, processes=processes)
        except ValueError as error:
            raise CommandError(str(error)) from error
        seconds = time.monotonic() - started
        for address, status in sorted(result.missing.items()):
            self.stderr.write(f"Not mirrored ({status}): {address}")
        self.stdout.write(
            f"Wrote {result.pages} pages and {result.files} files "
            f"({result.size / 1_000_000:.1f} MB) into {result.folder} in {seconds:.0f} s."
        )
        if result.failed:
            for address, status in sorted(result.failed.items()):
                self.stderr.write(f"Failed ({status}): {address}")
            raise CommandError(f"{len(result.failed)} addresses failed; the mirror is incomplete.")
        if bundle:
            made = write_bundles(folder, settings.FREETHEM_BUNDLE_KEY_FILE)
            for one in made:
                self.stdout.write(
                    f"{one.path} ({one.size / 1_000_000:.1f} MB), signed: {one.signature.name}"
                )
            if publish:
                private = minisign.load_private(settings.FREETHEM_BUNDLE_KEY_FILE)
                publish_bundles(made, minisign.public_key_text(private.public_key()))
                self.stdout.write(
                    f"Offered on the downloads page from {settings.FREETHEM_BUNDLE_DIR}."
                )
