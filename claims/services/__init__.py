"""Writes that span models: ingesting an article, resolving actors, linking denials.

Service functions in the `<entity>_<verb>` style, keyword-only; each article
is written in its own `transaction.atomic()`, so a failure never leaves half an
article. `articles.py` writes an article, `actors.py` resolves the actors it
names, `denials.py` links denials to claims across articles, `runs.py` runs a
whole ingest (read, plan, extract, write, link) for `manage.py ingest` and the
admin's import jobs.
"""

from claims.services.actors import ActorCache, actor_resolve
from claims.services.articles import (
    IN_DOCUMENT_CONFIDENCE,
    ArticleMatch,
    ExtractionNeeded,
    IngestResult,
    article_ingest,
    article_match,
    content_hash,
)
from claims.services.denials import (
    LINK_THRESHOLD,
    LINK_WINDOW_DAYS,
    LINKS_PER_DENIAL,
    LinkResult,
    claim_similarity,
    denials_link,
)
from claims.services.runs import (
    BATCH_SIZE,
    IngestObserver,
    IngestSummary,
    RecordOutcome,
    records_ingest,
)

__all__ = [
    "BATCH_SIZE",
    "IN_DOCUMENT_CONFIDENCE",
    "LINKS_PER_DENIAL",
    "LINK_THRESHOLD",
    "LINK_WINDOW_DAYS",
    "ActorCache",
    "ArticleMatch",
    "ExtractionNeeded",
    "IngestObserver",
    "IngestResult",
    "IngestSummary",
    "LinkResult",
    "RecordOutcome",
    "actor_resolve",
    "article_ingest",
    "article_match",
    "claim_similarity",
    "content_hash",
    "denials_link",
    "records_ingest",
]
