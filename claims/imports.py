"""Bulk import in the admin: an uploaded file becomes articles, in the background.

`import_job_start` queues `import_job_run` through the django-tasks API once
the upload is committed. With the default immediate backend the task runs
there and then, in the web process (no other process needed); with
`TASKS_BACKEND=database` a `manage.py db_worker` runs it. The task unpacks
the upload, reads it with the same readers as `manage.py ingest` and runs the
same service (claims.services.records_ingest) on the records, with an
observer (Report) that keeps the job's counters and its per-record report
(ImportRecord) current as it goes, so the admin page shows progress.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, QuerySet
from django.utils import timezone
from django_tasks import task

from claims.models import Article, ImportJob, ImportOutcome, ImportRecord, ImportStatus
from claims.readers import ArticleRecord, ReadResult, RecordError, read_paths
from claims.services import IngestObserver, RecordOutcome, records_ingest

ARTICLE_SUFFIXES = (".jsonl", ".json", ".csv", ".tsv", ".txt", ".html", ".htm")
UPLOAD_SUFFIXES = (".zip", *ARTICLE_SUFFIXES)
REPORT_EVERY_SECONDS = 1.0  # how often progress and report rows reach the database
REPORT_EVERY_RECORDS = 50


class UploadError(ValueError):
    """An upload that cannot be read at all, in one line."""


def upload_check(name: str, head: bytes) -> None:
    """Refuse what cannot be an upload of articles, before it is queued (the admin form calls this)."""
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise UploadError(f"“{name}” is not a .zip, .jsonl, .json, .csv, .txt or .html file.")
    if not head:
        raise UploadError(f"“{name}” is empty.")
    if suffix == ".zip" and not head.startswith(b"PK"):
        raise UploadError(f"“{name}” is not a zip archive.")


def import_job_start(*, job: ImportJob) -> None:
    """Queue the job once the upload is committed (the immediate backend runs it right then)."""
    transaction.on_commit(lambda: _enqueue(job.pk))


def _enqueue(job_id: int) -> None:
    result = import_job_run.enqueue(job_id)
    ImportJob.objects.filter(pk=job_id).update(task_id=str(result.id)[:64])


@task()
def import_job_run(job_id: int) -> str:
    """The background task: ingest one ImportJob's upload. Returns the job's summary."""
    # Claimed in one UPDATE: a job enqueued twice, or picked by two workers, runs once.
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportStatus.QUEUED).update(
        status=ImportStatus.RUNNING, started_at=timezone.now()
    )
    if not claimed:
        return f"import {job_id} is not queued (already run, or deleted)"
    job = ImportJob.objects.get(pk=job_id)
    try:
        if job.articles:
            summary = _ingest(job, None)
        else:
            with unpacked(job) as folder:
                summary = _ingest(job, folder)
    except Exception as exc:  # a failed job says why on its page; what landed before stays
        message = f"Failed: {type(exc).__name__}: {_one_line(exc)}"
        ImportJob.objects.filter(pk=job_id).update(
            status=ImportStatus.FAILED, finished_at=timezone.now(), message=message
        )
        raise
    ImportJob.objects.filter(pk=job_id).update(
        status=ImportStatus.DONE, finished_at=timezone.now(), message=summary
    )
    return summary


def _one_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [""])[0][:300]


def articles_reextract(*, articles: QuerySet[Article], user: Any) -> ImportJob:
    """Queue extraction again for stored articles, as `ingest --force` does: editors' work is kept."""
    ids = list(articles.order_by("pk").values_list("pk", flat=True))
    job = ImportJob.objects.create(
        name=f"Re-extraction of {len(ids)} article{'' if len(ids) == 1 else 's'}",
        articles=ids,
        force=True,
        created_by=user,
    )
    import_job_start(job=job)
    return job


def article_record(article: Article) -> ArticleRecord:
    """A stored article as the record it was read from (origin: "article 12")."""
    return ArticleRecord(
        origin=f"article {article.pk}",
        id=article.external_id,
        text=article.text,
        published=article.published,
        title=article.title,
        byline=article.byline,
        source=article.source,
        url=article.url,
        caption=article.caption,
    )


# --- reading the upload -----------------------------------------------------------------


