"""Guessing passwords is cut short: django-axes counts failed sign-ins per account and per client.

The client is the project's keyed hash of the visitor's address (`freethem.core.limits`), never
the address: axes sees, counts and logs only the hash, and its cache handler keeps the counts
in a cache, not in the database. Counts live in the "shared" cache, which every worker of the
machine (and, with CACHE_URL, every machine) reads, so that `manage.py axes_reset_username` and
`manage.py unlock_account` reach them.

One account takes few failures (FREETHEM_LOGIN_FAILURES_PER_ACCOUNT, whoever makes them); one
client takes more (FREETHEM_LOGIN_FAILURES_PER_CLIENT, whichever accounts it tries), because
several editors may share an office's address. Past either, sign-ins stop for AXES_COOLOFF_TIME,
and every further failure starts that wait again.
"""

from axes.handlers.cache import AxesCacheHandler
from axes.helpers import get_client_cache_keys, get_failure_limit
from django.conf import settings

from freethem.core.limits import client_ip, hash_ip


def hashed_client(request):
    """What axes knows of a client: the keyed hash of its address (AXES_CLIENT_IP_CALLABLE)."""
    return hash_ip(client_ip(request))


class AccountAndClientHandler(AxesCacheHandler):
    """Axes' cache handler, with a limit of its own for each of AXES_LOCKOUT_PARAMETERS.

    Axes compares the largest of its counts with one limit, AXES_FAILURE_LIMIT (the account's).
    Each count is brought to that scale first: a client with 20 failures out of 20 allowed
    counts as an account with 5 out of 5.
    """

    def limits(self):
        return [
            settings.FREETHEM_LOGIN_FAILURES_PER_ACCOUNT,
            settings.FREETHEM_LOGIN_FAILURES_PER_CLIENT,
        ]

    def get_failures(self, request, credentials=None):
        scale = get_failure_limit(request, credentials)
        keys = get_client_cache_keys(request, credentials)
        return max(
            self.cache.get(key, default=0) * scale // limit
            for key, limit in zip(keys, self.limits(), strict=True)
        )

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        super().user_login_failed(sender, credentials, request=request, **kwargs)
        # Axes decides on the raw counts; decide again on the scaled ones.
        if request is not None and getattr(request, "axes_locked_out", False):
            request.axes_locked_out = self.is_locked(request, credentials)
