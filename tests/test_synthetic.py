"""claims.synthetic: the benchmark corpus is deterministic, readable by every reader, and spread in time."""

from claims.readers import ArticleRecord, read_paths
from claims.synthetic import generate, write_corpus


def test_same_seed_same_articles_other_seed_other_articles():
    assert generate(20, seed=3) == generate(20, seed=3)
    assert generate(20, seed=3) != generate(20, seed=4)


def test_corpus_files_read_back_as_the_generated_articles(tmp_path):
    articles = generate(30)
    write_corpus(articles, tmp_path)
    records = list(read_paths([str(tmp_path)]))
    assert all(isinstance(r, ArticleRecord) for r in records), [
        r for r in records if not isinstance(r, ArticleRecord)
    ]
    assert sorted(r.text for r in records) == sorted(a.text for a in articles)
    assert {r.published for r in records} == {a.published for a in articles}
    assert {p.suffix for p in tmp_path.rglob("*.*")} == {".jsonl", ".csv", ".txt"}


def test_articles_span_weeks_and_some_deny_earlier_claims():
    articles = generate(200)
    assert (articles[-1].published - articles[0].published).days >= 40
    denials = [a for a in articles if "dismissed as groundless claims by" in a.text]
    assert 30 <= len(denials) <= 120
    assert all(len(a.text.split()) > 200 for a in articles)
