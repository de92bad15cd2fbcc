"""Running extraction over many articles: in this process, or in worker processes.

The NLP is the slow part of ingest. With `workers > 1` it runs in a pool of
processes (each loads the spaCy pipeline once) while the calling process keeps
every database write; results come back in input order. One article that makes
the extractor fail does not take its batch down: the batch is retried one
article at a time and only that article comes back as an `ExtractionFailure`.
No Django ORM here: workers never touch the database.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from claims.extraction.types import DocumentExtraction

Doc = tuple[str, dt.date | None]
ExtractMany = Callable[..., Iterable["DocumentExtraction"]]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ExtractionFailure:
    reason: str  # one line


class ExtractionUnavailable(RuntimeError):
    """The extraction engine cannot be imported."""


def extraction_api() -> tuple[ExtractMany, str]:
    """`extract_many` and `EXTRACTOR_VERSION` from claims.extraction, imported on first use."""
    try:
        from claims import extraction

        return extraction.extract_many, extraction.EXTRACTOR_VERSION
    except (ImportError, AttributeError) as exc:
        raise ExtractionUnavailable(
            f"the extraction engine is not available (claims.extraction: {exc})"
        ) from None


def extract_batches(
    batches: Iterable[Sequence[Doc]], *, workers: int = 1, model: str | None = None
) -> Iterator[list[DocumentExtraction | ExtractionFailure]]:
    """One list of results per batch, in order; `workers` > 1 runs the batches in a process pool."""
    extraction_api()  # fail here, in the caller, with a clear message
    if workers <= 1:
        yield from _ahead(_extract_batch(batch, model) for batch in batches)
        return
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with context.Pool(workers, initializer=_worker_init, initargs=(model,)) as pool:
        yield from pool.imap(_extract_worker_batch, batches)


def _ahead(items: Iterator[T]) -> Iterator[T]:
    """`items`, computed one step ahead in a thread of this process.

    With one process, the NLP of the next batch runs while the caller writes
    this one: spaCy spends much of its time in code that releases the GIL
    (thinc's matrix maths, the parser's loop), and so do the database drivers.
    The thread never touches the database.
    """
    slots: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def put(kind: str, value: object) -> bool:
        while not stop.is_set():
            try:
                slots.put((kind, value), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not put("item", item):
                    return
            put("done", None)
        except BaseException as exc:  # handed to the consumer, raised there
            put("error", exc)

    threading.Thread(target=produce, name="extraction-ahead", daemon=True).start()
    try:
        while True:
            kind, value = slots.get()
            if kind == "done":
                return
            if kind == "error":
                raise value  # type: ignore[misc]
            yield value  # type: ignore[misc]
    finally:
        stop.set()


_worker_model: str | None = None


def _worker_init(model: str | None) -> None:
    global _worker_model
    _worker_model = model


def _extract_worker_batch(batch: Sequence[Doc]) -> list[DocumentExtraction | ExtractionFailure]:
    return _extract_batch(batch, _worker_model)


def _extract_batch(batch: Sequence[Doc], model: str | None) -> list[DocumentExtraction | ExtractionFailure]:
    extract_many, _ = extraction_api()
    try:
        return list(extract_many(list(batch), model=model, batch_size=max(1, len(batch))))
    except Exception:  # isolate the article that broke the batch, below
        return [_extract_one(extract_many, doc, model) for doc in batch]


def _extract_one(
    extract_many: ExtractMany, doc: Doc, model: str | None
) -> DocumentExtraction | ExtractionFailure:
    try:
        return next(iter(extract_many([doc], model=model, batch_size=1)))
    except Exception as exc:  # any extractor bug becomes this article's one-line reason
        first_line = (str(exc).strip().splitlines() or [""])[0][:200]
        return ExtractionFailure(f"extraction failed: {type(exc).__name__}: {first_line}".rstrip(": "))


def batched(items: Sequence[Doc], size: int, *, workers: int = 1) -> list[Sequence[Doc]]:
    """Batches of at most `size`; smaller with several workers, so none waits long for the last one."""
    if workers > 1:
        size = max(1, min(size, -(-len(items) // (workers * 8))))
    return [items[i : i + size] for i in range(0, len(items), size)]
