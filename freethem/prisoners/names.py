"""Names folded for search, so that a name is found however it was typed.

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
