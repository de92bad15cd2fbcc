"""The demo corpus in samples/: every file parses, and the dispute manifest points at real words.

These checks read the files with the standard library only (no spaCy, no
database), so they also guard the corpus against edits that would break the
readers or the dispute fixtures that ingest tests rely on.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FIRST_DAY, LAST_DAY = dt.date(2026, 8, 3), dt.date(2026, 9, 25)
MIN_WORDS, MAX_WORDS = 150, 450
RECORD_KEYS = ["id", "title", "url", "published", "source", "byline", "text"]


@dataclass(frozen=True)
class Sample:
    file: str  # relative to samples/
    record_id: str | None
    title: str
    url: str
    published: dt.date
    byline: str
    text: str  # the body, paragraphs separated by blank lines


def _read_txt(path: Path) -> Sample:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[0].strip() and lines[1] == "", f"{path.name}: title line, then a blank line"
    assert lines[2].startswith("By ") and lines[3] == "", f"{path.name}: 'By ...' byline, then a blank line"
    published = dt.datetime.strptime(lines[4], "%B %d, %Y").date()
    assert lines[5:8] == ["", "", ""], f"{path.name}: three blank lines after the date line"
    footer = lines.index("Original url:")
    assert lines[footer + 1] == "" and lines[footer + 3 :] == [""], f"{path.name}: url footer layout"
    paragraphs = "\n".join(lines[8:footer]).strip().split("\n\n")
    if re.search(r"\*\*[^*]+\*\*$", paragraphs[0]):  # photo caption with its credit: not body text
        paragraphs = paragraphs[1:]
    return Sample(
        file=str(path.relative_to(SAMPLES)),
        record_id=None,
        title=lines[0],
        url=lines[footer + 2],
        published=published,
        byline=lines[2].removeprefix("By "),
        text="\n\n".join(paragraphs),
    )


def _parse_html(path: Path) -> ET.Element:
    source = path.read_text(encoding="utf-8")
    assert source.startswith("<!DOCTYPE html>\n"), f"{path.name}: starts with a doctype"
    return ET.fromstring(source.removeprefix("<!DOCTYPE html>\n"))  # raises unless well formed


def _meta(root: ET.Element, attribute: str, value: str) -> str:
    return next(m.get("content", "") for m in root.iter("meta") if m.get(attribute) == value)


def _read_html(path: Path) -> Sample:
    root = _parse_html(path)
    article = next(root.iter("article"))
    skip = {"byline", "dateline", "published"}
    paragraphs = ["".join(p.itertext()).strip() for p in article.findall("p") if p.get("class") not in skip]
    return Sample(
        file=str(path.relative_to(SAMPLES)),
        record_id=None,
        title="".join(article.find("h1").itertext()),
        url=next(link.get("href") for link in root.iter("link") if link.get("rel") == "canonical"),
        published=dt.date.fromisoformat(_meta(root, "property", "article:published_time")[:10]),
        byline=_meta(root, "name", "author"),
        text="\n\n".join(paragraphs),
    )


def _from_record(path: Path, record: dict[str, str]) -> Sample:
    assert list(record) == RECORD_KEYS, f"{path.name}: columns {list(record)}"
    return Sample(
        file=str(path.relative_to(SAMPLES)),
        record_id=record["id"],
        title=record["title"],
        url=record["url"],
        published=dt.date.fromisoformat(record["published"]),
        byline=record["byline"],
        text=record["text"],
    )


def _read_records(path: Path) -> list[Sample]:
    with path.open(encoding="utf-8", newline="") as f:
        if path.suffix == ".jsonl":
            records = [json.loads(line) for line in f]
        elif path.suffix == ".json":
            records = json.load(f)
        else:
            records = list(csv.DictReader(f, strict=True))
    return [_from_record(path, record) for record in records]


def _files(pattern: str) -> list[Path]:
    return sorted(SAMPLES.rglob(pattern))


def _corpus() -> list[Sample]:
    samples = [_read_txt(p) for p in _files("*.txt")] + [_read_html(p) for p in _files("*.html")]
    for pattern in ("*.jsonl", "*.json", "*.csv"):
        for path in _files(pattern):
            samples += _read_records(path)
    return samples


CORPUS = _corpus()
BY_KEY = {(s.file, s.record_id): s for s in CORPUS}
DISPUTES = json.loads((Path(__file__).parent / "data" / "sample_disputes.json").read_text(encoding="utf-8"))


def test_corpus_has_enough_articles_in_every_format():
    formats = Counter(Path(s.file).suffix for s in CORPUS)
    assert len(CORPUS) >= 32
    assert 0.4 <= formats[".txt"] / len(CORPUS) <= 0.6
    assert 4 <= formats[".html"] <= 6
    assert len(_files("*.jsonl")) == 1 and 6 <= formats[".jsonl"] <= 10
    assert len(_files("*.csv")) == 1 and 4 <= formats[".csv"] <= 6


def test_urls_and_record_ids_are_unique():
    urls = Counter(s.url for s in CORPUS)
    assert [u for u, n in urls.items() if n > 1] == []
    ids = Counter(s.record_id for s in CORPUS if s.record_id)
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize("sample", CORPUS, ids=lambda s: s.record_id or s.file)
def test_article_metadata_and_length(sample):
    assert sample.title.strip() and sample.byline.strip()
    url = urlsplit(sample.url)
    assert url.scheme == "https" and url.hostname.endswith(".example")
    assert FIRST_DAY <= sample.published <= LAST_DAY
    assert MIN_WORDS <= len(sample.text.split()) <= MAX_WORDS
    assert sample.text == sample.text.strip() and "\n\n\n" not in sample.text


@pytest.mark.parametrize("path", _files("*.txt") + _files("*.html"), ids=lambda p: p.name)
def test_file_name_starts_with_publication_date(path):
    sample = _read_txt(path) if path.suffix == ".txt" else _read_html(path)
    assert path.name.startswith(sample.published.isoformat())


@pytest.mark.parametrize("path", _files("*.html"), ids=lambda p: p.name)
def test_html_page_has_metadata_and_chrome_to_strip(path):
    root = _parse_html(path)
    assert root.findtext("head/title").strip()
    assert _meta(root, "property", "article:published_time").startswith("2026-")
    assert _meta(root, "name", "author")
    for tag in ("header", "nav", "footer", "article"):
        assert next(root.iter(tag), None) is not None, tag


def test_csv_bodies_keep_their_paragraph_breaks():
    csv_samples = [s for s in CORPUS if s.file.endswith(".csv")]
    assert csv_samples and all("\n\n" in s.text for s in csv_samples)


@pytest.mark.parametrize("sample", CORPUS, ids=lambda s: s.record_id or s.file)
def test_quotes_are_balanced(sample):
    """A paragraph leaves a quote open only when the next one continues it (a multi-paragraph quote)."""
    paragraphs = sample.text.split("\n\n")
    for paragraph, following in zip(paragraphs, [*paragraphs[1:], ""], strict=True):
        opened = paragraph.count("“") - paragraph.count("”")
        straight_open = paragraph.count('"') % 2
        continues = following.startswith(("“", '"'))
        assert opened in (0, 1) and straight_open in (0, 1), paragraph
        assert not (opened or straight_open) or continues, paragraph


@pytest.mark.parametrize("dispute", DISPUTES, ids=lambda d: d["id"])
def test_dispute_words_occur_in_their_articles(dispute):
    dates = []
    for part in ("claim", "denial", "rebuttal"):
        ref = dispute[part]
        if ref is None:
            continue
        sample = BY_KEY[(ref["file"], ref["record_id"])]
        assert ref["substring"] in sample.text, f"{part}: {ref['substring']!r} not in {ref['file']}"
        assert ref["speaker"] in sample.text or ref["speaker"].split()[-1] in sample.text
        assert dt.date.fromisoformat(ref["published"]) == sample.published
        dates.append(sample.published)
    assert dates == sorted(dates) and dates[0] < dates[1], "a denial comes days after its claim"


def test_disputes_cover_several_pairs_of_actors():
    pairs = {(d["claim"]["speaker"], d["denial"]["speaker"]) for d in DISPUTES}
    assert len(pairs) >= 4
    assert sum(d["rebuttal"] is not None for d in DISPUTES) >= 3
