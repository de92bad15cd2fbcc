"""`manage.py ingest` end to end through the fake extractor (tests/fake_extraction.py): no spaCy."""

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Actor, Article, Denial, ReviewStatus, Statement

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]

CLAIM = {
    "id": "vc-1",
    "url": "https://courier.example/ferries",
    "published": "2026-03-02",
    "source": "Valdoria Courier",
    "title": "Mayor accuses ferry line",
    "text": (
        "Ilse Varga said on 2026-03-01 that Brenmoor ferries were smuggling rifles to the northern islands. "
        "The harbour was quiet on Monday. "
        "Varga said that the harbour bridge would reopen in spring."
    ),
}
DENIAL = {
    "id": "gz-7",
    "url": "https://gazette.example/denial",
    "published": "2026-03-06",
    "title": "Shipping authority hits back",
    "text": (
        "Tomas Reyl dismissed claims by Harbour Council that Brenmoor ferries smuggle rifles to the islands. "
        'Reyl said "We carry fish and passengers".'
    ),
}
DENIAL_TXT = """\
Shipping Authority Hits Back

By Lena Holm

March 06, 2026

Tomas Reyl dismissed claims by Harbour Council that Brenmoor ferries smuggle rifles to the islands.

Original url: https://gazette.example/denial-txt
"""


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def ingest(*paths: Path | str, **options: object) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *map(str, paths), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def ingest_failing(*paths: Path | str, **options: object) -> tuple[str, str, CommandError]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("ingest", *map(str, paths), stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue(), caught.value


def counts() -> tuple[int, int, int, int]:
    return Article.objects.count(), Statement.objects.count(), Actor.objects.count(), Denial.objects.count()


def test_ingest_writes_articles_statements_actors_and_a_cross_article_link(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM, DENIAL))
    out, err = ingest(tmp_path)
    assert "Articles: 2 new, 0 unchanged, 0 updated, 0 rejected" in out
    assert "Statements: 4 written, 1 of them denials." in out
    assert "Denial links: 0 within articles, 1 across articles." in out
    assert err.count("ingest: ") >= 1  # plain progress lines off a terminal
    varga = Actor.objects.get(name="Ilse Varga")
    assert varga.statements.count() == 2  # "Varga" later in the article is her
    link = Denial.objects.get()
    assert link.denied_statement.speaker == varga
    assert link.statement.speaker.name == "Tomas Reyl"
    assert link.denied_actor.name == "Harbour Council"


def test_cross_article_link_in_one_run_whatever_the_file_order(tmp_path):
    (tmp_path / "a-denial.jsonl").write_text(jsonl(DENIAL))
    (tmp_path / "b-claim.jsonl").write_text(jsonl(CLAIM))
    ingest(tmp_path)
    assert Denial.objects.get().denied_statement.article.url == CLAIM["url"]


def test_cross_article_link_in_separate_runs_either_order(tmp_path):
    (tmp_path / "claim.jsonl").write_text(jsonl(CLAIM))
    (tmp_path / "denial.txt").write_text(DENIAL_TXT)
    ingest(tmp_path / "denial.txt")
    assert not Denial.objects.filter(denied_statement__isnull=False).exists()
    out, _ = ingest(tmp_path / "claim.jsonl")
    assert "1 across articles" in out
    link = Denial.objects.get()
    assert link.statement.article.url == "https://gazette.example/denial-txt"
    assert link.denied_statement.article.url == CLAIM["url"]


def test_rerunning_the_same_ingest_changes_no_count(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM, DENIAL))
    (tmp_path / "denial.txt").write_text(DENIAL_TXT)
    ingest(tmp_path)
    before = counts()
    out, _ = ingest(tmp_path)
    assert "Articles: 0 new, 3 unchanged, 0 updated, 0 rejected" in out
    assert counts() == before


