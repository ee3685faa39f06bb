"""Names folded for comparing, so that a name is found however it was typed: prisoners'
names in search, places on the map of actions.

Persian is typed on keyboards that give Arabic letters (ي, ك), with or without the zero-width
non-joiner, short-vowel marks and the kashida; Latin transliterations come with and without
accents and apostrophes. Both the stored names and the query are folded the same way.
"""

import unicodedata

_PERSIAN = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf
        "ة": "ه",
        "ۀ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "\u200c": "",  # zero-width non-joiner
        "\u200d": "",
        "\u200e": "",  # left-to-right and right-to-left marks
        "\u200f": "",
        "\u0640": "",  # kashida
        "'": "",
        "’": "",
        "‘": "",
        "`": "",
        "-": " ",
    }
)


def fold(text):
    """Lower case, no accents or Arabic vowel marks, one form of each Persian letter."""
    text = unicodedata.normalize("NFKD", str(text or "").translate(_PERSIAN))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


# Invisible characters that are part of a script's spelling: the zero-width non-joiner, which
# Persian needs between the parts of many words (می‌خواهم), and the zero-width joiner (Indic
# scripts, emoji sequences). Every other format or control character goes: direction
# overrides and isolates, zero-width spaces, byte-order marks, soft hyphens.
SPELLING_MARKS = {"\u200c", "\u200d"}


def _visible(value, keep=""):
    for ch in value:
        if ch in keep or ch in SPELLING_MARKS:
            yield ch
        elif ch.isspace():
            yield " "
        elif ch.isprintable():
            yield ch


def clean_line(value):
    """One line of text as a person typed it in any script: invisible tricks out, spaces tidied."""
    return " ".join("".join(_visible(value or "")).split())


def clean_paragraphs(value):
    """Longer text: line breaks kept (at most one blank line in a row), each line tidied."""
    text = "".join(_visible((value or "").replace("\r\n", "\n"), keep="\n"))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(lines).strip()
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text
