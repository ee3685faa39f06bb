"""Refuse fast when full: a form that waited too long in front of the application is answered
at once with a polite refusal, rather than worked on after its visitor has given up.

When more people sign than the machine can write, requests queue: in nginx, in the
application server, for the database. Without a bound the queue grows for as long as the
spike lasts and every signer waits longer than the last, until all of them time out. Two bounds
keep the wait short and the answers honest:

- nginx lets a fixed number of sign requests reach the application at once (`max_conns` on
  the signing upstream in docs/nginx/freethem.conf) and answers the rest at once with its own
  "try again in a minute" page;
- nginx stamps each sign request with the moment it arrived (`X-Request-Start: t=<seconds>`);
  a view wrapped in `refused_when_late` answers a request that waited longer than
  FREETHEM_QUEUE_LIMIT_MS with its refusal (the form filled in again, a message, 503 and
  Retry-After), which costs a fraction of doing the work.

The stamp is believed only from FREETHEM_TRUSTED_PROXIES, like the client's address.
"""

import functools
import time

from django.conf import settings

from .limits import is_trusted_proxy

HEADER = "HTTP_X_REQUEST_START"


def waited(request):
    """Seconds since the proxy in front received this request, or None if it did not say."""
    stamp = request.META.get(HEADER, "")
    if not stamp or not is_trusted_proxy(request.META.get("REMOTE_ADDR", "")):
        return None
    try:
        arrived = float(stamp.removeprefix("t="))
    except ValueError:
        return None
    return max(time.time() - arrived, 0.0)


def too_late(request):
    late = waited(request)
    return late is not None and late * 1000 > settings.FREETHEM_QUEUE_LIMIT_MS


def refused_when_late(refusal):
    """Answer with `refusal(request, ...)` instead of the view when the request waited too long."""

    def decorate(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if too_late(request):
                return refusal(request, *args, **kwargs)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
