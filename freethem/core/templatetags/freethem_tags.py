from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, Site

from freethem.core import calendars, numerals
from freethem.core.cache import public_q, remember
from freethem.core.i18n import language_versions
from freethem.core.routing import bare
from freethem.core.site_address import site_url as _site_url
from freethem.core.writing import isolate_runs as _isolate_runs
from freethem.core.writing import isolate_runs_html

register = template.Library()


def _site(request):
    """The site this request is for; remembered, since views outside the page tree (signing,
    its refusals) would otherwise look it up in the database on every request."""
    site = getattr(request, "_wagtail_site", None)
    if site is None:
        key = f"site:{request._get_raw_host()}:{request.get_port()}"
        site = remember(key, lambda: bare(Site.find_for_request(request)), structure=True)
        request._wagtail_site = site
    return site


def _home_data(site, language):
    home = site.root_page.localized.specific
    return {
        "pk": home.pk,
        "title": home.title,
        "tagline": getattr(home, "tagline", ""),
        "url": home.get_url(),
        "path": home.path,
    }


@register.simple_tag(takes_context=True)
def home_page(context):
    """The home page in the visitor's language, as the few facts every page shows of it."""
    request = context["request"]
    site = _site(request)
    if site is None:
        return None
    language = translation.get_language()
    return remember(
        f"home:{site.pk}:{language}", lambda: _home_data(site, language), structure=True
    )


@register.simple_tag(takes_context=True)
def brand(context):
    """The site's brand (core/brand.py): name, logos, colours' stylesheet, footer, accounts."""
    from freethem.core.brand import brand_settings

    request = context.get("request")
    return brand_settings(_site(request) if request is not None else None)


def _nav_items(home_pk):
    # Every page type the home page takes is a MenuLabel (core/navigation.py).
    children = Page.objects.get(pk=home_pk).get_children()
    return [
        {
            "title": child.get_menu_label(),
            "url": child.get_url(),
            "path": child.path,
        }
        for child in children.live().in_menu().filter(public_q()).specific()
    ]


@register.inclusion_tag("core/includes/nav.html", takes_context=True)
def site_nav(context):
    home = home_page(context)
    current = context.get("page")
    items = (
        remember(f"nav:{home['pk']}", lambda: _nav_items(home["pk"]), structure=True)
        if home
        else []
    )
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
        versions = remember(f"versions:{page.pk}", lambda: language_versions(page), structure=True)
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


@register.filter
def isolated(text):
    """`text` (an address, a name in another script) kept in its own direction inside plain text
    of any direction: between a left-to-right isolate and its closing mark (Unicode 6.3)."""
    return f"\u2066{text}\u2069" if text else text


@register.simple_tag
def site_url(path=""):
    """The absolute address of `path` at the site's configured address (core/site_address.py),
    for the few places a page must give a whole address rather than a path."""
    return _site_url(path)


@register.inclusion_tag("core/includes/head.html", takes_context=True)
def page_head(context):
    """The <head>'s description, canonical address, alternates, link previews and icons
    (core/previews.py): in full for a page of the site, the icons alone for other views."""
    from freethem.core import icons, previews

    page = context.get("page")
    request = context.get("request")
    head = previews.head(request, page) if previews.is_page(page) else None
    return {"head": head, "theme_color": icons.INK}


@register.inclusion_tag("core/includes/share.html")
def share_links(page, heading=True):
    """Links to share `page` on other services, and its address to copy (core/sharing.py)."""
    from freethem.core import sharing
    from freethem.core.site_address import page_url

    return {"links": sharing.share_links(page), "url": page_url(page), "heading": heading}


# Dates and numbers in the reader's calendar and digits (core/calendars.py, core/numerals.py).
# Attributes for machines (`<time datetime>`, `<meter value>`) keep the ISO forms instead.


@register.filter
def calendar_date(value, precision=calendars.DAY):
    """A date, or a datetime's day, in the reader's calendar and digits: 28 May 2023,
    ۷ خرداد ۱۴۰۲. `precision` ("month", "year") shows a date known less precisely."""
    return calendars.format_date(value, precision)


@register.filter
def calendar_datetime(value):
    """A moment, its date in the reader's calendar, all in the reader's digits."""
    return calendars.format_datetime(value)


@register.filter
def time_of_day(value):
    """A time in the reader's format and digits: 7 p.m., 19:00, ۱۹:۰۰."""
    return calendars.format_time(value)


@register.filter
def number(value):
    """A count, a goal or a size grouped by thousands in the reader's digits: 3,077, ۳٬۰۷۷."""
    return numerals.number(value)


@register.filter
def digits(value):
    """A number that is not grouped (a year of the reader's calendar, a row number) in the
    reader's digits."""
    return numerals.digits(value)


@register.simple_tag
def comma():
    """What goes between the items of a list joined in a template: ", " or the Persian "، "."""
    return numerals.list_separator()


@register.filter
def isolate_runs(text, language=None):
    """Plain text (an email, a PDF) with each hashtag, handle or address running against the
    direction of `language` (the active one by default) between Unicode isolates
    (core/writing.py)."""
    return _isolate_runs(text, language or None)


@register.filter
def bdi(text):
    """`text` escaped inside <bdi>: a name or a title that keeps its own direction wherever a
    translated sentence puts it."""
    return format_html("<bdi>{}</bdi>", text) if text else text


@register.filter(is_safe=True)
def bidi_runs(html):
    """HTML with each hashtag, handle or address in its text inside <bdi>, so that it keeps its
    own direction in text of the other (core/writing.py). Escapes text not marked safe."""
    return isolate_runs_html(html)
