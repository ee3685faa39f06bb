"""Every string of the interface is translated into every language: the catalogues hold every
string the code and templates mark, none left empty or marked fuzzy (a fuzzy translation is not
used, so readers would get English). Checked on a copy of the code, with Django's own
`makemessages`, as a translator would update the catalogues."""

import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[3]

UPDATE = """
import django
django.setup()
from django.conf import settings
from django.core.management import call_command
settings.LOCALE_PATHS = [{locale!r}]
call_command("makemessages", locale={languages!r}, verbosity=0)
"""


def _entries(catalogue, *flags):
    """The msgids `msgattrib` finds with `flags` in `catalogue` (the header aside)."""
    shown = subprocess.run(
        ["msgattrib", *flags, "--no-obsolete", "--no-wrap", str(catalogue)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in shown.splitlines() if line.startswith("msgid ") and line != 'msgid ""']


def test_every_string_is_in_every_catalogue_and_translated(tmp_path):
    copy = tmp_path / "freethem"
    shutil.copytree(
        ROOT / "freethem", copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "media")
    )
    languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    subprocess.run(
        [sys.executable, "-c", UPDATE.format(locale=str(copy / "locale"), languages=languages)],
        cwd=copy,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "DJANGO_SETTINGS_MODULE": "freethem.settings.test",
        },
        check=True,
    )
    for language in languages:
        catalogue = copy / "locale" / language / "LC_MESSAGES" / "django.po"
        assert _entries(catalogue, "--untranslated") == [], language
        assert _entries(catalogue, "--only-fuzzy") == [], language
