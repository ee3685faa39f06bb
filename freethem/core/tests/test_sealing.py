"""Sealed values: opaque in the database, readable with the keys, and movable to a new key."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection

from freethem.alerts import services as alerts
from freethem.alerts.models import Subscriber
from freethem.appeals import services
from freethem.appeals.models import Signature
from freethem.appeals.tests.factories import make_appeal
from freethem.core import addresses, sealing

NEW_KEY = "bmV3LWRhdGEta2V5LWZvci1yb3RhdGlvbi10ZXN0cyE="


def raw(table, column, pk):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608
        return cursor.fetchone()[0]


def test_a_sealed_value_opens_only_with_its_key(settings):
    token = sealing.seal("Nasrin Example")
    assert "Nasrin" not in token and sealing.unseal(token) == "Nasrin Example"
    assert sealing.seal("Nasrin Example") != token  # a fresh nonce each time
    assert sealing.seal("") == "" and sealing.unseal("") == ""
    settings.FREETHEM_DATA_KEYS = [NEW_KEY]
    with pytest.raises(ImproperlyConfigured):
        sealing.unseal(token)
    tampered = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    settings.FREETHEM_DATA_KEYS = ["dGVzdC1vbmx5LWRhdGEta2V5LW5vdC1zZWNyZXQtMDA="]
    with pytest.raises(ImproperlyConfigured):
        sealing.unseal(tampered)


def test_a_key_that_is_not_a_key_is_refused(settings):
    settings.FREETHEM_DATA_KEYS = ["too-short"]
    with pytest.raises(ImproperlyConfigured):
        sealing.seal("x")


@pytest.mark.django_db
def test_rotating_keys_moves_every_value_and_hash_to_the_new_key(site_tree, settings):
    appeal = make_appeal(site_tree.home)
    data = {"name": "Roya Example", "country": "IR", "email": "roya@example.org"}
    signature = services.sign_appeal(appeal=appeal, data=data).signature
    subscriber = alerts.subscribe(email="reader@example.net", language="fa")
    old_name = raw("appeals_signature", "name", signature.pk)

    settings.FREETHEM_DATA_KEYS = [NEW_KEY, *settings.FREETHEM_DATA_KEYS]
    # Before the rows move, both keys open them and lookups find them under the old hash.
    again = services.sign_appeal(appeal=appeal, data={**data, "email": "Roya@example.org"})
    assert not again.created and again.signature.pk == signature.pk
    call_command("rotate_data_keys", verbosity=0)
    assert raw("appeals_signature", "name", signature.pk) != old_name

    settings.FREETHEM_DATA_KEYS = [NEW_KEY]  # the old key is gone for good
    moved = Signature.objects.get(pk=signature.pk)
    assert (moved.name, moved.email) == ("Roya Example", "roya@example.org")
    assert moved.email_hash == addresses.address_hash("roya@example.org")
    assert Subscriber.objects.get(pk=subscriber.pk).email == "reader@example.net"
    assert alerts.subscribe(email="reader@example.net", language="fa").pk == subscriber.pk


def test_generate_data_key_prints_a_usable_key(capsys, settings):
    call_command("generate_data_key")
    key = capsys.readouterr().out.strip()
    settings.FREETHEM_DATA_KEYS = [key]
    assert sealing.unseal(sealing.seal("ok")) == "ok"
