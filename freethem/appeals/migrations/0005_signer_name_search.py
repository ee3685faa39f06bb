"""Searching a million signers by name without reading them all.

SQLite: an FTS5 index of names kept by triggers (word prefixes, any case, with or without
accents). PostgreSQL: a trigram index on the name upper-cased and without accents (any part of
a name, any case, with or without accents).
"""

from django.db import migrations

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE appeals_signature_names USING fts5("
    "name, content='appeals_signature', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER appeals_signature_names_insert AFTER INSERT ON appeals_signature BEGIN "
    "INSERT INTO appeals_signature_names(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER appeals_signature_names_delete AFTER DELETE ON appeals_signature BEGIN "
    "INSERT INTO appeals_signature_names(appeals_signature_names, rowid, name) "
    "VALUES ('delete', old.id, old.name); END",
    "CREATE TRIGGER appeals_signature_names_update AFTER UPDATE OF name ON appeals_signature "
    "BEGIN "
    "INSERT INTO appeals_signature_names(appeals_signature_names, rowid, name) "
    "VALUES ('delete', old.id, old.name); "
    "INSERT INTO appeals_signature_names(rowid, name) VALUES (new.id, new.name); END",
    "INSERT INTO appeals_signature_names(appeals_signature_names) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS appeals_signature_names_update",
    "DROP TRIGGER IF EXISTS appeals_signature_names_delete",
    "DROP TRIGGER IF EXISTS appeals_signature_names_insert",
    "DROP TABLE IF EXISTS appeals_signature_names",
]
POSTGRESQL_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() may change with its dictionary, so PostgreSQL will not index it directly;
    # this wrapper names the dictionary and promises it will not.
    "CREATE OR REPLACE FUNCTION freethem_fold(text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
    "AS $$ SELECT upper(unaccent('unaccent'::regdictionary, $1)) $$",
    # fastupdate off: each signature updates the index as it is written, rather than many
    # being merged at once inside whichever signer's INSERT overflows the pending list.
    "CREATE INDEX IF NOT EXISTS signers_name_trigram ON appeals_signature "
    "USING gin (freethem_fold(name) gin_trgm_ops) WITH (fastupdate = off)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS signers_name_trigram",
    "DROP FUNCTION IF EXISTS freethem_fold(text)",
]


def run(statements):
    def apply(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("appeals", "0004_moderation_retention_and_list_indexes")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        )
    ]
