"""`manage.py bench_ingest`: ingest throughput against bare spaCy `nlp.pipe`, same texts, same run.

Generates a corpus (claims.synthetic: invented names, JSON lines + .txt + CSV),
times `nlp.pipe` over the article bodies, then `manage.py ingest` into a fresh
database (created beside the configured one, like a test database, and
dropped afterwards) with one process and with --workers N. Prints
articles/second and the two ratios the project tracks:

    ingest (1 process) / nlp.pipe      target >= 0.85
    ingest (--workers N) / ingest (1)  target >= 1.6 for N=2 on 2 cores

Runs on whatever DATABASE_URL points at (SQLite by default); run it once per
database. Rounds are interleaved and the best time of each kind is kept, since
other work on the machine only ever slows a run down; CPU seconds (this process
and its workers) are printed beside each time, so a run slowed by a busy
machine shows as wall time far above CPU time.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from claims.management.commands.ingest import positive_int
from claims.models import Article, Denial, Statement
from claims.pipeline import ExtractionUnavailable, extraction_api
from claims.readers import ArticleRecord, read_paths
from claims.synthetic import generate, write_corpus


class Command(BaseCommand):
    help = "Benchmark ingest against bare nlp.pipe on generated articles, in a fresh database."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--articles", type=positive_int, default=300, help="How many articles (default 300)."
        )
        parser.add_argument(
            "--workers", type=positive_int, default=2, help="Workers for the parallel run (2)."
        )
        parser.add_argument(
            "--batch-size", type=positive_int, default=32, help="Articles per NLP batch (32)."
        )
        parser.add_argument(
            "--rounds", type=positive_int, default=3, help="Rounds; the best of each is kept (3)."
        )
        parser.add_argument("--seed", type=int, default=7, help="Seed of the generated corpus.")

    def handle(self, *args: Any, **options: Any) -> None:
        count, workers, batch_size = options["articles"], options["workers"], options["batch_size"]
        times: dict[str, list[float]] = {"bare": [], "one": [], "many": []}
        totals: dict[str, set[tuple[int, int, int]]] = {"one": set(), "many": set()}
        self.stdout.write(f"Load average before: {_load()}")
        with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
            corpus = Path(tmp) / "corpus"
            write_corpus(generate(count, seed=options["seed"]), corpus)
            texts = [r.text for r in read_paths([str(corpus)]) if isinstance(r, ArticleRecord)]
            words = sum(len(t.split()) for t in texts)
            engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
            self.stdout.write(f"{len(texts)} generated articles, {words} words, database {engine}.")
            nlp = self.warm_up(texts, batch_size)
            # Interleaved rounds, best of each: other work on the machine only ever slows a run down.
            for round_number in range(1, options["rounds"] + 1):
                self.stdout.write(f"Round {round_number}:")
                times["bare"].append(self.timed(lambda: list(nlp.pipe(texts, batch_size=batch_size))))
                self.report("bare nlp.pipe", len(texts), times["bare"][-1], self.cpu)
                for key, n in (("one", 1), ("many", workers)):
                    seconds, written = self.ingest_fresh(corpus, Path(tmp), workers=n, batch_size=batch_size)
                    times[key].append(seconds)
                    totals[key].add(written)
                    self.report(f"ingest, --workers {n}", len(texts), seconds, self.cpu)
        self.conclude(times, totals, len(texts), workers)

    def conclude(
        self,
        times: dict[str, list[float]],
        totals: dict[str, set[tuple[int, int, int]]],
        count: int,
        workers: int,
    ) -> None:
        bare, one, many = (min(times[key]) for key in ("bare", "one", "many"))
        self.stdout.write(f"Load average after: {_load()}")
        self.stdout.write("Best of each:")
        self.report("bare nlp.pipe", count, bare)
        self.report("ingest, 1 process", count, one)
        self.report(f"ingest, --workers {workers}", count, many)
        written = totals["one"] | totals["many"]
        if len(written) != 1:
            self.stdout.write(
                self.style.ERROR(f"Runs wrote different things (articles, statements, denials): {written}")
            )
        else:
            articles, statements, denials = written.pop()
            self.stdout.write(
                f"Each run wrote {articles} articles, {statements} statements, {denials} denial rows."
            )
        self.stdout.write(f"ingest (1 process) / nlp.pipe throughput: {bare / one:.2f} (target >= 0.85)")
        self.stdout.write(f"--workers {workers} speed-up over 1 process: {one / many:.2f}x (target >= 1.6x)")

    def warm_up(self, texts: list[str], batch_size: int) -> Any:
        """Load both pipelines before any timing: the bare one and the extraction engine's."""
        import spacy

        nlp = spacy.load(settings.NEWSROOM_SPACY_MODEL)
        list(nlp.pipe(texts[:4], batch_size=batch_size))
        try:
            extract_many, _ = extraction_api()
        except ExtractionUnavailable as exc:
            raise CommandError(str(exc)) from None
        list(extract_many([(t, None) for t in texts[:4]], model=settings.NEWSROOM_SPACY_MODEL))
        return nlp

    def ingest_fresh(
        self, corpus: Path, tmp: Path, *, workers: int, batch_size: int
    ) -> tuple[float, tuple[int, int, int]]:
        """Seconds `manage.py ingest` takes into a new, migrated database, and what it wrote."""
        test_settings = connection.settings_dict.setdefault("TEST", {})
        saved = test_settings.get("NAME")
        if connection.vendor == "sqlite":  # a file, as in production, not the test runner's in-memory base
            test_settings["NAME"] = str(tmp / f"bench-{workers}.sqlite3")
        else:
            test_settings["NAME"] = f"bench_ingest_{os.getpid()}"
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            out = io.StringIO()
            options = {"workers": workers, "batch_size": batch_size, "stdout": out, "stderr": io.StringIO()}
            seconds = self.timed(lambda: call_command("ingest", str(corpus), **options))
            totals = (Article.objects.count(), Statement.objects.count(), Denial.objects.count())
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            test_settings["NAME"] = saved
        return seconds, totals

    def timed(self, work: Callable[[], object]) -> float:
        """Wall-clock seconds; the CPU seconds of this process and its workers go to self.cpu."""
        before, started = os.times(), time.perf_counter()
        work()
        seconds, after = time.perf_counter() - started, os.times()
        self.cpu = sum(after[i] - before[i] for i in range(4))  # user, system, children's user and system
        return seconds

    def report(self, label: str, count: int, seconds: float, cpu: float | None = None) -> None:
        used = f"  ({cpu:6.2f} s of CPU)" if cpu is not None else ""
        self.stdout.write(f"  {label:24} {seconds:7.2f} s  {count / seconds:7.1f} articles/s{used}")


def _load() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"
