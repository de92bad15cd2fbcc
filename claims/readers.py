"""Turn paths into article records: the input side of `manage.py extract` and `ingest`.

    read_paths(paths, *, default_source="") -> Iterator[ArticleRecord | RecordError]

Formats, by extension (or by content when the extension says nothing):

- `.txt`: a news article laid out as title, "By ..." byline, date line, an
  optional photo caption (not body text), body paragraphs, and an
  "Original url:" footer. Every part but the body is optional.
- `.html` / `.htm`: main text, title, byline and outlet by trafilatura, the
  publication date by htmldate, the first `<figcaption>` as caption.
- `.json` (one record or a list of records), `.jsonl` (one record a line),
  `.csv` / `.tsv` (one record a row): `text` is required; `id`, `title`,
  `url`, `published`, `source`, `byline`, `caption` are optional.

The outlet (`source`) is the record's own, else `default_source`, else the
host of the article's URL.
- a directory: every file under it, recursively, in sorted order, hidden files
  and directories skipped; `-`: JSON lines on stdin.

Bad input never raises: it comes out as a `RecordError` naming the file (and
the line), and reading goes on with the next record. Nothing here touches the
database, so `manage.py extract` works before `migrate`.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TextIO
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """One article as read from a file. Statement offsets refer to `text`."""

    origin: str  # where it came from: "feeds/monday.jsonl:12", "articles/bridge.txt"
    id: str  # the record's own id, else the file path (one-article files) or origin
    text: str
    published: dt.date | None = None
    title: str = ""
    byline: str = ""
    source: str = ""
    url: str = ""
    caption: str = ""


@dataclass(frozen=True, slots=True)
class RecordError:
    """Input that could not be read, with a one-line reason."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


ReadResult = ArticleRecord | RecordError


class BadRecord(ValueError):
    """Raised inside the readers with a one-line reason; read_paths turns it into a RecordError."""

    def __init__(self, reason: str, *, line: int | None = None) -> None:
        super().__init__(reason)
        self.line = line


def read_paths(
    paths: Iterable[str], *, default_source: str = "", stdin: TextIO | BinaryIO | None = None
) -> Iterator[ReadResult]:
    """Every article under `paths`, in order; `default_source` fills records that name no outlet."""
    for name in paths:
        if name == "-":
            yield from _read_jsonl_lines(_stdin_lines(stdin), "<stdin>", default_source)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, default_source=default_source)
        elif path.exists():
            yield from read_file(path, default_source=default_source)
        else:
            yield RecordError(name, "no such file or directory")


def read_file(path: Path, *, default_source: str = "") -> Iterator[ReadResult]:
    origin = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield RecordError(origin, f"cannot read the file: {exc.strerror or exc}")
        return
    try:
        reader = _reader_for(path, raw)
        text = _decode(raw, html=reader is _read_html)
    except BadRecord as exc:
        yield RecordError(origin, str(exc))
        return
    yield from reader(text, origin, default_source)


