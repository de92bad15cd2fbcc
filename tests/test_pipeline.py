"""claims.pipeline: extraction over many articles, in this process (one batch ahead) or in workers."""

import threading

import pytest

from claims import pipeline
from claims.pipeline import ExtractionFailure, batched, extract_batches
from tests import fake_extraction

pytestmark = pytest.mark.usefixtures("fake_engine")

DOCS = [(f"Pia Noor said that ferry {n} was late.", None) for n in range(10)]


def contents(results):
    return [r.statements[0].content if not isinstance(r, ExtractionFailure) else r.reason for r in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_come_back_in_input_order(workers):
    results = [
        r for batch in extract_batches(batched(DOCS, 3, workers=workers), workers=workers) for r in batch
    ]
    assert contents(results) == [f"ferry {n} was late" for n in range(10)]


@pytest.mark.parametrize("workers", [1, 2])
def test_one_failing_article_does_not_take_its_batch_down(workers):
    docs = [DOCS[0], (f"{fake_extraction.FAIL_MARKER}. Pia Noor said that it rained.", None), DOCS[2]]
    results = [r for batch in extract_batches([docs], workers=workers) for r in batch]
    assert contents(results) == [
        "ferry 0 was late",
        "extraction failed: RuntimeError: the fake extractor was told to fail",
        "ferry 2 was late",
    ]


def test_batches_are_smaller_with_workers_so_none_waits_long():
    docs = DOCS * 8
    assert [len(b) for b in batched(docs, 32)] == [32, 32, 16]
    # eight batches a worker: the writes of the last one are a short tail
    assert [len(b) for b in batched(docs, 32, workers=2)] == [5] * 16


def test_an_error_in_the_extraction_thread_is_raised_in_the_caller():
    results = pipeline._ahead(1 // n for n in [1, 0])
    assert next(results) == 1
    with pytest.raises(ZeroDivisionError):
        next(results)


def test_stopping_early_ends_the_extraction_thread():
    before = threading.active_count()
    stream = pipeline._ahead(iter(range(1000)))
    assert next(stream) == 0
    stream.close()
    for thread in threading.enumerate():
        if thread.name == "extraction-ahead":
            thread.join(timeout=2)
    assert threading.active_count() == before
