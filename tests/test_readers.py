"""claims.readers: every format, and every kind of bad input as a RecordError."""

import codecs
import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from claims.readers import ArticleRecord, BadRecord, RecordError, parse_date, read_paths

ARTICLE_TXT = """\
Harbour Bridge Will Reopen in Spring, Mayor Says

By Tomas Reyl

March 02, 2026



The harbour bridge at dusk, two weeks before the repairs began. **Courier photo**

Mayor Ilse Varga said on Monday that the harbour bridge would reopen in spring.

"We kept every promise we made to the fishermen," she told the council.

Original url:

https://courier.example/2026/03/02/harbour-bridge-will-reo
pen-in-spring
"""

BODY = (
    "Mayor Ilse Varga said on Monday that the harbour bridge would reopen in spring.\n\n"
    '"We kept every promise we made to the fishermen," she told the council.'
)


def read(*paths: Path | str, **kwargs: object) -> list[ArticleRecord | RecordError]:
    return list(read_paths([str(p) for p in paths], **kwargs))


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def only_record(results: list[ArticleRecord | RecordError]) -> ArticleRecord:
    assert len(results) == 1, results
    assert isinstance(results[0], ArticleRecord), results[0]
    return results[0]


def only_error(results: list[ArticleRecord | RecordError]) -> RecordError:
    assert len(results) == 1, results
    assert isinstance(results[0], RecordError), results[0]
    return results[0]


# --- .txt ------------------------------------------------------------------------------


def test_txt_article_splits_header_caption_body_and_footer(tmp_path):
    path = write(tmp_path, "bridge.txt", ARTICLE_TXT)
    record = only_record(read(path))
    assert record.title == "Harbour Bridge Will Reopen in Spring, Mayor Says"
    assert record.byline == "Tomas Reyl"
    assert record.published == dt.date(2026, 3, 2)
    assert record.caption == "The harbour bridge at dusk, two weeks before the repairs began."
    assert record.text == BODY
    assert record.url == "https://courier.example/2026/03/02/harbour-bridge-will-reopen-in-spring"
    assert record.id == record.origin == str(path)


def test_txt_windows_line_endings_and_bom_read_like_unix(tmp_path):
    crlf = codecs.BOM_UTF8 + ARTICLE_TXT.replace("\n", "\r\n").encode("utf-8")
    record = only_record(read(write(tmp_path, "bridge.txt", crlf)))
    assert record.text == BODY
    assert record.title == "Harbour Bridge Will Reopen in Spring, Mayor Says"
    assert record.published == dt.date(2026, 3, 2)


def test_txt_body_only_has_no_title(tmp_path):
    body = "Councillor Pia Noor said the ferry fares would rise.\n\nShe said the rise was modest.\n"
    record = only_record(read(write(tmp_path, "fares.txt", body)))
    assert record.title == ""
    assert record.published is None
    assert record.text == body.strip()


def test_txt_title_without_byline_or_date(tmp_path):
    content = "Ferry Fares to Rise\n\nCouncillor Pia Noor said the ferry fares would rise.\n"
    record = only_record(read(write(tmp_path, "fares.txt", content)))
    assert record.title == "Ferry Fares to Rise"
    assert record.text == "Councillor Pia Noor said the ferry fares would rise."


def test_txt_first_paragraph_without_credit_is_body_not_caption(tmp_path):
    content = "Ferry Fares to Rise\n\n7 Nov 2025\n\nPia Noor said fares would rise.\n\nShe gave no figure.\n"
    record = only_record(read(write(tmp_path, "fares.txt", content)))
    assert record.caption == ""
    assert record.published == dt.date(2025, 11, 7)
    assert record.text.startswith("Pia Noor said fares would rise.")


def test_txt_sentence_starting_with_by_is_body_not_byline(tmp_path):
    content = "Ferry Fares to Rise\n\nBy Monday the council had agreed to the rise.\n\nPia Noor said so.\n"
    record = only_record(read(write(tmp_path, "fares.txt", content)))
    assert record.byline == ""
    assert record.text.startswith("By Monday the council")


def test_txt_labelled_caption_is_not_body(tmp_path):
    content = (
        "Ferry Fares to Rise\n\nPhoto: The old ferry in the harbour.\n\nPia Noor said fares would rise.\n"
    )
    record = only_record(read(write(tmp_path, "fares.txt", content)))
    assert record.caption == "The old ferry in the harbour."
    assert record.text == "Pia Noor said fares would rise."


def test_txt_impossible_date_names_file_and_line(tmp_path):
    content = "Ferry Fares to Rise\n\nBy Tomas Reyl\n\n2023-02-30\n\nPia Noor said fares would rise.\n"
    path = write(tmp_path, "fares.txt", content)
    error = only_error(read(path))
    assert error.origin == f"{path}:5"
    assert "impossible date '2023-02-30'" in error.reason


