"""Searching a million signers by name without reading them all (used by migrations 0005, 0006).

SQLite: an FTS5 index kept by triggers (word prefixes, any case, with or without accents).
PostgreSQL: a trigram index on the name upper-cased and without accents (any part of a name,
any case, with or without accents). Since 0006 the index holds only `public_name`, what the
public list shows; before, it held the name as typed.
"""


def _fts(table, column, only_filled=False):
    # `only_filled`: rows whose column is empty (signatures not yet confirmed, hidden names)
    # are left out of the index, and cost a signer's INSERT nothing.
    when_new = f" WHEN new.{column} != ''" if only_filled else ""
    when_old = f" WHEN old.{column} != ''" if only_filled else ""
    return [
        f"CREATE VIRTUAL TABLE {table} USING fts5("
        f"{column}, content='appeals_signature', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {table}_insert AFTER INSERT ON appeals_signature{when_new} BEGIN "
        f"INSERT INTO {table}(rowid, {column}) VALUES (new.id, new.{column}); END",
        f"CREATE TRIGGER {table}_delete AFTER DELETE ON appeals_signature{when_old} BEGIN "
        f"INSERT INTO {table}({table}, rowid, {column}) "
        f"VALUES ('delete', old.id, old.{column}); END",
        # Two triggers for a change: the old entry out if there was one, the new one in if any.
        f"CREATE TRIGGER {table}_update AFTER UPDATE OF {column} ON appeals_signature"
        f"{when_old} BEGIN "
        f"INSERT INTO {table}({table}, rowid, {column}) "
        f"VALUES ('delete', old.id, old.{column}); END",
        f"CREATE TRIGGER {table}_update_new AFTER UPDATE OF {column} ON appeals_signature"
        f"{when_new} BEGIN "
        f"INSERT INTO {table}(rowid, {column}) VALUES (new.id, new.{column}); END",
        f"INSERT INTO {table}({table}) VALUES ('rebuild')",
    ]


def _fts_drop(table):
    return [
        f"DROP TRIGGER IF EXISTS {table}_update_new",
        f"DROP TRIGGER IF EXISTS {table}_update",
        f"DROP TRIGGER IF EXISTS {table}_delete",
        f"DROP TRIGGER IF EXISTS {table}_insert",
        f"DROP TABLE IF EXISTS {table}",
    ]


FOLD = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # unaccent() may change with its dictionary, so PostgreSQL will not index it directly;
    # this wrapper names the dictionary and promises it will not.
    "CREATE OR REPLACE FUNCTION freethem_fold(text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
    "AS $$ SELECT upper(unaccent('unaccent'::regdictionary, $1)) $$",
]


def _trigram(index, column):
    # fastupdate off: each signature updates the index as it is written, rather than many
    # being merged at once inside whichever signer's INSERT overflows the pending list.
    return [
        f"CREATE INDEX IF NOT EXISTS {index} ON appeals_signature "
        f"USING gin (freethem_fold({column}) gin_trgm_ops) WITH (fastupdate = off)",
    ]


TYPED = {
    "sqlite": _fts("appeals_signature_names", "name"),
    "postgresql": FOLD + _trigram("signers_name_trigram", "name"),
}
TYPED_DROP = {
    "sqlite": _fts_drop("appeals_signature_names"),
    "postgresql": ["DROP INDEX IF EXISTS signers_name_trigram"],
}
PUBLIC = {
    "sqlite": _fts("appeals_signature_public_names", "public_name", only_filled=True),
    "postgresql": FOLD + _trigram("signers_public_name_trigram", "public_name"),
}
PUBLIC_DROP = {
    "sqlite": _fts_drop("appeals_signature_public_names"),
    "postgresql": ["DROP INDEX IF EXISTS signers_public_name_trigram"],
}


def _run(statements):
    def apply(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


create_typed = _run(TYPED)
drop_typed = _run(TYPED_DROP)
create_public = _run(PUBLIC)
drop_public = _run(PUBLIC_DROP)
