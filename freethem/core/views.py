from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Locale, Page, Site

from . import bounces
from .cache import reads_parameters
from .i18n import available_versions
from .names import clean_line
from .search import query_terms
from .writing import language_direction


def clean_query(raw):
    """A search query we can act on: trimmed, without control characters, never too long."""
    return clean_line(raw)[: settings.FREETHEM_SEARCH_MAX_LENGTH]


@require_safe
@reads_parameters("page", typed=["q"])
def search(request):
    query = clean_query(request.GET.get("q"))
    # Only words reach the search backend, folded as the index is (core/search.py): quotes,
    # brackets and operators mean nothing to visitors and would otherwise be read as syntax.
    terms = query_terms(query)
    results = None
    if terms:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
        )
        results = Paginator(pages.search(terms, operator="and"), 10).get_page(
            request.GET.get("page")
        )
    return render(
        request,
        "core/search.html",
        {
            "query": query,
            "search_query": urlencode({"q": query}),
            "results": results,
            "truncated": len(request.GET.get("q", "").strip())
            > settings.FREETHEM_SEARCH_MAX_LENGTH,
        },
    )


@require_safe
def untranslated(request, page_id):
    versions = available_versions(page_id)
    if not versions:
        raise Http404
    language = translation.get_language_info(translation.get_language())
    response = render(
        request,
        "core/untranslated.html",
        {"versions": versions, "language_name": language["name_local"]},
    )
    return response


@require_safe
def robots_txt(request):
    return render(request, "core/robots.txt", content_type="text/plain; charset=utf-8")


def _same_page_in_other_language(request):
    """The live page at this address in another language, when this language lacks it."""
    language = translation.get_language()
    prefix = f"/{language}/"
    if not request.path.startswith(prefix):
        return None
    rest = request.path[len(prefix) :]
    site = Site.find_for_request(request)
    if site is None:
        return None
    roots = site.root_page.get_translations(inclusive=True).exclude(locale__language_code=language)
    candidates = [root.url_path + rest for root in roots]
    return Page.objects.live().public().filter(url_path__in=candidates).first()


def page_not_found(request, exception=None):
    other = _same_page_in_other_language(request)
    if other is not None:
        versions = available_versions(other.pk)
        language = translation.get_language_info(translation.get_language())
        return render(
            request,
            "core/untranslated.html",
            {"versions": versions, "language_name": language["name_local"]},
            status=404,
        )
    return render(request, "404.html", status=404)


def server_error(request):
    """The error page, in every site language: the one the visitor asked for may be unknown
    here, and nothing that could fail again (the database, the page's own view) is read."""
    messages = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            messages.append(
                {
                    "code": code,
                    "dir": language_direction(code),
                    "heading": gettext("Something went wrong on our side"),
                    "text": gettext("Please try again in a few minutes."),
                }
            )
    first = next((m for m in messages if m["code"] == settings.LANGUAGE_CODE), messages[0])
    others = [m for m in messages if m is not first]
    return render(request, "500.html", {"first": first, "others": others}, status=500)


@csrf_exempt  # signed by the provider (django-anymail checks it), never posted by a browser
@require_POST
def mail_events(request, provider):
    """Bounce and complaint events from the configured mail provider (freethem.core.bounces);
    404 for any other, so an unconfigured provider's webhook never answers."""
    view = bounces.provider_view(provider)
    if view is None:
        raise Http404
    return view(request)


@require_safe
def preview_card(request, page_id, digest):
    """A page's link-preview card (core/cards.py). Its address names what is drawn on it, so
    it is kept for a year anywhere; an older address leads to the card as it is now."""
    from django.shortcuts import redirect
    from django.utils.cache import patch_cache_control

    from . import cards

    page = Page.objects.live().public().filter(pk=page_id, depth__gt=1).specific().first()
    if page is None:
        raise Http404
    facts = cards.card_facts(page)
    if digest != cards.digest(facts):
        return redirect(cards.card_path(page, facts))
    response = HttpResponse(cards.card_png(page, facts), content_type="image/png")
    patch_cache_control(response, public=True, max_age=365 * 24 * 3600, immutable=True)
    return response


@require_safe
def manifest(request, language=None):
    """The web app manifest in the visitor's language: the campaign's name, its direction,
    its home page and the icons (core/icons.py). At /manifest.webmanifest, in the default
    language."""
    import json

    from django.templatetags.static import static

    from . import icons

    with translation.override(language or translation.get_language()):
        code = translation.get_language()
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        home = site.root_page.localized if site is not None else None
        name = home.title if home is not None else settings.WAGTAIL_SITE_NAME
        from .brand import brand_settings

        chosen = brand_settings(site)
        name = chosen["name"] or name
        data = {
            "name": name,
            "short_name": chosen["short_name"] or name,
            "lang": code,
            "dir": "rtl" if translation.get_language_bidi() else "ltr",
            "start_url": home.get_url(request) if home is not None else "/",
            "scope": "/",
            "display": "minimal-ui",
            "theme_color": icons.INK,
            "background_color": icons.PAPER,
            "icons": [
                {"src": static("icons/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": static("icons/icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {
                    "src": static("icons/icon-maskable-512.png"),
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
                {"src": static("icons/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
            ],
        }
    return HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1),
        content_type="application/manifest+json; charset=utf-8",
    )


def _brand_for(request):
    from .brand import brand_settings

    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    return brand_settings(site)


YEAR = 365 * 24 * 3600


def brand_css(request, version):
    """The brand's colours as CSS custom properties (core/brand.py), kept a year under the
    version in its address; an old version gets today's colours, kept briefly."""
    from django.utils.cache import patch_cache_control

    from . import brand

    settings_ = _brand_for(request)
    response = HttpResponse(
        brand.stylesheet(
            settings_["accent_colour"], settings_["header_colour"], settings_["footer_colour"]
        ),
        content_type="text/css; charset=utf-8",
    )
    current = version == settings_["version"]
    patch_cache_control(response, public=True, max_age=YEAR if current else 300, immutable=current)
    return response


def brand_image(request, kind, version, extension):
    """The logo or the square mark, as stored cleaned (core/brand.py). Served with a policy
    that lets nothing in it run or load, should someone open it on its own."""
    from django.utils.cache import patch_cache_control

    from . import brand
    from .models import BrandSettings

    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    row = (
        BrandSettings.objects.filter(site=site).values(kind, f"{kind}_type", "version").first()
        if site is not None
        else None
    )
    if not row or not row[kind] or row[f"{kind}_type"] != extension:
        raise Http404
    response = HttpResponse(bytes(row[kind]), content_type=brand.content_type(extension))
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    current = version == row["version"]
    patch_cache_control(response, public=True, max_age=YEAR if current else 300, immutable=current)
    return response
