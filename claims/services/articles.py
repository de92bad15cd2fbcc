"""article_ingest: one article, its statements and in-document denials, in one transaction.

Nothing an editor did is lost: a statement an editor confirmed, corrected,
rejected, tagged or linked by hand survives re-extraction, moved to where its
words now are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from django.db import transaction
from django.db.models import Q, QuerySet
from rapidfuzz import fuzz

from claims.extraction.types import DocumentExtraction, ExtractedStatement
from claims.models import Actor, Article, Denial, DenialOrigin, ReviewStatus, Statement
from claims.readers import ArticleRecord
from claims.services.actors import ActorCache, document_actors

Outcome = Literal["new", "unchanged", "updated"]

# A link the extraction made inside one document: it read the words, so trust it.
IN_DOCUMENT_CONFIDENCE = 0.9


def content_hash(text: str) -> str:
    """The dedup key: SHA-256 of the body with Unicode and whitespace normalised."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class ArticleMatch(NamedTuple):
    article: Article | None
    same_text: bool


def article_match(*, record: ArticleRecord) -> ArticleMatch:
    """The stored article this record is: the same text first, else the same URL (a new version)."""
    key = content_hash(record.text)
    same = Q(content_hash=key) | Q(url=record.url[:2000]) if record.url else Q(content_hash=key)
    found = list(Article.objects.filter(same).order_by()[:2])
    by_text = next((a for a in found if a.content_hash == key), None)
    if by_text:
        return ArticleMatch(by_text, True)
    return ArticleMatch(found[0] if found else None, False)


@dataclass(frozen=True)
class IngestResult:
    article: Article
    outcome: Outcome
    statements: int = 0  # statement rows written
    denials: int = 0  # of which denials
    links: int = 0  # denial-to-statement links written inside the document
    kept: int = 0  # editor-touched statements carried over from the previous version
    warnings: tuple[str, ...] = ()


class ExtractionNeeded(ValueError):
    """article_ingest was given no extraction for an article that is new or changed."""


def article_ingest(
    *,
    record: ArticleRecord,
    extraction: DocumentExtraction | None,
    force: bool = False,
    actors: ActorCache | None = None,
) -> IngestResult:
    """Write one article and its statements, actors and in-document denials, or nothing.

    The same text again changes nothing (unless `force`); a new text under a
    known URL replaces the extracted statements and keeps the editors' ones.
    """
    cache = actors if actors is not None else ActorCache()
    try:
        with transaction.atomic():
            existing, same_text = article_match(record=record)
            if existing and same_text and not force:
                return IngestResult(existing, "unchanged")
            if extraction is None:
                raise ExtractionNeeded("no extraction for a new or changed article")
            if existing:
                return _article_replace(existing, record, extraction, cache)
            article = Article.objects.create(**_article_fields(record, extraction))
            written = _statements_write(article, extraction, kept=[], cache=cache)
            return IngestResult(article, "new", *written)
    except Exception:
        cache.clear()
        raise


def _article_fields(record: ArticleRecord, extraction: DocumentExtraction) -> dict[str, object]:
    return {
        "title": record.title[:500],
        "byline": record.byline[:300],
        "source": record.source[:200],
        "url": record.url[:2000],
        "external_id": record.id[:300],
        "published": record.published,
        "text": record.text,
        "caption": record.caption,
        "content_hash": content_hash(record.text),
        "extractor_version": extraction.extractor_version[:40],
    }


def _article_replace(
    article: Article, record: ArticleRecord, extraction: DocumentExtraction, cache: ActorCache
) -> IngestResult:
    old_text = article.text
    for name, value in _article_fields(record, extraction).items():
        if name != "url" or value:  # a record without a URL does not erase the one we have
            setattr(article, name, value)
    article.save()
    kept = list(_statements_to_keep(article))
    dropped = article.statements.exclude(id__in=[s.id for s in kept])
    _denial_targets_preserve(article, dropped)
    dropped.delete()
    warnings = _statements_remap(kept, article, old_text)
    statements, denials, links = _statements_write(article, extraction, kept=kept, cache=cache)
    return IngestResult(article, "updated", statements, denials, links, len(kept), tuple(warnings))