def test_bad_input_is_reported_one_line_each_and_the_good_records_land(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        jsonl(CLAIM)
        + '{"id": "broken", "text": \n'
        + jsonl({"id": "x"}, {"text": "Pia Noor said so.", "published": "2023-02-30"})
        + jsonl(DENIAL)
    )
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "latin.txt").write_bytes("Café owner Ana Díaz said so.".encode("latin-1"))
    out, err, error = ingest_failing(tmp_path)
    rejected = [line for line in err.splitlines() if line.startswith("rejected ")]
    assert rejected == [
        f"rejected {tmp_path / 'empty.txt'}: empty file",
        f"rejected {tmp_path / 'feed.jsonl'}:2: broken JSON line: Expecting value (column 25)",
        f"rejected {tmp_path / 'feed.jsonl'}:3: record has no 'text'",
        f"rejected {tmp_path / 'feed.jsonl'}:4: impossible date '2023-02-30' in 'published'",
        f"rejected {tmp_path / 'latin.txt'}: not UTF-8 text (byte 0xe9 at offset 3)",
        f"rejected {tmp_path / 'photo.txt'}: binary file, not text",
    ]
    assert "Traceback" not in err
    assert "Articles: 2 new, 0 unchanged, 0 updated, 6 rejected" in out
    assert error.returncode == 1
    assert "6 record(s) rejected" in str(error)
    assert Article.objects.count() == 2


def test_an_article_that_breaks_the_extractor_is_rejected_alone(tmp_path):
    broken = {"id": "boom", "text": "EXPLODE. Pia Noor said that the ferry was late."}
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM, broken, DENIAL))
    out, err, _ = ingest_failing(tmp_path, batch_size=8)
    reason = "extraction failed: RuntimeError: the fake extractor was told to fail"
    assert f"rejected {tmp_path / 'feed.jsonl'}:2: {reason}" in err
    assert "Articles: 2 new, 0 unchanged, 0 updated, 1 rejected (3 records in" in out


def test_dry_run_reports_everything_and_writes_nothing(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM, DENIAL))
    out, _ = ingest(tmp_path, dry_run=True)
    assert "Articles: 2 new" in out
    assert "1 across articles" in out
    assert "Dry run: nothing was written." in out
    assert counts() == (0, 0, 0, 0)


def test_force_re_extracts_and_keeps_editor_reviews(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM))
    ingest(tmp_path)
    confirmed = Statement.objects.order_by("start").first()
    Statement.objects.filter(pk=confirmed.pk).update(review_status=ReviewStatus.CONFIRMED)
    out, _ = ingest(tmp_path, force=True)
    assert "Articles: 0 new, 0 unchanged, 1 updated, 0 rejected" in out
    assert "1 kept from editors' reviews" in out
    assert Statement.objects.get(pk=confirmed.pk).review_status == ReviewStatus.CONFIRMED
    assert Statement.objects.count() == 2


def test_changed_text_under_the_same_url_is_an_update(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM))
    ingest(tmp_path)
    changed = {**CLAIM, "text": CLAIM["text"] + " Pia Noor said that the council would vote on Friday."}
    (tmp_path / "feed.jsonl").write_text(jsonl(changed))
    out, _ = ingest(tmp_path)
    assert "Articles: 0 new, 0 unchanged, 1 updated" in out
    assert Article.objects.get().text == changed["text"]
    assert Statement.objects.count() == 3


def test_the_same_article_twice_in_one_run_is_written_once(tmp_path):
    (tmp_path / "a.jsonl").write_text(jsonl(CLAIM))
    (tmp_path / "b.jsonl").write_text(jsonl({**CLAIM, "id": "copy", "url": "https://mirror.example/x"}))
    out, _ = ingest(tmp_path)
    assert "Articles: 1 new, 1 unchanged" in out
    assert Article.objects.count() == 1


