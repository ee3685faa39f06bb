"""The Content-Security-Policy: a strict one for the public site, a looser one for the admin.

Public pages run only the site's own script file and stylesheet: no inline `<script>`, no
`style=""`, no `on…=` handler, no `javascript:` address, nothing from another host but the
video players a visitor chooses to load (see `core.blocks.embed_player_url`). An injected tag
then runs nothing, and a page can load nothing that would tell a third party who reads it.

Wagtail's admin, used by editors only, writes inline scripts and styles in its own templates, so
it gets its own policy (settings.FREETHEM_ADMIN_CONTENT_SECURITY_POLICY), still with nothing
from another host and framed only by the site itself (for the preview).
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, giving the admin's addresses the admin's policy."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = settings.FREETHEM_ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts
