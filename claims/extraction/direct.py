"""Direct quotations: which cue a quotation belongs to, and quotations without one.

A quotation is the content of a cue when it stands right beside the cue's frame
('"...," Kirby said', 'Kirby said: "..."', '"...," she said, "..."'). A quotation
that opens a sentence right after a quoted statement continues it in the same
paragraph; one that opens a paragraph with no cue of its own continues the
previous paragraph's speaker. Any other quotation (a scare quote, a title, a
nickname) is not a statement unless it lies inside a reported clause, which
then becomes a mixed statement.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from claims.extraction import lexicon as lx
from claims.extraction.candidates import Candidate, CharSpan
from claims.extraction.quotes import Quote
from claims.extraction.reported import ADDRESSEE_VERBS

# Verbs whose object is an addressee or the content itself, not a reported clause's subject.
_NOT_CLAUSAL = frozenset(ADDRESSEE_VERBS | lx.NP_CONTENT_VERBS | lx.DESCRIBING_VERBS | {"call", "accuse"})
_LEFT_GAP = re.compile(r"[ \t,—–-]*")
_RIGHT_GAP = re.compile(r"[ \t,:—–-]*")
_COLON_BREAK = re.compile(r"[ \t]*:[ \t]*\n+[ \t]*")
_PARAGRAPH_GAP = re.compile(r"[ \t]*\n+[ \t]*")
_SENTENCE_GAP = re.compile(r"[\s.!?,;\"”»'’]*")
# '"A," she said, recorded at her desk. "B."': a short unquoted tail of the cue's sentence.
_SENTENCE_END = re.compile(r"[.!?][ \t]+$")
_TAIL_GAP = re.compile(r",[^\"“”«».!?\n]{1,80}[.!?][ \t]+")


class Quotes:
    """The document's quotations with lookups by position."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text
        self.all = quotes
        self._starts = [q.start for q in quotes]
        self._ends = [q.end for q in quotes]

    def containing(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.all[i].start <= pos < self.all[i].end:
            return self.all[i]
        return None

    def ending_before(self, pos: int) -> Quote | None:
        """The quotation whose closing mark is followed by nothing but a comma or dash up to `pos`."""
        i = bisect.bisect_right(self._ends, pos) - 1
        if i < 0:
            return None
        q = self.all[i]
        return q if _LEFT_GAP.fullmatch(self.text, q.end, pos) else None

    def closing_paragraph_before(self, pos: int) -> Quote | None:
        """The quotation that closes the paragraph before the one `pos` opens."""
        i = bisect.bisect_right(self._ends, pos) - 1
        if i < 0:
            return None
        q = self.all[i]
        return q if _PARAGRAPH_GAP.fullmatch(self.text, q.end, pos) else None

    def starting_after(self, pos: int) -> Quote | None:
        i = bisect.bisect_left(self._starts, pos)
        if i >= len(self.all):
            return None
        q = self.all[i]
        if _RIGHT_GAP.fullmatch(self.text, pos, q.start):
            return q
        # 'She added:' closing a paragraph, the quotation opening the next one
        return q if _COLON_BREAK.fullmatch(self.text, pos, q.start) else None

    def overlapping(self, start: int, end: int) -> list[Quote]:
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = []
        for q in self.all[i:]:
            if q.start >= end:
                break
            if q.end > start:
                found.append(q)
        return found


def _inside(frag: CharSpan, spans: list[CharSpan]) -> bool:
    return any(s <= frag[0] and frag[1] <= e for s, e in spans)


def _speaker_outside(cand: Candidate, quotes: Quotes):
    """'"...," its director, Wendell Amaro, said': the noun phrase just before the cue."""
    doc = cand.cue.doc
    i = cand.cue.i - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space) and not quotes.containing(doc[i].idx):
        i -= 1
    if i > 1 and doc[i].like_num and doc[i - 1].text == ",":  # "Conrad Lisle, 52, said": the age
        i -= 2
    if i < 0 or quotes.containing(doc[i].idx) or doc[i].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    head = doc[i]
    while head.dep_ in ("appos", "compound", "flat") and head.head.i < cand.cue.i:
        head = head.head
    start = head.left_edge.i
    while start < i and (doc[start].is_punct or quotes.containing(doc[start].idx)):
        start += 1
    return doc[start : i + 1]


def _shrink_frame(cand: Candidate, quotes: Quotes) -> CharSpan:
    """The frame without quoted words the parser hung on the cue."""
    start, end = cand.frame or cand.cue_span
    cue_start, cue_end = cand.cue_span
    for q in quotes.overlapping(start, end):
        if q.end <= cue_start:
            start = max(start, q.end)
        elif q.start >= cue_end:
            end = min(end, q.start)
    return start, end


def _so_says(cand: Candidate, quotes: Quotes, start: int) -> Quote | None:
    """'"...."' closing a paragraph, then 'So says Nadia Tessaro, ...': the inverted cue that
    opens the next paragraph with "so" points back at the quotation."""
    cue = cand.cue
    so = next((c for c in cue.children if c.dep_ == "advmod" and c.lower_ == "so" and c.i < cue.i), None)
    if so is None or so.idx != start:
        return None
    return quotes.closing_paragraph_before(start)


