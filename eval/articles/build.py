"""Build the who-said-what gold sets in eval/articles/ from their annotated sources.

Each article is one TOML file in ``src/<split>/``: its title, source, published
date, body text, and its statements given as content strings. This script
computes every offset (``text[start:end] == content``), checks the annotation
against the guidelines in README.md (content boundaries, ids, denial links,
dates against their cue words and the published date), and writes, per split:

- ``<split>.json``: a list of gold articles in the list form that
  ``../shared/eval/score.py`` reads;
- ``<split>.jsonl``: the same articles as input for ``manage.py extract``.

Usage (from the repository root)::

    python eval/articles/build.py            # check the sources, write the four files
    python eval/articles/build.py --check    # check, and fail if the written files are stale
    python eval/articles/build.py --stats    # counts per split
    python eval/articles/build.py --show ID  # an article with its statements marked, for review
    python eval/articles/build.py --as-pred SPLIT  # the gold as `extract` output (score.py self-test)

It uses only the standard library, so any Python 3.11+ runs it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import pathlib
import re
import sys
import tomllib
from collections import Counter
from typing import Any

HERE = pathlib.Path(__file__).resolve().parent
SPLITS = ("dev", "holdout")
TYPES = {"direct", "indirect", "mixed"}
OPEN_QUOTES = "\"“‘'"
CLOSE_QUOTES = "\"”’'"
QUOTE_CHARS = set(OPEN_QUOTES + CLOSE_QUOTES)
PAIRS = {'"': '"', "”": "“", "’": "‘", "'": "'"}
MIN_WORDS, MAX_WORDS = 300, 700
STATEMENT_KEYS = {
    "id", "speaker", "type", "content", "after", "denial", "denies", "denied_actor", "said_on",
    "said_on_month", "date_cue", "date_note", "optional", "conduit", "note",
}  # fmt: skip
ARTICLE_KEYS = {"id", "title", "source", "published", "body", "ignore", "statements", "note"}
# The source writes an undecidable denial as this string: TOML has no null.
UNDECIDABLE = "undecidable"

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Words that fix, or seem to fix, a day: a paragraph holding one next to an
# undated statement must say why in `date_note` (an explicit decision).
_DAY = r"\d{1,2}"
DATEISH = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|{MONTH_RE}\s+{_DAY}\b|{_DAY}\s+{MONTH_RE})",
    re.IGNORECASE,
)


class GoldError(Exception):
    pass


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for chunk in text.split("\n\n"):
        spans.append((pos, pos + len(chunk)))
        pos += len(chunk) + 2
    return spans


def paragraph_of(text: str, offset: int) -> tuple[int, int]:
    return next((s, e) for s, e in paragraphs(text) if s <= offset <= e)


def locate(text: str, content: str, after: str | None, where: str) -> tuple[int, int]:
    if not content:
        raise GoldError(f"{where}: empty content")
    start_from = 0
    if after is not None:
        anchor = text.find(after)
        if anchor < 0 or text.find(after, anchor + 1) >= 0:
            raise GoldError(f"{where}: anchor `after` must occur exactly once: {after!r}")
        start_from = anchor + len(after)
    pos = text.find(content, start_from)
    if pos < 0:
        raise GoldError(f"{where}: content not in text: {content!r}")
    if after is None and text.find(content, pos + 1) >= 0:
        raise GoldError(f"{where}: content occurs more than once; give `after`: {content!r}")
    return pos, pos + len(content)


def check_boundaries(text: str, st: dict[str, Any], where: str) -> None:
    content, kind = st["content"], st["type"]
    if content != content.strip():
        raise GoldError(f"{where}: content has surrounding whitespace")
    if kind in {"indirect", "mixed"} and re.match(r"that\b", content):
        raise GoldError(f"{where}: reported content starts with 'that'")
    if kind == "indirect" and content.endswith(".") and not re.search(r"\b[A-Za-z]\.$", content):
        raise GoldError(f"{where}: indirect content ends with the sentence's full stop")
    if kind == "mixed" and not QUOTE_CHARS & set(content):
        raise GoldError(f"{where}: mixed statement without quoted words")
    if kind == "direct":
        check_direct_boundaries(text, st["start"], st["end"], where)


def check_direct_boundaries(text: str, start: int, end: int, where: str) -> None:
    content = text[start:end]
    # A closing mark may end the content only when it closes a quote nested inside it.
    nested_close = content[-1] in CLOSE_QUOTES and PAIRS[content[-1]] in content[:-1]
    if content[0] in OPEN_QUOTES or (content[-1] in CLOSE_QUOTES and not nested_close):
        raise GoldError(f"{where}: direct content includes its quote marks")
    if start == 0 or text[start - 1] not in OPEN_QUOTES:
        raise GoldError(f"{where}: direct content does not start right after an opening quote")
    # A quote running over paragraphs has no closing mark before the next paragraph's opening one.
    continued = end == paragraph_of(text, start)[1] and text[end + 2 : end + 3] in OPEN_QUOTES
    if not continued and (end >= len(text) or text[end] not in CLOSE_QUOTES):
        raise GoldError(f"{where}: direct content does not end right before a closing quote")


def check_date(st: dict[str, Any], published: dt.date, text: str, where: str) -> None:
    said_on, month, cue = st.get("said_on"), st.get("said_on_month"), st.get("date_cue")
    para = text[slice(*paragraph_of(text, st["start"]))]
    if said_on is None and month is None:
        if cue is not None:
            raise GoldError(f"{where}: date_cue without said_on / said_on_month")
        hit = DATEISH.search(para)
        if hit and "date_note" not in st:
            raise GoldError(f"{where}: paragraph mentions {hit.group(0)!r}; give said_on or a date_note")
        return
    if said_on is not None and month is not None:
        raise GoldError(f"{where}: give said_on or said_on_month, not both")
    if not cue or cue not in para:
        raise GoldError(f"{where}: a date needs its date_cue, found in the statement's paragraph")
    if month is not None:
        check_month(month, cue.lower(), published, where)
    elif not day_fits(dt.date.fromisoformat(said_on), cue.lower(), published, where):
        raise GoldError(f"{where}: said_on {said_on} does not fit {cue!r} published {published}")
    if said_on is not None and dt.date.fromisoformat(said_on) > published:
        raise GoldError(f"{where}: said_on after publication")


def check_month(month: str, cue: str, published: dt.date, where: str) -> None:
    year, mon = map(int, month.split("-"))
    named = [i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m}\b", cue)]
    if re.search(r"\blast month\b", cue):
        named = [(published.month - 2) % 12 + 1]
    if named != [mon] or dt.date(year, mon, 1) > published:
        raise GoldError(f"{where}: said_on_month {month} does not fit {cue!r}")
    if (published.year * 12 + published.month) - (year * 12 + mon) >= 12:
        raise GoldError(f"{where}: said_on_month {month} is not the latest {cue!r} before publication")


def day_fits(day: dt.date, cue: str, published: dt.date, where: str) -> bool:
    """Whether `day` is the day that `cue` ("on Tuesday", "yesterday", ...) names before `published`."""
    delta = (published - day).days
    if "yesterday" in cue:
        return delta == 1
    if "today" in cue or "tonight" in cue:
        return delta == 0
    if m := re.search(rf"\b({MONTH_RE})\s+({_DAY})\b|\b({_DAY})\s+({MONTH_RE})", cue):
        mon = MONTH_ABBR[(m.group(1) or m.group(4)).rstrip(".")[:3]]
        return (day.month, day.day) == (mon, int(m.group(2) or m.group(3))) and 0 <= delta < 366
    if named := [i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", cue)]:
        # "on Tuesday" may be the published day itself; "last Tuesday" is at least a day before.
        lo = 1 if re.search(r"\blast\b", cue) else 0
        return named == [day.weekday()] and lo <= delta <= 6 + lo
    raise GoldError(f"{where}: cannot check date_cue {cue!r}")


def check_statement_fields(raw: dict[str, Any], where: str) -> bool | None:
    """Check the fields of a source statement; return its denial verdict (None: undecidable)."""
    unknown = set(raw) - STATEMENT_KEYS
    missing = [k for k in ("id", "speaker", "type", "content", "denial") if k not in raw]
    if unknown or missing:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}, missing keys {missing}")
    speaker = raw["speaker"]
    if not (isinstance(speaker, list) and speaker and all(isinstance(s, str) and s.strip() for s in speaker)):
        raise GoldError(f"{where}: speaker must be a non-empty list of names")
    if len({s.lower() for s in speaker}) != len(speaker):
        raise GoldError(f"{where}: duplicate speaker names")
    if raw["type"] not in TYPES:
        raise GoldError(f"{where}: type must be one of {sorted(TYPES)}")
    denial = None if raw["denial"] == UNDECIDABLE else raw["denial"]
    if denial is not None and not isinstance(denial, bool):
        raise GoldError(f"{where}: denial must be true, false or {UNDECIDABLE!r}")
    if denial is not True and ("denies" in raw or "denied_actor" in raw):
        raise GoldError(f"{where}: denies / denied_actor on a statement that is not a denial")
    if denial is True and "denies" not in raw:
        raise GoldError(f"{where}: a denial must list what it denies (denies = [] when not in the article)")
    return denial


def build_statement(raw: dict[str, Any], text: str, published: dt.date, where: str) -> dict[str, Any]:
    denial = check_statement_fields(raw, where)
    start, end = locate(text, raw["content"], raw.get("after"), where)
    st: dict[str, Any] = {
        "id": raw["id"], "speaker": raw["speaker"], "type": raw["type"], "content": raw["content"],
        "start": start, "end": end, "denial": denial, "denies": list(raw.get("denies", [])),
    }  # fmt: skip
    st.update({k: raw[k] for k in ("denied_actor", "said_on", "said_on_month", "conduit") if k in raw})
    if raw.get("optional"):
        st["optional"] = True
    check_boundaries(text, st, where)
    check_date({**raw, "start": start}, published, text, where)
    return st


def article_text(raw: dict[str, Any], where: str) -> str:
    title, body = raw["title"].strip(), raw["body"].strip()
    if "\n" in title or "\n\n\n" in body or re.search(r"[ \t]\n|\n[ \t]", body):
        raise GoldError(f"{where}: paragraphs are separated by exactly one blank line, no stray spaces")
    text = f"{title}\n\n{body}"
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise GoldError(f"{where}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    return text


def check_links(statements: list[dict[str, Any]], where: str) -> None:
    ids = [s["id"] for s in statements]
    if len(set(ids)) != len(ids):
        raise GoldError(f"{where}: duplicate statement ids")
    for st in statements:
        bad = [t for t in st["denies"] if t not in ids or t == st["id"]]
        if bad:
            raise GoldError(f"{where} {st['id']}: denies unknown or itself: {bad}")
    spans = sorted((s["start"], s["end"], s["id"]) for s in statements)
    for (_, e1, a), (s2, _, b) in itertools.pairwise(spans):
        if s2 < e1:
            raise GoldError(f"{where}: statements {a} and {b} overlap")


def build_article(path: pathlib.Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """One source file -> (its gold article for score.py, its input record for extract)."""
    where = f"{path.parent.name}/{path.name}"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(raw["published"])
    except (KeyError, ValueError, tomllib.TOMLDecodeError) as exc:
        raise GoldError(f"{where}: unreadable source or published date ({exc})") from exc
    unknown = set(raw) - ARTICLE_KEYS
    if unknown:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
    text = article_text(raw, where)
    statements = [
        build_statement(s, text, published, f"{where} {s.get('id', '?')}") for s in raw.get("statements", [])
    ]
    check_links(statements, where)
    ignore = [list(locate(text, s, None, f"{where} ignore")) for s in raw.get("ignore", [])]
    gold = {"id": raw["id"], "text": text, "published": raw["published"], "statements": statements}
    gold["ignore"] = ignore
    record = {"id": raw["id"], "text": text, "published": raw["published"], "title": raw["title"].strip()}
    record["source"] = raw["source"]
    return gold, record


def build_split(split: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    paths = sorted((HERE / "src" / split).glob("*.toml"))
    if not paths:
        raise GoldError(f"no sources in src/{split}/")
    pairs = [build_article(p) for p in paths]
    return [g for g, _ in pairs], [r for _, r in pairs]


def render(split: str) -> dict[str, str]:
    golds, records = build_split(split)
    return {
        f"{split}.json": json.dumps(golds, ensure_ascii=False, indent=1) + "\n",
        f"{split}.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
    }


def stats(golds: list[dict[str, Any]]) -> dict[str, Any]:
    sts = [s for g in golds for s in g["statements"]]
    req = [s for s in sts if not s.get("optional")]
    words = [len(g["text"].split()) for g in golds]
    return {
        "articles": len(golds),
        "words": f"{sum(words)} (min {min(words)}, max {max(words)})",
        "statements": len(sts),
        "required": len(req),
        "optional": len(sts) - len(req),
        "types (required)": dict(Counter(s["type"] for s in req)),
        "denials (required)": sum(s["denial"] is True for s in req),
        "denials linked in article": sum(s["denial"] is True and bool(s["denies"]) for s in req),
        "denials of unreported claims": sum(s["denial"] is True and not s["denies"] for s in req),
        "undecidable denials": sum(s["denial"] is None for s in sts),
        "said_on (required)": sum("said_on" in s for s in req),
        "said_on_month": sum("said_on_month" in s for s in sts),
        "with conduit": sum("conduit" in s for s in sts),
        "ignore spans": sum(len(g["ignore"]) for g in golds),
        "speakers": len({(g["id"], s["speaker"][0]) for g in golds for s in g["statements"]}),
    }


def show(article_id: str) -> str:
    golds = [build_article(path)[0] for path in sorted((HERE / "src").glob("*/*.toml"))]
    gold = next((g for g in golds if g["id"] == article_id), None)
    if gold is None:
        raise GoldError(f"no article {article_id!r}")
    text, out, pos = gold["text"], [], 0
    for st in sorted(gold["statements"], key=lambda s: s["start"]):
        out.append(text[pos : st["start"]])
        flags = [st["type"], st["speaker"][0]]
        flags += ["DENIAL->" + ",".join(st["denies"])] if st["denial"] else []
        flags += [st.get("said_on") or st.get("said_on_month") or ""]
        flags += ["optional"] if st.get("optional") else []
        out.append(f"[[{st['id']} {' | '.join(f for f in flags if f)}: {st['content']}]]")
        pos = st["end"]
    out.append(text[pos:])
    return "".join(out)


def as_pred(split: str) -> str:
    lines = []
    for gold in build_split(split)[0]:
        statements = [
            {"id": s["id"], "speaker": s["speaker"][0], "type": s["type"], "start": s["start"],
             "end": s["end"], "content": s["content"], "is_denial": s["denial"] is True,
             "denies": s["denies"], "said_on": s.get("said_on")}
            for s in gold["statements"]
        ]  # fmt: skip
        lines.append(json.dumps({"id": gold["id"], "published": gold["published"], "statements": statements}))
    return "\n".join(lines) + "\n"


def write_or_check(check: bool) -> int:
    files = {name: body for split in SPLITS for name, body in render(split).items()}
    ids = [g["id"] for split in SPLITS for g in build_split(split)[0]]
    if len(set(ids)) != len(ids):
        raise GoldError("article ids repeat across the splits")
    if check:
        stale = [
            n for n, body in files.items() if not (HERE / n).exists() or (HERE / n).read_text("utf-8") != body
        ]
        for name in stale:
            print(f"build.py: eval/articles/{name} is stale: run eval/articles/build.py", file=sys.stderr)
        return 1 if stale else 0
    for name, body in files.items():
        (HERE / name).write_text(body, encoding="utf-8")
        print(f"wrote eval/articles/{name}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="fail if the written files are stale")
    group.add_argument("--stats", action="store_true", help="print counts per split")
    group.add_argument("--show", metavar="ID", help="print one article with its statements marked")
    group.add_argument("--as-pred", metavar="SPLIT", choices=SPLITS, help="print the gold as extract output")
    args = parser.parse_args(argv)
    try:
        if args.show:
            print(show(args.show))
        elif args.as_pred:
            sys.stdout.write(as_pred(args.as_pred))
        elif args.stats:
            for split in SPLITS:
                print(split, json.dumps(stats(build_split(split)[0]), ensure_ascii=False, indent=1))
        else:
            return write_or_check(args.check)
    except GoldError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BrokenPipeError:  # output piped into `head`
        sys.exit(0)
