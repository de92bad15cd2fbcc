"""An article's text as HTML paragraphs, each statement's words in a <mark>.

Spans may overlap or nest (a denial quoting the claim it denies): the text is
cut at every span boundary into segments, and each covered segment becomes one
flat `<mark><a></a></mark>`, linked to the innermost statement covering it. No
element is ever nested in another mark, so overlaps cannot break the markup,
and every piece of text from the article goes through `escape`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

_PARAGRAPH_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    statement_id: int
    href: str
    title: str  # e.g. "Statement by Tomas Brenner"
    css_class: str = ""  # the speaker's colour


def highlight(text: str, spans: Iterable[Span]) -> SafeString:
    """`text` as `<p>` paragraphs with every span marked; all text escaped."""
    spans = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, -s.end, s.statement_id),
    )
    paragraphs: list[list[str]] = [[]]
    for start, end, covering in _segments(text, spans):
        for anchor in (s for s in spans if s.start == start):
            paragraphs[-1].append(format_html('<span class="anchor" id="s-{}"></span>', anchor.statement_id))
        pieces = _PARAGRAPH_BREAK.split(text[start:end])
        for index, piece in enumerate(pieces):
            if index:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append(_mark(piece, covering) if covering else escape(piece))
    html = "\n".join(f"<p>{''.join(parts)}</p>" for parts in paragraphs if "".join(parts).strip())
    return mark_safe(html)  # built only from escape() and format_html() output


def _segments(text: str, spans: Sequence[Span]) -> Iterable[tuple[int, int, list[Span]]]:
    """(start, end, spans covering it) for consecutive pieces of `text`."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    for start, end in itertools.pairwise(cuts):
        yield start, end, [s for s in spans if s.start <= start and end <= s.end]


def _mark(piece: str, covering: list[Span]) -> str:
    innermost = min(covering, key=lambda s: (s.end - s.start, s.statement_id))
    classes = " ".join(c for c in (innermost.css_class, "overlap" if len(covering) > 1 else "") if c)
    title = "; ".join(dict.fromkeys(s.title for s in covering))
    return format_html(
        '<mark class="{}" data-statement="{}"><a href="{}" title="{}">{}</a></mark>',
        classes,
        innermost.statement_id,
        innermost.href,
        title,
        piece,
    )
