"""Detached Ed25519 signatures in minisign's format, so that `minisign -V` checks a bundle
without freethem.

A public key is two lines: an untrusted comment, and base64 of `Ed`, the key id (8 bytes) and
the Ed25519 public key (32 bytes). A signature is four: an untrusted comment; base64 of the
algorithm (`ED`: the signature is over the file's BLAKE2b-512 digest, minisign's default since
0.10; `Ed`, the legacy form over the file itself, is verified too), the key id and the 64-byte
signature; the trusted comment; and base64 of the "global" signature over the signature and
the trusted comment's text, so that the comment cannot be changed either.

The signing key is a PKCS#8 PEM file kept outside the database and the mirror
(`FREETHEM_BUNDLE_KEY_FILE`, made by `manage.py bundle_key`). Its key id is derived from the
public key, so that nothing else has to be kept beside it.
"""

import base64
import hashlib
import os
import time
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREHASHED = b"ED"
LEGACY = b"Ed"
CHUNK = 1 << 20


class BadSignature(Exception):
    """The file, its signature and the key do not agree (or one of them is not readable)."""


def key_id(public_key):
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.blake2b(raw, digest_size=8).digest()


def _key_id_text(identifier):
    # minisign prints the id as a little-endian 64-bit number.
    return identifier[::-1].hex().upper()


def generate(path):
    """Writes a new signing key to `path` (readable by its owner only); returns the public key
    in minisign's format."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(pem)
    return public_key_text(private.public_key())


def load_private(path):
    private = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    if not isinstance(private, Ed25519PrivateKey):
        raise ValueError(f"{path} does not hold an Ed25519 key.")
    return private


def public_key_text(public_key):
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    identifier = key_id(public_key)
    encoded = base64.b64encode(LEGACY + identifier + raw).decode()
    return f"untrusted comment: minisign public key {_key_id_text(identifier)}\n{encoded}\n"


def parse_public_key(text):
    """The (key id, public key) of a minisign public key file's text, or of its base64 line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    encoded = lines[-1] if lines else ""
    try:
        raw = base64.b64decode(encoded, validate=True)
    except ValueError as error:
        raise BadSignature("The public key is not minisign's format.") from error
    if len(raw) != 42 or raw[:2] != LEGACY:
        raise BadSignature("The public key is not minisign's format.")
    return raw[2:10], Ed25519PublicKey.from_public_bytes(raw[10:])


def _digest(path):
    digest = hashlib.blake2b(digest_size=64)
    with open(path, "rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.digest()


def sign(path, private_key, trusted_comment=None):
    """The text of a detached signature of the file at `path`."""
    path = Path(path)
    identifier = key_id(private_key.public_key())
    signature = private_key.sign(_digest(path))
    if trusted_comment is None:
        trusted_comment = f"timestamp:{int(time.time())}\tfile:{path.name}\tprehashed"
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise ValueError("A trusted comment is one line.")
    global_signature = private_key.sign(signature + trusted_comment.encode())
    return (
        f"untrusted comment: signature from freethem, key {_key_id_text(identifier)}\n"
        f"{base64.b64encode(PREHASHED + identifier + signature).decode()}\n"
        f"trusted comment: {trusted_comment}\n"
        f"{base64.b64encode(global_signature).decode()}\n"
    )


def verify(path, signature_text, public_key_text_):
    """The trusted comment of a valid signature; raises BadSignature otherwise."""
    identifier, public_key = parse_public_key(public_key_text_)
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[2].startswith("trusted comment: "):
        raise BadSignature("The signature is not minisign's format.")
    try:
        raw = base64.b64decode(lines[1].strip(), validate=True)
        global_signature = base64.b64decode(lines[3].strip(), validate=True)
    except ValueError as error:
        raise BadSignature("The signature is not minisign's format.") from error
    if len(raw) != 74 or raw[:2] not in (PREHASHED, LEGACY):
        raise BadSignature("The signature is not minisign's format.")
    if raw[2:10] != identifier:
        raise BadSignature("The signature was made with another key.")
    signature = raw[10:]
    message = _digest(path) if raw[:2] == PREHASHED else Path(path).read_bytes()
    trusted_comment = lines[2][len("trusted comment: ") :]
    try:
        public_key.verify(signature, message)
        public_key.verify(global_signature, signature + trusted_comment.encode())
    except InvalidSignature as error:
        raise BadSignature("The signature does not match the file.") from error
    return trusted_comment
