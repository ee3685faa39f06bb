"""Paging cursors that tell nothing and cannot be forged.

Rule: a cursor names where a list goes on (say, a confirmation time and an id) without
showing it, and the server accepts only cursors it made. A readable cursor would give away
when someone confirmed to the microsecond, and a forgeable one would let anyone bisect the
list to learn it. So cursors are sealed with AES-SIV (deterministic authenticated encryption,
from `cryptography`) under a key derived from SECRET_KEY: the same place in a list always
gives the same address (good for caches), and any altered cursor is refused.
"""

import base64
import binascii
import hashlib
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from django.conf import settings


def _cipher():
    key = hashlib.shake_256(f"freethem-cursor:{settings.SECRET_KEY}".encode()).digest(64)
    return AESSIV(key)


def make(purpose, *numbers):
    """An opaque cursor for whole numbers (each fitting in 64 bits), bound to `purpose`."""
    plain = struct.pack(f">{len(numbers)}q", *numbers)
    sealed = _cipher().encrypt(plain, [purpose.encode()])
    return base64.urlsafe_b64encode(sealed).rstrip(b"=").decode()


def read(purpose, cursor, count):
    """The `count` numbers a cursor made by `make(purpose, ...)` holds, or None."""
    if not cursor or len(cursor) > 200:
        return None
    try:
        sealed = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        plain = _cipher().decrypt(sealed, [purpose.encode()])
    except (InvalidTag, ValueError, binascii.Error):
        return None
    if len(plain) != 8 * count:
        return None
    return struct.unpack(f">{count}q", plain)