def attach(cand: Candidate, quotes: Quotes) -> bool:
    """Give a speech-verb candidate its quotation, or mark its content mixed. False: drop it."""
    if quotes.containing(cand.cue_span[0]):
        return False  # a speech verb inside a quotation belongs to the quoted speaker's words
    if cand.mention is not None and quotes.containing(cand.mention.start_char):
        cand.mention = _speaker_outside(cand, quotes)  # the parser took a quoted word for the subject
    frame = _shrink_frame(cand, quotes)
    cand.frame = frame
    before = quotes.ending_before(frame[0]) or _so_says(cand, quotes, frame[0])
    if before is not None:
        cand.fragments = _after_sentence_end(quotes.text, cand.fragments, before)
    beside = [q for q in (before, quotes.starting_after(frame[1])) if q]
    subject = _quoted_predicate(cand, quotes, beside[-1]) if beside else None
    if subject is not None:  # 'insisted the lido "is not for sale"'
        cand.fragments = [(subject, beside[-1].end)]
        cand.type = "mixed"
        return True
    outer = [(q.start, q.end) for q in beside] + [frame]
    if beside and all(_inside(f, outer) for f in cand.fragments):
        cand.fragments = [(q.inner_start, q.inner_end) for q in beside]
        cand.type = "direct"
        return True
    if not cand.fragments:
        return False
    _cover_quotes(cand, quotes)
    return True


def _after_sentence_end(text: str, fragments: list[CharSpan], quote: Quote) -> list[CharSpan]:
    """'Ellison was given a B. "My teacher marked it by mistake," she said': the parser missed the
    sentence break before the quotation (it read "B." as an abbreviation) and hung the writer's
    sentence on the cue. A quotation that opens a sentence after a full stop starts what was said."""
    if not text[quote.inner_start : quote.inner_start + 1].isupper():
        return fragments
    kept = []
    for start, end in fragments:
        if start < quote.start < end and _SENTENCE_END.search(text, start, quote.start):
            start = quote.start
        kept.append((start, end))
    return kept


def _quoted_predicate(cand: Candidate, quotes: Quotes, quote: Quote) -> int | None:
    """'insisted the town's lido "is not for sale"': the parser took the clause's subject for the
    cue's object and the quotation for a sentence of its own. A quotation that goes on in lower
    case right after the object of a verb that reports clauses completes the object: where the
    reported clause starts."""
    cue = cand.cue
    if cue is None or quote.start < cand.cue_span[1] or cue.lemma_ in _NOT_CLAUSAL:
        return None
    if not quotes.text[quote.inner_start : quote.inner_start + 1].islower():
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ == "PERSON":
        return None
    doc = cue.doc
    end = doc[obj.right_edge.i]
    if not _LEFT_GAP.fullmatch(quotes.text, end.idx + len(end), quote.start):
        return None
    return obj.left_edge.idx


def _cover_quotes(cand: Candidate, quotes: Quotes) -> None:
    """Stretch the content over quotations it cuts, and call it mixed if it holds any."""
    first_start, first_end = cand.fragments[0]
    last_start, last_end = cand.fragments[-1]
    inside = quotes.overlapping(cand.start, cand.end)
    for q in inside:
        if q.start < first_start < q.end and q.start < cand.cue_span[0]:
            first_start = q.start
        if q.start < last_end < q.end and q.start > cand.cue_span[0] - 1:
            last_end = q.end
    if len(cand.fragments) == 1:
        cand.fragments = [(first_start, last_end)]
    else:
        cand.fragments = [(first_start, first_end), *cand.fragments[1:-1], (last_start, last_end)]
    if inside:
        quoted = sum(q.inner_end - q.inner_start for q in inside)
        words = sum(e - s for s, e in cand.fragments)
        cand.type = "direct" if quoted >= words - 2 else "mixed"


def uncued_quotations(quotes: Quotes, cands: list[Candidate], paragraph_of: Callable) -> list[Candidate]:
    """Quotations no cue claimed: continuations of a neighbour's words, else nothing.

    The next sentence of the same paragraph joins its neighbour's statement as another
    fragment (PolNeAR's convention; the gold set counts a statement per quotation, which
    score.py accepts either way); a paragraph of quotation is a statement of its own."""
    used = [q for q in quotes.all if any(c.covers(q.inner_start) for c in cands)]
    extra: list[Candidate] = []
    ordered = sorted(cands, key=lambda c: c.start)
    for q in quotes.all:
        if q in used or any(c.frame and c.frame[0] <= q.inner_start < c.frame[1] for c in cands):
            continue
        prev = _previous(ordered + extra, q.start)
        if prev is not None and _continues_sentence(quotes.text, prev, q, paragraph_of):
            prev.fragments.append((q.inner_start, q.inner_end))  # one statement, in fragments
            continue
        para_start = paragraph_of(q.start)[1]
        if quotes.text[para_start : q.start].strip():
            continue  # a quotation inside running text: a scare quote or a title
        cand = Candidate(fragments=[(q.inner_start, q.inner_end)], type="direct", continuation=True)
        cand.forward = not q.closed
        extra.append(cand)
        ordered.append(cand)
    return extra


def _previous(cands: list[Candidate], pos: int) -> Candidate | None:
    before = [c for c in cands if c.end <= pos]
    return max(before, key=lambda c: c.end) if before else None


def _continues_sentence(text: str, prev: Candidate, q: Quote, paragraph_of: Callable) -> bool:
    """'"A," she said. "B."': B opens the next sentence of the same paragraph."""
    if prev.type == "indirect" or paragraph_of(prev.start)[0] != paragraph_of(q.start)[0]:
        return False
    after = max(prev.end, prev.frame[1] if prev.frame else prev.end)
    gap = _SENTENCE_GAP.fullmatch(text, after, q.start) or _TAIL_GAP.fullmatch(text, after, q.start)
    return after <= q.start and bool(gap)
