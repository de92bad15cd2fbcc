"""A small reader for `extract` and `bench_extract` until `claims/readers.py` is merged.

Reads .jsonl (one record a line: id, text, published), .json (a list of such
records or one record) and .txt articles laid out like the seed (title, "By ..."
byline, date line, optional photo caption, body, "Original url:" footer).
Directories are read recursively in name order. Yields records, or for
anything unreadable one message string naming the file (and line).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".jsonl", ".json")
_DATE_LINE = re.compile(r"^\s*\w+\.? \d{1,2},? \d{4}\s*$|^\s*\d{4}-\d{2}-\d{2}\s*$|^\s*\d{1,2} \w+ \d{4}\s*$")
_CREDIT = re.compile(r"(\*\*[^*]+\*\*|\((?:photo|image|credit)[^)]*\)|(?:photo|image|credit):.*)\s*$", re.I)


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    published: dt.date | None


def read_paths(paths: list[str]) -> Iterator[Record | str]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            for file in files:
                yield from read_file(file, str(file))
        elif path.is_file():
            yield from read_file(path, raw)
        else:
            yield f"{raw}: no such file or directory"


def read_file(path: Path, shown: str) -> Iterator[Record | str]:
    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield f"{shown}: cannot read: {exc}"
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(content, shown)
    elif suffix == ".json":
        yield from _json(content, shown)
    elif suffix == ".txt":
        yield _txt(content, shown)
    else:
        yield f"{shown}: unsupported file type {suffix or '(none)'} (use .txt, .jsonl or .json)"


def parse_date(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be a YYYY-MM-DD string, not {value!r}")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"published is not a YYYY-MM-DD date: {value!r}") from None


def _record(obj: object, where: str, default_id: str) -> Record | str:
    if not isinstance(obj, dict):
        return f"{where}: expected a JSON object with a text field"
    text = obj.get("text")
    if not isinstance(text, str):
        return f"{where}: record has no text field (a string)"
    try:
        published = parse_date(obj.get("published"))
    except ValueError as exc:
        return f"{where}: {exc}"
    return Record(str(obj.get("id") or default_id), text, published)


def _jsonl(content: str, shown: str) -> Iterator[Record | str]:
    for n, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{shown}:{n}: invalid JSON: {exc.msg}"
            continue
        yield _record(obj, f"{shown}:{n}", f"{shown}:{n}")


def _json(content: str, shown: str) -> Iterator[Record | str]:
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        yield f"{shown}:{exc.lineno}: invalid JSON: {exc.msg}"
        return
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items, 1):
        yield _record(obj, f"{shown}: record {n}", f"{shown}#{n}")


def _txt(content: str, shown: str) -> Record:
    """Title, byline and date line, an optional caption, then the body up to "Original url:"."""
    blocks = list(re.finditer(r"[^\n]+(?:\n[^\n]+)*", content))
    published = None
    body_from = 0
    for i, block in enumerate(blocks[:5]):
        line = block.group().strip()
        if _DATE_LINE.match(line):
            published = _date_line(line)
            body_from = i + 1
            if body_from < len(blocks) and _CREDIT.search(blocks[body_from].group()):
                body_from += 1  # a photo caption with its credit: not body text
            break
        if i == 0 or line.lower().startswith("by "):
            body_from = i + 1
    body = blocks[body_from:]
    footer = (i for i, b in enumerate(body) if b.group().strip().lower().startswith("original url"))
    end = next(footer, len(body))
    body = body[:end]
    text = content[body[0].start() : body[-1].end()] if body else ""
    return Record(shown, text, published)


def _date_line(line: str) -> dt.date | None:
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d %B %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(line.strip(), fmt).date()
        except ValueError:
            continue
    return None
