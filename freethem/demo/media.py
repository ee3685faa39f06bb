"""Pictures and printable files for the demo, drawn here so the demo downloads nothing."""

import io
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

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


# Neutral backgrounds and flat colours for drawn portraits: an illustration, never a likeness.
PORTRAIT_GROUNDS = [(226, 222, 214), (214, 221, 224), (224, 216, 222), (216, 224, 214)]
SKIN = [(141, 104, 80), (176, 134, 104), (120, 86, 64), (198, 160, 128)]
HAIR = [(38, 30, 28), (64, 48, 40), (90, 90, 92), (28, 28, 32)]


def portrait(initials, palette=0, size=(480, 600), gender=""):
    """A JPEG of an illustrated head and shoulders on a neutral ground, the person's `initials`
    on a badge: a placeholder that looks drawn on purpose, never like a photo of anyone. Long
    hair for a woman, short for a man (a profile's `gender`); without one, the palette picks."""
    width, height = size
    ground = PORTRAIT_GROUNDS[palette % len(PORTRAIT_GROUNDS)]
    image = Image.new("RGB", size, ground)
    draw = ImageDraw.Draw(image)
    # A soft circle behind the head, the one touch of the campaign's colours.
    accent = PALETTES[palette % len(PALETTES)][0]
    halo = tuple(round(g + (a - g) * 0.18) for g, a in zip(ground, accent, strict=True))
    draw.ellipse([width * 0.08, height * 0.06, width * 0.92, height * 0.74], fill=halo)
    skin = SKIN[palette % len(SKIN)]
    hair = HAIR[(palette // 2) % len(HAIR)]
    coat = PALETTES[(palette + 3) % len(PALETTES)][1]
    # Shoulders and collar, neck, head and hair, in flat shapes.
    draw.ellipse([width * 0.10, height * 0.66, width * 0.90, height * 1.30], fill=coat)
    collar = [
        (width * 0.40, height * 0.68),
        (width * 0.50, height * 0.80),
        (width * 0.60, height * 0.68),
    ]
    draw.polygon(collar, fill=(236, 232, 224))
    draw.rectangle([width * 0.42, height * 0.50, width * 0.58, height * 0.70], fill=skin)
    draw.ellipse([width * 0.31, height * 0.20, width * 0.69, height * 0.60], fill=skin)
    if gender == "female" or (gender != "male" and palette % 2):
        # Long hair framing the face.
        draw.chord([width * 0.27, height * 0.15, width * 0.73, height * 0.62], 180, 360, fill=hair)
        draw.rectangle([width * 0.27, height * 0.38, width * 0.34, height * 0.66], fill=hair)
        draw.rectangle([width * 0.66, height * 0.38, width * 0.73, height * 0.66], fill=hair)
    else:
        draw.chord([width * 0.30, height * 0.17, width * 0.70, height * 0.48], 180, 360, fill=hair)
    # The initials on a badge at the bottom.
    font = _font(round(height * 0.09))
    box = draw.textbbox((0, 0), initials, font=font)
    text_width, text_height = box[2] - box[0], box[3] - box[1]
    badge = [
        (width - text_width) / 2 - 24,
        height * 0.86 - text_height / 2 - 16,
        (width + text_width) / 2 + 24,
        height * 0.86 + text_height / 2 + 16,
    ]
    draw.rounded_rectangle(badge, radius=14, fill=(250, 248, 244))
    draw.text(
        ((width - text_width) / 2 - box[0], height * 0.86 - text_height / 2 - box[1]),
        initials,
        font=font,
        fill=PALETTES[palette % len(PALETTES)][1],
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82, optimize=True)
    return out.getvalue()


# Scenes: the demo's hero and the listing images of posts without a photo ----------------------

SCENES = ("vigil", "crowd", "banner", "candles", "dawn")


def _vertical(size, top, bottom):
    """A vertical gradient from `top` to `bottom`, drawn by Pillow in one go."""
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGB", size, bottom), Image.new("RGB", size, top), mask)


def _slogan_font(size):
    # The cards' font: Latin and Arabic script in one file, shaped right to left by libraqm.
    from freethem.core.cards import font

    return font(size)


def _banner(image, text, box, colour, ink, direction):
    """A cloth banner over `box` (left, top, right, bottom) with `text` as large as fits."""
    draw = ImageDraw.Draw(image)
    left, top, right, bottom = box
    draw.polygon(
        [(left, top + 8), (right, top), (right - 6, bottom), (left + 6, bottom + 8)], fill=colour
    )
    for x in (left + 10, right - 10):
        draw.line([(x, bottom), (x, image.height)], fill=(40, 30, 24), width=8)
    for size in range(round((bottom - top) * 0.62), 10, -4):
        font = _slogan_font(size)
        found = draw.textbbox((0, 0), text, font=font, direction=direction)
        if found[2] - found[0] <= (right - left) * 0.88:
            break
    draw.text(
        ((left + right) / 2, (top + bottom) / 2 + 4),
        text,
        font=font,
        fill=ink,
        anchor="mm",
        direction=direction,
    )


def _crowd(draw, size, rows, colour, seed, scale=1.0):
    """Rows of people seen from behind, as dark shapes: nobody can be recognised."""
    width, height = size
    for row in range(rows):
        step = (70 - row * 14) * scale * width / 1600
        y = height - (rows - row) * 40 * scale
        n = int(width / step) + 2
        for i in range(n):
            x = i * step + ((i * 37 + seed * 13 + row * 29) % 31 - 15) * scale
            head = step * 0.28
            top = y - ((i * 53 + seed * 7 + row * 11) % 24) * scale
            shade = tuple(max(0, c - row * 6) for c in colour)
            draw.ellipse([x - head, top - 2.4 * head, x + head, top - 0.3 * head], fill=shade)
            draw.rounded_rectangle(
                [x - step * 0.55, top, x + step * 0.55, height + 40], radius=step * 0.4, fill=shade
            )


def _glows(image, points, radius, colour):
    """Warm light around `points` (candle flames), blurred onto `image`."""
    layer = Image.new("RGB", image.size, (0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for x, y in points:
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    layer = layer.filter(ImageFilter.GaussianBlur(radius * 0.6))
    return ImageChops.add(image, layer)


def _candle(draw, x, y, scale):
    draw.rectangle([x - 5 * scale, y, x + 5 * scale, y + 34 * scale], fill=(240, 232, 214))
    flame = [x - 4 * scale, y - 16 * scale, x + 4 * scale, y - 1 * scale]
    draw.ellipse(flame, fill=(255, 214, 120))


def scene(kind, palette=0, size=(960, 640), text="", direction="ltr", seed=0):
    """A JPEG of an intentional-looking scene, as bytes: "vigil" (people holding candles at
    dusk, a banner at the end of the line of reading), "crowd" (a march under a banner),
    "banner" (a banner across a wall), "candles" (candles in the dark) or "dawn" (a sun rising
    behind birds). `text`, if given, is the
    banner's, drawn in its own direction ("rtl" for Persian)."""
    width, height = size
    accent, deep = PALETTES[palette % len(PALETTES)]
    scale = width / 1600
    if kind == "vigil":
        image = _vertical(size, (24, 28, 64), (196, 96, 72))
        draw = ImageDraw.Draw(image)
        flames = []
        for i in range(9):
            x = (i + 0.5) * width / 9 + ((i * 41 + seed) % 30 - 15) * scale
            y = height * 0.62 + ((i * 29 + seed) % 40) * scale
            flames.append((x, y - 12 * scale))
        if text:
            # At the end of the line of reading: a page's title over the picture starts
            # at the other side.
            left = 0.04 if direction == "rtl" else 0.56
            _banner(
                image,
                text,
                (width * left, height * 0.10, width * (left + 0.40), height * 0.28),
                accent,
                (255, 255, 255),
                direction,
            )
            draw = ImageDraw.Draw(image)
        _crowd(draw, size, 3, (22, 20, 30), seed, scale=width / 1000)
        for x, y in flames:
            _candle(draw, x, y, scale * 2)
        image = _glows(image, flames, 44 * scale * 2, (120, 80, 20))
    elif kind == "crowd":
        image = _vertical(size, accent, deep)
        draw = ImageDraw.Draw(image)
        # Placards held up above the heads.
        for i in range(6):
            x = (i + 0.5) * width / 6 + ((i * 31 + seed) % 40 - 20) * scale
            top = height * (0.34 + ((i * 17 + seed) % 10) / 100)
            draw.line([(x, top + 90 * scale * 2), (x, height)], fill=(60, 40, 30), width=6)
            draw.rectangle(
                [x - 70 * scale * 2, top, x + 70 * scale * 2, top + 90 * scale * 2],
                fill=(248, 244, 236),
            )
            stripe = [x - 112 * scale, top + 40 * scale, x + 112 * scale, top + 68 * scale]
            draw.rectangle(stripe, fill=accent)
        if text:
            _banner(
                image,
                text,
                (width * 0.08, height * 0.08, width * 0.92, height * 0.28),
                (250, 248, 240),
                deep,
                direction,
            )
            draw = ImageDraw.Draw(image)
        _crowd(draw, size, 3, (20, 18, 24), seed, scale=width / 1000)
    elif kind == "banner":
        image = _vertical(size, (210, 200, 186), (160, 148, 132))
        draw = ImageDraw.Draw(image)
        for row in range(0, height, max(12, round(48 * scale))):  # brick courses
            draw.line([(0, row), (width, row)], fill=(186, 174, 158), width=2)
        _banner(
            image,
            text or "#FreeThemAll",
            (width * 0.06, height * 0.22, width * 0.94, height * 0.52),
            accent,
            (255, 255, 255),
            direction,
        )
        draw = ImageDraw.Draw(image)
        _crowd(draw, size, 2, (48, 40, 44), seed, scale=width / 900)
    elif kind == "candles":
        image = _vertical(size, (14, 14, 22), (40, 30, 36))
        draw = ImageDraw.Draw(image)
        flames = []
        for i in range(14):
            x = ((i * 37 + seed * 31) % 100) / 100 * width * 0.9 + width * 0.05
            y = height * (0.45 + ((i * 23 + seed) % 40) / 100)
            s = scale * (2.2 + (i % 3) * 0.8)
            _candle(draw, x, y, s)
            flames.append((x, y - 8 * s))
        image = _glows(image, flames, 40 * scale * 2, (150, 100, 30))
    else:  # dawn
        image = _vertical(size, deep, (248, 190, 120))
        draw = ImageDraw.Draw(image)
        sun = (width * (0.3 + (seed % 4) / 10), height * 0.78)
        r = height * 0.28
        draw.ellipse([sun[0] - r, sun[1] - r, sun[0] + r, sun[1] + r], fill=(255, 226, 160))
        for i in range(7):
            x = width * (0.45 + i * 0.07) + ((i * 43 + seed) % 30) * scale
            y = height * (0.18 + ((i * 37 + seed) % 30) / 100)
            w = (30 + (i % 3) * 10) * scale * 2
            wing = max(3, round(12 * scale))
            draw.line(
                [(x - w, y - w * 0.4), (x, y), (x + w, y - w * 0.4)], fill=(30, 24, 40), width=wing
            )
        draw.rectangle([0, height * 0.86, width, height], fill=(40, 30, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, optimize=True)
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
