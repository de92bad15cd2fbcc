"""records_ingest: a whole ingest run (read, plan, extract, write, link), through the fake engine."""

import datetime as dt

import pytest
from django.db import DatabaseError

from claims.models import Article, Denial, ReviewStatus, Statement
from claims.readers import ArticleRecord, RecordError
from claims.services import IngestObserver, RecordOutcome, records_ingest
from tests import fake_extraction

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]

CLAIM = ArticleRecord(
    origin="feed.jsonl:1",
    id="vc-1",
    url="https://courier.example/ferries",
    published=dt.date(2026, 3, 2),
    text="Ilse Varga said on 2026-03-01 that Brenmoor ferries were smuggling rifles to the islands.",
)
DENIAL = ArticleRecord(
    origin="feed.jsonl:2",
    id="gz-7",
    url="https://gazette.example/denial",
    published=dt.date(2026, 3, 6),
    text="Tomas Reyl dismissed claims by Harbour Council that Brenmoor ferries smuggle rifles.",
)
RAIN = ArticleRecord(origin="feed.jsonl:3", id="rain", text="Pia Noor said that the rain had stopped.")


class Recorder(IngestObserver):
    def __init__(self) -> None:
        self.events: list[tuple[object, ...]] = []
        self.outcomes: list[RecordOutcome] = []

    def planned(self, *, records: int, rejected: int) -> None:
        self.events.append(("planned", records, rejected))

    def recorded(self, outcome: RecordOutcome) -> None:
        self.outcomes.append(outcome)
        self.events.append((outcome.origin, outcome.outcome, outcome.reason))

    def writes_ended(self) -> None:
        self.events.append(("writes ended",))


@pytest.fixture
def extracted(monkeypatch):
    """The texts the fake engine was asked to extract, in order."""
    seen: list[str] = []

    def extract_many(docs, **options):
        docs = list(docs)
        seen.extend(text for text, _ in docs)
        return fake_extraction.extract_many(docs, **options)

    monkeypatch.setattr("claims.pipeline.extraction_api", lambda: (extract_many, fake_extraction.VERSION))
    return seen


def test_a_run_writes_each_record_tells_the_observer_and_links_across_articles():
    observer = Recorder()
    summary = records_ingest(records=[CLAIM, DENIAL], observer=observer)
    assert observer.events == [
        ("planned", 2, 0),
        ("feed.jsonl:1", "new", ""),
        ("feed.jsonl:2", "new", ""),
        ("writes ended",),
    ]
    assert observer.outcomes[0].result.article == Article.objects.get(external_id="vc-1")
    assert (summary.outcomes["new"], summary.records, summary.statements, summary.denials) == (2, 2, 2, 1)
    assert summary.links_across == 1
    assert Denial.objects.get().denied_statement.article.external_id == "vc-1"
    assert sorted(summary.written) == sorted(Article.objects.values_list("pk", flat=True))


def test_unreadable_records_are_rejected_first_with_their_reason_and_counted():
    observer = Recorder()
    broken = RecordError("feed.jsonl:2", "broken JSON line: Expecting value (column 9)")
    summary = records_ingest(records=[CLAIM, broken, RAIN], observer=observer)
    assert observer.events[:2] == [
        ("feed.jsonl:2", "rejected", "broken JSON line: Expecting value (column 9)"),
        ("planned", 2, 1),
    ]
    assert (summary.records, summary.rejected, summary.outcomes["new"]) == (3, 1, 2)
    assert Article.objects.count() == 2


def test_records_stored_with_the_same_text_are_not_extracted_again(extracted):
    records_ingest(records=[CLAIM])
    extracted.clear()
    observer = Recorder()
    summary = records_ingest(records=[CLAIM, RAIN], observer=observer)
    assert extracted == [RAIN.text]
    assert [o.outcome for o in observer.outcomes] == ["unchanged", "new"]
    assert summary.written == [Article.objects.get(external_id="rain").pk]  # only what changed is relinked


def test_force_re_extracts_unchanged_records_and_keeps_editors_reviews(extracted):
    records_ingest(records=[CLAIM])
    Statement.objects.update(review_status=ReviewStatus.CONFIRMED)
    extracted.clear()
    summary = records_ingest(records=[CLAIM], force=True)
    assert extracted == [CLAIM.text]
    assert (summary.outcomes["updated"], summary.kept) == (1, 1)
    assert Statement.objects.get().review_status == ReviewStatus.CONFIRMED


