"""The gold set in eval/articles/: the written JSON files are well formed and
current, and build.py rejects the annotation mistakes it is meant to catch."""

import datetime as dt
import importlib.util
import json
import pathlib
import re
import subprocess
import sys

import pytest

ARTICLES = pathlib.Path(__file__).resolve().parent.parent / "eval" / "articles"
SPLITS = ("dev", "holdout")
ARTICLES_PER_SPLIT = {"dev": 48, "holdout": 192}


def _load_build():
    spec = importlib.util.spec_from_file_location("goldset_build", ARTICLES / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build()


def _gold(split):
    return json.loads((ARTICLES / f"{split}.json").read_text(encoding="utf-8"))


def _records(split):
    lines = (ARTICLES / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize("split", SPLITS)
def test_split_has_its_articles_of_300_to_700_words(split):
    articles = _gold(split)
    assert len(articles) == ARTICLES_PER_SPLIT[split]
    assert all(300 <= len(a["text"].split()) <= 700 for a in articles)


def test_article_ids_are_unique_across_splits():
    ids = [a["id"] for split in SPLITS for a in _gold(split)]
    assert len(ids) == len(set(ids)) == sum(ARTICLES_PER_SPLIT.values())


@pytest.mark.parametrize("split", SPLITS)
def test_every_content_sits_at_its_offsets(split):
    for article in _gold(split):
        for st in article["statements"]:
            assert article["text"][st["start"] : st["end"]] == st["content"], (article["id"], st["id"])


@pytest.mark.parametrize("split", SPLITS)
def test_statement_fields_follow_the_format(split):
    for article in _gold(split):
        published = dt.date.fromisoformat(article["published"])
        ids = [st["id"] for st in article["statements"]]
        assert len(ids) == len(set(ids)), article["id"]
        for st in article["statements"]:
            where = (article["id"], st["id"])
            assert st["type"] in {"direct", "indirect", "mixed"}, where
            assert st["speaker"] and all(isinstance(n, str) and n for n in st["speaker"]), where
            assert st["denial"] in (True, False, None), where
            assert set(st["denies"]) <= set(ids) - {st["id"]}, where
            assert st["denial"] is True or (not st["denies"] and "denied_actor" not in st), where
            if "said_on" in st:
                assert dt.date.fromisoformat(st["said_on"]) <= published, where
            if "said_on_month" in st:
                assert re.fullmatch(r"\d{4}-\d{2}", st["said_on_month"]), where
        for start, end in article["ignore"]:
            assert 0 <= start < end <= len(article["text"]), article["id"]


@pytest.mark.parametrize("split", SPLITS)
def test_extract_input_matches_the_gold(split):
    gold, records = _gold(split), _records(split)
    assert [(r["id"], r["text"], r["published"]) for r in records] == [
        (g["id"], g["text"], g["published"]) for g in gold
    ]
    assert all(r["text"].split("\n", 1)[0] == r["title"] and r["source"] for r in records)


def test_written_files_are_current_with_the_sources():
    done = subprocess.run(
        [sys.executable, str(ARTICLES / "build.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


SOURCE = """
id = "t-1"
source = "Test Wire"
published = "2024-05-15"
title = "Test headline"
body = '''
BODY
'''

[[statements]]
id = "s1"
speaker = ["Ana Ruiz", "Ruiz"]
{STATEMENT}
"""
FILLER = " ".join(["Filler words make the article long enough."] * 45)


def _build_one(tmp_path, body, statement):
    path = tmp_path / "t.toml"
    source = SOURCE.replace("BODY", body + "\n\n" + FILLER).replace("{STATEMENT}", statement)
    path.write_text(source, encoding="utf-8")
    return build.build_article(path)[0]


def test_build_computes_offsets_of_a_direct_quote(tmp_path):
    gold = _build_one(
        tmp_path,
        '"We will build it," Ruiz said on Tuesday.',
        'type = "direct"\ncontent = "We will build it,"\ndenial = false\n'
        'said_on = "2024-05-14"\ndate_cue = "on Tuesday"',
    )
    st = gold["statements"][0]
    assert gold["text"][st["start"] : st["end"]] == "We will build it,"
    assert st["said_on"] == "2024-05-14"


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        ('type = "direct"\ncontent = "We will sell it,"\ndenial = false', "not in text"),
        ("type = \"direct\"\ncontent = '''\"We will build it,\"'''\ndenial = false", "quote marks"),
        ('type = "indirect"\ncontent = "that it would be built"\ndenial = false', "starts with 'that'"),
        (
            'type = "direct"\ncontent = "We will build it,"\ndenial = false\n'
            'said_on = "2024-05-13"\ndate_cue = "on Tuesday"',
            "does not fit",
        ),
        ('type = "direct"\ncontent = "We will build it,"\ndenial = false', "date_note"),
        ('type = "direct"\ncontent = "We will build it,"\ndenial = true', "must list what it denies"),
    ],
)
def test_build_rejects_annotation_mistakes(tmp_path, statement, message):
    body = '"We will build it," Ruiz said on Tuesday. She added that it would be built.'
    with pytest.raises(build.GoldError, match=re.escape(message)):
        _build_one(tmp_path, body, statement)


def test_slice_prints_one_batch_of_a_split():
    run = subprocess.run(
        [sys.executable, str(ARTICLES / "slice.py"), "holdout", "49", "72"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    ids = [article["id"] for article in json.loads(run.stdout)]
    assert len(ids) == 24
    assert all(49 <= int(re.match(r"holdout-(\d+)-", i).group(1)) <= 72 for i in ids)


def test_slice_of_no_article_fails_with_a_message():
    run = subprocess.run(
        [sys.executable, str(ARTICLES / "slice.py"), "dev", "90", "99"], capture_output=True, text=True
    )
    assert run.returncode == 1
    assert "no dev article is numbered 90-99" in run.stderr
