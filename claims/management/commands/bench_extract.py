"""`manage.py bench_extract PATH [PATH ...]`: extraction's cost against spaCy's own.

Times, in one process and on the same texts, a bare `nlp.pipe` of the same
model (a separate, unmodified copy) and a full `extract_many` run. The two are
interleaved, alternating which goes first, for `--repeat` rounds; the machine
may be shared and noisy, so the median ratio is the figure to read.
"""

from __future__ import annotations

import statistics
import time

import spacy
from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.extraction import extract_many
from claims.extraction.pipeline import default_model, load
from claims.readers import ArticleRecord, RecordError, read_paths


class Command(BaseCommand):
    help = "Time extract against a bare spaCy nlp.pipe over the same texts and print the ratio."
    requires_system_checks: list[str] = []
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--model", help="spaCy pipeline name (default: settings.NEWSROOM_SPACY_MODEL).")
        parser.add_argument("--repeat", type=int, default=3, help="Rounds of each (default 3).")
        parser.add_argument("--batch-size", type=int, default=16)

    def handle(self, *args: object, **options: object) -> None:
        records = self._records(options["paths"])
        model = str(options["model"] or default_model())
        batch = int(options["batch_size"])
        bare = spacy.load(model)
        load(model)
        chunks = [records[i : i + batch] for i in range(0, len(records), batch)]
        self._round(bare, chunks[:1], model, batch, 0)  # warm-up, not counted
        wall, cpu = [], []
        for n in range(int(options["repeat"])):
            times = self._round(bare, chunks, model, batch, n)
            wall.append(times["extract"][0] / times["bare"][0])
            cpu.append(times["extract"][1] / times["bare"][1])
            self.stdout.write(
                f"round {n + 1}: nlp.pipe {times['bare'][0]:.2f}s (cpu {times['bare'][1]:.2f}s)  "
                f"extract {times['extract'][0]:.2f}s (cpu {times['extract'][1]:.2f}s)  "
                f"ratio {wall[-1]:.3f} (cpu {cpu[-1]:.3f})"
            )
        words = sum(len(r.text.split()) for r in records)
        self.stdout.write(
            f"{len(records)} documents, {words} words, model {model}, batch {batch}: "
            f"median ratio extract/nlp.pipe = {statistics.median(wall):.3f} wall, "
            f"{statistics.median(cpu):.3f} cpu"
        )

    def _round(self, bare, chunks: list[list[ArticleRecord]], model: str, batch: int, n: int) -> dict:
        """Both runs over every chunk, interleaved chunk by chunk, alternating which goes first."""
        totals = {"bare": [0.0, 0.0], "extract": [0.0, 0.0]}
        for k, chunk in enumerate(chunks):
            texts = [r.text for r in chunk]
            pairs = [(r.text, r.published) for r in chunk]
            runs = [
                ("bare", lambda texts=texts: list(bare.pipe(texts, batch_size=batch))),
                ("extract", lambda pairs=pairs: list(extract_many(pairs, model=model, batch_size=batch))),
            ]
            for name, fn in runs if (n + k) % 2 == 0 else runs[::-1]:
                wall, cpu = time.perf_counter(), time.process_time()
                fn()
                totals[name][0] += time.perf_counter() - wall
                totals[name][1] += time.process_time() - cpu
        return totals

    def _records(self, paths: list[str]) -> list[ArticleRecord]:
        records = []
        for item in read_paths([str(p) for p in paths]):
            if isinstance(item, RecordError):
                self.stderr.write(str(item))
            else:
                records.append(item)
        if not records:
            raise CommandError("no documents to time")
        return records