@contextmanager
def unpacked(job: ImportJob) -> Iterator[Path]:
    """A temporary folder holding the upload under its own name, a zip's articles unpacked."""
    folder = Path(tempfile.mkdtemp(prefix=f"import-{job.pk}-"))
    try:
        name = Path(job.file_name).name or "upload"
        with job.file.open("rb") as source:
            if name.lower().endswith(".zip"):
                _unzip(source, folder / name)
            else:
                with open(folder / name, "wb") as target:
                    shutil.copyfileobj(source, target)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _unzip(source: object, into: Path) -> None:
    """The archive's article files under `into`: never outside it, never too much of it."""
    limit = settings.NEWSROOM_IMPORT_MAX_BYTES
    try:
        archive = zipfile.ZipFile(source)  # type: ignore[arg-type]
    except zipfile.BadZipFile as exc:
        raise UploadError(f"not a readable zip archive ({exc})") from None
    with archive:
        members = [m for m in archive.infolist() if _wanted(m)]
        if sum(m.file_size for m in members) > limit:
            raise UploadError(f"the archive unpacks to more than {limit // 1_000_000} MB")
        for member in members:
            if member.flag_bits & 0x1:
                raise UploadError(f"{member.filename} is encrypted")
            target = into.joinpath(*PurePosixPath(member.filename).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as packed, open(target, "wb") as unpacked_file:
                shutil.copyfileobj(packed, unpacked_file)


def _wanted(member: zipfile.ZipInfo) -> bool:
    """Article files only: no folders, hidden files, macOS resource forks or paths leaving the archive."""
    parts = PurePosixPath(member.filename.replace("\\", "/")).parts
    if member.is_dir() or not parts or member.filename.startswith("/") or ".." in parts:
        return False
    if any(part.startswith(".") or part == "__MACOSX" for part in parts):
        return False
    suffix = PurePosixPath(member.filename).suffix.lower()
    return suffix in ARTICLE_SUFFIXES or suffix == ""


# --- the run and its report -------------------------------------------------------------


class ImportInterrupted(RuntimeError):
    """The worker running the job was interrupted: what the report lists is in, the rest is not."""


def _ingest(job: ImportJob, folder: Path | None) -> str:
    """Ingest the job's records as `manage.py ingest` does (the same service); returns its summary."""
    report = Report(job, folder)
    try:
        records = _stored_records(job) if job.articles else report.named(read_paths([str(folder)]))
        summary = records_ingest(records=records, force=job.force, observer=report)
    finally:
        report.flush()
    if summary.interrupted:
        raise ImportInterrupted("the records reported are in, the rest is not")
    return " ".join(summary.lines())


def _stored_records(job: ImportJob) -> Iterator[ReadResult]:
    """The job's stored articles as records, exactly as they are (a re-extraction)."""
    found = {a.pk: a for a in Article.objects.filter(pk__in=job.articles)}
    for pk in job.articles:
        yield article_record(found[pk]) if pk in found else RecordError(f"article {pk}", "no longer exists")


class Report(IngestObserver):
    """Per-record outcomes, written to the database in batches, with the job's counters."""

    def __init__(self, job: ImportJob, folder: Path | None = None) -> None:
        self.job = job
        self.prefix = f"{folder}/" if folder else None
        self.pending: list[ImportRecord] = []
        self.counts = dict.fromkeys(["processed", "new", "unchanged", "updated", "rejected", "statements"], 0)
        self.position = 0
        self.flushed_at = time.monotonic()

    def named(self, records: Iterable[ReadResult]) -> Iterator[ReadResult]:
        """Origins and ids that name the upload, not the temporary folder (the id becomes external_id)."""
        for item in records:
            if isinstance(item, RecordError):
                yield RecordError(self._named(item.origin), self._named(item.reason))
            else:
                yield replace(item, origin=self._named(item.origin), id=self._named(item.id))

    def _named(self, text: str) -> str:
        return text.replace(self.prefix, "") if self.prefix else text

    def planned(self, *, records: int, rejected: int) -> None:
        ImportJob.objects.filter(pk=self.job.pk).update(total=records + rejected)

    def recorded(self, outcome: RecordOutcome) -> None:
        result = outcome.result
        if result is None:
            self.add(outcome.origin, ImportOutcome.REJECTED, reason=self._named(outcome.reason))
            return
        kept = [f"{result.kept} statements kept from editors"] if result.kept else []
        self.add(
            outcome.origin,
            result.outcome,
            article_id=result.article.pk,
            statements=result.statements,
            reason="; ".join([*kept, *result.warnings]),
        )

    def add(
        self,
        origin: str,
        outcome: str,
        *,
        reason: str = "",
        article_id: int | None = None,
        statements: int = 0,
    ) -> None:
        self.position += 1
        self.pending.append(
            ImportRecord(
                job=self.job,
                position=self.position,
                origin=origin[:500],
                outcome=outcome,
                reason=reason,
                article_id=article_id,
                statements=statements,
            )
        )
        self.counts["processed"] += 1
        self.counts[outcome] += 1
        self.counts["statements"] += statements
        due = time.monotonic() - self.flushed_at >= REPORT_EVERY_SECONDS
        if due or len(self.pending) >= REPORT_EVERY_RECORDS:
            self.flush()

    def flush(self) -> None:
        ImportRecord.objects.bulk_create(self.pending)
        ImportJob.objects.filter(pk=self.job.pk).update(
            **{name: F(name) + value for name, value in self.counts.items() if value}
        )
        self.pending = []
        self.counts = dict.fromkeys(self.counts, 0)
        self.flushed_at = time.monotonic()
