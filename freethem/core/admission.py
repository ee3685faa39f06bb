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
import re
import time

from django.conf import settings
from django.forms.widgets import CheckboxInput, ChoiceWidget
from django.utils.html import escape

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


# The refusal nginx gives itself when every place is taken (docs/nginx/busy.js): the form,
# written once per appeal, kind and language by the application with a mark where each value
# goes, filled in by nginx from the refused request in a fraction of a millisecond. Marks:
# ⟦t:name⟧ the text of field `name`; ⟦s:name⟧ at the start of the options of drop-down `name`
# (nginx marks the one sent as selected); ⟦c:name=value:checked⟧ " checked" when `name` was
# sent with `value`. nginx escapes what it writes in.
OPEN, CLOSE = "\u27e6", "\u27e7"
_SELECT = re.compile(r'(<select\b[^>]*\bname="([^"]+)"[^>]*>)(.*?)(</select>)', re.S)
_TICK = re.compile(r'<input type="(radio|checkbox)" name="([^"]+)"(?: value="([^"]*)")?')


def stamp_form(form):
    """Set the initial value of each of `form`'s text fields to its mark (an unbound form)."""
    for name, field in form.fields.items():
        widget = field.widget
        if isinstance(widget, (ChoiceWidget, CheckboxInput)) or widget.is_hidden:
            continue
        form.initial[name] = f"{OPEN}t:{form.add_prefix(name)}{CLOSE}"
    return form


def stamp_choices(html):
    """Mark every drop-down and tick box of the form in `html`, which `stamp_form` drew."""

    def options(select):
        start, name, body, end = select.groups()
        # What the unbound form chose (the empty first choice) is for nginx to choose.
        return f"{start}{OPEN}s:{name}{CLOSE}{body.replace(' selected>', '>')}{end}"

    def tick(box):
        kind, name, value = box.groups()
        # A checkbox without a value is sent as "on".
        return f"{box.group(0)}{OPEN}c:{name}={value or 'on'}:checked{CLOSE}"

    return _TICK.sub(tick, _SELECT.sub(options, html))


def _first(fields, name):
    return (fields.getlist(name) or [""])[0]


def fill(stamped, fields):
    """The form of `stamped` filled in with `fields` (a QueryDict): what busy.js does, for the
    application's own refusals and for sites without nginx in front."""
    parts = stamped.split(OPEN)
    for index in range(1, len(parts)):
        part = parts[index]
        end = part.index(CLOSE)
        spec, rest, value = part[2:end], part[end + 1 :], ""
        if part[0] == "t":
            value = escape(_first(fields, spec))
        elif part[0] == "s":
            option = f'<option value="{escape(_first(fields, spec))}"'
            rest = rest.replace(f"{option}>", f"{option} selected>", 1)
        else:
            sent, _, attribute = spec.rpartition(":")
            name, _, choice = sent.partition("=")
            if choice in fields.getlist(name):
                value = " " + attribute
        parts[index] = value + rest
    return "".join(parts)
