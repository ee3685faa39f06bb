"""A campaign adds a language by settings alone: no template, no migration, no code names one.

The rule (docs/translate.md, "A new language"): add it to LANGUAGES, and to LANGUAGES_BIDI if
it is written right to left, add its locale, translate. Here Arabic is added the way an
operator would, every page type is translated into it, and each is served in Arabic, laid out
right to left from the language's facts alone.
"""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale

from freethem.alerts.tests.factories import make_alert, translate_alert
from freethem.appeals.tests.factories import make_appeal
from freethem.mobilize.tests.factories import make_event, make_events_index
from freethem.news.tests.factories import build_site, make_post, translate
from freethem.pages.tests.test_general_page import general_page
from freethem.prisoners.tests.factories import make_index, make_prisoner

pytestmark = pytest.mark.django_db

ARABIC = [*settings.LANGUAGES, ("ar", "العربية")]


def with_arabic():
    """The settings an operator changes to add Arabic, and nothing else."""
    return override_settings(
        LANGUAGES=ARABIC,
        WAGTAIL_CONTENT_LANGUAGES=ARABIC,
        LANGUAGES_BIDI=[*settings.LANGUAGES_BIDI, "ar"],
    )


HTML = re.compile(r"<html\b[^>]*>")


def opening_tag(response):
    return HTML.search(response.content.decode()).group(0)


@pytest.fixture
def arabic_site():
    """Every page type, in English and translated into Arabic, the settings holding Arabic
    for as long as the test runs."""
    with with_arabic():
        site = build_site()
        Locale.objects.get_or_create(language_code="ar")
        home = translate(site.home, "ar", title="الصفحة الرئيسية", slug="home-ar")
        english = {
            "news index": site.index,
            "post": make_post(site.index, title="A post to translate"),
            "appeal": make_appeal(site.home),
            "prisoners index": make_index(site.home),
            "actions": make_events_index(site.home),
            "general page": general_page(site.home, title="About us", slug="about"),
        }
        english["profile"] = make_prisoner(english["prisoners index"])
        english["event"] = make_event(english["actions"])
        pages = {"home": home}
        # Sections first: a page is translated under its section's translation.
        for name in ("news index", "appeal", "prisoners index", "actions", "general page"):
            pages[name] = translate(english[name], "ar", title=f"{name} بالعربية")
        for name in ("post", "profile", "event"):
            pages[name] = translate(english[name], "ar", title=f"{name} بالعربية")
        translate_alert(make_alert(), "ar", "نداء عاجل")
        yield pages


PAGE_TYPES = [
    "home",
    "news index",
    "post",
    "appeal",
    "prisoners index",
    "profile",
    "actions",
    "event",
    "general page",
]


def test_every_page_type_is_served_in_a_language_added_by_settings(client, arabic_site):
    addresses = {name: arabic_site[name].url for name in PAGE_TYPES}
    addresses["alerts"] = "/ar/alerts/"
    addresses["alerts archive"] = "/ar/alerts/archive/"
    addresses["search"] = "/ar/search/?q=post"
    served = {}
    for name, address in addresses.items():
        assert address.startswith("/ar/"), (name, address)
        response = client.get(address)
        served[name] = (response.status_code, opening_tag(response))
    assert served == {name: (200, '<html lang="ar" dir="rtl">') for name in addresses}


def test_a_language_added_by_settings_needs_no_migration():
    with with_arabic():
        call_command("makemigrations", "--check", "--dry-run", verbosity=0)
