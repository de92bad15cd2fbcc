"""Bulk import in the admin: an upload becomes articles, statements and a per-record report.

Through the fake extraction engine (tests/fake_extraction.py), so no spaCy;
tests/test_import_jobs_nlp.py runs one upload through the real engine.
"""

import io
import json
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse

from claims.imports import import_job_run
from claims.models import (
    Article,
    ImportJob,
    ImportOutcome,
    ImportRecord,
    ImportStatus,
    ReviewStatus,
    Statement,
)
from tests.factories import admin

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]

FERRY = {
    "id": "hc-11",
    "url": "https://harbour.example/ferry-fees",
    "published": "2026-04-03",
    "source": "Harbour Chronicle",
    "title": "Ferry fees to rise",
    "text": "Ilse Varga said on 2026-04-02 that ferry fees would rise in June. The quay was busy.",
}
QUAY = {
    "id": "hc-12",
    "url": "https://harbour.example/quay",
    "published": "2026-04-05",
    "title": "Shipping authority answers",
    "text": "Tomas Reyl dismissed claims by Harbour Council that ferry fees would rise in June.",
}
NO_TEXT = {"id": "hc-13", "title": "A record without its body"}
EXPLODES = {"id": "hc-14", "text": "Pia Noor said that the EXPLODE marker breaks extractors."}


