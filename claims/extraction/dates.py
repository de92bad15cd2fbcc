"""When a statement was said, from the time words on its cue and the published date.

News is written in the past tense about the last few days, so a bare weekday
("said Tuesday") is the latest such day on or before publication, "last
Thursday" the latest one before it, "in September" the latest September not
after publication. "last week" and "this week" give a month when the week lies
within one month. Explicit dates are read as written; anything else is left
to dateparser with the publication date as its base, and null when nothing fits.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from claims.extraction.lexicon import WEEKDAYS

Said = tuple[dt.date | None, str | None]
NOTHING: Said = (None, None)

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_DAY = re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?", re.I
)
_MONTH_ONLY = re.compile(r"\b" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?\b", re.I)
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
_WEEKDAY = re.compile(
    r"\b(?P<last>last\s+|this\s+past\s+|past\s+)?(?P<day>" + "|".join(WEEKDAYS) + r")\b", re.I
)
_DAYS_AGO = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven)\s+days?\s+ago\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def said_on(expressions: list[str], published: dt.date | None) -> Said:
    """The first expression that fixes a date, with its precision."""
    for text in expressions:
        found = resolve(text, published)
        if found[0] is not None:
            return found
    return NOTHING


def resolve(text: str, published: dt.date | None) -> Said:
    low = " ".join(text.lower().split())
    if re.search(r"\b(next|coming|tomorrow|later this)\b", low):
        return NOTHING  # a future date is not when something was said
    for rule in (_explicit, _relative_day, _weekday, _week, _month, _year):
        found = rule(low, published)
        if found is not None:
            return found
    return _fallback(low, published)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _past_year(month: int, day: int, published: dt.date) -> int:
    """The year that puts month/day on or before publication (allowing a day of time zones)."""
    candidate = _safe_date(published.year, month, day)
    if candidate is not None and candidate > published + dt.timedelta(days=1):
        return published.year - 1
    return published.year


def _explicit(low: str, published: dt.date | None) -> Said | None:
    m = _ISO.search(low)
    if m:
        date = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        return (date, "day") if date else None
    m = _MONTH_DAY.search(low) or _DAY_MONTH.search(low)
    if not m:
        return None
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    if m["year"]:
        year = int(m["year"])
    elif published is not None:
        year = _past_year(month, day, published)
    else:
        return None
    date = _safe_date(year, month, day)
    return (date, "day") if date else None


def _relative_day(low: str, published: dt.date | None) -> Said | None:
    if published is None:
        return None
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        return published, "day"
    if re.search(r"\b(yesterday|last night)\b", low):
        return published - dt.timedelta(days=1), "day"
    m = _DAYS_AGO.search(low)
    if m:
        n = _NUMBERS.get(m["n"]) or int(m["n"])
        return published - dt.timedelta(days=n), "day"
    return None


def _weekday(low: str, published: dt.date | None) -> Said | None:
    m = _WEEKDAY.search(low)
    if not m or published is None:
        return None
    delta = (published.weekday() - WEEKDAYS.index(m["day"].lower())) % 7
    if m["last"] and delta == 0:
        delta = 7
    return published - dt.timedelta(days=delta), "day"


def _month_of(date: dt.date) -> Said:
    return date.replace(day=1), "month"


def _week(low: str, published: dt.date | None) -> Said | None:
    if published is None or "week" not in low:
        return None
    monday = published - dt.timedelta(days=published.weekday())
    if re.search(r"\b(last|past|previous) week\b", low):
        first, last = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    elif re.search(r"\bthis week\b", low):
        first, last = monday, published
    else:
        return None
    return _month_of(first) if (first.year, first.month) == (last.year, last.month) else NOTHING


def _month(low: str, published: dt.date | None) -> Said | None:
    if published is not None and re.search(r"\b(last|past|previous) month\b", low):
        return _month_of(published.replace(day=1) - dt.timedelta(days=1))
    if published is not None and re.search(r"\bthis month\b", low):
        return _month_of(published)
    m = _MONTH_ONLY.search(low)
    if not m or (m["month"].lower() == "may" and not m["year"] and not re.search(r"\bin may\b", low)):
        return None
    month = MONTHS[m["month"].lower()]
    if m["year"]:
        year = int(m["year"])
    elif published is not None:
        year = published.year if month <= published.month else published.year - 1
    else:
        return None
    return dt.date(year, month, 1), "month"


def _year(low: str, published: dt.date | None) -> Said | None:
    if published is not None and re.search(r"\blast year\b", low):
        return dt.date(published.year - 1, 1, 1), "year"
    m = _YEAR.search(low)
    return (dt.date(int(m["year"]), 1, 1), "year") if m else None


@functools.lru_cache(maxsize=512)
def _fallback(low: str, published: dt.date | None) -> Said:
    """dateparser for what the rules above do not read ("the day before yesterday")."""
    if published is None or not re.search(r"\d|ago|before|earlier", low):
        return NOTHING
    import dateparser

    base = dt.datetime.combine(published, dt.time(12))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(low, languages=["en"], settings=settings)
    if parsed is None or parsed.date() > published:
        return NOTHING
    return parsed.date(), "day"
