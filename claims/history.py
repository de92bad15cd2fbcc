"""Statement history: django-simple-history rows, each a whole state of the statement.

Every `save()` of a Statement writes a HistoricalStatement row (who, when,
why, every column). Tags and denial links live in other tables, so each row
also keeps a copy of them (`tags_snapshot`, `denials_snapshot`, filled in
here just before the row is written), which makes any row comparable with the
one before it and restorable on its own.

Ingest writes statements with `bulk_create`, which writes no history; before
the first edit of such a statement, `history_baseline` records it as it was
extracted, so the first change has a "before" too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db.models import Model
from django.utils import timezone

from claims.models import Actor, DatePrecision, Denial, ReviewStatus, Statement, StatementKind

CHUNK = 500  # ids per query, under every database's limit on parameters

# The columns an editor sees change, in the order the history page lists them.
TRACKED = [
    ("review_status", "Review"),
    ("speaker_id", "Speaker"),
    ("kind", "Kind"),
    ("content", "Words"),
    ("start", "Start"),
    ("end", "End"),
    ("said_on", "Said on"),
    ("said_on_precision", "Date precision"),
    ("is_denial", "Denial"),
    ("tags_snapshot", "Tags"),
    ("denials_snapshot", "Denies"),
]
# What a restore puts back: the statement's own columns that an editor can change, plus the links.
RESTORED = [
    "review_status",
    "speaker_id",
    "kind",
    "content",
    "start",
    "end",
    "said_on",
    "said_on_precision",
    "is_denial",
]


def snapshot(statement: Statement) -> dict[str, list[Any]]:
    """The statement's tags and denial links as the history keeps them."""
    return snapshots([statement.pk])[statement.pk]


def snapshots(ids: Iterable[int]) -> dict[int, dict[str, list[Any]]]:
    """`snapshot` for many statements in two queries per 500."""
    ids = list(ids)
    found: dict[int, dict[str, list[Any]]] = {pk: {"tags_snapshot": [], "denials_snapshot": []} for pk in ids}
    for chunk in (ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)):
        tagged = Statement.tags.through.objects.filter(statement_id__in=chunk)
        for statement_id, name in tagged.values_list("statement_id", "tag__name").order_by("tag__name"):
            found[statement_id]["tags_snapshot"].append(name)
        links = Denial.objects.filter(statement_id__in=chunk).order_by(
            "denied_statement_id", "denied_actor_id"
        )
        for statement_id, claim_id, actor_id in links.values_list(
            "statement_id", "denied_statement_id", "denied_actor_id"
        ):
            found[statement_id]["denials_snapshot"].append({"statement": claim_id, "actor": actor_id})
    return found


def fill_snapshot(sender: type[Model], instance: Model, history_instance: Model, **kwargs: object) -> None:
    """pre_create_historical_record receiver (connected in ClaimsConfig.ready): library plumbing.

    A deletion row gets no copy: the links are gone by the time it is written.
    """
    if not isinstance(instance, Statement) or history_instance.history_type == "-":
        return
    for name, value in snapshot(instance).items():
        setattr(history_instance, name, value)


def history_baseline(statements: Iterable[Statement]) -> None:
    """Record statements as extracted, those that nothing has recorded yet (ingest's bulk_create)."""
    statements = list(statements)
    ids = [s.pk for s in statements]
    recorded = set()
    for chunk in (ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)):
        recorded.update(Statement.history.filter(id__in=chunk).values_list("id", flat=True).distinct())
    missing = [s for s in statements if s.pk not in recorded]
    for statement in missing:
        statement._history_date = statement.created_at
    history_record(missing, user=None, reason="as extracted", history_type="+")


def history_record(
    statements: Sequence[Statement], *, user: Any, reason: str, history_type: str = "~"
) -> None:
    """One history row per statement, as it is now, in bulk (what `save()` would write, for many rows)."""
    if not statements:
        return
    model = Statement.history.model
    copies = snapshots(s.pk for s in statements)
    now = timezone.now()
    rows = [
        model(
            **{field.attname: getattr(statement, field.attname) for field in model.tracked_fields},
            **copies[statement.pk],
            history_date=getattr(statement, "_history_date", now),
            history_user=user,
            history_change_reason=reason,
            history_type=history_type,
        )
        for statement in statements
    ]
    model.objects.bulk_create(rows, batch_size=CHUNK)


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class Entry:
    """One history row as the history page shows it: who, when, why, and what changed."""

    record: Any  # a HistoricalStatement
    changes: list[Change]

    @property
    def who(self) -> str:
        user = self.record.history_user
        return user.get_username() if user else "system (ingest)"


def entries(statement: Statement) -> list[Entry]:
    """The statement's history, newest first, each row compared with the one before it."""
    records = list(
        Statement.history.filter(id=statement.pk)
        .select_related("history_user")
        .order_by("history_date", "history_id")
    )
    names = _names(records)
    result = []
    previous = None
    for record in records:
        result.append(Entry(record, _changes(previous, record, names)))
        previous = record
    return result[::-1]


def _changes(before: Any, after: Any, names: dict[str, dict[int, str]]) -> list[Change]:
    if before is None:
        return []
    changes = []
    for field, label in TRACKED:
        old, new = getattr(before, field), getattr(after, field)
        if old != new:
            changes.append(Change(label, _shown(field, old, names), _shown(field, new, names)))
    return changes


def _names(records: list[Any]) -> dict[str, dict[int, str]]:
    """Display names for every actor and statement the rows mention, in two queries."""
    actor_ids = {r.speaker_id for r in records if r.speaker_id}
    statement_ids = set()
    for record in records:
        for link in record.denials_snapshot or []:
            if link.get("actor"):
                actor_ids.add(link["actor"])
            if link.get("statement"):
                statement_ids.add(link["statement"])
    actors = dict(Actor.objects.filter(id__in=actor_ids).values_list("id", "name"))
    claims = {
        s.pk: f"#{s.pk} {s.speaker.name if s.speaker else s.speaker_text or 'unknown'}: “{_short(s.content)}”"
        for s in Statement.objects.filter(id__in=statement_ids)
        .select_related("speaker")
        .only("id", "content", "speaker_text", "speaker__name")
    }
    return {"actors": actors, "statements": claims}


def _short(words: str, size: int = 60) -> str:
    return words if len(words) <= size else words[: size - 1] + "…"


def _shown(field: str, value: Any, names: dict[str, dict[int, str]]) -> str:
    """A value as an editor reads it."""
    if value in (None, "", []):
        return "—"
    if field == "speaker_id":
        return names["actors"].get(value, f"actor #{value} (gone)")
    if field == "review_status":
        return ReviewStatus(value).label
    if field == "kind":
        return StatementKind(value).label
    if field == "said_on_precision":
        return DatePrecision(value).label
    if field == "is_denial":
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    if field == "tags_snapshot":
        return ", ".join(value)
    if field == "denials_snapshot":
        return "; ".join(_link_shown(link, names) for link in value)
    return str(value)


def _link_shown(link: dict[str, int | None], names: dict[str, dict[int, str]]) -> str:
    if link.get("statement"):
        return names["statements"].get(link["statement"], f"statement #{link['statement']} (gone)")
    return f"claims by {names['actors'].get(link.get('actor'), 'an actor now gone')}"