def test_txt_header_without_body_is_rejected(tmp_path):
    error = only_error(read(write(tmp_path, "stub.txt", "Ferry Fares to Rise\n\nBy Tomas Reyl\n")))
    assert error.reason == "no body text"


def test_txt_body_is_an_exact_slice_keeping_offsets(tmp_path):
    record = only_record(read(write(tmp_path, "bridge.txt", ARTICLE_TXT)))
    start = record.text.index("she told")
    assert record.text[start : start + len("she told the council")] == "she told the council"
    assert "\r" not in record.text and "Courier photo" not in record.text


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2022-11-07",
        "2022-11-07T09:30:00Z",
        "2022-11-07 09:30:00+01:00",
        "November 07, 2022",
        "Nov. 7 2022",
        "7 Nov 2022",
        "7th of November, 2022",
        "Monday, 7 November 2022",
        "Mon, 07 Nov 2022 09:30:00 GMT",
        "Published: Nov 7, 2022 at 9:30 a.m. EST",
        "2022/11/07",
    ],
)
def test_parse_date_common_formats(value):
    assert parse_date(value) == dt.date(2022, 11, 7)


def test_parse_date_numeric_order_when_unambiguous():
    assert parse_date("13/11/2022") == dt.date(2022, 11, 13)
    assert parse_date("11/13/2022") == dt.date(2022, 11, 13)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2023-02-30", "impossible date"),
        ("February 30, 2023", "impossible date"),
        ("07/11/2022", "ambiguous date"),
        ("next Tuesday", "unrecognised date"),
    ],
)
def test_parse_date_rejects_with_reason(value, reason):
    with pytest.raises(BadRecord, match=reason):
        parse_date(value)


# --- .html ------------------------------------------------------------------------------

