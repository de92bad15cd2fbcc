"""Database triggers the app relies on (search index, Denial.claimant): install and repair.

Each feature keeps its SQL per vendor as lists of statements; this module runs
them and restores SQLite triggers that a migration dropped. Django alters an
SQLite table by copying it to a new one and dropping the old, and SQLite drops
a table's triggers with it, so any later migration touching the table would
silently stop them; `sqlite_missing` after every `migrate` catches that.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from django.db.backends.base.base import BaseDatabaseWrapper


def execute(connection: BaseDatabaseWrapper, sql_by_vendor: Mapping[str, Sequence[str]]) -> None:
    """Run this database's statements, in order; other databases have none."""
    with connection.cursor() as cursor:
        for sql in sql_by_vendor.get(connection.vendor, ()):
            cursor.execute(sql)


def sqlite_missing(
    connection: BaseDatabaseWrapper, *, tables: Iterable[str], triggers: Sequence[str]
) -> bool:
    """True on SQLite when the tables exist but one of the named triggers does not."""
    if connection.vendor != "sqlite" or not set(tables) <= set(connection.introspection.table_names()):
        return False
    placeholders = ", ".join(["%s"] * len(triggers))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({placeholders})",
            list(triggers),
        )
        return cursor.fetchone()[0] != len(triggers)
