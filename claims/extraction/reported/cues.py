"""Speech cues: which verbs (and nouns) report speech, and decisions that report none.

A speech verb, "according to", a report or an assurance named by a noun, a court's finding, a
phrasal denial ("pushed back on"); not a decision on a bid or a request ("rejected the bid",
"denied him bail"), a naming ("what he called ..."), or a source cited ("citing two officials").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from claims.extraction import lexicon as lx
from claims.extraction.candidates import tokens_where
from claims.extraction.reported.dates import dates_in
from claims.extraction.reported.subjects import (
    _participle_modifier,
    _reports_clause,
    _that_clause,
    subject_of,
)
from claims.extraction.reported.words import _CLAUSE_CUES, _OCCASION_PREPS, CUE_LEMMAS

# Verbs that with "back" answer in words ('"Not one," he shot back'): news idiom.
_RETORTS = ("shoot", "fire", "hit", "snap", "bite")


def _retorts(verb: Token) -> bool:
    """'"I never voted against it," Oyelaran shot back': a retort with no object of its own
    (not "fired back three shells", nor "hit back at the claims", a denial of its own)."""
    kids = list(verb.children)
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == verb.i + 1 for c in kids)
    aimed = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("at", "on", "against")) for c in kids)
    return back and not aimed


# Verbs that keep to one's own claim: "stood by her claim that ...", "repeated his charge that ...".
_HOLDING = ("stand", "repeat", "reiterate", "renew")
_OWN = frozenset({"his", "her", "its", "their", "our", "my"})


def held_claim(verb: Token) -> Token | None:
    """The claim noun, with its that-clause, that the speaker keeps to ("stood by her claim
    that the blackout was the work of hackers"): the claim is said again, its words the content.
    Not "repeated the claim" (no content) nor "stood by the decision"."""
    if verb.lemma_ not in _HOLDING:
        return None
    if verb.lemma_ == "stand":
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "behind")]
        nouns = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    else:
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
    for noun in nouns:
        own = any(c.dep_ == "poss" and c.lower_ in _OWN for c in noun.children)
        clause = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and _that_clause(c)]
        clause += [c for c in verb.children if c.dep_ == "ccomp" and _that_clause(c) and c.i > noun.i]
        if own and clause and noun.lemma_.lower() in lx.CLAIM_NOUNS:
            return noun
    return None


def _is_according(tok: Token) -> bool:
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to"


def cue_tokens(doc: Doc) -> Iterator[Token]:
    """Speech verbs, and "according" of "according to", in order.

    Not what a study "found" or "showed": a finding is not a speech act ("according to the
    study" and "the study warns" are)."""
    verbs = {
        i
        for i in tokens_where(doc, lemmas=CUE_LEMMAS, pos=("VERB", "AUX"))
        if not _participle_modifier(doc[i])
    }
    verbs.update(
        i for i in tokens_where(doc, lemmas=lx.PHRASAL_DENIALS, pos=("VERB",)) if phrasal_denial(doc[i])
    )
    verbs.update(i for i in tokens_where(doc, lemmas=_RETORTS, pos=("VERB",)) if _retorts(doc[i]))
    verbs.update(i for i in tokens_where(doc, lemmas=_HOLDING, pos=("VERB",)) if held_claim(doc[i]))
    verbs.update(i for i in tokens_where(doc, lemmas=("go",)) if _goes_on(doc[i]))
    verbs.update(i for i in tokens_where(doc, lemmas=("put",), pos=("VERB",)) if _puts_it_to(doc[i]))
    verbs.update(i for i in tokens_where(doc, lemmas=("find",), pos=("VERB",)) if _judicial_finding(doc[i]))
    verbs.update(i for i in tokens_where(doc, lemmas=_CLAUSE_CUES, pos=("VERB",)) if _reports_clause(doc[i]))
    verbs.update(i for i in tokens_where(doc, lemmas=_REPORT_NOUNS, pos=("NOUN",)) if _reported_in(doc[i]))
    verbs.update(i for i in tokens_where(doc, lemmas=_GIVEN_NOUNS, pos=("NOUN",)) if _given_clause(doc[i]))
    according = [i for i in tokens_where(doc, lemmas=("accord",)) if _is_according(doc[i])]
    for i in sorted(verbs.union(according)):
        yield doc[i]


# "a report in the Ledger that ...": nouns naming what an outlet published.
_REPORT_NOUNS = ("report", "story", "article", "warning")


def _reported_in(noun: Token) -> tuple[Token, Token] | None:
    """ "followed a report in the Weekend Ledger on Monday that a fund had bought ...": a report
    in (or by) a named outlet with the clause it reported. (The outlet's name, the clause's verb.)
    Inside someone's denial the clause is the denier's words: the nesting rules drop it there."""
    doc = noun.doc
    outlet = next(
        (
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in ("in", "by", "from")
            for g in c.children
            if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_.lower() in lx.ROLE_NOUNS)
        ),
        None,
    )
    if outlet is None:
        return None
    i = outlet.head.right_edge.i + 1  # after "in the Weekend Ledger"
    if i < len(doc) and doc[i].lower_ == "on" and dates_in(doc[i + 1 : i + 3]):  # "on Monday"
        i = doc[i].right_edge.i + 1
    if i >= len(doc) or doc[i].lower_ != "that" or doc[i].dep_ != "mark":
        return None
    clause = doc[i].head
    return (outlet, clause) if clause.pos_ in ("VERB", "AUX") and clause.i > i else None


# "gave an assurance that ...": speech acts named by a noun that a light verb performs.
_GIVEN_NOUNS = ("assurance", "guarantee", "pledge", "promise", "undertaking")


_LIGHT_VERBS = ("give", "make", "issue", "offer", "provide")


def _given_clause(noun: Token) -> Token | None:
    """ "Deljani gave an assurance that every contract will be honoured": the that-clause of a
    speech-act noun that is the object of a light verb with a subject. The clause's verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in _LIGHT_VERBS or subject_of(verb) is None:
        return None
    return next(
        (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that"), None
    )


# Who rules: a court, and the bodies whose findings are rulings (unlike a study's or an inspector's).
_RULING_BODIES = lx.JUDICIAL | lx.words("commission panel ombudsman regulator")


def _judicial_finding(verb: Token) -> bool:
    """ "the judge found that ...", "rejected the argument, finding that ...": a court's finding
    is its ruling or the ground of one (what a study finds is no speech act)."""
    if not _reports_clause(verb):
        return False
    subject = subject_of(verb)
    if subject is not None and subject.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head  # "a ruling by the Trade Commission, which found that ..."
    if subject is None:
        return False
    titles = {t.lemma_.lower() for t in subject.subtree if t.i < subject.i and t.dep_ == "compound"}
    return subject.lemma_.lower() in _RULING_BODIES or bool(titles & _RULING_BODIES)


def _goes_on(verb: Token) -> bool:
    """'He went on: "..."': introduces a quotation, as "continued" does."""
    doc = verb.doc
    return verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "on" and doc[verb.i + 2].text == ":"


def _puts_it_to(verb: Token) -> bool:
    """ "Under cross-examination, the prosecutor put it to him that ...": a question put as a claim."""
    kids = list(verb.children)
    return (
        any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids)
        and any(c.dep_ == "ccomp" and _that_clause(c) for c in kids)
    )


def phrasal_denial(verb: Token) -> bool:
    """ "pushed back on the complaints", "brushed aside the report": a phrasal verb that rejects
    (also "pushed back on Wednesday, saying ...": the rejection dated, its words after it)."""
    return _phrasal_object(verb, days=True) is not None


def _phrasal_object(verb: Token, days: bool = False) -> Token | None:
    """What a phrasal denial rejects, read off the word order (the parser hangs the particle
    and the preposition in several ways); a day ("on Wednesday") only when `days`."""
    particles, preps = lx.PHRASAL_DENIALS.get(verb.lemma_, ((), ()))
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ not in particles:
        return None
    particle = doc[verb.i + 1]
    if preps:
        prep = doc[particle.i + 1] if particle.i + 1 < len(doc) else None
        objects = (
            [c for c in prep.children if c.dep_ == "pobj"]
            if prep is not None and prep.lower_ in preps
            else []
        )
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            c for c in particle.children if c.dep_ == "pobj"
        ]
    found = [o for o in objects if not _a_person(o) and not decided(o)]
    found = [o for o in found if days or o.ent_type_ not in ("DATE", "TIME")]  # a day is no claim
    return found[0] if found else None


def denial_cue(verb: Token) -> bool:
    return verb.lemma_ in lx.DENIAL_VERBS or phrasal_denial(verb)


def _ruled_on(verb: Token, obj: Token) -> bool:
    """ "Mr Justice X dismissed the claim": a court disposing of a lawsuit, not rejecting what
    someone said (unlike "dismissed claims that ..." or "rejected the argument")."""
    whose = any(
        c.dep_ in ("acl", "relcl", "ccomp") or (c.dep_ == "prep" and c.lower_ not in _OCCASION_PREPS)
        for c in obj.children
    )  # "claims that ...", "the claim by X"
    if obj.lemma_.lower() != "claim" or whose:
        return False
    subject = subject_of(verb)
    if subject is None:
        return False
    words = {t.lower_ for t in subject.subtree} | {subject.lemma_.lower()}
    return bool(words & lx.JUDICIAL)


def decided(obj: Token) -> bool:
    """ "rejected the bid", "denied accreditation": the object of a decision, not a claim."""
    return obj.lower_ in lx.DECISION_OBJECTS or obj.lemma_.lower() in lx.DECISION_OBJECTS


def _a_person(tok: Token) -> bool:
    """ "dismissed its coach", "rejected him": a person is no claim (nor something said)."""
    personal = tok.lower_ in ("him", "her", "them", "me", "us")
    return personal or tok.ent_type_ == "PERSON" or tok.lemma_.lower() in lx.ROLE_NOUNS


def _naming(verb: Token) -> bool:
    """ "to stop what he called 'speculative hoarding'", "the group, which calls itself Null
    Tide": a name given to something, not a claim."""
    if verb.lemma_ != "call" and verb.lemma_ not in lx.DESCRIBING_VERBS:
        return False
    kids = {c.dep_ for c in verb.children}
    if verb.dep_ == "relcl" and "dobj" not in kids and kids & {"oprd", "attr", "xcomp"}:
        return True  # "a decision she called 'the worst'": the noun is what was called that
    if _summary_noun_read_as_subject(verb) or _summary_labelled(verb):
        return True
    return any(c.dep_ == "dobj" and c.lower_ in _NAMING_OBJECTS for c in verb.children)


def _summary_labelled(verb: Token) -> bool:
    """'shut the pool, a decision that swimmers described as "shameful."': a relative clause
    labelling the writer's summary noun (", a ..."), its object the relative pronoun."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return False
    first = verb.head.left_edge
    if first.lower_ not in ("a", "an") or first.i == 0 or first.nbor(-1).text != ",":
        return False
    kids = [c for c in verb.children if not (c.dep_ == "dobj" and c.lower_ in ("that", "which"))]
    if any(c.dep_ == "dobj" for c in kids):
        return False
    return any(c.dep_ in ("oprd", "attr", "xcomp") or (c.dep_, c.lower_) == ("prep", "as") for c in kids)


def _summary_noun_read_as_subject(verb: Token) -> bool:
    """'The council shut the pool, a decision residents called "shameful."': the parser made
    "a decision residents" the subject and the writer's sentence what was called so; "a" before a
    plural noun after a comma shows the summary noun and a relative clause with its own subject."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS") or subject.i >= verb.i:
        return False
    first = subject.left_edge
    named = any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in subject.children)
    return named and first.lower_ in ("a", "an") and first.i > 0 and first.nbor(-1).text == ","


