"""Let an account sign in again before its lockout is over (axes' counts and wrong codes)."""

import axes.utils
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from freethem.accounts import services
from freethem.core.limits import hash_ip


class Command(BaseCommand):
    help = (
        "Forget the failed sign-ins of an admin account (wrong passwords and wrong codes), so that "
        "it may sign in again at once. With --client-address, those of that address too."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument(
            "--client-address",
            help="An IP address locked out for trying many accounts (it is hashed, never kept).",
        )

    def handle(self, *args, username, client_address=None, **options):
        user = get_user_model().objects.filter(username=username).first()
        cleared = services.unlock_account(username, user=user)
        if client_address:
            cleared += axes.utils.reset(ip=hash_ip(client_address))
        self.stdout.write(f"Cleared {cleared} counts of failed sign-ins for {username!r}.")
