"""An actor's timeline: what the actor said, and others' denials of the actor.

Two keyset queries, each walking an index newest first, merged in Python:
  - the actor's own statements (claims_statement_timeline_idx on speaker,
    timeline_date, id), and
  - other actors' statements denying this actor, found through the denial
    table (as many rows as the actor has been denied, not as the actor said),
    sorted on their keys alone before the page's rows are read in full.
A single `speaker = X OR id IN (...)` query would make the database sort all
of a prolific actor's statements to find the newest 25: the first page of an
actor with 10,000 statements would cost 400 times the page of one with 25.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db.models import Count, prefetch_related_objects

from claims.models import (
    VISIBLE_STATUSES,
    Actor,
    Cursor,
    Denial,
    Statement,
    StatementQuerySet,
    Tag,
    statement_links,
)

PAGE_SIZE = 25


@dataclass(frozen=True)
class Day:
    day: dt.date
    statements: list[Statement]
    continued: bool = False  # the previous page ended on this same day


@dataclass(frozen=True)
class TimelinePage:
    days: list[Day]
    next_cursor: Cursor | None
    cursor: Cursor | None = None
    statements: list[Statement] = field(default_factory=list)


@dataclass(frozen=True)
class Timeline:
    actor: Actor
    kind: str = ""
    denials_only: bool = False
    words: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    tag: Tag | None = None
    counterpart: Actor | None = None

    def _filtered(self, statements: StatementQuerySet) -> StatementQuerySet:
        return statements.visible().narrowed(
            kind=self.kind,
            tag=self.tag,
            since=self.since,
            until=self.until,
            denials_only=self.denials_only,
            words=self.words,
        )

    def said(self) -> StatementQuerySet:
        """The actor's own statements, filtered."""
        said = self._filtered(Statement.objects.by_speaker(self.actor))
        if self.counterpart:
            said = said.disputed_with(self.counterpart)
        return said.timeline()

    def denied(self) -> StatementQuerySet:
        """Other actors' statements denying this actor, filtered."""
        denied = self._filtered(Statement.objects.denying(self.actor)).exclude(speaker=self.actor)
        if self.counterpart:
            denied = denied.by_speaker(self.counterpart)
        return denied.timeline()

    def page(self, cursor: Cursor | None = None, size: int = PAGE_SIZE) -> TimelinePage:
        """`size` rows after `cursor`, grouped by day: a bounded number of queries."""
        said = list(self.said().before(cursor)[: size + 1])
        # Keys first, rows second: sorting the actor's denials on two narrow
        # columns costs a fraction of sorting them joined to their articles.
        keys = list(self.denied().before(cursor).values_list("pk", flat=True)[: size + 1])
        denied = list(Statement.objects.filter(pk__in=keys).timeline()) if keys else []
        rows = list(itertools.islice(self._merge(iter(said), iter(denied)), size + 1))
        statements = rows[:size]
        prefetch_related_objects(statements, *statement_links())
        next_cursor = _key(statements[-1]) if len(rows) > size else None
        return TimelinePage(_days(statements, cursor), next_cursor, cursor, statements)

    def __iter__(self) -> Iterator[Statement]:
        """Every row, newest first, in chunks (for export)."""
        said = self.said().with_links().iterator(chunk_size=1000)
        denied = self.denied().with_links().iterator(chunk_size=1000)
        return self._merge(said, denied)

    def _merge(self, said: Iterator[Statement], denied: Iterator[Statement]) -> Iterator[Statement]:
        for statement in heapq.merge(said, denied, key=_key, reverse=True):
            statement.denies_actor = statement.speaker_id != self.actor.pk
            yield statement


@dataclass(frozen=True)
class Counterparts:
    denying: list[Actor]  # who denies the actor or its claims, each with `n_disputes`
    denied: list[Actor]  # whose claims the actor denies, each with `n_disputes`

    @property
    def all(self) -> list[Actor]:
        return list({actor.pk: actor for actor in self.denying + self.denied}.values())


def counterparts(actor: Actor, limit: int = 50) -> Counterparts:
    """Who denies `actor` and whom `actor` denies, most disputes first: three queries.

    Counted over the actor's denials (made and received), never over all the
    actor's statements, so a prolific speaker costs what a quiet one does.
    """
    denying = Counter(
        dict(
            Denial.objects.against(actor)
            .exclude(statement__speaker=actor)
            .filter(statement__speaker__isnull=False)
            .values_list("statement__speaker")
            .annotate(n=Count("id"))
            .order_by()
        )
    )
    denied: Counter[int] = Counter()
    made = (
        Denial.objects.visible()
        .by(actor)
        .order_by()
        .values_list("denied_actor", "claimant", "denied_statement__review_status")
    )
    for named, speaker, status in made:
        # a denial of one actor's claim, naming that actor too, counts once
        targets = {named, speaker if status in VISIBLE_STATUSES else None} - {None, actor.pk}
        denied.update(targets)
    top_denying, top_denied = denying.most_common(limit), denied.most_common(limit)
    actors = Actor.objects.in_bulk({pk for pk, _ in top_denying + top_denied})
    return Counterparts(_ranked(top_denying, actors), _ranked(top_denied, actors))


def _ranked(counts: list[tuple[int, int]], actors: dict[int, Actor]) -> list[Actor]:
    ranked = []
    for pk, n in counts:
        actor = Actor(**{f.attname: getattr(actors[pk], f.attname) for f in Actor._meta.concrete_fields})
        actor.n_disputes = n
        ranked.append(actor)
    return sorted(ranked, key=lambda a: (-a.n_disputes, a.name))


def _key(statement: Statement) -> Cursor:
    return statement.timeline_date, statement.pk


def _days(statements: list[Statement], cursor: Cursor | None) -> list[Day]:
    days = []
    for day, group in itertools.groupby(statements, key=lambda s: s.timeline_date):
        continued = not days and cursor is not None and cursor[0] == day
        days.append(Day(day, list(group), continued))
    return days
