"""Antecedents: the actors mentioned so far, and the pronouns that go back to them."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

from spacy.tokens import Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import ActorInfo, clean, person_like
from claims.extraction.candidates import doc_ents, doc_text, tokens_where
from claims.extraction.mentions import entity_actor, whole_name
from claims.extraction.speakers.clues import (
    _agent,
    _bodies,
    _called,
    _document_author,
    _one_body,
    _opens,
    _owns_subject,
    _passer_by,
    _place_modifier,
    noun_phrase,
)
from claims.extraction.speakers.words import _ARGUMENT, _COMMON, _MAIN, _NAMED, _NOT_NAMES, _SOURCING, REACH


def _apposed_to_object(ent: Span) -> bool:
    """ "Rupert Saye, for the home's owner, Silverbirch Care, suggested": a body's name in
    apposition to a preposition's object is no more an antecedent than that object is (a
    person's name may be the parser's slip: "a spokeswoman for the family, Nadia Roux, said")."""
    root = ent.root
    return root.dep_ == "appos" and root.head.dep_ == "pobj" and not person_like(clean(ent.text))


class Antecedents:
    """What a pronoun can stand for: the actors met so far, in text order, and the nearest fit."""

    def _subject_mentions(self, hidden: Callable) -> list[tuple[int, Span, bool]]:
        """Antecedents for pronouns and descriptions: (position, words, is a named entity).

        Named entities as subjects, objects and appositions, and the subjects of main
        clauses; none inside quotations or inside someone's reported words, whose
        people are what the speaker talked about.
        """
        found = []
        for ent in doc_ents(self.doc):
            loose = ent.label_ in ("ORG", "PERSON") and ent.root.dep_ in (
                "npadvmod",
                "nmod",
            )  # misparsed appositions
            # "Vranic, reached by telephone, said": a sentence's opening name parsed as a clause
            loose = loose or (ent.label_ == "PERSON" and ent.root.dep_ in ("advcl", "dep") and _opens(ent))
            owner = _owns_subject(ent.root) and self._a_person(ent)
            argument = ent.root.dep_ in _ARGUMENT and not _apposed_to_object(ent)
            # "rests on the work of Katrin Nordahl, a computer scientist who ...": a person introduced
            # with an apposition is the story's to refer back to, wherever the name stands
            introduced = ent.label_ == "PERSON" and any(c.dep_ == "appos" for c in ent.root.children)
            argument = argument or loose or owner or _agent(ent.root) or introduced
            if ent.label_ in _NAMED and argument and not _place_modifier(ent) and not hidden(ent.start_char):
                found.append((ent.start_char, ent, True))
        taken = {pos for pos, _, _ in found}
        for span, is_entity in [*self._answer_owners(), *self._quoted_sources(), *self._clause_subjects()]:
            # "was given a B. “My teacher marked ...": a subject whose head is quoted is the quotation's
            if span.start_char not in taken and not hidden(span.start_char) and not hidden(span.root.idx):
                found.append((span.start_char, span, is_entity))
                taken.add(span.start_char)
        return sorted((f for f in found if f[0] >= self.headline_end), key=lambda item: item[0])

    def _answer_owners(self) -> list[tuple[Span, bool]]:
        """ "Oberin's reply came" with "Oberin" untagged: a surname met before (see `_owns_subject`)."""
        found = []
        for i in tokens_where(self.doc, pos=("PROPN",), deps=("poss",)):
            tok = self.doc[i]
            name = self.doc[tok.left_edge.i : i + 1]
            if _owns_subject(tok) and self.actors.is_person(clean(name.text)):
                found.append((name, True))
        return found

    def _quoted_sources(self) -> list[tuple[Span, bool]]:
        """ "State broadcaster TST, quoting the interior ministry, said": the body quoted or cited."""
        found = []
        for i in tokens_where(self.doc, pos=("NOUN",), deps=("dobj",)):
            tok = self.doc[i]
            if tok.head.lemma_ in _SOURCING and tok.lemma_.lower() in lx.ORG_DESCRIPTIONS:
                found.append((noun_phrase(tok), False))
        return found

    def _clause_subjects(self) -> list[tuple[Span, bool]]:
        """The subjects of main clauses, and organisations as the subject of any clause."""
        found = []
        for i in tokens_where(self.doc, pos=("NOUN", "PROPN"), deps=("nsubj", "nsubjpass")):
            tok = self.doc[i]
            # "It is not the first time the league has dealt with it": an organisation as the subject
            # of any clause is an antecedent for "it", as a main clause's subject is for anyone
            body = tok.lemma_.lower() in lx.ORG_DESCRIPTIONS and tok.pos_ == "NOUN"
            main = tok.head.dep_ in _MAIN or _run_into_a_quotation(tok.head)
            if (main or body) and not _passer_by(tok):
                found.append((noun_phrase(tok, appositions=True), False))  # "A developer, Grey Stone Homes,"
        return found

    def _a_person(self, ent: Span) -> bool:
        """A name the document uses for a person, whatever its tag ("Brightwater" as ORG, "Sabine
        Orlow" as WORK_OF_ART; not "Solvara" as PERSON)."""
        # "Sabine Orlow" tagged WORK_OF_ART after a quotation: a given name and a surname
        named = ent.label_ in _NAMED or (ent.label_ not in _NOT_NAMES and person_like(clean(ent.text)))
        info = entity_actor(ent, self.actors) if named else None
        return info is not None and info.kind == "person" and self.actors.country(clean(ent.text)) is None

    def _remember(self, pos: int, actor: ActorInfo) -> None:
        i = bisect.bisect(self._positions, pos)
        self._positions.insert(i, pos)
        self.history.insert(i, (pos, actor))

    def _absorb_subjects(self, upto: int) -> None:
        while self._subjects and self._subjects[0][0] < upto:
            pos, span, is_entity = self._subjects.pop(0)
            if is_entity:
                info = entity_actor(whole_name(noun_phrase(span.root), span), self.actors)
                actor = self._national(span, pos) or (self.actors.add(info, span.text) if info else None)
                actor = _called(actor, span) if actor is not None else None
                if span.root.dep_ == "dobj":
                    self._objects.add(pos)
            else:
                actor = self._named(span, pos)
                if actor is not None and _document_author(span) is not None:
                    # "The letter, seen by the Herald, was signed by X. It says": from its sentence's end
                    self._documents.append((span.sent.end_char, actor))
            if actor is not None:
                self._remember(pos, actor)

    def _recent(
        self, pos: int, accept: Callable, subjects_only: bool = False, reach: int = REACH
    ) -> ActorInfo | None:
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self.history[i][0] <= reach:
            where, actor = self.history[i]
            if accept(actor) and not (subjects_only and where in self._objects):
                return actor
            i -= 1
        return None

    def _pronoun(self, low: str, pos: int) -> ActorInfo | bool | None:
        """The actor a pronoun stands for; False when `low` is not a pronoun."""
        if low in lx.PRONOUNS_MALE or low in lx.PRONOUNS_FEMALE:
            gender = "m" if low in lx.PRONOUNS_MALE else "f"

            def fits(a: ActorInfo) -> bool:
                return self._personal(a) and a.gender in (None, gender) and not a.plural

            # "Ferenc told MRT. He called ...": a subject before an object
            actor = self._recent(pos, fits, subjects_only=True) or self._recent(pos, fits)
            if actor is not None and actor.gender is None:
                actor.gender = gender
            if actor is not None:
                actor.kind = "person"
            return actor
        if low in lx.PRONOUNS_PLURAL:
            return self._recent(pos, _bodies)
        if low in lx.PRONOUNS_NEUTER:
            return self._document_before(pos) or self._recent(pos, _one_body)
        if low in lx.PRONOUNS_FIRST or low in lx.RELATIVE_PRONOUNS:
            return None
        return False

    def _document_before(self, pos: int) -> ActorInfo | None:
        """ "The letter, seen by the Herald, was signed by its chief executive, X. It says ...": "it"
        is a document with an author that was the subject since the last body, and speaks for them."""
        found = [(where, actor) for where, actor in self._documents if where <= pos and pos - where <= REACH]
        if not found:
            return None
        where, author = found[-1]
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and self.history[i][0] >= where:
            if _one_body(self.history[i][1]) and self.history[i][0] not in self._objects:
                return None  # a body met as a subject since
            i -= 1
        return author

    def _personal(self, actor: ActorInfo) -> bool:
        """A person, or a bare name of open kind ("Rees-Talbot disputed") that the text also
        capitalises inside a sentence, so not a common word opening one."""
        if actor.kind == "person":
            return True
        words = actor.name.split()
        return (
            actor.kind == "unknown"
            and len(words) <= 3
            and all(self._inside_sentence(w) and w.lower() not in _COMMON for w in words)
        )

    @functools.cached_property
    def _inner(self) -> set[int]:
        """Offsets of the capitalised words inside sentences (found on first use: few documents need them)."""
        return {t.idx for t in self.doc if t.text[:1].isupper() and t.i > 0 and not t.is_sent_start}

    def _inside_sentence(self, word: str) -> bool:
        if word not in self._capitalised:
            text = doc_text(self.doc)
            self._capitalised[word] = any(text.startswith(word, i) for i in self._inner)
        return self._capitalised[word]


def _run_into_a_quotation(verb: Token) -> bool:
    """'Ines Lund wanted an A and was given a C. "I was robbed," she said': the parser read "C."
    as an abbreviation and hung the writer's sentence on the cue; a clause that ends in a full stop
    right before the quotation is a main clause of its own."""
    if verb.dep_ != "ccomp" or verb.head.i < verb.i:
        return False
    doc, end = verb.doc, verb.right_edge.i
    return end + 1 < len(doc) and doc[end].text.endswith(".") and doc[end + 1].text in ('"', "“", "'", "‘")
