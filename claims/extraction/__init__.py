"""Who said what: turns (text, published date) into statements.

No database access here: the package works on plain text so it can be tested
and benchmarked on its own. `types.py` holds what it returns. The public API:

    extract(text, published=None, *, model=None) -> DocumentExtraction
    extract_many(docs, *, model=None, batch_size=...) -> Iterator[DocumentExtraction]
        docs: iterable of (text, published date or None), results in order
    EXTRACTOR_VERSION: str   # changes whenever the rules change output

`model` is a spaCy pipeline name; None means settings.NEWSROOM_SPACY_MODEL
(or the NEWSROOM_SPACY_MODEL environment variable outside Django).

The rules, one phenomenon per module: `quotes` (quotation marks), `reported`
(speech verbs and "according to"), `direct` (which cue a quotation belongs
to), `speakers` (pronouns, descriptions, surnames), `actors` and `places`
(canonical names, roles, affiliations, countries), `denials`, `dates`;
`engine` runs them in order on one parsed document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from claims.extraction.datelines import blank_datelines
from claims.extraction.denials.learned import DenialModel
from claims.extraction.engine import extract_doc
from claims.extraction.pipeline import default_model, load
from claims.extraction.types import DocumentExtraction

__all__ = ["EXTRACTOR_VERSION", "DocumentExtraction", "extract", "extract_many"]

EXTRACTOR_VERSION = "rules-9"
DEFAULT_BATCH_SIZE = 16


def extract(text: str, published: dt.date | None = None, *, model: str | None = None) -> DocumentExtraction:
    """The statements in one text; offsets are into `text`."""
    return next(extract_many([(text, published)], model=model))


def extract_many(
    docs: Iterable[tuple[str, dt.date | None]],
    *,
    model: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    learned_denials: bool | DenialModel = True,
) -> Iterator[DocumentExtraction]:
    """The statements of each (text, published) pair, in input order, parsed in batches.
    `learned_denials=False` leaves denials to the wording rules alone (`denials/learned.py`)."""
    nlp = load(model or default_model())
    pairs = (_parsed(text or "", published) for text, published in docs)
    for doc, (parsed, text, published) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        doc.user_data["newsroom_text"] = parsed  # the rules work on what the parser saw...
        # ...statements quote the text as given
        yield extract_doc(doc, text, published, EXTRACTOR_VERSION, learned_denials=learned_denials)


def _parsed(text: str, published: dt.date | None) -> tuple[str, tuple[str, str, dt.date | None]]:
    """What spaCy parses (datelines blanked, same length), with the original kept alongside."""
    parsed = blank_datelines(text)
    return parsed, (parsed, text, published)
