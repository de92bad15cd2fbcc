"""`Denial.claimant`: the speaker of the denied statement, kept by the database.

"Who denies this actor's claims?" is asked by every actor page (its timeline,
its counterparts) and by the disputes list. Answered through the denied
statement, it walks every statement the actor ever made: an actor with 10,000
statements paid for 10,000 index probes on each page. With the claim's speaker
copied onto the denial it is one index lookup, as cheap for a prolific actor
as for a quiet one.

Triggers keep the copy right on every write path (ingest, editor corrections,
actor merges, history restores, the admin, raw SQL): set when a denial is
written, followed when a statement changes speaker. Application code never
writes `claimant`.
"""

from __future__ import annotations

from django.db.backends.base.base import BaseDatabaseWrapper

from claims import triggers

SQLITE_TRIGGERS = (
    "claims_denial_claimant_insert",
    "claims_denial_claimant_update",
    "claims_statement_claimant_follow",
)

_SPEAKER_OF_DENIED = "(SELECT speaker_id FROM claims_statement WHERE id = new.denied_statement_id)"

POSTGRES_INSTALL = [
    """
    CREATE OR REPLACE FUNCTION claims_denial_claimant() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.claimant_id := (SELECT speaker_id FROM claims_statement WHERE id = NEW.denied_statement_id);
      RETURN NEW;
    END
    $$
    """,
    # "OF ... claimant_id": an ORM save writes every column, a stale claimant too.
    """
    CREATE TRIGGER claims_denial_claimant_set
    BEFORE INSERT OR UPDATE OF denied_statement_id, claimant_id ON claims_denial
    FOR EACH ROW EXECUTE FUNCTION claims_denial_claimant()
    """,
    """
    CREATE OR REPLACE FUNCTION claims_statement_claimant_follow() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE claims_denial SET claimant_id = NEW.speaker_id WHERE denied_statement_id = NEW.id;
      RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER claims_statement_claimant_follow
    AFTER UPDATE OF speaker_id ON claims_statement
    FOR EACH ROW WHEN (OLD.speaker_id IS DISTINCT FROM NEW.speaker_id)
    EXECUTE FUNCTION claims_statement_claimant_follow()
    """,
    """
    UPDATE claims_denial SET claimant_id = statement.speaker_id
    FROM claims_statement AS statement WHERE statement.id = claims_denial.denied_statement_id
    """,
]
POSTGRES_UNINSTALL = [
    "DROP TRIGGER IF EXISTS claims_statement_claimant_follow ON claims_statement",
    "DROP FUNCTION IF EXISTS claims_statement_claimant_follow()",
    "DROP TRIGGER IF EXISTS claims_denial_claimant_set ON claims_denial",
    "DROP FUNCTION IF EXISTS claims_denial_claimant()",
]

# SQLite has no BEFORE-trigger assignment: the AFTER triggers correct the row
# (recursive triggers are off, and the WHEN clause stops at the right value).
SQLITE_INSTALL = [
    f"""
    CREATE TRIGGER IF NOT EXISTS claims_denial_claimant_insert AFTER INSERT ON claims_denial BEGIN
      UPDATE claims_denial SET claimant_id = {_SPEAKER_OF_DENIED} WHERE id = new.id;
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS claims_denial_claimant_update
    AFTER UPDATE OF denied_statement_id, claimant_id ON claims_denial
    WHEN new.claimant_id IS NOT {_SPEAKER_OF_DENIED} BEGIN
      UPDATE claims_denial SET claimant_id = {_SPEAKER_OF_DENIED} WHERE id = new.id;
    END
    """,
    """
    CREATE TRIGGER IF NOT EXISTS claims_statement_claimant_follow
    AFTER UPDATE OF speaker_id ON claims_statement WHEN old.speaker_id IS NOT new.speaker_id BEGIN
      UPDATE claims_denial SET claimant_id = new.speaker_id WHERE denied_statement_id = new.id;
    END
    """,
    """
    UPDATE claims_denial SET claimant_id =
      (SELECT speaker_id FROM claims_statement WHERE id = claims_denial.denied_statement_id)
    """,
]
SQLITE_UNINSTALL = [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS]


def install(connection: BaseDatabaseWrapper) -> None:
    """Create the triggers and fill `claimant` for the denials already there."""
    triggers.execute(connection, {"postgresql": POSTGRES_INSTALL, "sqlite": SQLITE_INSTALL})


def uninstall(connection: BaseDatabaseWrapper) -> None:
    triggers.execute(connection, {"postgresql": POSTGRES_UNINSTALL, "sqlite": SQLITE_UNINSTALL})


def ensure_sqlite_triggers(connection: BaseDatabaseWrapper) -> bool:
    """Recreate the triggers if a migration dropped them; True if it had to (see claims.triggers)."""
    tables = ["claims_denial", "claims_statement"]
    if not triggers.sqlite_missing(connection, tables=tables, triggers=SQLITE_TRIGGERS):
        return False
    install(connection)
    return True
