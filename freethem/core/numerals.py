"""Numbers as the reader writes them: the reader's digits, and thousands always grouped.

The rule: a number shown to a reader (a count, a goal, a tally, a page number, a size, a year
already in the reader's calendar) goes through `number` or `digits`, in templates through the
`number` and `digits` filters of freethem_tags. A Persian reader then reads ۳٬۰۷۷, an English
one 3,077, a Spanish one 3.077 and a French one 3 077.

Why here and not in each template: the digits a language is written with are a fact about the
language, so they come from settings (FREETHEM_LANGUAGE_DIGITS, ten characters for 0 to 9, for
languages not written with 0-9), and the separators are Django's formats for the language
(FORMAT_MODULE_PATH, freethem/formats). No template or module names a language.

What machines read keeps ASCII digits: attribute values (`<meter value>`, `<time datetime>`),
addresses and query strings, feeds, calendars, open data and JSON never pass through here.
"""

from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext_noop, pgettext

ASCII_DIGITS = "0123456789"

# The units of a file's size, which Django's `filesizeformat` asks for in the active language.
# Marked here so that `makemessages` keeps them in the site's catalogues, where each language
# gives its own units (Persian words, French "Mo"), not only Django's.
FILE_SIZE_UNITS = (
    gettext_noop("%s KB"),
    gettext_noop("%s MB"),
    gettext_noop("%s GB"),
    gettext_noop("%s TB"),
    gettext_noop("%s PB"),
)


def _language(language):
    return language or translation.get_language() or settings.LANGUAGE_CODE


def digits_of(language=None):
    """The ten digits `language` (the active language by default) is written with."""
    language = _language(language)
    table = settings.FREETHEM_LANGUAGE_DIGITS
    return table.get(language) or table.get(language.split("-")[0]) or ASCII_DIGITS


def digits(value, language=None):
    """`value` as text, its ASCII digits replaced by the reader's: for years, times and dates
    already formatted, and numbers that are not grouped (a sheet's row numbers)."""
    if value is None:
        return ""
    text = str(value)
    native = digits_of(language)
    if native == ASCII_DIGITS:
        return text
    return text.translate(str.maketrans(ASCII_DIGITS, native))


def number(value, language=None, decimal_places=None):
    """`value` (an int, a float, a Decimal) grouped by thousands in the reader's digits.

    Grouped whatever USE_THOUSAND_SEPARATOR says: that setting would also group the numbers
    templates put in attributes and addresses, which must stay as they are.
    """
    if value is None or value == "":
        return ""
    with translation.override(_language(language)):
        text = formats.number_format(
            value, decimal_pos=decimal_places, use_l10n=True, force_grouping=True
        )
        return digits(text)


def list_separator():
    """What goes between the items of a list in the reader's language: ", ", or "، " where the
    translators say so (a comma, like a digit, is written the reader's way)."""
    return pgettext("between the items of a list", ", ")