def jsonl(*records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def admin_client(client, django_capture_on_commit_callbacks):
    client.force_login(admin("chief"))
    client.on_commit = django_capture_on_commit_callbacks
    return client


def upload(client, name: str, content: bytes):
    """Upload through the admin's add page; the job is queued when the request's transaction commits."""
    data = {"file": ContentFile(content, name=name)}
    if not hasattr(client, "on_commit"):  # a transactional test: commits are real
        return client.post(reverse("admin:claims_importjob_add"), data)
    with client.on_commit(execute=True):
        return client.post(reverse("admin:claims_importjob_add"), data)


def report(job: ImportJob) -> list[tuple[str, str]]:
    return list(job.records.order_by("position").values_list("origin", "outcome"))


def test_an_admin_upload_of_jsonl_becomes_articles_statements_and_a_report(admin_client):
    response = upload(admin_client, "april.jsonl", jsonl(FERRY, NO_TEXT, QUAY, EXPLODES))
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:claims_importjob_change", args=[job.pk])
    assert (job.status, job.name, job.created_by.username) == (ImportStatus.DONE, "april.jsonl", "chief")
    assert (job.total, job.processed, job.new, job.unchanged, job.updated, job.rejected) == (4, 4, 2, 0, 0, 2)
    assert Article.objects.count() == 2
    assert job.statements == Statement.objects.count() == 2
    assert report(job) == [
        ("april.jsonl:2", "rejected"),  # read first: unreadable lines are known before extraction
        ("april.jsonl:1", "new"),
        ("april.jsonl:3", "new"),
        ("april.jsonl:4", "rejected"),
    ]
    reasons = dict(job.records.filter(outcome="rejected").values_list("origin", "reason"))
    assert "text" in reasons["april.jsonl:2"]
    assert "extraction failed" in reasons["april.jsonl:4"]
    assert job.records.get(origin="april.jsonl:1").article.external_id == "hc-11"
    assert job.message.startswith("Articles: 2 new, 0 unchanged, 0 updated, 2 rejected (4 records")
    assert "across articles" in job.message  # the denial was linked to the claim, as ingest does


def test_the_job_page_shows_progress_summary_and_the_rejected_records_first(admin_client):
    upload(admin_client, "april.jsonl", jsonl(FERRY, NO_TEXT))
    job = ImportJob.objects.get()
    page = admin_client.get(reverse("admin:claims_importjob_change", args=[job.pk]), follow=True)
    html = page.content.decode()
    assert "Upload received: april.jsonl is import" in html
    assert "Done: Articles: 1 new, 0 unchanged, 0 updated, 1 rejected (2 records" in html
    assert '<progress max="2" value="2"></progress> 2 of 2 records (100%)' in html
    assert html.index("april.jsonl:2") < html.index("april.jsonl:1")
    assert 'http-equiv="refresh"' not in html  # done: no more reloading
    assert f"?job__id__exact={job.pk}" in html
    listing = admin_client.get(reverse("admin:claims_importjob_changelist")).content.decode()
    assert "april.jsonl" in listing


def test_a_zip_of_articles_in_several_formats(admin_client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("april/feed.jsonl", jsonl(FERRY))
        archive.writestr("april/answer.txt", "Shipping authority answers\n\n" + QUAY["text"] + "\n")
        archive.writestr("april/notes.md", "not an article")
    upload(admin_client, "april.zip", buffer.getvalue())
    job = ImportJob.objects.get()
    assert report(job) == [("april.zip/april/answer.txt", "new"), ("april.zip/april/feed.jsonl:1", "new")]
    assert set(Article.objects.values_list("external_id", flat=True)) == {
        "hc-11",
        "april.zip/april/answer.txt",
    }


def test_the_same_upload_again_is_all_unchanged_and_keeps_editors_work(admin_client):
    upload(admin_client, "april.jsonl", jsonl(FERRY, QUAY))
    Statement.objects.update(review_status=ReviewStatus.CONFIRMED)
    upload(admin_client, "april-again.jsonl", jsonl(FERRY, QUAY))
    again = ImportJob.objects.get(name="april-again.jsonl")
    assert [outcome for _, outcome in report(again)] == ["unchanged", "unchanged"]
    assert again.records.first().article is not None
    assert set(Statement.objects.values_list("review_status", flat=True)) == {ReviewStatus.CONFIRMED}


def test_a_job_that_cannot_read_its_upload_fails_with_the_reason(admin_client, settings):
    settings.NEWSROOM_IMPORT_MAX_BYTES = 100
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("big.jsonl", jsonl(FERRY, QUAY))
    upload(admin_client, "big.zip", buffer.getvalue())
    job = ImportJob.objects.get()
    assert job.status == ImportStatus.FAILED
    assert job.message == "Failed: UploadError: the archive unpacks to more than 0 MB"
    assert not Article.objects.exists()
    page = admin_client.get(reverse("admin:claims_importjob_change", args=[job.pk])).content.decode()
    assert "the archive unpacks to more than 0 MB" in page


def test_a_job_runs_once_however_often_it_is_enqueued(settings):
    job = ImportJob(name="april.jsonl")
    job.file.save("april.jsonl", ContentFile(jsonl(FERRY)), save=False)
    job.save()
    import_job_run.call(job.pk)
    assert import_job_run.call(job.pk) == f"import {job.pk} is not queued (already run, or deleted)"
    assert ImportRecord.objects.count() == 1


def test_the_admin_cannot_edit_a_job_and_only_staff_reach_it(admin_client, client):
    upload(admin_client, "april.jsonl", jsonl(FERRY))
    job = ImportJob.objects.get()
    page = admin_client.get(reverse("admin:claims_importjob_change", args=[job.pk])).content.decode()
    assert 'name="_save"' not in page
    from tests.factories import editor

    client.force_login(editor())
    assert client.get(reverse("admin:claims_importjob_add")).status_code == 302  # not staff: admin login


@pytest.mark.django_db(transaction=True)
def test_with_a_database_queue_the_upload_waits_for_db_worker(client, settings):
    admin_client = client
    admin_client.force_login(admin("chief"))
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    response = upload(admin_client, "april.jsonl", jsonl(FERRY, NO_TEXT, QUAY))
    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert job.status == ImportStatus.QUEUED and job.task_id
    assert not Article.objects.exists()  # nothing happens without a worker
    page = admin_client.get(reverse("admin:claims_importjob_change", args=[job.pk]), follow=True)
    html = page.content.decode()
    assert "Queued: waiting for a worker (python manage.py db_worker)." in html
    assert 'http-equiv="refresh" content="2"' in html  # the page follows the job
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    job.refresh_from_db()
    assert (job.status, job.new, job.rejected) == (ImportStatus.DONE, 2, 1)
    assert Article.objects.count() == 2
    assert job.records.filter(outcome=ImportOutcome.REJECTED).get().origin == "april.jsonl:2"


def test_the_reextraction_action_re_runs_ingest_on_stored_articles_keeping_editors_work(admin_client):
    from claims.editing import statement_review
    from tests.factories import editor

    upload(admin_client, "april.jsonl", jsonl(FERRY, QUAY | {"id": "", "source": ""}))
    ferry, quay = Article.objects.get(external_id="hc-11"), Article.objects.get(url=QUAY["url"])
    fees = Statement.objects.get(article=ferry)
    statement_review(statement=fees, editor=editor(), status="confirmed", version=1)
    Article.objects.update(extractor_version="older")
    quay_fields = (quay.external_id, quay.source, quay.title)
    with admin_client.on_commit(execute=True):
        response = admin_client.post(
            reverse("admin:claims_article_changelist"),
            {"action": "reextract", "_selected_action": [ferry.pk, quay.pk]},
            follow=True,
        )
    job = ImportJob.objects.get(articles__isnull=False, force=True)
    assert "Re-extraction of 2 articles is" in response.content.decode()
    assert (job.status, job.updated, job.rejected) == (ImportStatus.DONE, 2, 0)
    assert report(job) == [(f"article {ferry.pk}", "updated"), (f"article {quay.pk}", "updated")]
    assert job.records.get(article=ferry).reason == "1 statements kept from editors"
    assert Statement.objects.get(pk=fees.pk).review_status == ReviewStatus.CONFIRMED  # the same row, kept
    quay.refresh_from_db()
    assert (quay.external_id, quay.source, quay.title) == quay_fields  # nothing but extraction changed
    assert set(Article.objects.values_list("extractor_version", flat=True)) == {"fake-1"}


def test_a_deleted_article_is_reported_by_a_reextraction(admin_client):
    upload(admin_client, "april.jsonl", jsonl(FERRY))
    job = ImportJob.objects.create(
        name="Re-extraction of 2 articles", articles=[424242, Article.objects.get().pk]
    )
    import_job_run.call(job.pk)
    job.refresh_from_db()
    assert report(job)[0] == ("article 424242", "rejected")
    assert job.records.get(outcome="rejected").reason == "no longer exists"


def test_the_add_page_needs_a_file(admin_client):
    response = admin_client.post(reverse("admin:claims_importjob_add"), {})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not ImportJob.objects.exists()


def test_an_upload_that_moves_an_edited_statement_records_it_as_ingests_doing(admin_client):
    from claims.editing import statement_review
    from tests.factories import editor

    upload(admin_client, "april.jsonl", jsonl(FERRY))
    fees = Statement.objects.get()
    statement_review(statement=fees, editor=editor("alice"), status="confirmed", version=1)
    upload(admin_client, "april-v2.jsonl", jsonl(FERRY | {"text": "Rain fell. " + FERRY["text"]}))
    assert report(ImportJob.objects.get(name="april-v2.jsonl")) == [("april-v2.jsonl:1", "updated")]
    last = Statement.history.filter(id=fees.pk).latest("history_date", "history_id")
    # Not the admin whose upload it was: the request's user is not the author of ingest's move.
    assert (last.history_user, last.history_change_reason) == (
        None,
        "re-ingest: moved to where its words are now",
    )
    assert Statement.objects.get(pk=fees.pk).start == fees.start + len("Rain fell. ")


def test_reasons_name_the_upload_not_the_folder_it_was_unpacked_in(admin_client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("april/a.jsonl", jsonl(EXPLODES))
        archive.writestr("april/b.jsonl", jsonl(EXPLODES | {"id": "hc-15"}))
    upload(admin_client, "april.zip", buffer.getvalue())
    job = ImportJob.objects.get()
    assert list(job.records.order_by("position").values_list("origin", "reason")) == [
        ("april.zip/april/a.jsonl:1", "extraction failed: RuntimeError: the fake extractor was told to fail"),
        ("april.zip/april/b.jsonl:1", "same text as april.zip/april/a.jsonl:1, which was rejected"),
    ]


def test_an_interrupted_job_fails_and_keeps_what_it_reported(admin_client, monkeypatch):
    from claims.services import runs

    real_ingest = runs.article_ingest

    def ingest_then_interrupt(*, record, **options):
        if record.id == QUAY["id"]:
            raise KeyboardInterrupt
        return real_ingest(record=record, **options)

    monkeypatch.setattr(runs, "article_ingest", ingest_then_interrupt)
    upload(admin_client, "april.jsonl", jsonl(FERRY, QUAY))
    job = ImportJob.objects.get()
    assert job.status == ImportStatus.FAILED
    assert job.message == "Failed: ImportInterrupted: the records reported are in, the rest is not"
    assert report(job) == [("april.jsonl:1", "new")]
    assert list(Article.objects.values_list("external_id", flat=True)) == ["hc-11"]


def test_a_job_without_the_extraction_engine_fails_and_reports_what_it_read(admin_client, monkeypatch):
    from claims.pipeline import ExtractionUnavailable

    def unavailable():
        raise ExtractionUnavailable("the extraction engine is not available (claims.extraction: gone)")

    monkeypatch.setattr("claims.pipeline.extraction_api", unavailable)
    upload(admin_client, "april.jsonl", jsonl(NO_TEXT, FERRY))
    job = ImportJob.objects.get()
    assert job.status == ImportStatus.FAILED  # not "done" because a record was rejected before it failed
    assert job.message == (
        "Failed: ExtractionUnavailable: the extraction engine is not available (claims.extraction: gone)"
    )
    assert report(job) == [("april.jsonl:1", "rejected")]
    assert not Article.objects.exists()
