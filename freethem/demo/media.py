"""Pictures and printable files for the demo, drawn here so the demo downloads nothing."""

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

PALETTES = [
    ((164, 22, 26), (40, 10, 12)),
    ((29, 78, 216), (12, 22, 60)),
    ((21, 128, 61), (8, 40, 22)),
    ((180, 83, 9), (60, 24, 4)),
    ((109, 40, 217), (30, 10, 60)),
    ((15, 118, 110), (6, 40, 38)),
    ((190, 18, 60), (50, 8, 20)),
    ((55, 65, 81), (17, 24, 39)),
]
FONT_PATHS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
]


def _font(size):
    for path in FONT_PATHS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def _gradient(size, palette):
    top, bottom = PALETTES[palette % len(PALETTES)]
    width, height = size
    image = Image.new("RGB", size, top)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    return image, draw


def picture(label, palette=0, size=(1200, 675)):
    """A JPEG of a placard-like picture carrying `label`, as bytes."""
    image, draw = _gradient(size, palette)
    width, height = size
    # A few placard shapes, so pictures are not all alike.
    for i in range(5):
        x = (i * 263 + palette * 97) % (width - 160)
        y = height - 220 + (i * 37 % 90)
        draw.rectangle([x, y, x + 150, y + 190], outline=(255, 255, 255), width=4)
        draw.line([(x + 75, y + 190), (x + 75, height)], fill=(255, 255, 255), width=6)
    font = _font(96 if len(label) < 14 else 64)
    box = draw.textbbox((0, 0), label, font=font)
    draw.text(
        ((width - (box[2] - box[0])) / 2, height / 3 - (box[3] - box[1]) / 2),
        label,
        font=font,
        fill=(255, 255, 255),
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, optimize=True)
    return out.getvalue()


def printable(title, subtitle, palette=0):
    """A one-page A4 PDF (a flyer or palm card) with `title` and `subtitle`, as bytes."""
    size = (1240, 1754)  # A4 at 150 dpi
    image, draw = _gradient(size, palette)
    draw.rectangle([60, 60, size[0] - 60, size[1] - 60], outline=(255, 255, 255), width=6)
    y = 220
    for line in _wrap(title, 22):
        draw.text((120, y), line, font=_font(80), fill=(255, 255, 255))
        y += 110
    y += 60
    for line in _wrap(subtitle, 44):
        draw.text((120, y), line, font=_font(40), fill=(255, 255, 255))
        y += 60
    out = io.BytesIO()
    image.save(out, "PDF", resolution=150)
    return out.getvalue()


def _wrap(text, width):
    line, lines = "", []
    for word in text.split():
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines


def portrait(initials, palette=0, size=(600, 750)):
    """A JPEG of a drawn head-and-shoulders figure with `initials`: a stand-in for a photo."""
    image, draw = _gradient(size, palette)
    width, height = size
    light = (235, 228, 220)
    shade = (200, 190, 180)
    # Shoulders, neck and head, in flat shapes.
    draw.ellipse([width * 0.12, height * 0.62, width * 0.88, height * 1.25], fill=shade)
    draw.rectangle([width * 0.42, height * 0.48, width * 0.58, height * 0.66], fill=shade)
    draw.ellipse([width * 0.30, height * 0.16, width * 0.70, height * 0.58], fill=light)
    font = _font(72)
    box = draw.textbbox((0, 0), initials, font=font)
    draw.text(
        ((width - (box[2] - box[0])) / 2, height * 0.80),
        initials,
        font=font,
        fill=PALETTES[palette % len(PALETTES)][1],
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


def rally(placards, palette=0, size=(1600, 1067), seed=0):
    """A JPEG of a small crowd in a street holding up `placards` (a few words each), as bytes:
    what a supporter's phone photo of an action might show, drawn so nobody is recognisable."""
    width, height = size
    sky = ((205, 220, 235), (240, 236, 226))
    image = Image.new("RGB", size, sky[0])
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(height - 1, 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(*sky, strict=True)),
        )
    # A building front and the pavement.
    wall = (178 - palette * 6, 160 - palette * 4, 140)
    draw.rectangle([0, height * 0.18, width, height * 0.72], fill=wall)
    for column in range(8):
        x = column * width / 8 + width / 40
        draw.rectangle([x, height * 0.26, x + width / 16, height * 0.45], fill=(90, 100, 115))
    draw.rectangle([0, height * 0.72, width, height], fill=(120, 118, 114))
    people = max(len(placards) * 2, 7)
    coats = [c for pair in PALETTES for c in pair]
    for n in range(people):
        x = (n + 0.5) * width / people + ((n * 37 + seed * 11) % 41 - 20)
        top = height * 0.5 + ((n * 53 + seed * 7) % 60)
        coat = coats[(n + seed + palette) % len(coats)]
        draw.ellipse([x - 34, top - 80, x + 34, top - 6], fill=(60, 50, 45))  # from behind
        draw.rounded_rectangle([x - 60, top, x + 60, height * 0.95], radius=40, fill=coat)
    for n, text in enumerate(placards):
        x = (2 * n + 1.2) * width / people
        top = height * 0.12 + (n % 2) * 40
        board = [x - 150, top, x + 150, top + 190]
        draw.line([(x, top + 190), (x, height * 0.62)], fill=(110, 80, 50), width=10)
        draw.rectangle(board, fill=(250, 248, 240), outline=PALETTES[palette % 8][0], width=8)
        lines = _wrap(text, 12)[:3]
        # The largest lettering that fits the board.
        for font_size in range(44, 18, -4):
            font = _font(font_size)
            if all(draw.textlength(line, font=font) <= 260 for line in lines):
                break
        for i, line in enumerate(lines):
            box = draw.textbbox((0, 0), line, font=font)
            draw.text(
                (x - (box[2] - box[0]) / 2, top + 30 + i * 50),
                line,
                font=font,
                fill=PALETTES[palette % 8][0],
            )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, optimize=True)
    return out.getvalue()
