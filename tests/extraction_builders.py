"""Build ArticleRecord and DocumentExtraction objects by hand, for service tests (no spaCy)."""

from __future__ import annotations

import datetime as dt

from claims.extraction.types import DocumentExtraction, ExtractedActor, ExtractedStatement
from claims.readers import ArticleRecord


def record(
    text: str, *, url: str = "", published: dt.date | None = dt.date(2026, 3, 2), **fields: str
) -> ArticleRecord:
    return ArticleRecord(
        origin="test.jsonl:1", id=fields.pop("id", "r1"), text=text, published=published, url=url, **fields
    )


def said(
    text: str,
    words: str,
    speaker: str | None,
    *,
    number: int = 1,
    kind: str = "person",
    **fields: object,
) -> ExtractedStatement:
    """A statement over the first occurrence of `words` in `text`."""
    start = text.index(words)
    return ExtractedStatement(
        id=f"s{number}",
        start=start,
        end=start + len(words),
        content=words,
        type=fields.pop("type", "indirect"),  # type: ignore[arg-type]
        speaker=speaker,
        speaker_kind=kind,  # type: ignore[arg-type]
        speaker_text=speaker or "",
        **fields,  # type: ignore[arg-type]
    )


def doc(*statements: ExtractedStatement, actors: tuple[ExtractedActor, ...] = ()) -> DocumentExtraction:
    return DocumentExtraction(statements=statements, actors=actors, extractor_version="test-1")
