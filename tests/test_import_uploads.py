"""What an admin upload may be, and how a .zip is unpacked (no NLP here)."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from claims.imports import UploadError, unpacked, upload_check
from claims.models import ImportJob
from tests.factories import admin

pytestmark = pytest.mark.django_db

ARTICLE = "Harbour works delayed\n\nThe Halvik port board said the new quay would open in May.\n"


def zipped(files: dict[str, str | bytes], **options) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", **options) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def job_with(name: str, content: bytes) -> ImportJob:
    job = ImportJob(name=name)
    job.file.save(name, ContentFile(content), save=False)
    job.save()
    return job


def test_the_add_page_asks_for_the_file_only(client):
    client.force_login(admin())
    page = client.get(reverse("admin:claims_importjob_add")).content.decode()
    assert 'name="file"' in page
    assert page.count("<input") - page.count('type="hidden"') - page.count('type="submit"') == 1


@pytest.mark.parametrize(
    ("name", "head", "error"),
    [
        ("notes.docx", b"PK\x03\x04", "is not a .zip, .jsonl, .json, .csv, .txt or .html file"),
        ("feed.jsonl", b"", "is empty"),
        ("bundle.zip", b'{"te', "is not a zip archive"),
    ],
)
def test_what_cannot_be_articles_is_refused_before_it_is_queued(name, head, error):
    with pytest.raises(UploadError, match=error):
        upload_check(name, head)


def test_a_refused_upload_is_a_form_error_and_no_job(client):
    client.force_login(admin())
    upload = ContentFile(b"%PDF-1.7", name="report.pdf")
    response = client.post(reverse("admin:claims_importjob_add"), {"file": upload})
    assert response.status_code == 200
    assert "is not a .zip, .jsonl, .json, .csv, .txt or .html file" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_a_zip_unpacks_its_article_files_only():
    content = zipped(
        {
            "week1/bridge.txt": ARTICLE,
            "week1/feed.jsonl": '{"text": "The mayor said the ferry would run."}\n',
            "README.md": "# notes",
            ".hidden.txt": ARTICLE,
            "__MACOSX/week1/._bridge.txt": b"\x00\x05",
            "../escape.txt": ARTICLE,
            "week2/": "",
        }
    )
    job = job_with("batch.zip", content)
    with unpacked(job) as folder:
        found = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert found == ["batch.zip/week1/bridge.txt", "batch.zip/week1/feed.jsonl"]
    assert not folder.exists()  # cleaned up


def test_a_zip_that_unpacks_to_too_much_is_refused(settings):
    settings.NEWSROOM_IMPORT_MAX_BYTES = 1000
    job = job_with("big.zip", zipped({"a.txt": "x" * 2000}, compression=zipfile.ZIP_DEFLATED))
    with pytest.raises(UploadError, match="unpacks to more than"), unpacked(job):
        pass


def test_a_single_file_is_copied_under_its_own_name():
    job = job_with("monday.jsonl", b'{"text": "The port board said the quay would open."}\n')
    with unpacked(job) as folder:
        assert [p.name for p in folder.iterdir()] == ["monday.jsonl"]
    assert Path(job.file.path).exists()  # the upload itself stays with the job
