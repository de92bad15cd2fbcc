"""`manage.py extract PATH [PATH ...]`: who said what, as JSON lines, without a database.

Prints one JSON object per document: {"id", "published", "statements": [...]},
statement fields as `ExtractedStatement.as_json()` gives them. Offsets are into
the document's body text (for .jsonl/.json records, the `text` field); files
are read by `claims.readers` (.txt, .html, .json, .jsonl, .csv, directories,
"-" for JSON lines on stdin). A bad
file or record gets one line on stderr naming the file (and line); the other
documents are still processed and the exit status is 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.extraction import extract_many
from claims.readers import ArticleRecord, RecordError, read_paths

CHUNK = 64  # records handed to extract_many at a time (it batches them for spaCy)


class Command(BaseCommand):
    help = "Extract statements from articles (.txt .html .json .jsonl .csv, directories, -) as JSON lines."
    requires_system_checks: list[str] = []  # runs before `migrate`, touches no database
    requires_migrations_checks = False

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Files or directories to read.")
        parser.add_argument("--model", help="spaCy pipeline name (default: settings.NEWSROOM_SPACY_MODEL).")
        parser.add_argument("--batch-size", type=int, default=16, help="Documents per spaCy batch.")

    def handle(self, *args: object, **options: object) -> None:
        errors = 0
        records: list[ArticleRecord] = []
        show_progress = sys.stderr.isatty()
        done = 0
        for item in read_paths([str(p) for p in options["paths"]]):
            if isinstance(item, RecordError):
                errors += 1
                self.stderr.write(str(item))
                continue
            records.append(item)
            if len(records) >= CHUNK:
                done += self._emit(records, options)
                records = []
                if show_progress:
                    self.stderr.write(f"\r{done} documents", ending="")
        done += self._emit(records, options)
        if show_progress:
            self.stderr.write(f"\r{done} documents")
        if errors:
            raise CommandError(f"{errors} input error(s); {done} document(s) extracted", returncode=1)

    def _emit(self, records: list[ArticleRecord], options: dict) -> int:
        pairs = ((r.text, r.published) for r in records)
        results: Iterator = extract_many(pairs, model=options.get("model"), batch_size=options["batch_size"])
        for record, result in zip(records, results, strict=True):
            line = {
                "id": record.id,
                "published": record.published.isoformat() if record.published else None,
                "statements": [s.as_json() for s in result.statements],
            }
            self.stdout.write(json.dumps(line, ensure_ascii=False))
        return len(records)
