"""The name-folding function of the signers' search names its dictionary's schema.

pg_restore (and pg_dump's plain SQL) run with an empty search_path, so the function, written
with a bare `unaccent`, could not be found while the trigram index on it was rebuilt, and a
restore of a PostgreSQL backup stopped there. Same function, same results, same index.
"""

from django.db import migrations


def qualify(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'unaccent'"
        )
        row = cursor.fetchone()
    if row is None:
        return
    schema = connection.ops.quote_name(row[0])
    schema_editor.execute(
        "CREATE OR REPLACE FUNCTION freethem_fold(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        f"AS $$ SELECT pg_catalog.upper({schema}.unaccent("
        f"'{row[0]}.unaccent'::regdictionary, $1)) $$"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("appeals", "0009_menu_labels"),
    ]

    operations = [migrations.RunPython(qualify, migrations.RunPython.noop)]
