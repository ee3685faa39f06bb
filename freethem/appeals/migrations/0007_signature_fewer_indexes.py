"""No index on the appeal alone (every other index of signatures leads with it), and the
public names' index left out of signatures not yet confirmed: less to write per signature.

On SQLite the table is rebuilt, which would drop the index's triggers: they are made again."""

from django.db import migrations, models

from freethem.appeals.migrations import _name_search


class Migration(migrations.Migration):
    dependencies = [("appeals", "0006_sealed_signers")]

    operations = [
        migrations.RunPython(_name_search.drop_public, _name_search.create_public),
        migrations.AlterField(
            model_name="signature",
            name="appeal_key",
            field=models.UUIDField(verbose_name="appeal"),
        ),
        migrations.RunPython(_name_search.create_public, _name_search.drop_public),
    ]
