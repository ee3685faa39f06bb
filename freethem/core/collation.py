"""Alphabetical order as each reader's language has it: lists of countries and cities, and
anything else sorted by name for people to find in it.

Python compares code points, which puts "Émirats" after "Zimbabwe" in French and the Persian
letters پ چ ژ گ after all the Arabic ones. ICU's collation (through PyICU) follows the Unicode
Collation Algorithm with CLDR's tailoring for each language, so the order is the one a reader
of that language expects, and no language's alphabet is written out here.
"""

import threading

import icu
from django.utils import translation

_local = threading.local()


def _collator(language):
    # ICU collators are made once per thread and language: cheap to use, dear to make.
    collators = getattr(_local, "collators", None)
    if collators is None:
        collators = _local.collators = {}
    collator = collators.get(language)
    if collator is None:
        collator = collators[language] = icu.Collator.createInstance(icu.Locale(language))
    return collator


def sort_key(text, language=None):
    """What `text` sorts by in `language` (the active language by default)."""
    return _collator(language or translation.get_language() or "en").getSortKey(str(text or ""))


def sorted_by_name(items, name=str, language=None):
    """`items` in the alphabetical order of `language`, by `name(item)`."""
    collator = _collator(language or translation.get_language() or "en")
    return sorted(items, key=lambda item: collator.getSortKey(str(name(item) or "")))


_countries = {}


def countries_in_order(language=None):
    """[(code, name)] of every country, named and sorted in `language` (the active language by
    default): CLDR's names as django-countries ships them, in that language's order."""
    from django_countries import countries

    language = language or translation.get_language() or "en"
    if language not in _countries:
        with translation.override(language):
            named = [(code, str(name)) for code, name in countries]
        _countries[language] = sorted_by_name(named, name=lambda item: item[1], language=language)
    return _countries[language]


def named_countries(codes, language=None):
    """[(code, name)] of the countries `codes`, in the order of `language`."""
    wanted = set(codes)
    return [item for item in countries_in_order(language) if item[0] in wanted]
