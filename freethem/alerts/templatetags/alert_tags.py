"""Rich text as a plain-text email reads it: paragraphs kept, links written out."""

import html
import re

from django import template
from wagtail.rich_text import expand_db_html

register = template.Library()

LINK = re.compile(r'<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)</a>', re.S | re.I)
BREAKS = re.compile(r"</(p|h\d|ul|ol)>|<br\s*/?>", re.I)
ITEM = re.compile(r"<li\b[^>]*>", re.I)
TAG = re.compile(r"<[^>]+>")


@register.filter
def as_plain_text(value):
    text = expand_db_html(str(value or ""))
    text = LINK.sub(lambda m: f"{m.group(2)} ({html.unescape(m.group(1))})", text)
    text = ITEM.sub("\n- ", BREAKS.sub("\n\n", text))
    text = html.unescape(TAG.sub("", text))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