def test_two_workers_write_what_one_process_writes(tmp_path):
    many = [
        {
            "id": f"n{i}",
            "published": f"2026-03-{i + 1:02d}",
            "text": f"Pia Noor said that ferry {i} was late by {i} hours.",
        }
        for i in range(12)
    ]
    (tmp_path / "feed.jsonl").write_text(jsonl(*many, CLAIM, DENIAL))
    out, _ = ingest(tmp_path, workers=2, batch_size=2)
    assert "Articles: 14 new" in out
    assert Statement.objects.count() == 16
    assert Denial.objects.filter(denied_statement__isnull=False).count() == 1
    contents = list(
        Statement.objects.filter(speaker__name="Pia Noor")
        .order_by("timeline_date")
        .values_list("content", flat=True)
    )
    assert contents == [f"ferry {i} was late by {i} hours" for i in range(12)]


def test_source_option_fills_records_without_an_outlet(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM, DENIAL))
    ingest(tmp_path, source="Wire Service")
    assert dict(Article.objects.values_list("external_id", "source")) == {
        "vc-1": "Valdoria Courier",
        "gz-7": "Wire Service",
    }


def test_stdin_json_lines(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(jsonl(CLAIM).encode())))
    out, _ = ingest("-")
    assert "Articles: 1 new" in out
    assert Article.objects.get().external_id == "vc-1"


def test_verbosity_two_names_each_article(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM))
    _, err = ingest(tmp_path, verbosity=2)
    assert f"new       {tmp_path / 'feed.jsonl'}:1 (2 statements, 0 denials)" in err


def test_missing_extraction_engine_is_a_clear_error(tmp_path, monkeypatch):
    def unavailable():
        from claims.pipeline import ExtractionUnavailable

        raise ExtractionUnavailable(
            "the extraction engine is not available (claims.extraction: no extract_many)"
        )

    monkeypatch.setattr("claims.pipeline.extraction_api", unavailable)
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM))
    with pytest.raises(CommandError, match="the extraction engine is not available"):
        ingest(tmp_path)
    assert not Article.objects.exists()


def test_bad_option_values_are_refused(tmp_path):
    with pytest.raises(CommandError, match="--workers: 0 is less than 1"):
        call_command("ingest", str(tmp_path), "--workers", "0")


def test_demo_ingests_a_samples_directory(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM, DENIAL))
    out = io.StringIO()
    call_command("demo", "--no-serve", samples=str(tmp_path), stdout=out)
    assert Article.objects.count() == 2
    assert "analyst" in out.getvalue()


def test_demo_goes_on_when_a_sample_is_rejected(tmp_path):
    (tmp_path / "feed.jsonl").write_text(jsonl(CLAIM) + "{broken\n")
    out = io.StringIO()
    call_command("demo", "--no-serve", samples=str(tmp_path), stdout=out)
    assert "Sample corpus: 1 record(s) rejected" in out.getvalue()
    assert Article.objects.count() == 1


def test_interrupted_run_keeps_and_links_what_it_wrote(tmp_path, monkeypatch):
    from claims.services import runs

    (tmp_path / "feed.jsonl").write_text(
        jsonl(CLAIM, DENIAL, {**CLAIM, "id": "late", "url": "", "text": "Pia Noor said that it rained."})
    )
    real_ingest = runs.article_ingest

    def ingest_then_interrupt(*, record, **options):
        if record.id == "late":
            raise KeyboardInterrupt
        return real_ingest(record=record, **options)

    monkeypatch.setattr(runs, "article_ingest", ingest_then_interrupt)
    out, _, error = ingest_failing(tmp_path)
    assert error.returncode == 130
    assert "Articles: 2 new" in out
    assert Denial.objects.filter(denied_statement__isnull=False).count() == 1


def test_progress_is_a_bar_on_a_terminal(capsys, monkeypatch):
    from claims.management.commands.ingest import Progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(
        "os.get_terminal_size", lambda *fd: os.terminal_size((0, 0))
    )  # a pty that reports 0x0
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)
    progress = Progress(3, Terminal(), verbosity=1)
    for _ in range(3):
        progress.advance()
    progress.close()
    assert "/3 [00:00" in capsys.readouterr().err  # the bar, at whatever step tqdm last drew
