"""The demo campaign's brand: a square mark drawn here (a chain link broken open), stored
through the same cleaning as an editor's upload, the footer's address and accounts, and the
campaign's name in each language the site has."""

from django.conf import settings as django_settings
from wagtail.models import Site

from freethem.core import brand
from freethem.core.models import BrandName, BrandSettings

from .data import read

BRAND = read("brand").BRAND


def mark_svg(accent=brand.DEFAULT_ACCENT):
    """A square mark: two chain links on the accent colour, the second one broken open."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">'
        f'<rect width="64" height="64" rx="12" fill="{accent}"/>'
        '<g fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round" '
        'transform="rotate(-40 32 32)">'
        '<rect x="6" y="24" width="28" height="16" rx="8"/>'
        '<path d="M36 24h14a8 8 0 0 1 0 16h-9"/>'
        '<path d="M28 32h12"/>'
        '<path d="M30 19l-3-5M34 18l1-6M38 45l3 5M34 46l-1 6" stroke-width="3"/>'
        "</g></svg>"
    ).encode()


class BrandBuilder:
    def __init__(self, log=print):
        self.log = log

    def build(self):
        site = Site.objects.get(is_default_site=True)
        settings = BrandSettings.for_site(site)
        settings.short_name = BRAND["short_name"]
        settings.contact_email = BRAND["contact_email"]
        settings.social_links = "\n".join(BRAND["social_links"])
        settings.mark = brand.clean_svg(mark_svg())
        settings.mark_type = "svg"
        languages = dict(django_settings.LANGUAGES)
        settings.names = [
            BrandName(language=code, **values)
            for code, values in BRAND.get("languages", {}).items()
            if code in languages
        ]
        settings.full_clean(exclude=["site"])
        settings.save()
        self.log(
            "Set the campaign's brand: its square mark, address and accounts, and its name in "
            f"{len(settings.names.all())} languages."
        )
