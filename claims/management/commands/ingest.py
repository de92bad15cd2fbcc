"""`manage.py ingest PATH [PATH ...]`: files in, statements, actors and denials in the database.

Reads every record first (claims.readers), skips articles already stored with
the same text (no NLP for them), extracts the rest in batches (in worker
processes with --workers), writes each article in its own transaction, then
links denials to the claims they reject across articles. Bad input is
reported one line each and the rest still lands; the exit status is non-zero
when anything was rejected.

The run itself is `claims.services.records_ingest` (the admin's import jobs
run it too); this command parses the options, reads the paths, shows the run
on the terminal (a tqdm bar, or plain lines off a terminal) and prints the
summary.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from claims.pipeline import ExtractionUnavailable
from claims.readers import read_paths
from claims.services import (
    BATCH_SIZE,
    LINK_WINDOW_DAYS,
    IngestObserver,
    IngestSummary,
    RecordOutcome,
    records_ingest,
)


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return number


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
        parser.add_argument(
            "--batch-size", type=positive_int, default=BATCH_SIZE, help="Articles per NLP batch."
        )
        parser.add_argument(
            "--window-days",
            type=positive_int,
            default=LINK_WINDOW_DAYS,
            help=f"How far back a denial looks for the claim it rejects (default {LINK_WINDOW_DAYS}).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        verbosity: int = options["verbosity"]
        console = Console(self.stderr, verbosity=verbosity)
        try:
            summary = records_ingest(
                records=read_paths(options["paths"], default_source=options["source"]),
                force=options["force"],
                dry_run=options["dry_run"],
                workers=options["workers"],
                batch_size=options["batch_size"],
                window_days=options["window_days"],
                observer=console,
            )
        except ExtractionUnavailable as exc:
            raise CommandError(str(exc)) from None
        if verbosity >= 1:
            for line in summary.lines():
                self.stdout.write(line)
        self.exit_status(summary)

    def exit_status(self, summary: IngestSummary) -> None:
        if summary.interrupted:
            raise CommandError(
                "Interrupted: the articles counted above are in, the rest is not.", returncode=130
            )
        if summary.rejected:
            raise CommandError(f"{summary.rejected} record(s) rejected (reasons above).", returncode=1)


class Console(IngestObserver):
    """The run on stderr: one line per rejected record or warning, and progress (see Progress)."""

    def __init__(self, stderr: TextIO, *, verbosity: int) -> None:
        self.stderr, self.verbosity = stderr, verbosity
        self.progress: Progress | None = None

    def planned(self, *, records: int, rejected: int) -> None:
        self.progress = Progress(records, self.stderr, verbosity=self.verbosity)

    def recorded(self, outcome: RecordOutcome) -> None:
        result = outcome.result
        if result is None:
            self.note(f"rejected {outcome.origin}: {outcome.reason}")
        else:
            for warning in result.warnings:
                self.note(f"warning {outcome.origin}: {warning}")
            if self.verbosity >= 2:
                self.note(
                    f"{result.outcome:9} {outcome.origin} "
                    f"({result.statements} statements, {result.denials} denials)"
                )
        if self.progress is not None:  # one of the planned records (not one unreadable)
            self.progress.advance()

    def writes_ended(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None

    def note(self, line: str) -> None:
        if self.progress is not None:
            self.progress.write(line)
        else:
            self.stderr.write(line)


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