def _walk(root: Path) -> Iterator[Path]:
    """Article files under `root`: hidden entries and other file types (a README) are skipped.

    A file named on the command line is always read, whatever its extension;
    in a folder only article formats (and extensionless files, sniffed) count.
    """
    for child in sorted(root.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file() and (child.suffix.lower() in _READERS or not child.suffix):
            yield child


def _stdin_lines(stream: TextIO | BinaryIO | None) -> Iterator[bytes | str]:
    if stream is None:
        stream = getattr(sys.stdin, "buffer", sys.stdin)
    yield from stream


# --- decoding and format detection -------------------------------------------------

_BINARY_SNIFF = 8192


def _decode(raw: bytes, *, html: bool = False) -> str:
    if not raw.strip():
        raise BadRecord("empty file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadRecord(f"unreadable UTF-16 text ({exc.reason} at byte {exc.start})") from None
    if _looks_binary(raw[:_BINARY_SNIFF]):
        raise BadRecord("binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(raw) if html else None
        if declared:
            try:
                return raw.decode(declared)
            except (LookupError, UnicodeDecodeError):
                pass
        raise BadRecord(f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None


_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13}) + b"\x7f"


def _looks_binary(head: bytes) -> bool:
    """A NUL byte, or control characters in more than a tenth of the bytes: no text file has those."""
    return b"\x00" in head or sum(head.count(bytes([c])) for c in _CONTROL) > len(head) / 10


def _declared_charset(raw: bytes) -> str | None:
    match = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", raw[:4096], re.IGNORECASE)
    return match.group(1).decode("ascii") if match else None


Reader = Callable[[str, str, str], Iterator[ReadResult]]


def _reader_for(path: Path, raw: bytes) -> Reader:
    suffix = path.suffix.lower()
    if suffix in _READERS:
        return _READERS[suffix]
    head = raw.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:512].lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return _read_html
    if head.startswith((b"{", b"[")):
        return _read_json
    known = ", ".join(sorted(_READERS))
    what = f"'{suffix}'" if suffix else "no extension"
    raise BadRecord(f"unknown file type ({what}; expected one of {known})")


# --- dates ---------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_PREFIX = r"^\s*(?:(?:published|updated|posted|dated?)(?:\s+on)?\s*:?\s*)?" + _WEEKDAY
_TIME = (
    r"(?:(?:,|\s)\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:z|utc|gmt|[a-z]{2,5}|[+-]\d{2}:?\d{2}))?)?\s*$"
)
_ISO_TIME = r"(?:[t\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?\s*$"
# (pattern, order of the captured groups): y = year, m = month number, b = month name, d = day
_DATE_PATTERNS = [
    (re.compile(_PREFIX + r"(\d{4})-(\d{1,2})-(\d{1,2})" + _ISO_TIME, re.I), "ymd"),
    (re.compile(_PREFIX + r"(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME, re.I), "ymd"),
    (re.compile(_PREFIX + rf"({_MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})" + _TIME, re.I), "bdy"),
    (
        re.compile(
            _PREFIX + rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})\.?,?\s+(\d{{4}})" + _TIME, re.I
        ),
        "dby",
    ),
    (re.compile(_PREFIX + r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})" + _TIME, re.I), "??y"),
]


def match_date(value: str) -> tuple[int, int, int] | None:
    """(year, month, day) when `value` is written as a date, whether or not that day exists."""
    for pattern, order in _DATE_PATTERNS:
        match = pattern.match(value)
        if not match:
            continue
        if order == "??y":
            first, second, year = (int(group) for group in match.groups())
            return _day_month_order(value, first, second, year)
        parts = dict(zip(order, match.groups(), strict=True))
        month = _MONTHS[parts["b"].lower()] if "b" in parts else int(parts["m"])
        return int(parts["y"]), month, int(parts["d"])
    return None


def _day_month_order(value: str, first: int, second: int, year: int) -> tuple[int, int, int]:
    if first == second or first > 12:
        return year, second, first
    if second > 12:
        return year, first, second
    raise BadRecord(f"ambiguous date {value.strip()!r}: write it as YYYY-MM-DD")


def parse_date(value: str) -> dt.date:
    """A date in one of the common news formats; BadRecord with a one-line reason otherwise.

    ISO ("2022-11-07", also with a time), "November 07, 2022", "Nov. 7 2022",
    "7 Nov 2022", "Monday, 7 November 2022", "2022/11/07", and "07/11/2022"
    when the day is unambiguous. An impossible day ("2023-02-30") is an error.
    """
    parts = match_date(value)
    if parts is None:
        raise BadRecord(f"unrecognised date {value.strip()!r}")
    try:
        return dt.date(*parts)
    except ValueError:
        raise BadRecord(f"impossible date {value.strip()!r}") from None


def _host(url: str) -> str:
    """The outlet when nothing else names it: the URL's host, without "www."."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[not-an-address" and the like
        return ""
    return host.removeprefix("www.")


# --- plain-text articles -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Line:
    number: int  # 1-based
    start: int
    end: int
    text: str  # stripped


# "By Tomas Reyl, Valdoria Courier"; not "By Monday the council had agreed." (a sentence).
_BYLINE = re.compile(r"^by\s+(\S.{0,120}?)(?<![a-z]{3}[.!?])$", re.I)
_FOOTER = re.compile(r"^(?:original|source|canonical)?\s*(?:url|link)\s*:\s*(.*)$", re.I)
_TITLE_MAX = 300
# A photo credit closing the caption ("... at dusk. **Courier photo**"), or a caption label.
_CAPTION_CREDIT = re.compile(
    r"\s*(?:\*\*[^*\n]+\*\*|\((?:photo|picture|image|credit)[^)\n]*\)|"
    r"(?:photo|picture|image)(?:\s+credit)?\s*:\s*[^.\n]+)\s*$",
    re.I,
)
_CAPTION_LABEL = re.compile(r"^\s*(?:photo|picture|image|caption)\s*:\s*", re.I)


def _read_txt(text: str, origin: str, default_source: str) -> Iterator[ReadResult]:
    try:
        yield _parse_txt(text, origin, default_source)
    except BadRecord as exc:
        yield RecordError(f"{origin}:{exc.line}" if exc.line else origin, str(exc))


def _parse_txt(text: str, origin: str, default_source: str) -> ArticleRecord:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = _nonblank_lines(text)
    url, lines = _split_footer(lines)
    title, byline, published, lines = _split_header(lines)
    caption, lines = _split_caption(text, lines)
    if not lines:
        raise BadRecord("no body text")
    return ArticleRecord(
        origin=origin,
        id=origin,
        text=text[lines[0].start : lines[-1].end],
        published=published,
        title=title,
        byline=byline,
        source=default_source or _host(url),
        url=url,
        caption=caption,
    )


def _nonblank_lines(text: str) -> list[_Line]:
    lines, offset = [], 0
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append(_Line(number, offset + lead, offset + lead + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


def _split_footer(lines: list[_Line]) -> tuple[str, list[_Line]]:
    """The "Original url:" footer: its URL (line breaks inside it closed up) and the lines before it."""
    for index in range(len(lines) - 1, max(len(lines) - 6, 0) - 1, -1):
        match = _FOOTER.match(lines[index].text)
        if match:
            value = "".join([match.group(1), *(line.text for line in lines[index + 1 :])])
            url = re.sub(r"\s+", "", value)
            return (url if re.match(r"^https?://\S+$", url) else ""), lines[:index]
    return "", lines


def _split_header(lines: list[_Line]) -> tuple[str, str, dt.date | None, list[_Line]]:
    title, byline, published = "", "", None
    index = 0
    if lines and _is_title(lines):
        title, index = lines[0].text.lstrip("# ").strip(), 1
    while index < len(lines) and index <= 3:
        line = lines[index]
        if not byline and (match := _BYLINE.match(line.text)):
            byline = match.group(1).strip()
        elif published is None and len(line.text) <= 80 and match_date(line.text):
            try:
                published = parse_date(line.text)
            except BadRecord as exc:
                raise BadRecord(str(exc), line=line.number) from None
        else:
            break
        index += 1
    return title, byline, published, lines[index:]


def _is_title(lines: list[_Line]) -> bool:
    first = lines[0].text
    if len(lines) < 2 or len(first) > _TITLE_MAX or _BYLINE.match(first) or match_date(first):
        return False
    second = lines[1].text
    if _BYLINE.match(second) or (len(second) <= 80 and match_date(second)):
        return True
    # Without a byline or date under it, a headline is a line that does not end like a sentence.
    return lines[1].number > lines[0].number + 1 and not re.search(r"[.!?…][\"'”’)]*$", first)


def _split_caption(text: str, lines: list[_Line]) -> tuple[str, list[_Line]]:
    """A photo caption right after the header: one paragraph ending in a credit or labelled as one."""
    if len(lines) < 2:
        return "", lines
    end = 1
    while end < len(lines) and lines[end].number == lines[end - 1].number + 1:
        end += 1
    paragraph = " ".join(line.text for line in lines[:end])
    if end == len(lines) or len(paragraph) > 600:
        return "", lines
    if not (_CAPTION_CREDIT.search(paragraph) or _CAPTION_LABEL.match(paragraph)):
        return "", lines
    caption = _CAPTION_LABEL.sub("", _CAPTION_CREDIT.sub("", paragraph)).strip()
    return caption, lines[end:]


# --- HTML pages ------------------------------------------------------------------------


_HTML_MIN_WORDS = 5


def _read_html(text: str, origin: str, default_source: str) -> Iterator[ReadResult]:
    try:
        yield _parse_html(text, origin, default_source)
    except BadRecord as exc:
        yield RecordError(origin, str(exc))


def _parse_html(html: str, origin: str, default_source: str) -> ArticleRecord:
    import htmldate
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body_lines = [line.strip() for line in (doc.text if doc else "").split("\n") if line.strip()]
    title = (doc.title or "").strip() if doc else ""
    if body_lines and title and body_lines[0] == title:
        body_lines = body_lines[1:]
    # trafilatura falls back to any text at all ("Home"): a page of menus is not an article.
    if len(" ".join(body_lines).split()) < _HTML_MIN_WORDS:
        raise BadRecord("no article text found in the HTML")
    found = htmldate.find_date(html, extensive_search=False, original_date=True)
    return ArticleRecord(
        origin=origin,
        id=origin,
        text="\n\n".join(body_lines),
        published=dt.date.fromisoformat(found) if found else None,
        title=title,
        byline=(doc.author or "").strip(),
        source=(doc.sitename or "").strip() or default_source or _host(doc.url or ""),
        url=(doc.url or "").strip(),
        caption=_html_caption(html),
    )


def _html_caption(html: str) -> str:
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    captions = tree.xpath("//figcaption")
    return " ".join(captions[0].text_content().split()) if captions else ""


# --- JSON, JSON lines and CSV records --------------------------------------------------

_FIELD_ALIASES = {
    "id": ("id",),
    "text": ("text",),
    "title": ("title", "headline"),
    "byline": ("byline", "author", "authors"),
    "source": ("source", "outlet"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "publication_date"),
    "caption": ("caption",),
}


def record_from_mapping(data: object, *, origin: str, fallback_id: str, default_source: str) -> ArticleRecord:
    """An ArticleRecord from one JSON object or CSV row; BadRecord with a one-line reason otherwise."""
    if not isinstance(data, dict):
        raise BadRecord(f"expected an object with a 'text' field, got {_json_type(data)}")
    fields = {key.strip().lower(): value for key, value in data.items() if isinstance(key, str)}
    text = _field(fields, "text")
    if text is None:
        raise BadRecord("record has no 'text'")
    if not isinstance(text, str):
        raise BadRecord(f"'text' must be a string, got {_json_type(text)}")
    if not text.strip():
        raise BadRecord("'text' is empty")
    published = _string_field(fields, "published")
    try:
        published_on = parse_date(published) if published else None
    except BadRecord as exc:
        raise BadRecord(f"{exc} in 'published'") from None
    return ArticleRecord(
        origin=origin,
        id=_string_field(fields, "id") or fallback_id,
        text=text,
        published=published_on,
        title=_string_field(fields, "title"),
        byline=_string_field(fields, "byline"),
        source=_string_field(fields, "source") or default_source or _host(_string_field(fields, "url")),
        url=_string_field(fields, "url"),
        caption=_string_field(fields, "caption"),
    )


def _field(fields: dict[str, object], name: str) -> object:
    return next((fields[key] for key in _FIELD_ALIASES[name] if fields.get(key) not in (None, "")), None)


def _string_field(fields: dict[str, object], name: str) -> str:
    value = _field(fields, name)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(item.strip() for item in value)
    raise BadRecord(f"'{name}' must be a string, got {_json_type(value)}")


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def _read_record(data: object, origin: str, fallback_id: str, default_source: str) -> ReadResult:
    try:
        return record_from_mapping(
            data, origin=origin, fallback_id=fallback_id, default_source=default_source
        )
    except BadRecord as exc:
        return RecordError(origin, str(exc))


def _read_json(text: str, origin: str, default_source: str) -> Iterator[ReadResult]:
    """One record, a list of records (each named by its line), or JSON lines in a .json file."""
    decoder = json.JSONDecoder()
    pos = _skip_space(text, 0)
    try:
        if text[pos] != "[":
            data, end = decoder.raw_decode(text, pos)
            if _skip_space(text, end) < len(text):
                yield from _read_jsonl(text, origin, default_source)
                return
            yield _read_record(data, origin, origin, default_source)
            return
        pos = _skip_space(text, pos + 1)
        while text[pos] != "]":
            line_origin = f"{origin}:{text.count(chr(10), 0, pos) + 1}"
            data, pos = decoder.raw_decode(text, pos)
            yield _read_record(data, line_origin, line_origin, default_source)
            pos = _skip_space(text, pos)
            if text[pos] == ",":
                pos = _skip_space(text, pos + 1)
            elif text[pos] != "]":
                raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
    except json.JSONDecodeError as exc:
        yield RecordError(f"{origin}:{exc.lineno}", f"broken JSON: {exc.msg} (column {exc.colno})")
    except IndexError:
        yield RecordError(origin, "broken JSON: the file ends inside a list")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _read_jsonl(text: str, origin: str, default_source: str) -> Iterator[ReadResult]:
    yield from _read_jsonl_lines(text.split("\n"), origin, default_source)


def _read_jsonl_lines(lines: Iterable[str | bytes], name: str, default_source: str) -> Iterator[ReadResult]:
    for number, raw in enumerate(lines, start=1):
        origin = f"{name}:{number}"
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            yield RecordError(
                origin, f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})"
            )
            continue
        line = line.lstrip("\ufeff").strip()
        if not line:
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RecordError(origin, f"broken JSON line: {exc.msg} (column {exc.colno})")
            continue
        yield _read_record(data, origin, origin, default_source)


def _read_csv(text: str, origin: str, default_source: str) -> Iterator[ReadResult]:
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 26))  # article bodies exceed the 128 KB default
    # Only the delimiter is guessed: the sniffer also guesses quoting from a header without quotes,
    # and then reads the doubled quotes ("") inside a quoted text wrongly.
    first_line = text.split("\n", 1)[0]
    try:
        delimiter = csv.Sniffer().sniff(first_line, delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=csv.excel, delimiter=delimiter)
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    if "text" not in columns:
        yield RecordError(f"{origin}:1", f"no 'text' column (columns: {', '.join(columns) or 'none'})")
        return
    start = reader.line_num + 1
    try:
        for row in reader:
            line_origin = f"{origin}:{start}"
            cells = {key: _crlf(value) for key, value in row.items() if key is not None}
            yield _read_record(cells, line_origin, line_origin, default_source)
            start = reader.line_num + 1
    except csv.Error as exc:
        yield RecordError(f"{origin}:{reader.line_num}", f"broken CSV: {exc}")


def _crlf(value: str | None) -> str | None:
    return value.replace("\r\n", "\n") if isinstance(value, str) else value


_READERS: dict[str, Reader] = {
    ".txt": _read_txt,
    ".text": _read_txt,
    ".html": _read_html,
    ".htm": _read_html,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".csv": _read_csv,
    ".tsv": _read_csv,
}
