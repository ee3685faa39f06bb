"""The address an owed email goes to, sealed (freethem/core/sealing.py)."""

from django.db import migrations

import freethem.core.sealing


def seal(apps, schema_editor):
    freethem.core.sealing.seal_existing(schema_editor, "core_outgoingemail", ["to"])


class Migration(migrations.Migration):
    dependencies = [("core", "0004_outgoing_email")]

    operations = [
        migrations.AlterField(
            model_name="outgoingemail",
            name="to",
            field=freethem.core.sealing.SealedTextField(),
        ),
        migrations.RunPython(seal, migrations.RunPython.noop),
    ]
