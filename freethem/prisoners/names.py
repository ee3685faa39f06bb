"""A prisoner's names in the order a reader reads them: the name in the reader's script first.

A person has a name in their own script (`name_native`), its standard Latin spelling
(`name_latin`) and a page title in each language. A reader sees first the name written in the
script of their language (freethem.core.writing: on a Persian page the name in Arabic letters,
on a French one the Latin spelling), then the name in the other script, in brackets and
isolated. Which script a name is in is read from the name itself, so no template or field
names a language: the same rule serves any language the site adds.
"""

from dataclasses import dataclass

from django.utils.translation import get_language

from freethem.core import writing


@dataclass
class Name:
    """One name as a page shows it: `lang` and `dir` are set when it is written in another
    script than the page's."""

    text: str
    lang: str = ""
    dir: str = ""

    def __str__(self):
        return self.text


def reading_names(title, native, latin, language=None):
    """[the name in the reader's script, then a name in another script, if there is one].

    The page's own title comes first among names of the same script. A Latin spelling shown
    on a page in another script is marked as the native name's language in Latin letters
    (`fa-Latn`, say), so that screen readers read it as a transliteration.
    """
    language = language or get_language()
    ordered = writing.reading_order([title, native, latin], language)
    if not ordered:
        return []
    first = ordered[0]
    names = [first] + [n for n in ordered[1:] if writing.script(n) != writing.script(first)][:1]
    ours = writing.language_script(language)
    native_language = writing.script_language(writing.script(native)) if native else ""
    shown = []
    for text in names:
        script = writing.script(text)
        if script == ours:
            shown.append(Name(text))
            continue
        if script == "LATIN" and native_language and writing.script(native) != script:
            lang = f"{native_language}-Latn"
        else:
            lang = writing.script_language(script)
        shown.append(Name(text, lang, writing.direction(text)))
    return shown


def public_names(page, language=None):
    """The names of a PrisonerPage a reader of `language` sees (`reading_names`), the native
    name left out when the editors keep it private."""
    from .profile import public_native_name

    return reading_names(page.title, public_native_name(page), page.name_latin, language)