ARTICLE_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>Ferry fares to rise | Valdoria Courier</title>
<meta property="og:site_name" content="Valdoria Courier">
<meta name="author" content="Tomas Reyl">
<meta property="article:published_time" content="2026-03-04T08:00:00Z">
<link rel="canonical" href="https://courier.example/ferry-fares">
</head><body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Ferry fares to rise</h1>
<figure><img src="ferry.jpg"><figcaption>The old ferry leaving the harbour.</figcaption></figure>
<p>Councillor Pia Noor said on Tuesday that ferry fares would rise by a tenth from May, the first
rise in six years, and that the money would pay for a second boat on the island route.</p>
<p>"Nobody likes paying more, but the boat is older than I am," she told the transport committee,
adding that pensioners would keep their free passes.</p>
</article><footer>All rights reserved</footer></body></html>
"""


def test_html_main_text_and_metadata(tmp_path):
    path = write(tmp_path, "ferry.html", ARTICLE_HTML)
    record = only_record(read(path))
    assert record.title == "Ferry fares to rise"
    assert record.byline == "Tomas Reyl"
    assert record.source == "Valdoria Courier"
    assert record.url == "https://courier.example/ferry-fares"
    assert record.published == dt.date(2026, 3, 4)
    assert record.caption == "The old ferry leaving the harbour."
    assert record.text.startswith("Councillor Pia Noor said on Tuesday")
    assert "\n\n" in record.text
    assert "Home" not in record.text and "old ferry leaving" not in record.text
    assert record.id == str(path)


def test_html_declared_legacy_charset_is_decoded(tmp_path):
    html = ARTICLE_HTML.replace('charset="utf-8"', 'charset="windows-1252"').replace("Pia Noor", "Pía Noor")
    record = only_record(read(write(tmp_path, "ferry.htm", html.encode("cp1252"))))
    assert "Pía Noor" in record.text


def test_html_without_article_text_is_rejected(tmp_path):
    error = only_error(read(write(tmp_path, "empty.html", "<html><body><nav>Home</nav></body></html>")))
    assert error.reason == "no article text found in the HTML"


# --- .json / .jsonl ---------------------------------------------------------------------


def test_json_single_record_with_all_fields(tmp_path):
    data = {
        "id": "vc-101",
        "text": "  Mayor Ilse Varga said the bridge would reopen.\n",
        "title": "Bridge to reopen",
        "url": "https://courier.example/bridge",
        "published": "March 2, 2026",
        "source": "Valdoria Courier",
        "byline": "Tomas Reyl",
    }
    record = only_record(read(write(tmp_path, "one.json", json.dumps(data)), default_source="Elsewhere"))
    assert record.id == "vc-101"
    assert record.text == data["text"]  # verbatim: offsets refer to it
    assert record.published == dt.date(2026, 3, 2)
    assert (record.title, record.url, record.source, record.byline) == (
        "Bridge to reopen",
        "https://courier.example/bridge",
        "Valdoria Courier",
        "Tomas Reyl",
    )


def test_json_single_record_without_id_uses_the_path(tmp_path):
    path = write(tmp_path, "one.json", '{"text": "Pia Noor said fares would rise."}')
    assert only_record(read(path)).id == str(path)


def test_json_list_reports_bad_item_by_line_and_keeps_the_rest(tmp_path):
    content = (
        '[\n  {"id": "a", "text": "Pia Noor said fares would rise."},\n'
        '  {"id": "b"},\n  {"text": "Ilse Varga agreed."}\n]\n'
    )
    path = write(tmp_path, "list.json", content)
    first, second, third = read(path)
    assert first.id == "a"
    assert second == RecordError(f"{path}:3", "record has no 'text'")
    assert third.text == "Ilse Varga agreed." and third.id == f"{path}:4"


def test_json_broken_file_names_line(tmp_path):
    path = write(tmp_path, "broken.json", '{\n  "text": "Pia Noor said",\n  "title": \n}\n')
    error = only_error(read(path))
    assert error.origin == f"{path}:4"
    assert error.reason.startswith("broken JSON")


def test_json_file_holding_json_lines_is_read_line_by_line(tmp_path):
    path = write(tmp_path, "lines.json", '{"text": "One said so."}\n{"text": "Two said so."}\n')
    assert [r.text for r in read(path)] == ["One said so.", "Two said so."]


def test_jsonl_broken_line_is_reported_and_reading_goes_on(tmp_path):
    content = (
        '{"id": "a", "text": "Pia Noor said fares would rise."}\n'
        '{"id": "b", "text": \n\n'
        '{"id": "c", "text": "Ilse Varga agreed."}\n'
    )
    path = write(tmp_path, "feed.jsonl", content)
    first, error, third = read(path)
    assert first.id == "a" and third.id == "c"
    assert error.origin == f"{path}:2"
    assert error.reason.startswith("broken JSON line")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "x"}', "record has no 'text'"),
        ('{"text": "   "}', "'text' is empty"),
        ('{"text": 12}', "'text' must be a string, got a number"),
        ('["not", "an", "object"]', "expected an object with a 'text' field, got a list"),
        (
            '{"text": "Pia Noor said so.", "published": "2023-02-30"}',
            "impossible date '2023-02-30' in 'published'",
        ),
        ('{"text": "Pia Noor said so.", "title": {"a": 1}}', "'title' must be a string, got an object"),
    ],
)
def test_jsonl_bad_record_reasons(tmp_path, line, reason):
    path = write(tmp_path, "feed.jsonl", line + "\n")
    assert only_error(read(path)) == RecordError(f"{path}:1", reason)


def test_jsonl_id_defaults_to_origin_and_source_to_default(tmp_path):
    path = write(
        tmp_path,
        "feed.jsonl",
        '\n{"text": "Pia Noor said so."}\n{"text": "Varga agreed.", "source": "Gazette"}\n',
    )
    first, second = read(path, default_source="Valdoria Courier")
    assert first.id == first.origin == f"{path}:2"
    assert first.source == "Valdoria Courier"
    assert second.source == "Gazette"


def test_outlet_falls_back_to_the_url_host(tmp_path):
    path = write(
        tmp_path, "feed.jsonl", '{"text": "Pia Noor said so.", "url": "https://www.courier.example/a"}\n'
    )
    assert only_record(read(path)).source == "courier.example"
    assert only_record(read(path, default_source="Valdoria Courier")).source == "Valdoria Courier"
    assert only_record(read(write(tmp_path, "bridge.txt", ARTICLE_TXT))).source == "courier.example"
    broken = write(tmp_path, "broken-url.jsonl", '{"text": "Pia Noor said so.", "url": "http://[courier"}\n')
    assert only_record(read(broken)).source == ""


def test_jsonl_accepts_author_and_date_aliases(tmp_path):
    path = write(
        tmp_path,
        "feed.jsonl",
        '{"text": "Pia Noor said so.", "author": ["A. Bell", "C. Dunn"], "date": "7 Nov 2025"}\n',
    )
    record = only_record(read(path))
    assert record.byline == "A. Bell, C. Dunn"
    assert record.published == dt.date(2025, 11, 7)


def test_stdin_json_lines_with_a_bad_encoding_line():
    stream = io.BytesIO(
        b'{"id": "a", "text": "Pia Noor said so."}\n'
        b'{"text": "caf\xe9"}\n'
        b'{"id": "c", "text": "Varga agreed."}\n'
    )
    first, error, third = read("-", stdin=stream)
    assert (first.id, third.id) == ("a", "c")
    assert error.origin == "<stdin>:2"
    assert error.reason.startswith("not UTF-8 text")


# --- .csv -------------------------------------------------------------------------------


def test_csv_rows_with_multiline_text_keep_their_line_numbers(tmp_path):
    content = (
        "id,title,text,published,source\n"
        'r1,Fares,"Pia Noor said fares would rise.\n\nShe gave no figure.",2026-03-04,\n'
        "r2,Bridge,,2026-03-02,\n"
        'r3,Bridge,"Ilse Varga said the bridge would reopen.",2 March 2026,Gazette\n'
    )
    path = write(tmp_path, "feed.csv", content)
    first, error, third = read(path, default_source="Valdoria Courier")
    assert first.text == "Pia Noor said fares would rise.\n\nShe gave no figure."
    assert first.source == "Valdoria Courier" and first.published == dt.date(2026, 3, 4)
    assert error == RecordError(f"{path}:5", "record has no 'text'")
    assert third.origin == f"{path}:6" and third.source == "Gazette"


def test_csv_written_by_the_csv_module_with_quotes_inside_text(tmp_path):
    path = tmp_path / "feed.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text"])
        writer.writeheader()
        writer.writerow({"id": "q1", "text": '"We will reopen," Varga said.\n\nShe left.'})
        writer.writerow({"id": "q2", "text": "No quotes, but a comma."})
    first, second = read(path)
    assert first.text == '"We will reopen," Varga said.\n\nShe left.'
    assert (second.id, second.origin) == ("q2", f"{path}:5")


def test_csv_semicolons_and_crlf(tmp_path):
    content = "ID;Text;Published\r\nr1;Pia Noor said so.;13.11.2025\r\n"
    record = only_record(read(write(tmp_path, "feed.csv", content)))
    assert (record.id, record.text, record.published) == ("r1", "Pia Noor said so.", dt.date(2025, 11, 13))


def test_csv_without_text_column_is_rejected(tmp_path):
    path = write(tmp_path, "feed.csv", "id,body\nr1,Pia Noor said so.\n")
    assert only_error(read(path)) == RecordError(f"{path}:1", "no 'text' column (columns: id, body)")


# --- files, directories, bad files ------------------------------------------------------


def test_directory_is_read_recursively_in_order_skipping_hidden(tmp_path):
    write(tmp_path, "b/second.jsonl", '{"id": "second", "text": "Two said so."}\n')
    write(tmp_path, "a.json", '{"id": "first", "text": "One said so."}')
    write(tmp_path, ".hidden.json", '{"id": "hidden", "text": "Nobody said so."}')
    write(tmp_path, ".git/third.json", '{"id": "hidden-dir", "text": "Nobody said so."}')
    assert [r.id for r in read(tmp_path)] == ["first", "second"]


def test_directory_walk_skips_files_that_are_not_articles(tmp_path):
    write(tmp_path, "README.md", "# Feeds\n\nWhat these files are.")
    write(tmp_path, "notes.docx", "not an article")
    write(tmp_path, "feed.jsonl", '{"id": "kept", "text": "Pia Noor said so."}\n')
    assert [r.id for r in read(tmp_path)] == ["kept"]


def test_a_named_file_of_unknown_type_is_still_reported(tmp_path):
    path = write(tmp_path, "README.md", "# Feeds")
    assert "unknown file type ('.md'" in only_error(read(path)).reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.jsonl", b"  \n\n", "empty file"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
        ("noise.json", bytes(range(1, 256)) * 4, "binary file, not text"),
        (
            "latin.txt",
            "Café owner Ana Díaz said so.".encode("latin-1"),
            "not UTF-8 text (byte 0xe9 at offset 3)",
        ),
        ("notes.md", b"# Notes\n\nNothing here.\n", "unknown file type ('.md'; expected one of"),
    ],
)
def test_bad_files_give_one_error_naming_the_file(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)
    error = only_error(read(path))
    assert error.origin == str(path)
    assert error.reason.startswith(reason)
    assert "\n" not in error.reason


def test_unknown_extension_with_json_content_is_read(tmp_path):
    path = write(tmp_path, "export.dat", '{"id": "x", "text": "Pia Noor said so."}')
    assert only_record(read(path)).id == "x"


def test_utf16_with_bom_is_read(tmp_path):
    path = write(tmp_path, "wide.txt", "Pia Noor said fares would rise.\n".encode("utf-16"))
    assert only_record(read(path)).text == "Pia Noor said fares would rise."


def test_missing_path_is_an_error_and_the_rest_is_read(tmp_path):
    good = write(tmp_path, "good.jsonl", '{"id": "g", "text": "Pia Noor said so."}\n')
    missing, record = read(tmp_path / "nope.txt", good)
    assert missing == RecordError(str(tmp_path / "nope.txt"), "no such file or directory")
    assert record.id == "g"
