"""One admin upload through the real spaCy engine: a .zip with the invented two-article dispute."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from claims.models import Article, Denial, ImportJob, ImportStatus, Statement
from tests.factories import admin

pytestmark = [pytest.mark.nlp, pytest.mark.django_db]

FIXTURES = Path(__file__).parent / "fixtures" / "dispute"


def test_an_uploaded_zip_is_extracted_with_spacy_and_linked_across_articles(
    client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("dispute/claim.txt", (FIXTURES / "claim.txt").read_text(encoding="utf-8"))
        archive.writestr("dispute/denial.txt", (FIXTURES / "denial.txt").read_text(encoding="utf-8"))
        archive.writestr("dispute/broken.jsonl", '{"title": "no body"}\n')
    client.force_login(admin())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:claims_importjob_add"), {"file": ContentFile(buffer.getvalue(), name="d.zip")}
        )
    job = ImportJob.objects.get()
    assert (job.status, job.new, job.rejected) == (ImportStatus.DONE, 2, 1)
    assert Article.objects.count() == 2
    assert job.statements == Statement.objects.count() > 2
    claim = Article.objects.get(external_id="d.zip/dispute/claim.txt")
    assert Denial.objects.filter(denied_statement__article=claim).exclude(statement__article=claim).exists()
