"""The second factor's pages hold no inline script or style, so a strict CSP will hold, and
every word on them goes through gettext."""

import re
from pathlib import Path

import segno

TEMPLATES = sorted((Path(__file__).parents[1] / "templates" / "accounts").glob("*.html"))


def test_no_inline_script_or_style_in_the_templates():
    assert TEMPLATES
    for template in TEMPLATES:
        source = template.read_text()
        for tag in re.findall(r"<script\b[^>]*>", source):
            assert "src=" in tag, (template.name, tag)
        assert "<style" not in source and "style=" not in source, template.name


def test_the_qr_code_is_drawn_without_style_attributes():
    svg = segno.make("otpauth://totp/x?secret=ABC", error="m").svg_inline(
        scale=4, border=4, dark="#000", light="#fff", title="QR"
    )
    assert svg.startswith("<svg") and "style" not in svg and "<script" not in svg


def test_every_sentence_in_the_templates_is_translated():
    for template in TEMPLATES:
        # Text left once translated blocks, comments, class names, tags and variables are out.
        source = re.sub(
            r"{% (blocktranslate|comment|block bodyclass)\b.*?{% end(blocktranslate|comment|block)"
            r" %}",
            "",
            template.read_text(),
            flags=re.S,
        )
        source = re.sub(r"{%.*?%}|{{.*?}}|{#.*?#}", "", source, flags=re.S)
        source = re.sub(r"<[^>]+>", "\n", source)
        words = [line.strip() for line in source.splitlines() if re.search(r"[A-Za-z]", line)]
        assert not words, (template.name, words)
