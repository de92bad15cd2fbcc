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
# Words setting a statement against what was said: "but", "in fact", "only", "instead".
CONTRAST = re.compile(r"\b(?:but|in fact|only|instead|rather|actually|however|indeed)\b", re.IGNORECASE)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
WORD = re.compile(r"[a-z’']+")
LONG_WORD = re.compile(r"[A-Za-z]{4,}")
# The value of a word's feature: below 1, so that the regularisation holds each word's weight
# lower than a feature of the dispute's; thousands of words, each seen in a few statements,
# otherwise learn their training articles (leave-one-set-out: average precision 0.52 at 1.0,
# 0.56 at 0.25).
WORD_VALUE = 0.25


@dataclass(frozen=True, slots=True)
class Said:
    """A statement as the model sees it: what the rules and speaker resolution made of it."""

    speaker: str | None
    kind: str
    is_denial: bool
    cue: str
    type: str
    content: str  # from the first word to the last, a split quote's cue included
    side: frozenset[str] = frozenset()  # whom the speaker speaks for: itself, its body, its country
    topic: frozenset[str] = frozenset()  # the content's lemmas the rules compare statements by
    headline: bool = False

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
    found |= _pairs(said, n)
    found |= {"w=" + w: WORD_VALUE for w in set(WORD.findall(this.content.lower()))}
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


def _pairs(said: Sequence[Said], n: int) -> dict[str, float]:
    """The statement against each claim of another side it could answer (said before it or
    within two statements after), each feature at its strongest over those claims."""
    this = said[n]
    strongest: dict[str, float] = {}
    for m, other in enumerate(said[: n + 3]):
        if _claim_against(other, this):
            for name, value in _pair(said, n, m).items():
                strongest[name] = max(value, strongest.get(name, 0.0))
    return strongest


def _claim_against(other: Said, this: Said) -> bool:
    """A claim by another side: not a denial, not the headline, nobody this speaker speaks for."""
    return (
        other is not this
        and other.speaker is not None
        and other.speaker != this.speaker
        and not other.is_denial
        and not other.headline
        and not other.side & this.side
    )


def _pair(said: Sequence[Said], n: int, m: int) -> dict[str, float]:
    """How statement `n` stands to the claim `m`: the words and numbers they share, whether the
    claim names the statement's side (accuses it), whether a denial elsewhere answers it (by the
    statement's side, by anyone) or comes from the claim's own side (the claim then more likely
    answers a denial, and the statement repeats a charge), how far apart they are, and whether
    the statement sets itself against something ("but", "in fact")."""
    this, claim = said[n], said[m]
    shared = len(this.topic & claim.topic)
    if not shared:
        return {"pair_any": 1.0, "pair_accuses": float(_names(claim, this))}
    accuses = _names(claim, this)
    near = abs(n - m) <= 2
    return {
        "pair_any": 1.0,
        "pair_shared": min(5, shared) / 5,
        "pair_overlap": shared / max(1, min(len(this.topic), len(claim.topic))),
        "pair_numbers": float(bool(_numbers(this.content) & _numbers(claim.content))),
        "pair_accuses": float(accuses),
        "pair_accuses_shared": min(3, shared) / 3 * accuses,
        "pair_near": float(near),
        "pair_next": float(m == n - 1),
        "pair_near_shared": min(3, shared) / 3 * near,
        "pair_contrast": float(bool(CONTRAST.search(this.content))),
        "pair_denied": float(_denied_elsewhere(said, n, m, this.side)),
        "pair_denied_by_others": float(_denied_elsewhere(said, n, m, frozenset())),
        "pair_claimant_denies": float(any(s.is_denial and s.side & claim.side for s in said)),
    }


def _names(claim: Said, this: Said) -> bool:
    """Whether the claim names the statement's speaker, its body or its country."""
    text = claim.content.lower()
    names = {name.lower() for name in this.side | {this.speaker or ""} if len(name) >= 4}
    if this.kind == "person" and this.speaker and len(this.speaker.split()) > 1:
        names.add(this.speaker.split()[-1].lower())
    return any(name in text for name in names)


def _denied_elsewhere(said: Sequence[Said], n: int, m: int, side: frozenset[str]) -> bool:
    """Whether a denial the rules found (not statement `n`), by `side` when given, else by anyone
    outside the claim's side, shares two or more words with claim `m`."""
    claim = said[m]
    return any(
        other.is_denial
        and k != n
        and (other.side & side if side else not other.side & claim.side)
        and len(other.topic & claim.topic) >= 2
        for k, other in enumerate(said)
    )


@functools.lru_cache(maxsize=4096)
def _numbers(content: str) -> frozenset[str]:
    return frozenset(NUMBER.findall(content))


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