# "what he called ...", "a group that calls itself ...": a name given, not a claim made.
_NAMING_OBJECTS = lx.words("what which itself himself herself themselves")


def _cites_source(verb: Token) -> bool:
    """ "..., citing two officials", "citing people familiar with the talks": the source of someone's words,
    not a saying (unlike "citing soaring costs", a reason given)."""
    if verb.lemma_ != "cite":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    named = obj.ent_type_ in ("ORG", "PERSON", "NORP") and obj.pos_ == "PROPN"
    noun = obj.lemma_.lower()
    if named or noun in lx.ROLE_NOUNS or noun in lx.DOCUMENT_NOUNS or noun in _UNNAMED_SOURCES:
        return True
    return _reason_for_an_act(verb)


def _reason_for_an_act(verb: Token) -> bool:
    """ "declined to release the report, citing privacy rules", "denied a request for the video,
    citing an agreement": the reason for a refusal, which the reporter gives; not the reason
    given for an act ("withdrew the plan, citing soaring costs") nor with a speech act ("withdrew
    its bid, its mayor said, citing soaring costs")."""
    host = verb.head
    if verb.dep_ not in ("advcl", "acl", "conj") or host.i == verb.i:
        return False
    refusal = host.lemma_ in _REFUSALS or (
        host.lemma_ in lx.DENIAL_VERBS and any(c.dep_ == "dobj" and decided(c) for c in host.children)
    )
    spoken = (c for c in host.children if c.i != verb.i and c.dep_ in ("parataxis", "ccomp", "advcl"))
    return refusal and not any(c.lemma_ in lx.SPEECH_VERBS for c in spoken)


