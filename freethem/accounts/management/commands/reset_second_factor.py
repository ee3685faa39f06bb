"""For someone who lost their phone and their recovery codes: set up again at the next sign-in."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from freethem.accounts import services


class Command(BaseCommand):
    help = (
        "Remove every second factor (authenticator app, passkeys, recovery codes) of an admin "
        "account and end its sessions: at its next sign-in it sets up a new authenticator app. "
        "Check first that the request comes from the account's owner."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        removed = services.reset_second_factor(user)
        self.stdout.write(
            f"Removed {removed} second factors of {username!r} and ended its sessions. "
            "At its next sign-in it sets up a new authenticator app."
        )
