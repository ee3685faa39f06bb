"""Back up the database and media into a new folder, while the site runs (docs/backup.md)."""

from django.core.management.base import BaseCommand, CommandError

from freethem.core.backups import BackupError, make_backup, write_keys


class Command(BaseCommand):
    help = "Back up the database (SQLite's online backup, or pg_dump) and media into DIR."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="A new or empty folder for the backup.")
        parser.add_argument(
            "--keys",
            metavar="FILE",
            help="Also write the data keys to FILE, outside DIR (keep it apart from the backup).",
        )

    def handle(self, *args, directory, keys=None, **options):
        try:
            manifest = make_backup(directory=directory)
            if keys:
                written = write_keys(keys, backup_directory=directory)
                self.stdout.write(f"Data keys written to {written}: keep them apart.")
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backed up the {manifest['engine']} database"
            f"{' and media' if manifest['media'] else ''} into {directory}."
        )
        if not keys:
            self.stdout.write("Not in it: the data keys. A restore needs them (docs/backup.md).")
