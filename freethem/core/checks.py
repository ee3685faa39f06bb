"""Deployment checks (`manage.py check --deploy`): settings that would quietly hurt supporters."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


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
