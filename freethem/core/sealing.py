"""Supporters' addresses and what they typed about themselves, sealed at rest.

Rule: a copy of the database alone (a seized server, a stolen backup) reveals no supporter's
address and no name a signer did not choose to publish. Such values are stored encrypted with
AES-256-GCM (authenticated encryption, from the `cryptography` package) under the keys in
FREETHEM_DATA_KEYS, which live in the environment or a key file, never in the database. The
first key seals; every key listed opens (each sealed value names its key by a short id), so a
new key can be put first and the old data moved to it with `manage.py rotate_data_keys` while
the site runs.

Finding a row by address (one signature per address, "find a signer by email", unsubscribing)
goes through a keyed hash of the normalised address (`lookup_hash`), never the address. Each
key has its own hash; while two keys are listed, lookups try both (`lookup_hashes`).

Tested by freethem/core/tests/test_sealing.py and tests/security/test_stolen_database.py.
"""

import base64
import binascii
import hashlib
import hmac
import os
from functools import lru_cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

VERSION = b"\x01"
NONCE = 12


def generate_key():
    """A new random data key, as the key file and FREETHEM_DATA_KEYS hold it."""
    return base64.urlsafe_b64encode(os.urandom(32)).decode()


def _derive(secret, purpose):
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(secret)


class Key:
    def __init__(self, text):
        try:
            secret = base64.urlsafe_b64decode(text.encode())
        except (binascii.Error, ValueError):
            secret = b""
        if len(secret) != 32:
            raise ImproperlyConfigured(
                "A data key must be 32 random bytes in URL-safe base64 "
                "(`manage.py generate_data_key` makes one)."
            )
        self.id = hashlib.sha256(b"freethem key id" + secret).digest()[:4]
        self.cipher = AESGCM(_derive(secret, b"freethem seal"))
        self.lookup = _derive(secret, b"freethem lookup")


@lru_cache(maxsize=8)
def _keyring(keys):
    if not keys:
        raise ImproperlyConfigured(
            "No data key: set FREETHEM_DATA_KEYS or FREETHEM_DATA_KEY_FILE (docs/backup.md)."
        )
    ring = [Key(text) for text in keys]
    return ring, {key.id: key for key in reversed(ring)}


def keyring():
    return _keyring(tuple(settings.FREETHEM_DATA_KEYS))


def seal(value):
    """`value` encrypted under the first data key; the empty string stays empty."""
    if value is None or value == "":
        return value
    key = keyring()[0][0]
    nonce = os.urandom(NONCE)
    sealed = key.cipher.encrypt(nonce, str(value).encode(), key.id)
    return base64.urlsafe_b64encode(VERSION + key.id + nonce + sealed).decode()


def unseal(token):
    """The value `seal` sealed, under any listed key."""
    if token is None or token == "":
        return token
    try:
        raw = base64.urlsafe_b64decode(token.encode())
        key = keyring()[1].get(raw[1:5]) if raw[:1] == VERSION else None
        if key is not None:
            return key.cipher.decrypt(raw[5 : 5 + NONCE], raw[5 + NONCE :], key.id).decode()
    except (binascii.Error, ValueError, InvalidTag):
        pass
    raise ImproperlyConfigured(
        "A sealed value cannot be opened with the data keys configured: is the key that "
        "sealed it missing from FREETHEM_DATA_KEYS? (docs/backup.md)"
    )


def is_sealed_under_first_key(token):
    """Whether a stored value is already sealed under the first key (rotation skips it)."""
    if not token:
        return True
    try:
        raw = base64.urlsafe_b64decode(token.encode())
    except (binascii.Error, ValueError):
        return False
    return raw[:1] == VERSION and raw[1:5] == keyring()[0][0].id


def _hash(key, value):
    return hmac.digest(key, value.encode(), "sha256").hex()


def lookup_hash(value):
    """The keyed hash a sealed value is found by (under the first key); empty stays empty."""
    if not value:
        return ""
    return _hash(keyring()[0][0].lookup, value)


def lookup_hashes(value):
    """The hashes of `value` under every listed key: what to look for while keys rotate."""
    if not value:
        return []
    return [_hash(key.lookup, value) for key in keyring()[0]]


def rotating():
    """Whether more than one key is listed, so rows may still be hashed under an old key."""
    return len(settings.FREETHEM_DATA_KEYS) > 1


class SealedTextField(models.TextField):
    """Text stored sealed (see the module's rule): readable in Python, opaque in the database.

    Sealed values cannot be searched or compared in SQL; only emptiness can (`field=""`).
    """

    def from_db_value(self, value, expression, connection):
        return unseal(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return seal(value)


def seal_existing(schema_editor, table, columns, read=(), extra=None, batch=2000):
    """Seal the plain values of `columns` in `table` in place (for migrations).

    `extra(row)` may return more columns to set from the plain row (a dict of the values of
    `id`, `columns` and the other columns named in `read`), such as a lookup hash computed
    before the plain value is sealed.
    """
    connection = schema_editor.connection
    quote = schema_editor.quote_name
    names = ["id", *columns, *read]
    select = (
        f"SELECT {', '.join(quote(n) for n in names)} FROM {quote(table)} "  # noqa: S608
        f"WHERE {quote('id')} > %s ORDER BY {quote('id')} LIMIT {int(batch)}"
    )
    last = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(select, [last])
            rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        if not rows:
            return
        for row in rows:
            values = {column: seal(row[column]) for column in columns}
            if extra is not None:
                values.update(extra(row))
            assignments = ", ".join(f"{quote(column)} = %s" for column in values)
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {quote(table)} SET {assignments} WHERE {quote('id')} = %s",  # noqa: S608
                    [*values.values(), row["id"]],
                )
        last = rows[-1]["id"]
