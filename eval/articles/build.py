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
DATEISH = re.compile(
    r"\b(?:%s|yesterday|today|tonight|%s\s+\d{1,2}\b|\d{1,2}\s+%s)" % ("|".join(WEEKDAYS), MONTH_RE, MONTH_RE),
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
    start, end, content, kind = st["start"], st["end"], st["content"], st["type"]
    if content != content.strip():
        raise GoldError(f"{where}: content has surrounding whitespace")
    if kind in {"indirect", "mixed"} and re.match(r"that\b", content):
        raise GoldError(f"{where}: reported content starts with 'that'")
    if kind == "indirect" and content.endswith(".") and not re.search(r"\b[A-Z]\.$", content):
        raise GoldError(f"{where}: indirect content ends with the sentence's full stop")
    if kind == "mixed" and not QUOTE_CHARS & set(content):
        raise GoldError(f"{where}: mixed statement without quoted words")
    if kind == "direct":
        # A closing mark may end the content only when it closes a quote nested inside it.
        nested_close = content[-1] in CLOSE_QUOTES and PAIRS[content[-1]] in content[:-1]
        if content[0] in OPEN_QUOTES or (content[-1] in CLOSE_QUOTES and not nested_close):
            raise GoldError(f"{where}: direct content includes its quote marks")
        if start == 0 or text[start - 1] not in OPEN_QUOTES:
            raise GoldError(f"{where}: direct content does not start right after an opening quote")
        para_end = paragraph_of(text, start)[1]
        continued = end == para_end and text[end + 2 : end + 3] in OPEN_QUOTES
        if not continued and (end >= len(text) or text[end] not in CLOSE_QUOTES):
            raise GoldError(f"{where}: direct content does not end right before a closing quote")


def check_date(st: dict[str, Any], published: dt.date, text: str, where: str) -> None:
    said_on, month, cue = st.get("said_on"), st.get("said_on_month"), st.get("date_cue")
    if said_on is None and month is None:
        if cue is not None:
            raise GoldError(f"{where}: date_cue without said_on / said_on_month")
        para = text[slice(*paragraph_of(text, st["start"]))]
        if DATEISH.search(para) and "date_note" not in st:
            hit = DATEISH.search(para).group(0)
            raise GoldError(f"{where}: paragraph mentions {hit!r}; give said_on or a date_note saying why not")
        return
    if said_on is not None and month is not None:
        raise GoldError(f"{where}: give said_on or said_on_month, not both")
    if not cue:
        raise GoldError(f"{where}: a date needs the date_cue that fixes it")
    para = text[slice(*paragraph_of(text, st["start"]))]
    if cue not in para:
        raise GoldError(f"{where}: date_cue {cue!r} is not in the statement's paragraph")
    low = cue.lower()
    if month is not None:
        year, mon = map(int, month.split("-"))
        named = [i + 1 for i, m in enumerate(MONTHS) if re.search(rf"\b{m}\b", low)]
        if re.search(r"\blast month\b", low):
            named = [(published.month - 2) % 12 + 1]
        if named != [mon] or dt.date(year, mon, 1) > published:
            raise GoldError(f"{where}: said_on_month {month} does not fit {cue!r}")
        if (published.year * 12 + published.month) - (year * 12 + mon) >= 12:
            raise GoldError(f"{where}: said_on_month {month} is not the latest {cue!r} before publication")
        return
    day = dt.date.fromisoformat(said_on)
    delta = (published - day).days
    if "yesterday" in low:
        ok = delta == 1
    elif "today" in low or "tonight" in low:
        ok = delta == 0
    elif m := re.search(rf"\b({MONTH_RE})\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+({MONTH_RE})", low):
        mon = MONTH_ABBR[(m.group(1) or m.group(4)).rstrip(".")[:3]]
        dom = int(m.group(2) or m.group(3))
        ok = (day.month, day.day) == (mon, dom) and 0 <= delta < 366
    elif wd := [i for i, w in enumerate(WEEKDAYS) if re.search(rf"\b{w}\b", low)]:
        lo = 1 if re.search(r"\blast\b", low) else 0
        ok = wd == [day.weekday()] and lo <= delta <= 6 + lo
    else:
        raise GoldError(f"{where}: cannot check date_cue {cue!r}")
    if not ok:
        raise GoldError(f"{where}: said_on {said_on} does not fit {cue!r} published {published}")


def build_statement(raw: dict[str, Any], text: str, published: dt.date, where: str) -> dict[str, Any]:
    unknown = set(raw) - STATEMENT_KEYS
    if unknown:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("id", "speaker", "type", "content", "denial"):
        if key not in raw:
            raise GoldError(f"{where}: missing {key}")
    speaker = raw["speaker"]
    if not (isinstance(speaker, list) and speaker and all(isinstance(s, str) and s.strip() for s in speaker)):
        raise GoldError(f"{where}: speaker must be a non-empty list of names")
    if len({s.lower() for s in speaker}) != len(speaker):
        raise GoldError(f"{where}: duplicate speaker names")
    if raw["type"] not in TYPES:
        raise GoldError(f"{where}: type must be one of {sorted(TYPES)}")
    denial = raw["denial"]
    if denial == UNDECIDABLE:
        denial = None
    elif not isinstance(denial, bool):
        raise GoldError(f"{where}: denial must be true, false or {UNDECIDABLE!r}")
    if denial is not True and ("denies" in raw or "denied_actor" in raw):
        raise GoldError(f"{where}: denies / denied_actor on a statement that is not a denial")
    if denial is True and "denies" not in raw:
        raise GoldError(f"{where}: a denial must list what it denies (denies = [] when not in the article)")
    start, end = locate(text, raw["content"], raw.get("after"), where)
    st: dict[str, Any] = {
        "id": raw["id"], "speaker": speaker, "type": raw["type"], "content": raw["content"],
        "start": start, "end": end, "denial": denial, "denies": list(raw.get("denies", [])),
    }  # fmt: skip
    for key in ("denied_actor", "said_on", "said_on_month", "conduit"):
        if key in raw:
            st[key] = raw[key]
    if raw.get("optional"):
        st["optional"] = True
    check_boundaries(text, st, where)
    check_date({**raw, "start": start}, published, text, where)
    if "said_on" in st and dt.date.fromisoformat(st["said_on"]) > published:
        raise GoldError(f"{where}: said_on after publication")
    return st


def build_article(path: pathlib.Path) -> tuple[dict[str, Any], dict[str, Any]]:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(raw) - ARTICLE_KEYS
    if unknown:
        raise GoldError(f"{path.name}: unknown keys {sorted(unknown)}")
    where = f"{path.parent.name}/{path.name}"
    try:
        published = dt.date.fromisoformat(raw["published"])
    except (KeyError, ValueError) as exc:
        raise GoldError(f"{where}: published must be YYYY-MM-DD ({exc})") from exc
    title, body = raw["title"].strip(), raw["body"].strip()
    if "\n" in title or "\n\n\n" in body or re.search(r"[ \t]\n|\n[ \t]", body):
        raise GoldError(f"{where}: paragraphs are separated by exactly one blank line, no stray spaces")
    text = f"{title}\n\n{body}"
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        raise GoldError(f"{where}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")
    statements = [
        build_statement(s, text, published, f"{where} {s.get('id', '?')}") for s in raw.get("statements", [])
    ]
    ids = [s["id"] for s in statements]
    if len(set(ids)) != len(ids):
        raise GoldError(f"{where}: duplicate statement ids")
    for st in statements:
        bad = [t for t in st["denies"] if t not in ids or t == st["id"]]
        if bad:
            raise GoldError(f"{where} {st['id']}: denies unknown or itself: {bad}")
    spans = sorted((s["start"], s["end"], s["id"]) for s in statements)
    for (_, e1, a), (s2, _, b) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            raise GoldError(f"{where}: statements {a} and {b} overlap")
    ignore = [list(locate(text, s, None, f"{where} ignore")) for s in raw.get("ignore", [])]
    gold = {"id": raw["id"], "text": text, "published": raw["published"], "statements": statements}
    gold["ignore"] = ignore
    record = {"id": raw["id"], "text": text, "published": raw["published"], "title": title}
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
    for path in sorted((HERE / "src").glob("*/*.toml")):
        for gold in [build_article(path)[0]]:
            if gold["id"] != article_id:
                continue
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
    raise GoldError(f"no article {article_id!r}")


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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="fail if the written files differ from the sources")
    group.add_argument("--stats", action="store_true", help="print counts per split")
    group.add_argument("--show", metavar="ID", help="print one article with its statements marked")
    group.add_argument("--as-pred", metavar="SPLIT", choices=SPLITS, help="print the gold as extract output")
    args = parser.parse_args(argv)
    try:
        if args.show:
            print(show(args.show))
            return 0
        if args.as_pred:
            sys.stdout.write(as_pred(args.as_pred))
            return 0
        if args.stats:
            for split in SPLITS:
                print(split, json.dumps(stats(build_split(split)[0]), ensure_ascii=False, indent=1))
            return 0
        files = {name: body for split in SPLITS for name, body in render(split).items()}
        ids = [g["id"] for split in SPLITS for g in build_split(split)[0]]
        if len(set(ids)) != len(ids):
            raise GoldError("article ids repeat across the splits")
    except GoldError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    if args.check:
        stale = [n for n, body in files.items() if not (HERE / n).exists() or (HERE / n).read_text("utf-8") != body]
        for name in stale:
            print(f"build.py: eval/articles/{name} is stale: run eval/articles/build.py", file=sys.stderr)
        return 1 if stale else 0
    for name, body in files.items():
        (HERE / name).write_text(body, encoding="utf-8")
        print(f"wrote eval/articles/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
