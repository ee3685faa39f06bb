"""Searching a million signers by name without reading them all (see _name_search.py)."""

from django.db import migrations

from freethem.appeals.migrations import _name_search


class Migration(migrations.Migration):
    dependencies = [("appeals", "0004_moderation_retention_and_list_indexes")]

    operations = [migrations.RunPython(_name_search.create_typed, _name_search.drop_typed)]
