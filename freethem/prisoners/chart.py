"""The count of prisoners by status, drawn as an SVG bar chart on the server: no script, no
library, nothing to fetch, and readable by screen readers through its text."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

from freethem.core.numerals import number

from . import vocabulary as v

ROW = 26
LABEL_WIDTH = 250
BAR_WIDTH = 260
WIDTH = LABEL_WIDTH + BAR_WIDTH + 60
COLOURS = {
    v.DEATH_SENTENCE: "#b00020",
    v.EXECUTED: "#1a1a1a",
    v.DIED_IN_CUSTODY: "#1a1a1a",
    v.RELEASED: "#2e7d32",
}
DEFAULT_COLOUR = "#8a4b00"


def status_chart(counts, *, rtl=False):
    """`counts` is [(status code, number)] in vocabulary order; returns an inline <svg>."""
    largest = max((n for _code, n in counts), default=0) or 1
    height = ROW * len(counts) + 8
    rows = []
    for i, (code, n) in enumerate(counts):
        y = 4 + i * ROW
        length = round(BAR_WIDTH * n / largest)
        if rtl:
            # Right to left: labels at the right edge, bars growing leftwards.
            label_x, anchor = WIDTH - 4, "end"
            bar_x = WIDTH - LABEL_WIDTH - length
            number_x, number_anchor = bar_x - 6, "end"
        else:
            label_x, anchor = 4, "start"
            bar_x = LABEL_WIDTH
            number_x, number_anchor = LABEL_WIDTH + length + 6, "start"
        rows.append(
            (
                y + 17,
                label_x,
                anchor,
                v.label(v.STATUSES, code),
                bar_x,
                y + 4,
                max(length, 1) if n else 0,
                COLOURS.get(code, DEFAULT_COLOUR),
                number_x,
                number_anchor,
                number(n),
            )
        )
    body = format_html_join(
        "",
        '<g><text x="{1}" y="{0}" text-anchor="{2}">{3}</text>'
        '<rect x="{4}" y="{5}" width="{6}" height="18" fill="{7}"></rect>'
        '<text x="{8}" y="{0}" text-anchor="{9}" class="n">{10}</text></g>',
        rows,
    )
    return format_html(
        '<svg class="status-chart" role="img" aria-labelledby="status-chart-title" direction="ltr" '
        'viewBox="0 0 {} {}" xmlns="http://www.w3.org/2000/svg">'
        '<title id="status-chart-title">{}</title>{}</svg>',
        WIDTH,
        height,
        _("Prisoners by confirmed status"),
        body,
    )
