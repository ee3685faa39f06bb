"""Languages a text may be written in, one vocabulary for the whole site: a downloadable file's
language (core/blocks.py), the language a post was translated from (news).

These are not the site's languages (settings.LANGUAGES, which say what the site is translated
into): a campaign links files and translates reports in languages it does not publish in. The
choices are read through functions so that migrations record a reference to them, never the
list: adding a language here needs no migration.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

WRITTEN_LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("fa", _("Persian")),
    ("fr", _("French")),
    ("de", _("German")),
    ("ar", _("Arabic")),
    ("ku", _("Kurdish")),
    ("tr", _("Turkish")),
    ("it", _("Italian")),
    ("pt", _("Portuguese")),
    ("sv", _("Swedish")),
]
SEVERAL = "mul"  # ISO 639-2 for a text in several languages


def file_languages():
    """The languages a file may be in, and "several"."""
    return [*WRITTEN_LANGUAGES, (SEVERAL, _("Several languages"))]


def original_languages():
    """The languages a post may be translated from; empty: it is written in the language shown."""
    return [("", _("Written in the language shown")), *WRITTEN_LANGUAGES]


def language_name(code):
    """The name of a written language in the reader's language, or the code if it has none."""
    return dict(file_languages()).get(code, code)


def site_languages():
    """The site's languages (settings.LANGUAGES) as choices read when asked, so that a
    migration records this function rather than the list, and a language added to the settings
    is offered without one."""
    return list(settings.LANGUAGES)
