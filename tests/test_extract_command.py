"""`manage.py extract`: JSON lines on stdout, one per document, without a database."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.nlp

ARTICLE_TXT = """Harbour Board Approves New Pier

By Staff Reporter

March 14, 2024

Workers repair the old pier at dawn. **Photo: Harbour Board**

Harbour Commissioner Elin Vasquez said on Tuesday that the old pier would be demolished.

"It is simply not safe any more," Vasquez told reporters.

Original url:

https://example.org/harbour-board-pier
"""


def run(*args: str) -> tuple[list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("extract", *args, stdout=out, stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_jsonl_records_keep_their_id_and_text_offsets(tmp_path: Path) -> None:
    text = "The mayor, Rhea Olsen, said the market would reopen on Friday."
    record = {"id": "rec-1", "text": text, "published": "2024-03-11"}
    path = write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    (doc,), err = run(path)
    assert err == ""
    assert doc["id"] == "rec-1"
    assert doc["published"] == "2024-03-11"
    (s,) = doc["statements"]
    assert s["speaker"] == "Rhea Olsen"
    assert text[s["start"] : s["end"]] == s["content"]
    assert s["id"] == "s1"


def test_txt_article_body_without_title_caption_and_footer(tmp_path: Path) -> None:
    path = write(tmp_path / "pier.txt", ARTICLE_TXT)
    (doc,), _ = run(path)
    assert doc["id"] == path
    assert doc["published"] == "2024-03-14"
    speakers = [s["speaker"] for s in doc["statements"]]
    assert speakers == ["Elin Vasquez", "Elin Vasquez"]
    assert doc["statements"][0]["said_on"] == "2024-03-12"
    assert all("Photo" not in s["content"] for s in doc["statements"])


def test_directories_are_read_in_name_order(tmp_path: Path) -> None:
    write(tmp_path / "b.jsonl", json.dumps({"id": "second", "text": "Nothing was said."}) + "\n")
    write(tmp_path / "a.jsonl", json.dumps({"id": "first", "text": "Nothing was said."}) + "\n")
    docs, _ = run(str(tmp_path))
    assert [d["id"] for d in docs] == ["first", "second"]


def test_bad_lines_are_reported_and_the_rest_still_extracted(tmp_path: Path) -> None:
    good = json.dumps({"id": "ok", "text": "Police said the road was closed.", "published": None})
    lines = [good, "{not json", json.dumps({"id": "nodate", "text": "x", "published": "2024-13-45"})]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("extract", path, str(tmp_path / "missing.txt"), stdout=out, stderr=err)
    assert failure.value.returncode == 1
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["ok"]
    messages = err.getvalue().splitlines()
    assert len(messages) == 3
    assert messages[0].startswith(f"{path}:2: ")
    assert messages[1].startswith(f"{path}:3: ")
    assert "missing.txt: no such file or directory" in messages[2]


def test_record_without_text_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "notext.jsonl", json.dumps({"id": "x", "body": "..."}) + "\n")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("extract", path, stdout=out, stderr=err)
    assert "notext.jsonl:1: " in err.getvalue()
    assert "text" in err.getvalue()


def test_json_list_of_records(tmp_path: Path) -> None:
    records = [{"id": "j1", "text": "Nobody spoke.", "published": "2024-01-01"}]
    docs, _ = run(write(tmp_path / "list.json", json.dumps(records)))
    assert docs == [{"id": "j1", "published": "2024-01-01", "statements": []}]


def test_runs_before_migrate_without_touching_a_database(tmp_path: Path) -> None:
    database = tmp_path / "never.sqlite3"
    record = {"id": "r", "text": "Police said the road was closed."}
    path = write(tmp_path / "a.jsonl", json.dumps(record) + "\n")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    manage = Path(__file__).resolve().parent.parent / "manage.py"
    done = subprocess.run(
        [sys.executable, str(manage), "extract", path], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["statements"][0]["speaker"] == "Police"
    assert not database.exists() or database.stat().st_size == 0
