"""Quotation spans, found on the characters before any parsing.

News convention: a quotation that runs over several paragraphs has an opening
mark at the start of each paragraph and a closing mark only at its very end,
so an unclosed quotation stops at its paragraph's end and the next paragraph's
opening mark continues it. Straight marks are told apart by what stands beside
them ('"' after a space opens, before a space closes). Marks inside a quotation
(nested single quotes) are part of it. Single quotes only delimit quotations in
a text that has no double quotes at all (British style).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«‟"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
_OPEN_BEFORE = set(" \t\n([{—–-/") | set(DOUBLE_OPEN) | set(SINGLE_OPEN)
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-…") | set(DOUBLE_CLOSE) | set(SINGLE_CLOSE)
_DOUBLE_MARKS = re.compile(r"''|``|[\"“”„«»‟]")
_SINGLE_MARKS = re.compile(r"['‘’‚]")
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # just after the closing mark (or the paragraph's last character)
    inner_start: int  # the first quoted character
    inner_end: int  # just after the last quoted character
    closed: bool  # False when the paragraph ended first
    continues: bool  # opens a paragraph that continues the previous paragraph's open quotation

    def words(self, text: str) -> int:
        return len(text[self.inner_start : self.inner_end].split())


def _side(text: str, pos: int, length: int, default_open: bool) -> str:
    """ "open", "close" or "" for a quotation mark at text[pos:pos+length]."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + length] if pos + length < len(text) else " "
    opens = before in _OPEN_BEFORE and after not in " \t\n"
    closes = after in _CLOSE_AFTER and before not in " \t\n"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if opens and closes:
        return "open" if default_open else "close"
    return ""


def _marks(text: str, start: int, end: int, single: bool):
    """(start, end, side) of each quotation mark; side is "open", "close" or "" (either)."""
    pattern = _SINGLE_MARKS if single else _DOUBLE_MARKS
    opening = SINGLE_OPEN if single else DOUBLE_OPEN + "`"
    for m in pattern.finditer(text, start, end):
        mark = m.group()
        side = _side(text, m.start(), len(mark), default_open=mark[0] in opening)
        if single and not side:
            continue  # an apostrophe inside a word
        yield m.start(), m.end(), side


def _paragraph_quotes(text: str, start: int, end: int, single: bool, after_open: bool) -> list[Quote]:
    quotes: list[Quote] = []
    opened = open_end = depth = 0
    for m_start, m_end, side in _marks(text, start, end, single):
        if not depth:
            if side != "close":
                opened, open_end, depth = m_start, m_end, 1
        elif side == "open":
            depth += 1  # a quotation inside the quotation
        else:
            depth -= 1
            if not depth:
                quotes.append(_quote(text, opened, open_end, m_start, m_end, True, start, after_open))
    if depth:
        last = len(text[start:end].rstrip()) + start
        quotes.append(_quote(text, opened, open_end, last, last, False, start, after_open))
    return [q for q in quotes if q.inner_end > q.inner_start]


def _quote(text, start, inner_start, inner_end, end, closed, para_start, after_open) -> Quote:
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    continues = after_open and not text[para_start:start].strip()
    return Quote(start, end, inner_start, inner_end, closed, continues)


def find_quotes(text: str) -> list[Quote]:
    """Every top-level quotation in `text`, in order."""
    single = not _DOUBLE_MARKS.search(text)
    quotes: list[Quote] = []
    after_open = False
    for para in _PARAGRAPH.finditer(text):
        found = _paragraph_quotes(text, para.start(), para.end(), single, after_open)
        quotes += found
        after_open = bool(found) and not found[-1].closed
    return quotes
