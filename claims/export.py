"""`?format=csv` and `?format=json` for every list: all matching rows, streamed.

Rows are read in chunks (`QuerySet.iterator(chunk_size=...)` with prefetches),
so an export of 100,000 statements holds one chunk in memory at a time and
runs a number of queries proportional to rows / chunk size.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, StreamingHttpResponse

from claims.models import Denial, Statement

FORMATS = ("csv", "json")

STATEMENT_FIELDS = [
    "id",
    "url",
    "timeline_date",
    "said_on",
    "said_on_precision",
    "speaker",
    "speaker_slug",
    "speaker_text",
    "conduit",
    "cue",
    "kind",
    "content",
    "is_denial",
    "denies_statements",
    "denies_actors",
    "denied_by_statements",
    "tags",
    "review_status",
    "article_id",
    "article_title",
    "article_url",
    "outlet",
    "published",
]

DISPUTE_FIELDS = [
    "denial_id",
    "confidence",
    "origin",
    "claimant",
    "claimant_slug",
    "claim_id",
    "claim_url",
    "claim",
    "claim_date",
    "claim_outlet",
    "denier",
    "denier_slug",
    "denial_statement_id",
    "denial_url",
    "denial",
    "denial_date",
    "denial_outlet",
    "denial_article_url",
]


def statement_row(statement: Statement, absolute: Callable[[str], str]) -> dict[str, Any]:
    """One statement as plain values; relations come from `with_links()` prefetches."""
    article, speaker = statement.article, statement.speaker
    return {
        "id": statement.pk,
        "url": absolute(statement.get_absolute_url()),
        "timeline_date": statement.timeline_date,
        "said_on": statement.said_on,
        "said_on_precision": statement.said_on_precision,
        "speaker": speaker.name if speaker else "",
        "speaker_slug": speaker.slug if speaker else "",
        "speaker_text": statement.speaker_text,
        "conduit": statement.conduit.name if statement.conduit else "",
        "cue": statement.cue,
        "kind": statement.kind,
        "content": statement.content,
        "is_denial": statement.is_denial,
        "denies_statements": [
            d.denied_statement_id for d in statement.denials.all() if d.denied_statement_id
        ],
        "denies_actors": sorted({d.denied_actor.slug for d in statement.denials.all() if d.denied_actor}),
        "denied_by_statements": [d.statement_id for d in statement.denied_by.all()],
        "tags": [tag.slug for tag in statement.tags.all()],
        "review_status": statement.review_status,
        "article_id": article.pk,
        "article_title": article.title,
        "article_url": article.url,
        "outlet": article.source,
        "published": article.published,
    }


def dispute_row(denial: Denial, absolute: Callable[[str], str]) -> dict[str, Any]:
    """One claim-and-denial pair, from `Denial.objects.disputes()`."""
    claim, said = denial.denied_statement, denial.statement
    claimant = claim.speaker if claim and claim.speaker else denial.denied_actor
    return {
        "denial_id": denial.pk,
        "confidence": denial.confidence,
        "origin": denial.origin,
        "claimant": claimant.name if claimant else "",
        "claimant_slug": claimant.slug if claimant else "",
        "claim_id": claim.pk if claim else None,
        "claim_url": absolute(claim.get_absolute_url()) if claim else "",
        "claim": claim.content if claim else "",
        "claim_date": claim.timeline_date if claim else None,
        "claim_outlet": claim.article.source if claim else "",
        "denier": said.speaker.name if said.speaker else said.speaker_text,
        "denier_slug": said.speaker.slug if said.speaker else "",
        "denial_statement_id": said.pk,
        "denial_url": absolute(said.get_absolute_url()),
        "denial": said.content,
        "denial_date": said.timeline_date,
        "denial_outlet": said.article.source,
        "denial_article_url": said.article.url,
    }


def respond(
    request: HttpRequest, rows: Iterable[dict[str, Any]], *, fields: list[str], name: str
) -> StreamingHttpResponse:
    """Stream `rows` in the format asked for (`format` must be one of FORMATS)."""
    return stream(rows, fields=fields, name=name, fmt=request.GET["format"])


def stream(
    rows: Iterable[dict[str, Any]], *, fields: list[str], name: str, fmt: str
) -> StreamingHttpResponse:
    """`rows` as a CSV or JSON download named `name`.`fmt` (the admin's export action uses it too)."""
    if fmt == "csv":
        response = StreamingHttpResponse(_csv(rows, fields), content_type="text/csv; charset=utf-8")
    else:
        response = StreamingHttpResponse(_json(rows), content_type="application/json")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


class _Line:
    def write(self, value: str) -> str:
        return value


def _csv(rows: Iterable[dict[str, Any]], fields: list[str]) -> Iterator[str]:
    writer = csv.DictWriter(_Line(), fieldnames=fields)
    yield "\ufeff"  # so spreadsheets read the file as UTF-8
    yield writer.writeheader()
    for row in rows:
        yield writer.writerow(
            {k: ";".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
        )


def _json(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield '{"results": ['
    for index, row in enumerate(rows):
        yield ("," if index else "") + "\n" + json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False)
    yield "\n]}\n"
