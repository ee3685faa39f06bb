"""Restore a backup made by `manage.py backup` into this site's empty database and media."""

from django.core.management.base import BaseCommand, CommandError

from freethem.core.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore the backup in DIR into this site's (empty) database and media folder."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="A folder made by `manage.py backup`.")
        parser.add_argument(
            "--no-migrate", action="store_true", help="Do not run migrate after restoring."
        )

    def handle(self, *args, directory, no_migrate=False, **options):
        try:
            manifest = restore_backup(
                directory=directory, migrate=not no_migrate, stdout=self.stdout
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the backup made at {manifest['started_at']}.")
