"""`manage.py ingest PATH [PATH ...]`: files in, statements, actors and denials in the database.

Reads every record first (claims.readers), skips articles already stored with
the same text (no NLP for them), extracts the rest in batches (in worker
processes with --workers), writes each article in its own transaction, then
links denials to the claims they reject across articles. Bad input is
reported one line each and the rest still lands; the exit status is non-zero
when anything was rejected.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, TextIO

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError, transaction
from tqdm import tqdm

from claims.extraction.types import DocumentExtraction
from claims.models import Article
from claims.pipeline import (
    ExtractionFailure,
    ExtractionUnavailable,
    batched,
    extract_batches,
)
from claims.readers import ArticleRecord, RecordError, read_paths
from claims.services import (
    LINK_WINDOW_DAYS,
    ActorCache,
    ExtractionNeeded,
    IngestResult,
    article_ingest,
    content_hash,
    denials_link,
)


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return number


@dataclass
class Tally:
    outcomes: Counter[str] = field(default_factory=Counter)
    statements: int = 0
    denials: int = 0
    links: int = 0
    links_across: int = 0
    kept: int = 0
    written: list[int] = field(default_factory=list)  # ids of articles new or updated

    def add(self, result: IngestResult) -> None:
        self.outcomes[result.outcome] += 1
        self.statements += result.statements
        self.denials += result.denials
        self.links += result.links
        self.kept += result.kept
        if result.outcome != "unchanged":
            self.written.append(result.article.pk)


@dataclass(frozen=True)
class Planned:
    record: ArticleRecord
    extract: bool  # False: stored already with this text, or a repeat of an earlier record of this run
    first_origin: str  # the earlier record of this run with the same text, or this one's origin


class Command(BaseCommand):
    help = "Ingest articles (.txt, .html, .json, .jsonl, .csv, directories, '-' for JSON lines on stdin)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or directories; '-' reads stdin.")
        parser.add_argument("--source", default="", help="Outlet for records that do not name one.")
        parser.add_argument("--dry-run", action="store_true", help="Do all the work, then write nothing.")
        parser.add_argument(
            "--force", action="store_true", help="Re-extract articles whose text is unchanged."
        )
        parser.add_argument(
            "--workers", type=positive_int, default=1, help="Processes for the NLP (default 1: this one)."
        )
        parser.add_argument("--batch-size", type=positive_int, default=32, help="Articles per NLP batch.")
        parser.add_argument(
            "--window-days",
            type=positive_int,
            default=LINK_WINDOW_DAYS,
            help=f"How far back a denial looks for the claim it rejects (default {LINK_WINDOW_DAYS}).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        self.verbosity: int = options["verbosity"]
        self.dry_run: bool = options["dry_run"]
        self.force: bool = options["force"]
        self.workers: int = options["workers"]
        self.batch_size: int = options["batch_size"]
        self.rejected = 0
        self.progress: Progress | None = None
        self.actors = ActorCache()
        started = time.monotonic()
        records = self.read(options["paths"], options["source"])
        unreadable = self.rejected
        tally = Tally()
        interrupted = False
        try:
            with transaction.atomic() if self.dry_run else nullcontext():
                try:
                    self.ingest(records, tally)
                except KeyboardInterrupt:
                    interrupted = True  # what was written is kept, and linked below
                link = denials_link(articles=tally.written, window_days=options["window_days"])
                tally.links_across = link.created
                if self.dry_run:
                    transaction.set_rollback(True)
        except ExtractionUnavailable as exc:
            raise CommandError(str(exc)) from None
        self.summary(tally, len(records) + unreadable, time.monotonic() - started)
        if interrupted:
            raise CommandError(
                "Interrupted: the articles counted above are in, the rest is not.", returncode=130
            )
        if self.rejected:
            raise CommandError(f"{self.rejected} record(s) rejected (reasons above).", returncode=1)

    # --- reading and planning ---------------------------------------------------------

    def read(self, paths: Sequence[str], source: str) -> list[ArticleRecord]:
        records = []
        for item in read_paths(paths, default_source=source):
            if isinstance(item, RecordError):
                self.reject(str(item))
            else:
                records.append(item)
        return records

    def plan(self, records: list[ArticleRecord]) -> list[Planned]:
        hashes = [content_hash(r.text) for r in records]
        stored = set()
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            stored.update(
                Article.objects.filter(content_hash__in=chunk).values_list("content_hash", flat=True)
            )
        first: dict[str, str] = {}
        planned = []
        for record, key in zip(records, hashes, strict=True):
            repeat = key in first
            first.setdefault(key, record.origin)
            extract = not repeat and (self.force or key not in stored)
            planned.append(Planned(record, extract, first[key]))
        return planned

    # --- extraction and writes --------------------------------------------------------

    def ingest(self, records: list[ArticleRecord], tally: Tally) -> None:
        planned = self.plan(records)
        progress = Progress(len(planned), self.stderr, verbosity=self.verbosity)
        self.progress = progress
        try:
            results = self.extractions([p.record for p in planned if p.extract])
            for item in planned:
                extraction = next(results) if item.extract else None
                self.write(item, extraction, tally)
                progress.advance()
        finally:
            progress.close()

    def extractions(self, records: list[ArticleRecord]) -> Iterator[DocumentExtraction | ExtractionFailure]:
        if not records:
            return iter(())
        docs = [(r.text, r.published) for r in records]
        batches = batched(docs, self.batch_size, workers=self.workers)
        model = settings.NEWSROOM_SPACY_MODEL
        stream = extract_batches(batches, workers=min(self.workers, len(batches)), model=model)
        return (result for batch in stream for result in batch)

    def write(
        self, item: Planned, extraction: DocumentExtraction | ExtractionFailure | None, tally: Tally
    ) -> None:
        origin = item.record.origin
        if isinstance(extraction, ExtractionFailure):
            self.reject(f"{origin}: {extraction.reason}")
            return
        try:
            result = article_ingest(
                record=item.record, extraction=extraction, force=self.force, actors=self.actors
            )
        except ExtractionNeeded:
            self.reject(f"{origin}: same text as {item.first_origin}, which was rejected")
            return
        except (DatabaseError, ValueError) as exc:
            self.reject(f"{origin}: not written: {_one_line(exc)}")
            return
        tally.add(result)
        for warning in result.warnings:
            self.note(f"warning {origin}: {warning}")
        if self.verbosity >= 2:
            self.note(
                f"{result.outcome:9} {origin} ({result.statements} statements, {result.denials} denials)"
            )

    def reject(self, line: str) -> None:
        self.rejected += 1
        self.note(f"rejected {line}")

    def note(self, line: str) -> None:
        if self.progress is not None:
            self.progress.write(line)
        else:
            self.stderr.write(line)

    # --- the end ----------------------------------------------------------------------

    def summary(self, tally: Tally, total: int, seconds: float) -> None:
        counts = tally.outcomes
        done = sum(counts.values())
        rate = f", {done / seconds:.1f} articles/s" if seconds > 0 and done else ""
        lines = [
            f"Articles: {counts['new']} new, {counts['unchanged']} unchanged, {counts['updated']} updated, "
            f"{self.rejected} rejected ({total} record{'' if total == 1 else 's'} in {seconds:.1f} s{rate}).",
            f"Statements: {tally.statements} written, {tally.denials} of them denials"
            + (f"; {tally.kept} kept from editors' reviews." if tally.kept else "."),
            f"Denial links: {tally.links} within articles, {tally.links_across} across articles.",
        ]
        if self.dry_run:
            lines.append("Dry run: nothing was written.")
        if self.verbosity >= 1:
            for line in lines:
                self.stdout.write(line)


def _one_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]


class Progress:
    """A tqdm bar on a terminal; otherwise a plain line every tenth of the way."""

    def __init__(self, total: int, stderr: TextIO, *, verbosity: int) -> None:
        self.total, self.done, self.stderr = total, 0, stderr
        self.quiet = verbosity < 1 or total == 0
        self.bar = None
        if not self.quiet and stderr.isatty():
            # The size from the terminal, or 80x20 where it reports none: a pty that says 0x0 would
            # otherwise get no bar at all from tqdm.
            width, height = shutil.get_terminal_size((80, 20))
            self.bar = tqdm(
                total=total, unit="article", file=sys.stderr, ncols=width, nrows=height, leave=False
            )
        self.step = max(1, total // 10)
        self.started = time.monotonic()

    def advance(self) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
        elif not self.quiet and (self.done % self.step == 0 or self.done == self.total):
            rate = self.done / max(1e-9, time.monotonic() - self.started)
            percent = 100 * self.done // self.total
            self.stderr.write(f"ingest: {self.done}/{self.total} articles ({percent}%, {rate:.1f}/s)")

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            self.stderr.write(line)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
