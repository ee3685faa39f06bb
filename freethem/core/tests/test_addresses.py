"""One person, one identity: every app reads an address and a client through core alone."""

import ast
from pathlib import Path

import pytest

from freethem.core import addresses
from freethem.core.limits import hash_ip

APPS = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("given", "normal"),
    [
        ("Nasrin.Example+appeal@Gmail.com", "nasrinexample@gmail.com"),
        ("n.a.s.r.i.n@googlemail.com", "nasrin@gmail.com"),
        ("someone+tag@outlook.com", "someone@outlook.com"),
        ("first.last+tag@example.org", "first.last+tag@example.org"),
        ("  MiXeD@Example.ORG ", "mixed@example.org"),
    ],
)
def test_emails_are_read_as_their_provider_reads_them(given, normal):
    assert addresses.normalise_email(given) == normal
    assert addresses.address_hash(given) == addresses.address_hash(normal)


def test_ip_hash_is_keyed_and_stable_for_a_day():
    first = hash_ip("203.0.113.9")
    assert first == hash_ip("203.0.113.9")
    assert "203.0.113.9" not in first


SHARED = {"normalise_email", "normalise_domain", "address_hash", "domain_hash", "hash_ip"}


def test_no_app_but_core_defines_its_own_email_normalisation_or_client_hash():
    seconds = []
    for path in APPS.rglob("*.py"):
        relative = path.relative_to(APPS)
        if relative.parts[0] == "core" or "tests" in relative.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in SHARED:
                seconds.append(f"{relative}:{node.lineno} {node.name}")
    assert seconds == []
