"""Deployment checks (`manage.py check --deploy`): settings that would quietly hurt supporters."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, router

from . import site_address


@register(Tags.security, deploy=True)
def forwarded_address_check(app_configs, **kwargs):
    """A forwarded-address header with no proxy to believe it from is ignored: say so."""
    if settings.FREETHEM_CLIENT_IP_HEADER and not settings.FREETHEM_TRUSTED_PROXIES:
        return [
            Warning(
                "FREETHEM_CLIENT_IP_HEADER is set but FREETHEM_TRUSTED_PROXIES is empty: the "
                "header is ignored and every visitor counts as the proxy's address.",
                hint="List the proxy's address in FREETHEM_TRUSTED_PROXIES (e.g. 127.0.0.1).",
                id="freethem.W001",
            )
        ]
    return []


def _recorded_site_root():
    """The default Site record's address; None with no record, or no database to read yet."""
    from django.db import connections
    from wagtail.models import Site

    connection = connections[router.db_for_read(Site)]
    try:
        if Site._meta.db_table not in connection.introspection.table_names():
            return None  # not migrated yet: nothing to compare
        return site_address.default_site_root()
    except DatabaseError:
        return None  # no database reachable: `migrate` and the site itself will say so


@register(Tags.sites, deploy=True)
def site_record_check(app_configs, **kwargs):
    """Wagtail's default Site names the configured address, or the admin's links, routing by
    host and anything built from `Page.full_url` point somewhere else (core/site_address.py).

    It reads the database, so it runs with `--deploy` only, never while tests start; before
    the first `migrate` it says nothing.
    """
    recorded = _recorded_site_root()
    if recorded is None:
        return []
    try:
        site_address.site_record_address()
    except ImproperlyConfigured as error:
        return [Error(str(error), id="freethem.E002")]
    configured = site_address.site_root()
    if recorded != configured:
        return [
            Error(
                f"Wagtail's default Site record names {recorded}, not the site's address "
                f"{configured} (WAGTAILADMIN_BASE_URL).",
                hint="Run `manage.py sync_site` to make the record follow the address.",
                id="freethem.E001",
            )
        ]
    return []


@register()
def preview_card_check(app_configs, **kwargs):
    """Link-preview cards need the fonts they are drawn with and Pillow's complex-text layout,
    without which a Persian title comes out as unjoined letters in the wrong order
    (core/cards.py)."""
    from . import cards

    problems = []
    if not cards.can_shape_complex_scripts():
        problems.append(
            Warning(
                "Pillow cannot lay out complex scripts (libraqm): Persian titles on link-preview "
                "cards would be drawn unshaped and left to right.",
                hint="Install FriBiDi (Debian: libfribidi0, which Pango already needs) and use "
                "Pillow's wheels, which carry libraqm.",
                id="freethem.W002",
            )
        )
    found = cards.font_files()
    if len(found) < len(settings.FREETHEM_CARD_FONTS):
        problems.append(
            Warning(
                f"Some fonts of FREETHEM_CARD_FONTS are missing (found: {found or 'none'}): "
                "link-preview cards would lack the letters of some scripts.",
                hint="Install fonts-noto-core (make setup does).",
                id="freethem.W003",
            )
        )
    return problems


@register(Tags.security)
def onion_address_check(app_configs, **kwargs):
    """An onion address Tor Browser would ignore, or that the site would not answer at."""
    from . import onion

    problem = onion.onion_address_problem()
    if problem:
        return [Error(problem, id="freethem.E003")]
    host = onion.onion_host()
    if host and not any(allowed in (host, "*", ".onion") for allowed in settings.ALLOWED_HOSTS):
        return [
            Error(
                f"FREETHEM_ONION_ADDRESS names {host}, which ALLOWED_HOSTS does not accept.",
                hint="Add it to ALLOWED_HOSTS (production settings add it themselves).",
                id="freethem.E004",
            )
        ]
    return []
