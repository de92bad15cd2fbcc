"""Datelines ("LINDGARD, May 15 (Meridian Wire) — Valdoria said ...") are blanked before parsing.

The parser takes a dateline's city for the subject of the first sentence. Replacing
the dateline by as many spaces keeps every offset and leaves a clean sentence.
"""

from __future__ import annotations

import re

# At the start of a paragraph: a city in capitals, optional ", Region" and ", Month Day",
# optional "(Agency)", then a dash. "--" and a hyphen with a space before it count as dashes
# ("EASTBROOK - ", "TREVANNE, Nov 6 - ": copy set without long dashes).
_DATELINE = re.compile(
    r"""(?mx)^[ \t]*
    [A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+)*          # LINDGARD / NEW YORK / ST. PAUL
    (?:,[ ][A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*)*)?    # , Lirenia
    (?:,?[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?             # , May 15 / Sept 18
    [ ]*(?:\([^()\n]{1,40}\))?                         # (Meridian Wire)
    [ ]*(?:[—–]|--|(?<=[ ])-)[ ]*                      # — / -- / " -"
    (?=[A-Z"“‘'])                                      # the story's first word
    """
)


def dateline_end(text: str, start: int = 0) -> int | None:
    """Where the dateline that opens the paragraph at `start` ends, if there is one."""
    m = _DATELINE.match(text, start)
    return m.end() if m else None


def blank_datelines(text: str) -> str:
    """`text` with every paragraph-opening dateline replaced by spaces (same length)."""
    if "—" not in text and "-" not in text and "–" not in text:
        return text
    return _DATELINE.sub(lambda m: " " * len(m.group()), text)
