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
