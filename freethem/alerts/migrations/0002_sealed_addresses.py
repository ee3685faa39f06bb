"""Subscribers' addresses sealed, and found by a keyed hash (freethem/core/sealing.py)."""

from django.db import migrations, models

import freethem.core.sealing


def seal_addresses(apps, schema_editor):
    def hashes(row):
        # email_key held the address as its provider reads it.
        return {"email_hash": freethem.core.sealing.lookup_hash("address:" + row["email_key"])}

    freethem.core.sealing.seal_existing(
        schema_editor, "alerts_subscriber", ["email"], read=["email_key"], extra=hashes
    )


class Migration(migrations.Migration):
    dependencies = [("alerts", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="subscriber",
            name="email_hash",
            field=models.CharField(default="", editable=False, max_length=64),
            preserve_default=False,
        ),
        migrations.AlterField(
            model_name="subscriber",
            name="email",
            field=freethem.core.sealing.SealedTextField(verbose_name="email"),
        ),
        migrations.RunPython(seal_addresses, migrations.RunPython.noop),
        migrations.RemoveField(model_name="subscriber", name="email_key"),
        migrations.AlterField(
            model_name="subscriber",
            name="email_hash",
            field=models.CharField(editable=False, max_length=64, unique=True),
        ),
    ]
