"""records_ingest: a whole ingest run, shared by `manage.py ingest` and the admin's import jobs.

Reads every record first (so the total is known), skips articles already
stored with the same text (no NLP for them), extracts the rest in batches
(claims.pipeline: a thread of this process, or `workers` processes), writes
each article in its own transaction (article_ingest), then links denials to
the claims they reject across articles (denials_link), also after an
interrupt. Bad records are rejected one line each and the run goes on.

Callers hear about the run through an `IngestObserver` (progress, each
record's outcome) and get an `IngestSummary` back; what to print, store or
exit with is theirs.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Literal

from django.conf import settings
from django.db import DatabaseError, transaction

from claims.extraction.types import DocumentExtraction
from claims.models import Article
from claims.pipeline import ExtractionFailure, batched, extract_batches
from claims.readers import ArticleRecord, RecordError
from claims.services.actors import ActorCache
from claims.services.articles import ExtractionNeeded, IngestResult, article_ingest, content_hash
from claims.services.denials import LINK_WINDOW_DAYS, denials_link

BATCH_SIZE = 32  # articles per NLP batch
_HASHES_PER_QUERY = 500  # under every database's limit on parameters

RecordOutcomeKind = Literal["new", "unchanged", "updated", "rejected"]


@dataclass(frozen=True)
class RecordOutcome:
    """What became of one record: written (`result`), or rejected with a one-line `reason`."""

    origin: str
    outcome: RecordOutcomeKind
    reason: str = ""  # why it was rejected, without the origin
    result: IngestResult | None = None


class IngestObserver:
    """Told what a run does, in order; every method is a no-op here: override what you need."""

    def planned(self, *, records: int, rejected: int) -> None:
        """Reading is over: `records` to write, one `recorded` each, after `rejected` unreadable ones."""

    def recorded(self, outcome: RecordOutcome) -> None:
        """One record's outcome: unreadable ones while reading, then each planned record as written."""

    def writes_ended(self) -> None:
        """No more records will be written (all done, interrupted or failed); linking comes next."""


@dataclass
class IngestSummary:
    outcomes: Counter[str] = field(default_factory=Counter)  # new, unchanged, updated, rejected
    records: int = 0  # read, rejected ones included
    statements: int = 0  # statement rows written
    denials: int = 0  # of which denials
    links: int = 0  # denial links written inside articles
    links_across: int = 0  # denial links written across articles
    kept: int = 0  # statements kept from editors' reviews on re-extraction
    written: list[int] = field(default_factory=list)  # ids of the articles new or updated
    seconds: float = 0.0
    dry_run: bool = False
    interrupted: bool = False  # a KeyboardInterrupt stopped the writes; what was written is kept

    @property
    def rejected(self) -> int:
        return self.outcomes["rejected"]

    def add(self, outcome: RecordOutcome) -> None:
        self.outcomes[outcome.outcome] += 1
        result = outcome.result
        if result is None:
            return
        self.statements += result.statements
        self.denials += result.denials
        self.links += result.links
        self.kept += result.kept
        if result.outcome != "unchanged":
            self.written.append(result.article.pk)

    def lines(self) -> list[str]:
        """The summary as ingest prints it (and an import job stores it)."""
        counts, total, seconds = self.outcomes, self.records, self.seconds
        done = counts["new"] + counts["unchanged"] + counts["updated"]
        rate = f", {done / seconds:.1f} articles/s" if seconds > 0 and done else ""
        lines = [
            f"Articles: {counts['new']} new, {counts['unchanged']} unchanged, {counts['updated']} updated, "
            f"{self.rejected} rejected ({total} record{'' if total == 1 else 's'} in {seconds:.1f} s{rate}).",
            f"Statements: {self.statements} written, {self.denials} of them denials"
            + (f"; {self.kept} kept from editors' reviews." if self.kept else "."),
            f"Denial links: {self.links} within articles, {self.links_across} across articles.",
        ]
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        return lines


