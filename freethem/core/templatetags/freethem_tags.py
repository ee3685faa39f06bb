from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page, Site

from freethem.core.i18n import language_versions

register = template.Library()


def _home(request):
    """The home page in the visitor's language, looked up once per request."""
    if not hasattr(request, "_freethem_home"):
        site = Site.find_for_request(request)
        request._freethem_home = site.root_page.localized.specific if site else None
    return request._freethem_home


@register.simple_tag(takes_context=True)
def home_page(context):
    return _home(context["request"])


@register.inclusion_tag("core/includes/nav.html", takes_context=True)
def site_nav(context):
    request = context["request"]
    home = _home(request)
    current = context.get("page")
    items = list(home.get_children().live().public().in_menu()) if home else []
    return {
        "home": home,
        "items": items,
        "current_path": getattr(current, "path", ""),
    }


@register.inclusion_tag("core/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        versions = language_versions(page)
    else:
        current = translation.get_language()
        versions = [
            {
                "code": code,
                "name": name,
                "url": translate_url(request.path, code),
                "exists": True,
                "current": code == current,
            }
            for code, name in settings.LANGUAGES
        ]
    return {"versions": versions}
