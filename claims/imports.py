"""Bulk import in the admin: an uploaded file becomes articles, in the background.

`import_job_start` queues `import_job_run` through the django-tasks API once
the upload is committed. With the default immediate backend the task runs
there and then, in the web process (no other process needed); with
`TASKS_BACKEND=database` a `manage.py db_worker` runs it. The task unpacks
the upload, reads it with the same readers as `manage.py ingest`, ingests the
records with the same code, and keeps the job's counters and its per-record
report (ImportRecord) current as it goes, so the admin page shows progress.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from claims.models import ImportJob, ImportOutcome, ImportRecord, ImportStatus
from claims.readers import ArticleRecord, RecordError, read_paths

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
    job = ImportJob.objects.get(pk=job_id)
    if job.status != ImportStatus.QUEUED:
        return f"import {job_id} is {job.status} already"
    ImportJob.objects.filter(pk=job_id).update(status=ImportStatus.RUNNING, started_at=timezone.now())
    try:
        with unpacked(job) as folder:
            items = list(_read(folder, job.file_name))
        summary = _ingest(job, items)
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


def _read(folder: Path, name: str) -> Iterator[ArticleRecord | RecordError]:
    """The upload's records, their origins and ids named after the upload, not the temporary folder."""
    prefix = f"{folder}/"
    for item in read_paths([str(folder)]):
        origin = item.origin.removeprefix(prefix)
        if isinstance(item, RecordError):
            yield RecordError(origin, item.reason)
        else:
            yield replace(item, origin=origin, id=item.id.removeprefix(prefix))


# --- the report -------------------------------------------------------------------------


class Report:
    """Per-record outcomes, written to the database in batches, with the job's counters."""

    def __init__(self, job: ImportJob) -> None:
        self.job = job
        self.pending: list[ImportRecord] = []
        self.counts = dict.fromkeys(["processed", "new", "unchanged", "updated", "rejected", "statements"], 0)
        self.position = 0
        self.flushed_at = time.monotonic()

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


def _ingest(job: ImportJob, items: list[ArticleRecord | RecordError]) -> str:
    """Ingest the records as `manage.py ingest` does; the report gets one row per record."""
    raise NotImplementedError("waiting for the ingest services to land on main")
    return str(job, items, ImportOutcome)
