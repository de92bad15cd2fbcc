"""Denials the wording rules miss, found by a logistic regression trained on the gold articles.

Writers often deny without a denial word: "it had paid every winter invoice in full", "Three
other labs have now seen the same result", said by the side that stands accused, right after
it denied something outright. The rules in `frames.py` and `rebuttals.py` see the words; this
model sees the words together with the statement's place in the dispute: does its speaker deny
elsewhere in the article, did the sentence before come from the other side and share its
words, does the cue say "insisted" or "responded". It only adds denials, never removes one the
rules found, and its inputs are what the rules decided, so that training (on `manage.py
extract` output run without it) and use see the same features.

The weights are data (`data/denials.json`), written by `eval/train_denials.py` from the gold
sets in `eval/articles/`; `python eval/train_denials.py --help` says how to retrain after a
rule change.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "denials.json"

# Words that negate a proposition, and words that state its contrary with emphasis ("paid every
# invoice in full", "has always followed the rules").
NEGATIONS = re.compile(
    r"\b(?:not|never|no|nothing|none|nobody|neither|nor|without)\b|n[’']t\b", re.IGNORECASE
)
EMPHASIS = re.compile(
    r"\b(?:every|all|fully|full|always|actually|in fact|only|own|entirely|completely|simply|any)\b",
    re.IGNORECASE,
)
# Not having seen or known something: alone it answers no charge, and the rules decide when it
# does ("I have not seen the timetable" after someone said she had seen it early).
UNAWARE = re.compile(
    r"\b(?:not|never|n't|n’t)\s+(?:\w+\s+)?(?:seen|see|saw|heard|hear|read|known|know|noticed|aware)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[a-z’']+")
LONG_WORD = re.compile(r"[A-Za-z]{4,}")


@dataclass(frozen=True, slots=True)
class Said:
    """A statement as the model sees it: what the rules and speaker resolution made of it."""

    speaker: str | None
    kind: str
    is_denial: bool
    cue: str
    type: str
    content: str  # from the first word to the last, a split quote's cue included

    @property
    def long_words(self) -> frozenset[str]:
        return _long_words(self.content)


@functools.lru_cache(maxsize=4096)
def _long_words(content: str) -> frozenset[str]:
    return frozenset(w.lower() for w in LONG_WORD.findall(content))


def features(said: Sequence[Said], n: int) -> dict[str, float]:
    """The features of statement `n` among the article's statements, in text order."""
    this = said[n]
    found = {
        "cue=" + (this.cue.lower().split() or ["none"])[-1]: 1.0,
        "type=" + this.type: 1.0,
        "kind=" + this.kind: 1.0,
        "negations": min(3, len(NEGATIONS.findall(this.content))) / 3,
        "emphasis": min(3, len(EMPHASIS.findall(this.content))) / 3,
        "first": float(n == 0),
        "position": n / max(1, len(said)),
        "no_speaker": float(this.speaker is None),
        "length": min(60, len(this.content.split())) / 60,
    }
    found |= _dispute(said, n)
    found |= {"w=" + w: 1.0 for w in set(WORD.findall(this.content.lower()))}
    return found


def _dispute(said: Sequence[Said], n: int) -> dict[str, float]:
    """Where the statement stands in the article's dispute."""
    this = said[n]
    own = [s for m, s in enumerate(said) if m != n and this.speaker and s.speaker == this.speaker]
    others = [s for s in said if s.speaker != this.speaker]
    before = [s for s in said[:n] if s.speaker != this.speaker]
    surname = this.speaker.split()[-1].lower() if this.speaker else ""
    return {
        "speaker_denies": float(any(s.is_denial for s in own)),
        "speaker_denials": min(3, sum(s.is_denial for s in own)) / 3,
        "after_own_denial": float(n > 0 and _same_denier(said[n - 1], this)),
        "before_own_denial": float(n + 1 < len(said) and _same_denier(said[n + 1], this)),
        "others_deny": float(any(s.is_denial for s in others)),
        "shares_earlier": _shared(this, before),
        "shares_any": _shared(this, others),
        "named_by_others": float(bool(surname) and any(surname in s.content.lower() for s in others)),
    }


def _same_denier(neighbour: Said, this: Said) -> bool:
    return neighbour.speaker == this.speaker and neighbour.is_denial


def _shared(this: Said, others: Iterable[Said]) -> float:
    """How many long words the statement shares with the closest of `others` (up to five)."""
    return min(5, max((len(this.long_words & s.long_words) for s in others), default=0)) / 5


@dataclass(frozen=True)
class Model:
    """A logistic regression: a weight per feature name, a bias, and the probability from which a
    statement is taken for a denial."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, found: dict[str, float]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in found.items())
        return 1 / (1 + math.exp(-score))

    def denials(self, said: Sequence[Said], open_to: Iterable[int]) -> list[int]:
        """Which of the statements numbered `open_to` the model takes for denials."""
        return [
            n
            for n in open_to
            if not UNAWARE.search(said[n].content) and self.probability(features(said, n)) >= self.threshold
        ]


class DenialModel(Protocol):
    """What `mark_denials` asks of a model: `Model`, or a recorder of training examples."""

    def denials(self, said: Sequence[Said], open_to: Iterable[int]) -> list[int]: ...


@functools.cache
def default_model(path: Path = MODEL_PATH) -> Model | None:
    """The trained model, or None when none has been written (the rules then work alone)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(weights=data["weights"], bias=data["bias"], threshold=data["threshold"])
