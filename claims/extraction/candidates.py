"""The working record of one statement while the rules fill it in."""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

CharSpan = tuple[int, int]


@dataclass(slots=True, eq=False)
class Candidate:
    fragments: list[CharSpan]  # the content, in pieces, in text order
    type: str  # direct | indirect | mixed
    cue: Token | None = None  # the cue's head word ("said", "according")
    cue_span: CharSpan | None = None
    mention: Span | None = None  # the words naming the speaker here ("He", "the ministry")
    antecedent: Token | None = None  # for "X, who said ...": the head of X
    frame: CharSpan | None = None  # cue + speaker + adverbials: text that is not content
    dates: list[Span] = field(default_factory=list)  # time expressions modifying the cue
    in_statement: bool = False  # "said in a statement"
    conduit_mention: Span | None = None  # "according to KCNA" on a speech verb
    continuation: bool = False  # a cue-less quotation continuing a neighbour's words
    headline: bool = False  # in the headline: kept, but it answers and is answered by nothing
    forward: bool = False  # ...continuing the next statement's speaker (open multi-paragraph quote)
    # "would neither confirm nor deny that ...": no statement, but its subject is the antecedent of
    # the next "she" and the unsaid clause hides its names from speaker resolution; dropped after it
    silent: bool = False
    # filled by speaker resolution
    speaker: str | None = None
    speaker_kind: str | None = None
    affiliation: str | None = None
    conduit: str | None = None
    # filled by denial detection
    is_denial: bool = False
    stands_by: bool = False  # keeps to a report someone denied
    refers_back: bool = False  # "the claim", "these reports": a claim just mentioned
    denied_actor: str | None = None
    denied_claim: CharSpan | None = None
    denies: list[Candidate] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]

    @property
    def lemma(self) -> str:
        return self.cue.lemma_.lower() if self.cue is not None else ""

    def covers(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.fragments)


def doc_ents(doc: Doc) -> list[Span]:
    """The document's entities, built once: `Doc.ents` walks every token on each access."""
    ents = doc.user_data.get("newsroom_ents")
    if ents is None:
        ents = doc.user_data["newsroom_ents"] = list(doc.ents)
        doc.user_data["newsroom_ent_starts"] = [e.start for e in ents]
    return ents


def ents_in(doc: Doc, start: int, end: int) -> list[Span]:
    """Entities overlapping tokens [start, end)."""
    ents = doc_ents(doc)
    starts = doc.user_data["newsroom_ent_starts"]
    i = max(0, bisect.bisect_right(starts, start) - 1)
    found = []
    for ent in ents[i:]:
        if ent.start >= end:
            break
        if ent.end > start:
            found.append(ent)
    return found


def doc_text(doc: Doc) -> str:
    """The document's text, joined once: `Doc.text` rebuilds it from every token on each access."""
    text = doc.user_data.get("newsroom_text")
    if text is None:
        text = doc.user_data["newsroom_text"] = doc.text
    return text


def token_table(doc: Doc) -> numpy.ndarray:
    """LEMMA, POS and DEP of every token as one unsigned array (spaCy's hashes), built once.

    Whole-document scans look at this array instead of creating a Python object per token.
    """
    table = doc.user_data.get("newsroom_table")
    if table is None:
        table = doc.user_data["newsroom_table"] = doc.to_array([LEMMA, POS, DEP])
    return table


def head_table(doc: Doc) -> list[int]:
    """The index of each token's head, read once per document (Token.head builds a Token)."""
    heads = doc.user_data.get("newsroom_heads")
    if heads is None:
        offsets = doc.to_array([HEAD]).astype(numpy.int64)  # relative, stored unsigned
        heads = doc.user_data["newsroom_heads"] = (numpy.arange(len(doc)) + offsets).tolist()
    return heads


def tokens_where(doc: Doc, lemmas=None, pos=None, deps=None) -> list[int]:
    """Indices of the tokens whose lemma, part of speech and dependency are among those given."""
    table = token_table(doc)
    keep = numpy.ones(len(doc), dtype=bool)
    for column, wanted in ((0, lemmas), (1, pos), (2, deps)):
        if wanted is not None:
            keep &= numpy.isin(table[:, column], _ids(column == 1, frozenset(wanted)))
    return numpy.nonzero(keep)[0].tolist()


def lemma_between(doc: Doc, start: int, end: int, lemmas: frozenset[str]) -> bool:
    """Whether a token of doc[start:end] has one of the lemmas: a quick test before walking a
    subtree (which lies within its left and right edges) token by token."""
    wanted = _lemma_ids(lemmas)
    return any(lemma in wanted for lemma in _lemma_column(doc)[start:end])


def _lemma_column(doc: Doc) -> list[int]:
    """Each token's lemma id, as Python ints: a set lookup on a short slice of these is several
    times quicker than numpy.isin, whose set-up dominates on a subtree's few tokens."""
    lemmas = doc.user_data.get("newsroom_lemmas")
    if lemmas is None:
        lemmas = doc.user_data["newsroom_lemmas"] = token_table(doc)[:, 0].tolist()
    return lemmas


@functools.lru_cache(maxsize=256)
def _lemma_ids(wanted: frozenset[str]) -> frozenset[int]:
    return frozenset(get_string_id(w) for w in wanted)


@functools.lru_cache(maxsize=256)
def _ids(parts_of_speech: bool, wanted: frozenset[str]) -> numpy.ndarray:
    """The ids under which spaCy stores the wanted parts of speech, or the wanted strings (their
    hashes, the same in every vocabulary), worked out once per word list."""
    ids = [POS_IDS[w] for w in wanted] if parts_of_speech else [get_string_id(w) for w in wanted]
    return numpy.array(sorted(ids), dtype=numpy.uint64)
