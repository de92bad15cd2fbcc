"""Who said what: turns (text, published date) into statements.

No database access here: the package works on plain text so it can be tested
and benchmarked on its own. `types.py` holds what it returns. The public API:

    extract(text, published=None, *, model=None) -> DocumentExtraction
    extract_many(docs, *, model=None, batch_size=...) -> Iterator[DocumentExtraction]
        docs: iterable of (text, published date or None), results in order
    EXTRACTOR_VERSION: str   # changes whenever the rules change output

`model` is a spaCy pipeline name; None means settings.NEWSROOM_SPACY_MODEL
(or the NEWSROOM_SPACY_MODEL environment variable outside Django).
"""