def _statements_to_keep(article: Article) -> Iterable[Statement]:
    """Statements an editor touched: reviewed, tagged, part of a Denial an editor made, or edited
    at all (a history row an editor wrote: even one sent back to "extracted" keeps its history)."""
    by_editor = Denial.objects.filter(origin=DenialOrigin.EDITOR)
    # Editors' rows name a user and a reason; ingest's own saves give no reason.
    edited = Statement.history.filter(
        id__in=article.statements.values("id"),
        history_user__isnull=False,
        history_change_reason__isnull=False,
    )
    return (
        article.statements.filter(
            ~Q(review_status=ReviewStatus.EXTRACTED)
            | Q(tags__isnull=False)
            | Q(id__in=by_editor.values("statement_id"))
            | Q(id__in=by_editor.values("denied_statement_id"))
            | Q(id__in=edited.values("id"))
        )
        .distinct()
        .order_by("start")
    )


def _denial_targets_preserve(article: Article, dropped: QuerySet[Statement]) -> None:
    """Denials elsewhere that lose their claim here keep whom they deny, to be linked again."""
    losing = (
        Denial.objects.filter(denied_statement__in=dropped, denied_actor__isnull=False)
        .exclude(statement__in=dropped)
        .values_list("statement_id", "denied_actor_id")
        .distinct()
    )
    for statement_id, actor_id in losing:
        Denial.objects.get_or_create(
            statement_id=statement_id, denied_actor_id=actor_id, denied_statement=None
        )


def _statements_remap(kept: Sequence[Statement], article: Article, old_text: str) -> list[str]:
    """Move kept statements to where their words are in the new text; warn where they are gone."""
    warnings = []
    for statement in kept:
        before = _placement(statement)
        span = _relocate(statement.content, article.text, statement.start, old_text)
        if span is None:
            warnings.append(f"statement {statement.pk} no longer appears in the new text: kept as it was")
        else:
            _statement_move(statement, article.text, span, old_text)
        statement.timeline_date = Statement.timeline_date_for(statement.said_on, article)
        if _placement(statement) != before:
            statement.version += 1  # an editor's open form on the old placement must see a conflict
            # Its history row says what happened, and that no one (not the admin who uploaded) did it.
            statement._history_user = None
            statement._change_reason = "re-ingest: moved to where its words are now"
            statement.save()
    return warnings


def _placement(statement: Statement) -> tuple[object, ...]:
    return (
        statement.start,
        statement.end,
        statement.content,
        statement.speaker_start,
        statement.speaker_end,
        statement.cue_start,
        statement.cue_end,
        statement.timeline_date,
    )


def _relocate(content: str, text: str, old_start: int, old_text: str) -> tuple[int, int] | None:
    if old_text == text:
        return old_start, old_start + len(content)
    scaled = old_start * len(text) // max(1, len(old_text))
    found = [m.start() for m in re.finditer(re.escape(content), text)] if content else []
    if found:
        start = min(found, key=lambda pos: abs(pos - scaled))
        return start, start + len(content)
    # Words edited inside the statement: the closest span of the new text, if close enough.
    alignment = fuzz.partial_ratio_alignment(content, text, score_cutoff=85)
    if alignment is None:
        return None
    return alignment.dest_start, alignment.dest_end


def _statement_move(statement: Statement, text: str, span: tuple[int, int], old_text: str) -> None:
    shift = span[0] - statement.start
    statement.start, statement.end = span
    statement.content = text[span[0] : span[1]]
    for prefix in ("speaker", "cue"):
        start, end = getattr(statement, f"{prefix}_start"), getattr(statement, f"{prefix}_end")
        if start is None or end is None:
            continue
        moved = (start + shift, end + shift)
        if text[moved[0] : moved[1]] != old_text[start:end]:
            moved = (None, None)
        setattr(statement, f"{prefix}_start", moved[0])
        setattr(statement, f"{prefix}_end", moved[1])


