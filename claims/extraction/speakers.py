"""Speaker resolution: from the words naming a speaker to a canonical actor.

Works through the statements in text order, keeping the actors mentioned so
far: "he"/"she" go to the nearest person (speakers and subjects, outside
quotations, of a compatible gender); "they" and "it" to the nearest group,
organisation or country; "the statement" to whoever issued the last
statement; "the ministry", "the company", "the spokesman" to the nearest
actor they describe; "X, who said" to X; "Kirby" to "John Kirby"; a
cue-less quotation to the speaker next to it.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import ActorInfo, Actors, clean, describe, entity_actor, strip_determiner
from claims.extraction.candidates import Candidate, doc_ents, doc_text

# How far back (characters) a pronoun or description may look for its actor.
REACH = 1200
GROUPLIKE = ("group", "organization", "country", "media")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "compound", "poss", "pobj", "dobj", "appos"})
_MAIN = frozenset({"ROOT", "conj", "advcl"})


def _noun_phrase(head: Token) -> Span:
    """A subject's words without its relative clauses and appositions."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj"):
            break
        end = child.right_edge.i + 1
    return head.doc[head.left_edge.i : end]


class Resolver:
    def __init__(self, doc: Doc, actors: Actors, in_quote: Callable) -> None:
        self.doc = doc
        self.actors = actors
        self.history: list[tuple[int, ActorInfo, bool]] = []  # (position, actor, is a speaker)
        self._positions: list[int] = []
        self._subjects = self._subject_mentions(in_quote)
        self.last_document_speaker: ActorInfo | None = None
        self.dated: list[tuple[set[str], ActorInfo]] = []  # the time words of each statement so far

    def _subject_mentions(self, in_quote: Callable) -> list[tuple[int, Span, bool]]:
        """Antecedents for pronouns and descriptions, outside quotations: (position, words, is an entity).

        Named entities in argument positions, and the subjects of main clauses (not of
        reported clauses, whose subjects are what someone talked about).
        """
        found = []
        for ent in doc_ents(self.doc):
            if ent.label_ in _NAMED and ent.root.dep_ in _ARGUMENT and not in_quote(ent.start_char):
                found.append((ent.start_char, ent, True))
        taken = {pos for pos, _, _ in found}
        for tok in self.doc:
            is_subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN")
            if is_subject and tok.head.dep_ in _MAIN:
                span = _noun_phrase(tok)
                if span.start_char not in taken and not in_quote(span.start_char):
                    found.append((span.start_char, span, False))
        return sorted(found, key=lambda item: item[0])

    def _remember(self, pos: int, actor: ActorInfo, speaker: bool) -> None:
        i = bisect.bisect(self._positions, pos)
        self._positions.insert(i, pos)
        self.history.insert(i, (pos, actor, speaker))

    def _absorb_subjects(self, upto: int) -> None:
        while self._subjects and self._subjects[0][0] < upto:
            pos, span, is_entity = self._subjects.pop(0)
            if is_entity:
                info = entity_actor(span)
                actor = self.actors.add(info, span.text) if info is not None else None
            else:
                actor = self._named(span, pos)
            if actor is not None:
                self._remember(pos, actor, False)

    def _recent(self, pos: int, accept: Callable) -> ActorInfo | None:
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self.history[i][0] <= REACH:
            actor = self.history[i][1]
            if accept(actor):
                return actor
            i -= 1
        return None

    def resolve(self, cands: list[Candidate]) -> None:
        previous: ActorInfo | None = None
        for n, cand in enumerate(cands):
            pos = cand.mention.start_char if cand.mention is not None else cand.start
            self._absorb_subjects(pos)
            if cand.continuation:
                actor = self._neighbour(cands, n) if cand.forward else previous
                actor = actor or previous
            else:
                actor = self._speaker(cand, pos)
            if actor is None:
                continue
            actor = self._relay(cand, actor)
            cand.speaker = actor.name
            cand.speaker_kind = actor.kind
            cand.affiliation = actor.affiliation.name if actor.affiliation else None
            previous = actor
            self._remember(pos, actor, True)
            if cand.in_statement:
                self.last_document_speaker = actor
            if cand.dates:
                self.dated.append(({w.lower_ for d in cand.dates for w in d if w.is_alpha}, actor))

    def _neighbour(self, cands: list[Candidate], n: int) -> ActorInfo | None:
        for later in cands[n + 1 :]:
            if not later.continuation and later.mention is not None:
                return self._speaker(later, later.mention.start_char)
        return None

    def _speaker(self, cand: Candidate, pos: int) -> ActorInfo | None:
        mention = cand.mention
        if cand.antecedent is not None and (mention is None or mention.root.lower_ in lx.RELATIVE_PRONOUNS):
            head = cand.antecedent
            mention_for_name = self.doc[head.left_edge.i : head.i + 1]
            return self._named(mention_for_name, pos)
        if mention is None:
            return None
        return self._named(mention, pos)

    def _named(self, mention: Span, pos: int) -> ActorInfo | None:
        root = mention.root
        low = root.lower_
        if len(mention) == 1 or low in lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE | lx.PRONOUNS_PLURAL:
            pronoun = self._pronoun(low, pos)
            if pronoun is not False:
                return pronoun
        info = describe(mention, self.actors)
        if info is not None:
            return self.actors.add(info, mention.text)
        return self._description(mention, pos)

    def _pronoun(self, low: str, pos: int) -> ActorInfo | bool | None:
        """The actor a pronoun stands for; False when `low` is not a pronoun."""
        if low in lx.PRONOUNS_MALE or low in lx.PRONOUNS_FEMALE:
            gender = "m" if low in lx.PRONOUNS_MALE else "f"
            actor = self._recent(pos, lambda a: a.kind == "person" and a.gender in (None, gender))
            if actor is not None and actor.gender is None:
                actor.gender = gender
            return actor
        if low in lx.PRONOUNS_PLURAL:
            return self._recent(pos, lambda a: a.kind in GROUPLIKE or a.plural)
        if low in lx.PRONOUNS_NEUTER:
            return self._recent(pos, lambda a: a.kind in GROUPLIKE and not a.plural)
        if low in lx.PRONOUNS_FIRST or low in lx.RELATIVE_PRONOUNS:
            return None
        return False

    def _description(self, mention: Span, pos: int) -> ActorInfo | None:
        """ "the statement", "the ministry", "the spokesman": an actor met earlier, else the words."""
        root = mention.root
        head = root.lemma_.lower()
        if head in lx.DOCUMENT_NOUNS:
            return self._dated(mention) or self.last_document_speaker or self._recent(pos, lambda a: True)
        if head in lx.ROLE_NOUNS:
            actor = self._recent(pos, lambda a: a.kind == "person" and head in (a.role or "").lower())
            if actor is not None:
                return actor
        elif head in lx.ORG_DESCRIPTIONS:
            actor = self._recent(pos, lambda a: head in a.name.lower() and a.kind != "person")
            if actor is None and head in ("government", "administration", "regime", "authorities"):
                actor = self._recent(pos, lambda a: a.kind == "country")
            if actor is None and head in ("company", "firm", "group", "organisation", "organization"):
                actor = self._recent(pos, lambda a: a.kind == "organization")
            if actor is not None:
                return actor
        words = strip_determiner(list(mention))
        if not words:
            return None
        name = clean(doc_text(self.doc)[words[0].idx : words[-1].idx + len(words[-1])])
        plural = root.tag_ in ("NNS", "NNPS")
        kind = "organization" if head in lx.ORG_DESCRIPTIONS else ("group" if plural else "unknown")
        if head in lx.ROLE_NOUNS and not plural:
            kind = "person"
        return self.actors.add(ActorInfo(name, kind, plural=plural), mention.text)

    def _dated(self, mention: Span) -> ActorInfo | None:
        """ "Tuesday's statement": whoever made a statement on Tuesday."""
        words = {t.lower_ for t in mention if t.ent_type_ == "DATE" and t.is_alpha}
        for said, actor in reversed(self.dated):
            if words and words <= said:
                return actor
        return None

    def _relay(self, cand: Candidate, actor: ActorInfo) -> ActorInfo:
        """Conduits: "according to KCNA" on a speech verb; state media speaking for the state."""
        if cand.conduit_mention is not None:
            conduit = describe(cand.conduit_mention, self.actors)
            if conduit is not None:
                conduit = self.actors.add(conduit, cand.conduit_mention.text)
                cand.conduit = conduit.name
        if actor.speaks_for is not None and cand.lemma in lx.RELAY_VERBS | {"say", "accord"}:
            cand.conduit = cand.conduit or actor.name
            state = self.actors.add(
                ActorInfo(actor.speaks_for.name, "country", country_code=actor.speaks_for.code)
            )
            return state
        return actor
