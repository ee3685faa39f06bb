"""The site search treats Persian as Persian: a word is found however its letters were typed.

Persian keyboards give Arabic letters (ي, ك) or Persian ones (ی, ک), with or without the
zero-width non-joiner between the parts of a word (می‌خواهم, میخواهم); a reader typing one way
must find pages written the other. Wagtail's database search (SQLite and PostgreSQL) matches
words as they are, and splits a word at its non-joiner. So both sides are folded as prisoners'
names are (names.fold): each page model indexes, beside its text, the folded form of every
word of it that folding changes (`FoldedSearch`), and the search view folds the query
(`query_terms`). Accents and apostrophes fold away too, so "Bogota" finds "Bogotá".

Pages indexed before a page model had `FoldedSearch` are found again this way after
`manage.py update_index` (docs/deploy.md runs it at every upgrade).
"""

import re

from wagtail.search import index

from .names import fold

# A word as written: letters and digits, with the marks, joiners and apostrophes inside it.
_WORD = re.compile(r"[\w\u0640\u064b-\u065f\u0670\u200c\u200d'’]+")
# A word as the search backend reads it, once folded.
_TERM = re.compile(r"\w+")


def folded_words(text):
    """The folded form of each word of `text` that folding changes, each once, in order."""
    words = {}
    for word in _WORD.findall(text):
        folded = fold(word)
        if folded and folded != word.casefold():
            words.setdefault(folded, None)
    return " ".join(words)


def query_terms(query):
    """The words of a visitor's query, folded as the index is: nothing else reaches the backend."""
    return " ".join(_TERM.findall(fold(query)))


def _text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return " ".join(_text(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_text(item) for item in value.values())
    return str(value)


class FoldedSearch:
    """For page models, before Page: their searchable text is indexed folded as well.

    Only what the model already gives the index is folded (its own search fields), so a page
    that indexes a public version of itself (prisoners/profile.py) stays that way.
    """

    @classmethod
    def get_search_fields(cls):
        return [*super().get_search_fields(), index.SearchField("folded_words")]

    def folded_words(self):
        own = super().get_search_fields()
        return folded_words(
            " ".join(_text(f.get_value(self)) for f in own if isinstance(f, index.SearchField))
        )