def _statements_write(
    article: Article, extraction: DocumentExtraction, *, kept: Sequence[Statement], cache: ActorCache
) -> tuple[int, int, int]:
    """Create the extracted statements (where no kept statement covers them) and their in-document denials."""
    actors = document_actors(extraction, cache)
    by_ext_id: dict[str, Statement] = {}
    by_span: dict[tuple[int, int], Statement] = {}
    new_rows: list[tuple[ExtractedStatement, Statement]] = []
    for ext in extraction.statements:
        if not _span_ok(ext, article.text):
            continue
        covering = next((s for s in kept if _overlap(s.start, s.end, ext.start, ext.end) > 0.5), None)
        if covering or (ext.start, ext.end) in by_span:  # an editor's version, or a repeat of the same words
            by_ext_id[ext.id] = covering or by_span[(ext.start, ext.end)]
            continue
        row = _statement_row(article, ext, actors)
        by_ext_id[ext.id] = by_span[(ext.start, ext.end)] = row
        new_rows.append((ext, row))
    Statement.objects.bulk_create([row for _, row in new_rows])
    denials = [_denial_rows(ext, row, by_ext_id, actors) for ext, row in new_rows if ext.is_denial]
    rows = Denial.objects.bulk_create([d for rows in denials for d in rows])
    links = sum(1 for d in rows if d.denied_statement_id)
    return len(new_rows), sum(1 for ext, _ in new_rows if ext.is_denial), links


def _span_ok(ext: ExtractedStatement, text: str) -> bool:
    return 0 <= ext.start < ext.end <= len(text)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Shared characters as a share of the shorter span."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    return max(0, shared) / max(1, min(a_end - a_start, b_end - b_start))


def _statement_row(article: Article, ext: ExtractedStatement, actors: dict[str, Actor]) -> Statement:
    speaker_start, speaker_end = ext.speaker_span or (None, None)
    cue_start, cue_end = ext.cue_span or (None, None)
    said_on = _said_on(ext, article)
    return Statement(
        article=article,
        speaker=actors.get(ext.speaker) if ext.speaker else None,
        speaker_text=(ext.speaker_text or ext.speaker or "")[:500],
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        conduit=actors.get(ext.conduit) if ext.conduit else None,
        cue=(ext.cue or "")[:200],
        cue_start=cue_start,
        cue_end=cue_end,
        kind=ext.type,
        content=article.text[ext.start : ext.end],
        start=ext.start,
        end=ext.end,
        said_on=said_on,
        said_on_precision=(ext.said_on_precision or "") if said_on else "",
        timeline_date=Statement.timeline_date_for(said_on, article),
        is_denial=ext.is_denial,
    )


def _said_on(ext: ExtractedStatement, article: Article) -> dt.date | None:
    """When it was said; never after the article reporting it was published.

    A later date is a misreading (a year or a deadline inside the words), and
    as a timeline key it would float the statement above everything newer.
    """
    if ext.said_on and article.published and ext.said_on > article.published:
        return None
    return ext.said_on


def _denial_rows(
    ext: ExtractedStatement, row: Statement, by_ext_id: dict[str, Statement], actors: dict[str, Actor]
) -> list[Denial]:
    denied_actor = actors.get(ext.denied_actor) if ext.denied_actor else None
    targets = [by_ext_id[t] for t in ext.denies if t in by_ext_id and by_ext_id[t] is not row]
    if not targets:
        return [Denial(statement=row, denied_actor=denied_actor)] if denied_actor else []
    return [
        Denial(
            statement=row,
            denied_statement=target,
            denied_actor=denied_actor,  # as extraction named it: the target's speaker may be on the same side
            confidence=IN_DOCUMENT_CONFIDENCE,
        )
        for target in dict.fromkeys(targets)
    ]
