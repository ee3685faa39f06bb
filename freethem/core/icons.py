"""The campaign's mark: a bird leaving an opened ring, in the site's red and paper colours.

One drawing, written once here, gives the SVG icon, the PNG icons (favicon, touch icon,
the manifest's 192 and 512 px), the favicon.ico and the mark on link-preview cards, so they
cannot drift apart. `manage.py make_icons` writes the files into static/icons/ and
static-root/ (served at the site's root by WhiteNoise: /favicon.ico); they are committed, and
a test checks they still match this drawing.

Colours are the stylesheet's custom properties (static/css/site.css: --accent, --paper,
--ink); a test checks they agree.
"""

import io
import math

ACCENT = "#a4161a"  # --accent
PAPER = "#fffdf8"  # --paper
INK = "#1b1b1f"  # --ink: the header's colour, so the browser's bar matches it (theme_color)

BOX = 512
RING_CENTRE = (240, 284)
RING_RADIUS = 150
RING_WIDTH = 44
# The ring is open between these angles (degrees, clockwise from three o'clock, as Pillow has
# them): the upper right, where the bird leaves.
GAP = (-80, -10)
BIRD_CENTRE = (376, 150)
BIRD_SCALE = 1.9
BIRD_TURN = -22


def _quad(p0, p1, p2, steps=8):
    return [
        (
            (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * p1[0] + t**2 * p2[0],
            (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * p1[1] + t**2 * p2[1],
        )
        for t in (i / steps for i in range(steps + 1))
    ]


def _bird():
    """The bird's outline: a gull's two curved wings, in flight up and to the right."""
    upper = _quad((0, 30), (22, -8), (50, 28)) + _quad((50, 28), (78, -8), (100, 30))[1:]
    lower = _quad((0, 30), (26, 18), (50, 56)) + _quad((50, 56), (74, 18), (100, 30))[1:]
    outline = upper + lower[::-1][1:-1]
    angle = math.radians(BIRD_TURN)
    cos, sin = math.cos(angle), math.sin(angle)
    bx, by = BIRD_CENTRE
    return [
        (
            round(bx + BIRD_SCALE * ((x - 50) * cos - (y - 25) * sin), 1),
            round(by + BIRD_SCALE * ((x - 50) * sin + (y - 25) * cos), 1),
        )
        for x, y in outline
    ]


def _arc_ends():
    """The two ends of the ring, where its round caps go."""
    cx, cy = RING_CENTRE
    return [
        (cx + RING_RADIUS * math.cos(math.radians(a)), cy + RING_RADIUS * math.sin(math.radians(a)))
        for a in GAP
    ]


def svg(background=ACCENT, foreground=PAPER):
    """The mark as an SVG document, on a round background of `background`."""
    cx, cy = RING_CENTRE
    (x1, y1), (x2, y2) = _arc_ends()
    # From the gap's end round the long way to its start.
    arc = f"M{x2:.1f} {y2:.1f}A{RING_RADIUS} {RING_RADIUS} 0 1 1 {x1:.1f} {y1:.1f}"
    bird = " ".join(f"{x},{y}" for x, y in _bird())
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {BOX} {BOX}">'
        f'<circle cx="256" cy="256" r="256" fill="{background}"/>'
        f'<path d="{arc}" fill="none" stroke="{foreground}" stroke-width="{RING_WIDTH}" '
        f'stroke-linecap="round"/>'
        f'<polygon points="{bird}" fill="{foreground}"/>'
        "</svg>\n"
    )


def image(size, background=ACCENT, foreground=PAPER, round_background=True, padding=0.0):
    """The mark as a Pillow RGBA image `size` pixels square.

    Drawn four times larger and scaled down, for smooth edges. `round_background=False` fills
    the whole square (touch icons, which phones round themselves); `padding` (a share of the
    size) shrinks the mark within it (the safe zone of maskable icons).
    """
    from PIL import Image, ImageDraw

    scale = 4
    big = size * scale
    canvas = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(canvas)
    if round_background:
        draw.ellipse((0, 0, big - 1, big - 1), fill=background)
    else:
        draw.rectangle((0, 0, big, big), fill=background)
    inner = big * (1 - 2 * padding)
    offset = big * padding
    unit = inner / BOX

    def at(x, y):
        return (offset + x * unit, offset + y * unit)

    cx, cy = RING_CENTRE
    r = RING_RADIUS
    x0, y0 = at(cx - r - RING_WIDTH / 2, cy - r - RING_WIDTH / 2)
    x1, y1 = at(cx + r + RING_WIDTH / 2, cy + r + RING_WIDTH / 2)
    draw.arc(
        (x0, y0, x1, y1), GAP[1], 360 + GAP[0], fill=foreground, width=round(RING_WIDTH * unit)
    )
    cap = RING_WIDTH / 2 * unit
    for ex, ey in _arc_ends():
        px, py = at(ex, ey)
        draw.ellipse((px - cap, py - cap, px + cap, py + cap), fill=foreground)
    draw.polygon([at(x, y) for x, y in _bird()], fill=foreground)
    return canvas.resize((size, size), Image.Resampling.LANCZOS)


def png(size, **options):
    """The mark as a PNG file; a palette of 64 colours keeps every edge smooth at a third of
    the weight."""
    from PIL import Image

    output = io.BytesIO()
    picture = image(size, **options).quantize(64, method=Image.Quantize.FASTOCTREE)
    picture.save(output, "PNG", optimize=True)
    return output.getvalue()


def ico():
    """favicon.ico: 16, 32 and 48 pixels in one file."""
    output = io.BytesIO()
    image(48).save(output, "ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    return output.getvalue()


# The icon files, by path under the project's folder: what `make_icons` writes.
def files():
    return {
        "static/icons/icon.svg": svg().encode(),
        "static/icons/icon-32.png": png(32),
        "static/icons/icon-192.png": png(192),
        "static/icons/icon-512.png": png(512),
        # Maskable: the whole square filled, the mark inside the central safe circle.
        "static/icons/icon-maskable-512.png": png(512, round_background=False, padding=0.12),
        "static/icons/apple-touch-icon.png": png(180, round_background=False, padding=0.06),
        "static-root/favicon.ico": ico(),
        "static-root/apple-touch-icon.png": png(180, round_background=False, padding=0.06),
    }