def records_ingest(
    *,
    records: Iterable[ArticleRecord | RecordError],
    force: bool = False,
    dry_run: bool = False,
    workers: int = 1,
    batch_size: int = BATCH_SIZE,
    window_days: int = LINK_WINDOW_DAYS,
    observer: IngestObserver | None = None,
) -> IngestSummary:
    """Ingest `records` (a reader's output: RecordErrors are rejected as they come) and link denials.

    `force` re-extracts articles whose text is unchanged; `dry_run` does all
    the work in one transaction and rolls it back. A KeyboardInterrupt stops
    the writes: what was written is kept and linked, and the summary says
    `interrupted`. ExtractionUnavailable (no engine) and errors outside one
    article's writes propagate.
    """
    run = _Run(observer or IngestObserver(), force=force, workers=workers, batch_size=batch_size)
    run.summary.dry_run = dry_run
    started = time.monotonic()
    readable = run.read(records)
    with transaction.atomic() if dry_run else nullcontext():
        try:
            run.write_all(readable)
        except KeyboardInterrupt:
            run.summary.interrupted = True
        link = denials_link(articles=run.summary.written, window_days=window_days)
        run.summary.links_across = link.created
        if dry_run:
            transaction.set_rollback(True)
    run.summary.seconds = time.monotonic() - started
    return run.summary


@dataclass(frozen=True)
class _Planned:
    record: ArticleRecord
    extract: bool  # False: stored already with this text, or a repeat of an earlier record of this run
    first_origin: str  # the earlier record of this run with the same text, or this one's origin


class _Run:
    """One run's state: its options, the observer, the actor cache and the running summary."""

    def __init__(self, observer: IngestObserver, *, force: bool, workers: int, batch_size: int) -> None:
        self.observer, self.force, self.workers, self.batch_size = observer, force, workers, batch_size
        self.actors = ActorCache()
        self.summary = IngestSummary()

    def read(self, records: Iterable[ArticleRecord | RecordError]) -> list[ArticleRecord]:
        readable = []
        for item in records:
            self.summary.records += 1
            if isinstance(item, RecordError):
                self.record(RecordOutcome(item.origin, "rejected", item.reason))
            else:
                readable.append(item)
        return readable

    def write_all(self, records: list[ArticleRecord]) -> None:
        planned = self.plan(records)
        self.observer.planned(records=len(planned), rejected=self.summary.rejected)
        try:
            results = self.extractions([p.record for p in planned if p.extract])
            for item in planned:
                extraction = next(results) if item.extract else None
                self.record(self.write(item, extraction))
        finally:
            self.observer.writes_ended()

    def plan(self, records: list[ArticleRecord]) -> list[_Planned]:
        hashes = [content_hash(r.text) for r in records]
        stored: set[str] = set()
        for i in range(0, len(hashes), _HASHES_PER_QUERY):
            chunk = hashes[i : i + _HASHES_PER_QUERY]
            stored.update(
                Article.objects.filter(content_hash__in=chunk).values_list("content_hash", flat=True)
            )
        first: dict[str, str] = {}
        planned = []
        for record, key in zip(records, hashes, strict=True):
            repeat = key in first
            first.setdefault(key, record.origin)
            extract = not repeat and (self.force or key not in stored)
            planned.append(_Planned(record, extract, first[key]))
        return planned

    def extractions(self, records: list[ArticleRecord]) -> Iterator[DocumentExtraction | ExtractionFailure]:
        if not records:
            return iter(())
        docs = [(r.text, r.published) for r in records]
        batches = batched(docs, self.batch_size, workers=self.workers)
        model = settings.NEWSROOM_SPACY_MODEL
        stream = extract_batches(batches, workers=min(self.workers, len(batches)), model=model)
        return (result for batch in stream for result in batch)

    def write(
        self, item: _Planned, extraction: DocumentExtraction | ExtractionFailure | None
    ) -> RecordOutcome:
        origin = item.record.origin
        if isinstance(extraction, ExtractionFailure):
            return RecordOutcome(origin, "rejected", extraction.reason)
        try:
            result = article_ingest(
                record=item.record, extraction=extraction, force=self.force, actors=self.actors
            )
        except ExtractionNeeded:
            return RecordOutcome(origin, "rejected", f"same text as {item.first_origin}, which was rejected")
        except (DatabaseError, ValueError) as exc:
            return RecordOutcome(origin, "rejected", f"not written: {_one_line(exc)}")
        return RecordOutcome(origin, result.outcome, result=result)

    def record(self, outcome: RecordOutcome) -> None:
        self.summary.add(outcome)
        self.observer.recorded(outcome)


def _one_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
