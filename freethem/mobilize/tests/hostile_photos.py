"""Small files that cost a lot to read: the photos an attacker would send with a proposal.

Plain Pillow and zlib, no Django, so that bench/uploads.py can make them too. Each is built
without ever holding its pixels: what it claims is far larger than what it weighs.
"""

import io
import struct
import zlib

from PIL import Image


def _png_chunk(kind, data):
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def solid_png(width=7070, height=7070, colour=(128, 16, 32), *, alpha=False, frames=None):
    """A real, valid PNG of one colour: 7,070 × 7,070 pixels weigh about 160 KB.

    `frames` adds an animation control chunk claiming that many frames (an APNG).
    """
    pixel = bytes(colour) + (b"\x80" if alpha else b"")
    row = b"\x00" + pixel * width
    packer = zlib.compressobj(9)
    data = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    animation = _png_chunk(b"acTL", struct.pack(">II", frames, 0)) if frames else b""
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + animation
        + _png_chunk(b"IDAT", data)
        + _png_chunk(b"IEND", b"")
    )


def jpeg_claiming(width=7070, height=7070, *, progressive=False, subsampling=0):
    """A JPEG bomb: a 64-pixel JPEG whose header says `width` × `height`; under 1 KB.

    libjpeg reads it whole, filling the missing data with grey, so it decodes at the size
    claimed. A progressive one makes libjpeg keep every coefficient of the full-size image,
    whatever the scale it is asked to decode at.
    """
    out = io.BytesIO()
    Image.new("RGB", (64, 64), (150, 30, 40)).save(
        out, "JPEG", progressive=progressive, subsampling=subsampling, quality=50
    )
    data = bytearray(out.getvalue())
    position = 2
    while True:
        marker = data[position + 1]
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if marker in (0xC0, 0xC1, 0xC2):
            data[position + 5 : position + 9] = struct.pack(">HH", height, width)
            return bytes(data)
        position += 2 + length


def many_frames_gif(frames=5000, size=64):
    """A valid animated GIF of `frames` one-pixel frames: 5,000 frames weigh about 100 KB."""
    screen = struct.pack("<HHBBB", size, size, 0x80, 0, 0)  # a global table of two colours
    colours = b"\x00\x00\x00\xff\xff\xff"
    looping = b"!\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"
    # One frame: a delay, then a 1 × 1 image whose LZW data is clear, colour 1, end.
    frame = (
        b"!\xf9\x04\x00\x02\x00\x00\x00"
        + b","
        + struct.pack("<HHHHB", 0, 0, 1, 1, 0)
        + b"\x02\x02\x4c\x01\x00"
    )
    return b"GIF89a" + screen + colours + looping + frame * frames + b";"


def many_frames_webp(frames=2000, size=16):
    """An animated WebP of `frames` small frames, each a little different."""
    images = [Image.new("RGB", (size, size), (n % 256, n // 256 % 256, 90)) for n in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "WEBP", save_all=True, append_images=images[1:], duration=40, lossless=True)
    return out.getvalue()


def solid_webp(width, height, *, alpha=False):
    """A lossless WebP of one colour (small on disk, the whole canvas in memory when read)."""
    mode = "RGBA" if alpha else "RGB"
    out = io.BytesIO()
    Image.new(mode, (width, height), (20, 90, 160, 128)[: len(mode)]).save(
        out, "WEBP", lossless=True
    )
    return out.getvalue()
