"""Proposals' contact addresses, sealed (freethem/core/sealing.py)."""

from django.db import migrations

import freethem.core.sealing


def seal(apps, schema_editor):
    freethem.core.sealing.seal_existing(schema_editor, "mobilize_proposal", ["email"])


class Migration(migrations.Migration):
    dependencies = [("mobilize", "0002_proposal_proposalphoto")]

    operations = [
        migrations.AlterField(
            model_name="proposal",
            name="email",
            field=freethem.core.sealing.SealedTextField(blank=True, verbose_name="contact email"),
        ),
        migrations.RunPython(seal, migrations.RunPython.noop),
    ]
