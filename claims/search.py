"""Full-text search over statements, on PostgreSQL and on SQLite.

PostgreSQL: `Statement.search_vector` (tsvector, english configuration) is kept
current by a BEFORE INSERT/UPDATE trigger and indexed with GIN; queries use
`websearch_to_tsquery`, ranked with `ts_rank`. Every write path (ingest, editor
edits, the admin, raw SQL) keeps the vector right without application code.

SQLite: an external-content FTS5 table `claims_statement_fts` with the porter
tokenizer (so "reopening" finds "reopen", as PostgreSQL's english stemmer does),
kept current by SQLite triggers. The web-search syntax is translated to an FTS5
query here, English stop words are dropped as PostgreSQL drops them, and rows
are ranked with bm25. For plain words both give the same results.

Both weigh the words said (content) above the words naming the speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import F, FloatField, Value
from django.db.models.expressions import RawSQL

from claims import triggers

if TYPE_CHECKING:
    from django.db.models import QuerySet

FTS_TABLE = "claims_statement_fts"
SQLITE_TRIGGERS = (
    "claims_statement_fts_insert",
    "claims_statement_fts_delete",
    "claims_statement_fts_update",
)

POSTGRES_INSTALL = [
    """
    CREATE OR REPLACE FUNCTION claims_statement_search_vector() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_vector :=
        setweight(to_tsvector('pg_catalog.english', coalesce(NEW.content, '')), 'A') ||
        setweight(to_tsvector('pg_catalog.english', coalesce(NEW.speaker_text, '')), 'B');
      RETURN NEW;
    END
    $$
    """,
    # "OF ... search_vector": an ORM save writes every column, the stale vector
    # included, so it is recomputed; `.update(review_status=...)` skips the work.
    """
    CREATE TRIGGER claims_statement_search_vector_update
    BEFORE INSERT OR UPDATE OF content, speaker_text, search_vector ON claims_statement
    FOR EACH ROW EXECUTE FUNCTION claims_statement_search_vector()
    """,
    "UPDATE claims_statement SET search_vector = NULL",
    "CREATE INDEX claims_statement_search_idx ON claims_statement USING gin (search_vector)",
]
POSTGRES_UNINSTALL = [
    "DROP INDEX IF EXISTS claims_statement_search_idx",
    "DROP TRIGGER IF EXISTS claims_statement_search_vector_update ON claims_statement",
    "DROP FUNCTION IF EXISTS claims_statement_search_vector()",
]

SQLITE_INSTALL = [
    f"""
    CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
      content, speaker_text, content='claims_statement', content_rowid='id',
      tokenize='porter unicode61 remove_diacritics 2'
    )
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS claims_statement_fts_insert AFTER INSERT ON claims_statement BEGIN
      INSERT INTO {FTS_TABLE}(rowid, content, speaker_text) VALUES (new.id, new.content, new.speaker_text);
    END
    """,
    # An external-content table forgets a row only when given its old values.
    f"""
    CREATE TRIGGER IF NOT EXISTS claims_statement_fts_delete AFTER DELETE ON claims_statement BEGIN
      INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, content, speaker_text)
      VALUES ('delete', old.id, old.content, old.speaker_text);
    END
    """,
    f"""
    CREATE TRIGGER IF NOT EXISTS claims_statement_fts_update
    AFTER UPDATE OF content, speaker_text ON claims_statement BEGIN
      INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, content, speaker_text)
      VALUES ('delete', old.id, old.content, old.speaker_text);
      INSERT INTO {FTS_TABLE}(rowid, content, speaker_text) VALUES (new.id, new.content, new.speaker_text);
    END
    """,
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
]
SQLITE_UNINSTALL = [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS] + [
    f"DROP TABLE IF EXISTS {FTS_TABLE}"
]


def install(connection: BaseDatabaseWrapper) -> None:
    """Create the search index and the triggers that keep it current, then fill it."""
    triggers.execute(connection, {"postgresql": POSTGRES_INSTALL, "sqlite": SQLITE_INSTALL})


def uninstall(connection: BaseDatabaseWrapper) -> None:
    triggers.execute(connection, {"postgresql": POSTGRES_UNINSTALL, "sqlite": SQLITE_UNINSTALL})


def ensure_sqlite_index(connection: BaseDatabaseWrapper) -> bool:
    """Recreate the FTS5 triggers if a migration dropped them; True if it had to (see claims.triggers)."""
    if not triggers.sqlite_missing(connection, tables=["claims_statement"], triggers=SQLITE_TRIGGERS):
        return False
    install(connection)
    return True


# Common English function words, written for this project: PostgreSQL's english
# configuration drops such words from queries, so SQLite drops them too.
_STOP_WORDS = """
    a an and are as at be been but by for from had has have he her his i if in into is it its
    me my no not of on or our she so than that the their them then there these they this those
    to too was we were what when where which who whom why will with would you your
