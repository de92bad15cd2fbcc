"""The extraction API: extract, extract_many, and the invariants every result keeps."""

import datetime as dt

import pytest

from claims.extraction import EXTRACTOR_VERSION, extract, extract_many

pytestmark = pytest.mark.nlp

ARTICLE = (
    "Harbour Commissioner Elin Vasquez said on Tuesday that the old pier would be demolished.\n\n"
    '"It is simply not safe any more," Vasquez told reporters. "We have no other choice."\n\n'
    "The Fishermen's Union rejected her claims, saying the pier had been safe for decades.\n\n"
    "The demolition will start in May, according to the city's planning office."
)


def test_extract_returns_statements_with_version_and_actors() -> None:
    result = extract(ARTICLE, dt.date(2024, 3, 14))
    assert result.extractor_version == EXTRACTOR_VERSION
    assert [s.id for s in result.statements] == ["s1", "s2", "s3", "s4", "s5"]
    assert [s.speaker for s in result.statements] == ["Elin Vasquez"] * 2 + ["Fishermen's Union"] * 2 + [
        "city's planning office"
    ]
    assert {s.speaker for s in result.statements} <= {a.name for a in result.actors}


def test_offsets_point_at_the_content() -> None:
    for s in extract(ARTICLE).statements:
        assert ARTICLE[s.start : s.end] == s.content
        assert all(s.start <= a < b <= s.end for a, b in s.fragments)
        if s.speaker_span:
            assert ARTICLE[s.speaker_span[0] : s.speaker_span[1]] == s.speaker_text
        if s.cue_span:
            assert ARTICLE[s.cue_span[0] : s.cue_span[1]] == s.cue


def test_denies_refer_to_statements_of_the_same_document() -> None:
    result = extract(ARTICLE)
    ids = {s.id for s in result.statements}
    denial = next(s for s in result.statements if s.is_denial)
    assert denial.speaker == "Fishermen's Union"
    assert denial.denies
    assert set(denial.denies) <= ids


def test_extract_many_keeps_input_order() -> None:
    docs = [
        ("Nobody spoke at the meeting.", None),
        ("The mayor, Rhea Olsen, said the market would reopen.", dt.date(2024, 1, 2)),
        ("The weather was fine.", None),
    ]
    results = list(extract_many(docs, batch_size=2))
    assert [len(r.statements) for r in results] == [0, 1, 0]
    assert results[1].statements[0].speaker == "Rhea Olsen"


def test_empty_text_has_no_statements() -> None:
    assert extract("").statements == ()


def test_as_json_has_the_documented_fields() -> None:
    (s, *_) = extract(ARTICLE, dt.date(2024, 3, 14)).statements
    assert set(s.as_json()) == {
        "id",
        "speaker",
        "speaker_kind",
        "speaker_span",
        "affiliation",
        "conduit",
        "cue",
        "cue_span",
        "type",
        "start",
        "end",
        "content",
        "fragments",
        "is_denial",
        "denies",
        "denied_actor",
        "said_on",
        "said_on_precision",
    }
    assert s.as_json()["said_on"] == "2024-03-12"
