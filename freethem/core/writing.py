"""How a text is written: its script and its direction, and how a run of the other direction
keeps its own inside it.

The rule: a name, a hashtag or an address shows in its own direction whatever surrounds it,
and where a thing has names in several scripts the reader's script comes first. Without it,
`#FreeThemAll` in a right-to-left page reads `FreeThemAll#`, and a Persian reader is handed a
Latin transliteration of a Persian name before the name itself.

Nothing here names a language: facts about languages come from settings. A site language's
script is the script of its own name in LANGUAGES ("فارسی" is written in Arabic letters,
"Español" in Latin ones), its direction is Django's (LANGUAGES_BIDI). A text's script is the
Unicode script of most of its letters, read from the letters' Unicode names, so a name needs
no field saying which script it is in; its direction is that of its first strong character,
as the Unicode Bidirectional Algorithm decides a paragraph's (rules P2 and P3).

Runs are isolated in HTML with `<bdi>` (its direction worked out from its content), and in
plain text (emails, feed titles, PDF text) between FIRST STRONG ISOLATE and POP DIRECTIONAL
ISOLATE, only where the run's direction differs from the text around it, so that text in one
direction carries no invisible characters.
"""

import re
import unicodedata
from collections import Counter
from functools import cache

from django.conf import settings
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

FSI, PDI = "\u2068", "\u2069"

# Runs whose neutral characters (#, @, slashes, dots) would be carried to the wrong end of
# the run by the text around them: hashtags, handles and web addresses. A # or @ inside a
# word (an e-mail address, C#) or just after & (an HTML character reference) starts none.
_RUN = re.compile(
    r"https?://[^\s<>\"']*[^\s<>\"'.,;:!?)\]}»،؛؟]"
    r"|(?<![\w&#@])[#@][\w\u200c\u200d]*[^\W_]"
)
_TAG = re.compile(r"(<[^>]*>)")


def script(text):
    """The Unicode script most letters of `text` are written in ("LATIN", "ARABIC", …), or ""
    when it has no letters."""
    counts = Counter()
    for ch in str(text or ""):
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name:
                counts[name.split(" ", 1)[0]] += 1
    return counts.most_common(1)[0][0] if counts else ""


def direction(text):
    """ "rtl" or "ltr" after the first strong character of `text`; "" when it has none."""
    for ch in str(text or ""):
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return ""


@cache
def language_script(code):
    """The script a site language is written in: that of its own name in LANGUAGES."""
    own_name = dict(settings.LANGUAGES).get(code)
    if own_name is None:
        try:
            own_name = translation.get_language_info(code)["name_local"]
        except KeyError:
            return ""
    return script(own_name)


@cache
def script_language(name):
    """The first site language written in the script `name`, or "": the `lang` of a name in
    that script shown on a page in another language."""
    for code, _own_name in settings.LANGUAGES:
        if language_script(code) == name:
            return code
    return ""


def language_direction(code):
    """ "rtl" for the site languages written right to left, "ltr" for the others."""
    base = (code or "").split("-")[0]
    return "rtl" if base in settings.LANGUAGES_BIDI else "ltr"


def reading_order(names, language=None):
    """`names` without repeats or blanks, those written in the script of `language` (the
    active language by default) first, the others after them in the order given."""
    ours = language_script(language or translation.get_language())
    seen, kept = set(), []
    for name in names:
        name = (name or "").strip()
        if name and name not in seen:
            seen.add(name)
            kept.append(name)
    return sorted(kept, key=lambda name: script(name) != ours)


def isolate(text, language=None):
    """`text` between FSI and PDI when its direction differs from that of `language` (the
    active language by default); unchanged otherwise. For plain text."""
    if not text:
        return text
    outer = language_direction(language or translation.get_language())
    inner = direction(text)
    return f"{FSI}{text}{PDI}" if inner and inner != outer else text


def isolate_runs(text, language=None):
    """Plain text with each hashtag, handle or address that runs against the direction of
    `language` (the active one by default) isolated, so that `#FreeThemAll` keeps its # in
    front inside a right-to-left sentence."""
    if not text:
        return text
    return _RUN.sub(lambda match: isolate(match.group(0), language), str(text))


def _bdi(match):
    return f"<bdi>{match.group(0)}</bdi>"


def isolate_runs_html(html):
    """HTML with each hashtag, handle or address in its text (never in a tag or an attribute)
    inside `<bdi>`. Text that is not marked safe is escaped first."""
    if not html:
        return html
    if not isinstance(html, SafeString):
        html = escape(html)
    parts = _TAG.split(str(html))
    for i in range(0, len(parts), 2):
        parts[i] = _RUN.sub(_bdi, parts[i])
    return mark_safe("".join(parts))  # noqa: S308 (escaped above, or given safe)