def test_a_repeat_of_a_record_in_the_same_run_is_extracted_once(extracted):
    copy = ArticleRecord(origin="copy.jsonl:1", id="copy", text=CLAIM.text)
    observer = Recorder()
    records_ingest(records=[CLAIM, copy], observer=observer)
    assert extracted == [CLAIM.text]
    assert [o.outcome for o in observer.outcomes] == ["new", "unchanged"]


def test_a_record_that_breaks_the_extractor_is_rejected_and_so_is_its_repeat():
    text = f"{fake_extraction.FAIL_MARKER}. Pia Noor said that the quay flooded."
    broken = ArticleRecord(origin="a.jsonl:1", id="a", text=text)
    repeat = ArticleRecord(origin="b.jsonl:1", id="b", text=text)
    observer = Recorder()
    summary = records_ingest(records=[broken, RAIN, repeat], observer=observer)
    assert observer.events[1:4] == [
        ("a.jsonl:1", "rejected", "extraction failed: RuntimeError: the fake extractor was told to fail"),
        ("feed.jsonl:3", "new", ""),
        ("b.jsonl:1", "rejected", "same text as a.jsonl:1, which was rejected"),
    ]
    assert summary.rejected == 2
    assert list(Article.objects.values_list("external_id", flat=True)) == ["rain"]


def test_a_database_error_on_one_article_rejects_it_alone(monkeypatch):
    from claims.services import runs

    real = runs.article_ingest

    def article_ingest(*, record, **options):
        if record.id == "vc-1":
            raise DatabaseError("value too long for type character varying(500)\nDETAIL: more")
        return real(record=record, **options)

    monkeypatch.setattr(runs, "article_ingest", article_ingest)
    observer = Recorder()
    records_ingest(records=[CLAIM, RAIN], observer=observer)
    assert observer.events[1] == (
        "feed.jsonl:1",
        "rejected",
        "not written: value too long for type character varying(500)",
    )
    assert list(Article.objects.values_list("external_id", flat=True)) == ["rain"]


def test_dry_run_reports_the_whole_run_and_writes_nothing():
    summary = records_ingest(records=[CLAIM, DENIAL], dry_run=True)
    assert (summary.outcomes["new"], summary.links_across) == (2, 1)
    assert summary.lines()[-1] == "Dry run: nothing was written."
    assert not Article.objects.exists() and not Statement.objects.exists()


def test_an_interrupt_keeps_and_links_what_was_written_and_says_so():
    class Interrupting(Recorder):
        def recorded(self, outcome: RecordOutcome) -> None:
            super().recorded(outcome)
            if outcome.origin == DENIAL.origin:
                raise KeyboardInterrupt

    observer = Interrupting()
    summary = records_ingest(records=[CLAIM, DENIAL, RAIN], observer=observer)
    assert summary.interrupted
    assert observer.events[-1] == ("writes ended",)
    assert summary.outcomes["new"] == 2
    assert not Article.objects.filter(external_id="rain").exists()
    assert summary.links_across == 1
    assert Denial.objects.filter(denied_statement__isnull=False).count() == 1


def test_two_workers_write_what_one_process_writes():
    records = [
        ArticleRecord(origin=f"f.jsonl:{i}", id=f"n{i}", text=f"Pia Noor said that ferry {i} was late.")
        for i in range(6)
    ]
    observer = Recorder()
    summary = records_ingest(records=[*records, CLAIM, DENIAL], workers=2, batch_size=2, observer=observer)
    assert [o.origin for o in observer.outcomes] == [r.origin for r in [*records, CLAIM, DENIAL]]
    assert (summary.outcomes["new"], summary.statements, summary.links_across) == (8, 8, 1)


def test_without_an_observer_the_run_still_reports_in_its_summary():
    summary = records_ingest(records=[RAIN, RecordError("x.txt", "empty file")])
    assert summary.lines()[:3] == [
        f"Articles: 1 new, 0 unchanged, 0 updated, 1 rejected (2 records in {summary.seconds:.1f} s, "
        f"{1 / summary.seconds:.1f} articles/s).",
        "Statements: 1 written, 0 of them denials.",
        "Denial links: 0 within articles, 0 across articles.",
    ]


def test_the_summary_counts_one_record_in_the_singular():
    summary = records_ingest(records=[RecordError("x.txt", "empty file")])
    assert summary.lines()[0].startswith("Articles: 0 new, 0 unchanged, 0 updated, 1 rejected (1 record in ")
    assert "articles/s" not in summary.lines()[0]  # no rate when nothing was ingested
