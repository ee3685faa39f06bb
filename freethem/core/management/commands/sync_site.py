"""Make Wagtail's default Site record name the site's address (WAGTAILADMIN_BASE_URL).

Run at every deploy, after `migrate` (docs/deploy.md), and whenever the address changes.

A command rather than a `post_migrate` handler: `migrate` runs with whatever settings its shell
has (a maintenance shell without the production environment would write the development
address into the production record), it runs where no address matters (every test database),
and an address can change with no migration to run. `check --deploy` reports a record that
differs, so a forgotten run does not go unnoticed.
"""

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from freethem.core import site_address


class Command(BaseCommand):
    help = "Point Wagtail's default Site record at WAGTAILADMIN_BASE_URL."

    def handle(self, *args, **options):
        before = site_address.default_site_root()
        try:
            site = site_address.sync_default_site()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        if site is None:
            raise CommandError(
                "There is no default Site record yet: run `manage.py migrate` (or, for the "
                "demo, `manage.py load_demo`) first."
            )
        if before == site.root_url:
            self.stdout.write(f"The default site already names {site.root_url}.")
        else:
            self.stdout.write(f"The default site now names {site.root_url} (was {before}).")