"""
STOP_WORDS = frozenset(_STOP_WORDS.split())

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)
# Like PostgreSQL's parser: "U.S.-backed" and "cargo-flights" are one compound
# (a phrase); brackets, colons and stars separate words.
_COMPOUND = re.compile(r"\w+(?:[-.'’]+\w+)*", re.UNICODE)


def _fts_phrase(words: list[str]) -> str:
    return '"' + " ".join(word.replace('"', '""') for word in words) + '"'


def _terms(token: str, *, quoted: bool) -> list[str]:
    """FTS5 phrases for one token of the query: a quoted phrase is one, a bare token may be several."""
    if quoted:
        words = _WORD.findall(token.lower())
        return [_fts_phrase(words)] if words else []
    terms = []
    for compound in _COMPOUND.findall(token.lower()):
        words = _WORD.findall(compound)
        if len(words) > 1 or words[0] not in STOP_WORDS:
            terms.append(_fts_phrase(words))
    return terms


def fts5_query(text: str) -> str | None:
    """Translate web-search syntax ("a phrase", or, -excluded) into an FTS5 query.

    None when nothing searchable is left (only stop words or exclusions):
    PostgreSQL's websearch_to_tsquery finds nothing for such a query either.
    """
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    for match in _TOKEN.finditer(text):
        negated, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        if bare is not None and bare.lower() == "or":
            groups.append(([], []))
            continue
        if bare is not None:
            negated, quoted = bare.startswith("-"), bare.lstrip("-")
        groups[-1][1 if negated else 0].extend(_terms(quoted, quoted=bare is None))
    clauses = [
        "(" + " AND ".join(positive) + "".join(f" NOT {term}" for term in negative) + ")"
        for positive, negative in groups
        if positive
    ]
    return " OR ".join(clauses) or None


def matching(queryset: QuerySet, text: str) -> QuerySet:
    """Statements matching `text` in web-search syntax, unranked."""
    if connections[queryset.db].vendor == "postgresql":
        return queryset.filter(search_vector=_tsquery(text))
    fts = fts5_query(text)
    if fts is None:
        return queryset.none()
    return queryset.filter(id__in=RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [fts]))


def ranked(queryset: QuerySet, text: str) -> QuerySet:
    """`matching`, annotated with `rank`: higher is better. For the outermost query only."""
    if connections[queryset.db].vendor == "postgresql":
        return matching(queryset, text).annotate(rank=SearchRank(F("search_vector"), _tsquery(text)))
    fts = fts5_query(text)
    if fts is None:
        return queryset.none().annotate(rank=Value(0.0, output_field=FloatField()))
    # FTS5 computes bm25() in its one pass over the matches only when its table
    # is joined in the same SELECT; a correlated subquery per row re-ran the
    # MATCH for each and took a second for 3,000 matches. Only .extra() adds a
    # table to FROM; it names the statement table, hence "outermost only"
    # (`matching` is the form that works inside subqueries).
    table = queryset.model._meta.db_table
    return queryset.extra(
        tables=[FTS_TABLE],
        where=[f"{FTS_TABLE}.rowid = {table}.id", f"{FTS_TABLE} MATCH %s"],
        params=[fts],
        select={"rank": f"-bm25({FTS_TABLE}, 10.0, 4.0)"},
    )


def _tsquery(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="websearch", config="english")
