"""A stand-in for the spaCy extraction engine, for ingest tests that must not load spaCy.

It understands a tiny, fixed sentence grammar (one sentence per statement):

    <Speaker> said [on YYYY-MM-DD] that <claim>.
    <Speaker> dismissed claims by <Actor> that <claim>.     (a denial of <Actor>)
    <Speaker> said [on YYYY-MM-DD] "<quote>".

and knows the invented actors in ACTORS (kind, role, affiliation, aliases).
Within a document, a bare surname after the full name resolves to the full
name, as the real engine does; a bare surname alone stays bare. A denial
links (`denies`) the earlier statements of this document by the denied actor
or its affiliates. `FAIL_MARKER` in a text makes the fake raise, to test how
ingest isolates an article that breaks the extractor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from claims.extraction.types import DocumentExtraction, ExtractedActor, ExtractedStatement

VERSION = "fake-1"
FAIL_MARKER = "EXPLODE"

ACTORS = {
    a.name: a
    for a in [
        ExtractedActor("Valdoria", "country", aliases=("Valdorian Republic", "Port Selm")),
        ExtractedActor("Brenmoor", "country", aliases=("Brenmoorian government",)),
        ExtractedActor("Harbour Council", "organization", affiliation="Valdoria"),
        ExtractedActor("Brenmoor Shipping Authority", "organization", affiliation="Brenmoor"),
        ExtractedActor("Ilse Varga", "person", role="mayor", affiliation="Harbour Council"),
        ExtractedActor("Tomas Reyl", "person", role="spokesman", affiliation="Brenmoor Shipping Authority"),
        ExtractedActor("Pia Noor", "person", role="councillor", affiliation="Harbour Council"),
        ExtractedActor("Valdoria Courier", "media"),
    ]
}

_NAME = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
_SENTENCE = re.compile(r"[^.\n]+\.")
_SAID = re.compile(
    rf"^\s*(?P<speaker>{_NAME}) said(?: on (?P<date>\d{{4}}-\d{{2}}-\d{{2}}))?"
    r"(?: that (?P<claim>[^.]+)| \"(?P<quote>[^\"]+)\")\.$"
)
_DENIED = re.compile(
    rf"^\s*(?P<speaker>{_NAME}) dismissed (?P<claim>claims by (?P<target>{_NAME}) that [^.]+)\.$"
)


def extract_many(
    docs: Iterable[tuple[str, dt.date | None]], *, model: str | None = None, batch_size: int = 32
) -> Iterator[DocumentExtraction]:
    for text, published in docs:
        yield extract(text, published)


def extract(text: str, published: dt.date | None = None) -> DocumentExtraction:
    if FAIL_MARKER in text:
        raise RuntimeError(f"the fake extractor was told to fail\nsecond line {published}")
    statements: list[ExtractedStatement] = []
    names: set[str] = set()
    for sentence in _SENTENCE.finditer(text):
        statement = _statement(sentence, len(statements) + 1, statements, names)
        if statement:
            statements.append(statement)
    for s in statements:
        names.update(n for n in (s.speaker, s.denied_actor) if n)
    return DocumentExtraction(tuple(statements), _actors(names), extractor_version=VERSION)


def _statement(
    sentence: re.Match[str], number: int, earlier: list[ExtractedStatement], names: set[str]
) -> ExtractedStatement | None:
    offset = sentence.start()
    match = _DENIED.match(sentence.group()) or _SAID.match(sentence.group())
    if not match:
        return None
    group = "claim" if match.group("claim") else "quote"
    start, end = offset + match.start(group), offset + match.end(group)
    speaker = _full_name(match.group("speaker"), earlier)
    target = match.groupdict().get("target")
    date = match.groupdict().get("date")
    return ExtractedStatement(
        id=f"s{number}",
        start=start,
        end=end,
        content=sentence.string[start:end],
        type="direct" if group == "quote" else "indirect",
        speaker=speaker,
        speaker_kind=ACTORS[speaker].kind if speaker in ACTORS else "person",
        speaker_span=(offset + match.start("speaker"), offset + match.end("speaker")),
        speaker_text=match.group("speaker"),
        cue="dismissed" if target else "said",
        is_denial=bool(target),
        denies=tuple(s.id for s in earlier if target and _belongs(s.speaker, target)),
        denied_actor=target,
        said_on=dt.date.fromisoformat(date) if date else None,
        said_on_precision="day" if date else None,
    )


def _full_name(name: str, earlier: list[ExtractedStatement]) -> str:
    if " " in name:
        return name
    return next((s.speaker for s in earlier if s.speaker and s.speaker.endswith(" " + name)), name)


def _belongs(name: str | None, target: str) -> bool:
    while name:
        if name == target:
            return True
        name = ACTORS[name].affiliation if name in ACTORS else None
    return False


def _actors(names: set[str]) -> tuple[ExtractedActor, ...]:
    found: dict[str, ExtractedActor] = {}
    todo = sorted(names)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        actor = ACTORS.get(name, ExtractedActor(name, "person"))
        found[name] = actor
        if actor.affiliation:
            todo.append(actor.affiliation)
    return tuple(found[name] for name in sorted(found))


def api() -> tuple[object, str]:
    """What `claims.pipeline.extraction_api` returns, for monkeypatching it."""
    return extract_many, VERSION
