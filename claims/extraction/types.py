"""What extraction produces: frozen dataclasses, no Django, no spaCy objects.

This is the contract between `claims.extraction` (which fills it) and its
users: `manage.py extract` (which prints `DocumentExtraction.as_json()`) and
ingest (which writes it to the database). Offsets are character offsets into
the text that was given to extraction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ActorKindName = Literal["person", "organization", "country", "group", "media", "unknown"]
StatementType = Literal["direct", "indirect", "mixed"]
Precision = Literal["day", "month", "year"]
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class ExtractedActor:
    """One actor as the document presents it, under its canonical name.

    `aliases` are the surface forms the document used for it ("DPRK",
    "Pyongyang"); `affiliation` is the canonical name of another
    `ExtractedActor` of the same document (John Kirby -> White House ->
    United States), so ingest can rebuild the chain.
    """

    name: str
    kind: ActorKindName = "unknown"
    role: str | None = None
    affiliation: str | None = None
    country_code: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExtractedStatement:
    id: str  # "s1", "s2", ... in document order
    start: int
    end: int
    content: str  # == text[start:end]
    type: StatementType
    speaker: str | None  # canonical actor name, or None when unknown
    speaker_kind: ActorKindName = "unknown"
    speaker_span: Span | None = None  # the words naming the speaker here ("He", "Kirby")
    speaker_text: str = ""  # text[speaker_span]
    affiliation: str | None = None
    conduit: str | None = None  # who relayed it: "KCNA"
    cue: str | None = None
    cue_span: Span | None = None
    fragments: tuple[Span, ...] = ()  # a quote split by its cue: the pieces, else empty
    is_denial: bool = False
    denies: tuple[str, ...] = ()  # ids of statements in this document that it rejects
    denied_actor: str | None = None  # canonical name of the actor whose claim it rejects
    denied_claim: Span | None = None  # the words describing the rejected claim, if any
    said_on: dt.date | None = None
    said_on_precision: Precision | None = None

    def as_json(self) -> dict[str, object]:
        """The statement as `manage.py extract` prints it (the documented JSON fields)."""
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_kind": self.speaker_kind,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "affiliation": self.affiliation,
            "conduit": self.conduit,
            "cue": self.cue,
            "cue_span": list(self.cue_span) if self.cue_span else None,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "content": self.content,
            "fragments": [list(f) for f in self.fragments] or None,
            "is_denial": self.is_denial,
            "denies": list(self.denies),
            "denied_actor": self.denied_actor,
            "said_on": self.said_on.isoformat() if self.said_on else None,
            "said_on_precision": self.said_on_precision,
        }


@dataclass(frozen=True, slots=True)
class DocumentExtraction:
    statements: tuple[ExtractedStatement, ...]
    actors: tuple[ExtractedActor, ...] = ()  # every actor a statement names (speaker, conduit, ...)
    extractor_version: str = ""
    warnings: tuple[str, ...] = field(default=())

    def actor(self, name: str | None) -> ExtractedActor | None:
        return next((a for a in self.actors if a.name == name), None) if name else None