# Verbs of refusing to do something asked ("declined to release", "refused to comment").
_REFUSALS = lx.words("decline refuse")


# "citing two people familiar with the matter": sources nobody names.
_UNNAMED_SOURCES = lx.words("people person someone")


def _refused(verb: Token) -> bool:
    """ "A magistrate denied him bail": a refusal to grant, read by the parser as a clause whose
    subject is an object pronoun."""
    if verb.lemma_ != "deny":
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(
        g.dep_ == "nsubj" and g.lower_ in ("him", "them", "me", "us") for c in clauses for g in c.children
    ):
        return True
    return _two_objects(verb)


def _two_objects(verb: Token) -> bool:
    """ "has denied foreign diplomats consular visits", "denied the consul in Velm access to the
    crew": "deny" with someone and something (two objects; the parser may hang the second on a
    preposition of place) grants nothing; it is not a denial of a claim."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objects or any(o.lemma_.lower() in lx.CLAIM_NOUNS or o.lower_ in lx.CLAIM_NOUNS for o in objects):
        return False  # "denies ex-aide's claim", split by the parser at the hyphen
    if len(objects) >= 2:
        return True
    obj = objects[0]
    after = [c for c in verb.children if c.dep_ == "prep" and c.i == obj.right_edge.i + 1]
    after += [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i]
    return any(decided(g) for p in after for g in p.children if g.dep_ == "pobj")


def _in_statement(verb: Token) -> bool:
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "through", "via")
            and any(g.lemma_.lower() in lx.DOCUMENT_NOUNS for g in child.children)
        ):
            return True
    return False
