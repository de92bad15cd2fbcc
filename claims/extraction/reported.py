"""Reported speech and attribution phrases, read off the dependency parse.

A cue is a speech verb ("said", "told", "warned", "denied") or "according to".
Its frame is the cue with its subject, auxiliaries and adverbials ("Kirby told
reporters on Wednesday"); its content is the clause or phrase it reports
("that the shipments were late"). Whether a quotation next to the frame is the
content is decided in `direct.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import clean, person_like
from claims.extraction.candidates import Candidate, doc_text, ents_in, tokens_where

CUE_LEMMAS = lx.SPEECH_VERBS | lx.QUOTE_ONLY_VERBS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Children that belong to the cue's frame, not to what was said.
FRAME_DEPS = frozenset(
    {"aux", "auxpass", "neg", "advmod", "prt", "npadvmod", "agent", "dative", "prep", "dobj"}
)
ADDRESSEE_VERBS = lx.words("tell inform assure warn urge remind ask brief")
_TRIM = " \t\n,;:—–-"
# Participles that set the occasion of what follows ("Speaking to reporters on Monday, ...").
_OCCASIONS = lx.words(
    "speak talk address appear testify write respond answer brief ask question interview reach contact "
    "publish release issue"
)
_CLAUSES = frozenset({"relcl", "acl", "ccomp"})
_CUE_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})
# Prepositions that set where or when something was said, not whose claim it is.
_OCCASION_PREPS = lx.words("in on at during through via")
_REPORTED_MODALS = lx.words("would could might should")
# Speech verbs whose content can also be a noun phrase, besides lx.NP_CONTENT_VERBS: "reported a
# pre-tax loss of 21 million".
_NP_REPORTS = ("report",)
# Verbs that report speech only with a that-clause ("repeated that ...", not "repeated the claim").
_CLAUSE_CUES = ("repeat",)
_COMPLEMENTS = frozenset({"oprd", "xcomp", "advcl", "npadvmod", "dep", "attr", "acomp", "ccomp"})


def _participle_modifier(tok: Token) -> bool:
    """ "the ceasefire agreed in April", "the figures announced on Monday": a passive participle
    describing a noun reports no one's words."""
    if _main_verb_misread(tok):
        return False
    return (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not any(c.dep_ == "nsubj" for c in tok.children)
    )


def _main_verb_misread(tok: Token) -> bool:
    """ "The commission's chairman, Vilmos Arkadi, dismissed as groundless ...": the sentence's only
    verb, after the subject's closing comma, read as a modifier of a root noun. Also "The panel,
    convened by X, announced on Monday that ... and recommended ...": a participle describing a
    noun takes no that-clause, so one that does is the subject's verb."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBD", "VBN")
        and (_verbless_root(tok.head) or _reports_clause(tok))
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.i > 0
        and tok.nbor(-1).text == ","
    )


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


def _reports_clause(verb: Token) -> bool:
    """ "repeated that no closure was being considered": a verb that is a speech act only with a
    that-clause ("repeated the claim" has no content)."""
    return any(c.dep_ == "ccomp" and _that_clause(c) for c in verb.children)


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
    return subject is not None and subject.lemma_.lower() in _RULING_BODIES


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


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def content_heads(verb: Token) -> list[Token]:
    """The children of `verb` whose subtrees are what it reports."""
    lemma = verb.lemma_
    kids = list(verb.children)
    rejected = _phrasal_object(verb)  # "pushed back on the complaints", "brushed aside the report"
    if rejected is not None:
        return [rejected]
    fronted = _fronted_label(verb)  # 'dismissed as "nonsense" rumours that ...'
    if fronted:
        return fronted
    if phrasal_denial(verb):  # "pushed back on Wednesday, saying ...": what it rejects is what it says
        saying = [c for c in kids if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_ in lx.SPEECH_VERBS]
        return content_heads(saying[0]) if saying else []
    heads = [
        c
        for c in kids
        if c.dep_ == "ccomp"
        and not _lead_in(c, verb)
        and not _subjects_participle(c, verb)
        and not _absolute_participle(c, verb)
    ]
    if lemma in lx.QUOTE_ONLY_VERBS and lemma not in lx.SPEECH_VERBS:
        return heads
    if lemma in lx.XCOMP_CONTENT_VERBS or lemma in lx.DENIAL_VERBS:
        heads += [c for c in kids if c.dep_ == "xcomp"]
        if heads and lemma in ADDRESSEE_VERBS | {"urge", "demand"}:
            heads += [c for c in kids if c.dep_ == "dobj" and c.i < heads[0].i and c.dep_ != "ccomp"]
    if lemma == "call":
        complement = [c for c in kids if c.dep_ in ("oprd", "xcomp", "ccomp", "attr")]
        obj = [c for c in kids if c.dep_ == "dobj"]
        if obj and (complement or any(g.dep_ == "appos" for g in obj[0].children)):
            heads = obj + complement
        elif obj:  # "called a memo showing X than Y admitted 'a fabrication'": the complement slipped down
            slipped = [c for c in kids if c.i > obj[0].i and _slipped_complement(c)]
            heads = obj + slipped if slipped or _complement_inside(obj[0]) else []
        elif _called_noun(kids):  # "called the police account 'a lie'", the object read as a clause
            heads = [c for c in kids if c.dep_ in ("ccomp", "oprd", "attr")]
        elif _object_read_as_complement(verb, kids):
            heads = [c for c in kids if c.dep_ in ("oprd", "attr")][:1]
        elif not obj:  # "called for a ceasefire"
            heads += [c for c in kids if c.dep_ == "prep" and c.lower_ == "for"]
    elif lemma in lx.DESCRIBING_VERBS:  # "described the claims as baseless", "branded it a lie"
        obj = [c for c in kids if c.dep_ == "dobj"]
        complement = [  # however the parser hangs it: "as baseless" (advcl), "a smear" (npadvmod)
            c
            for c in kids
            if obj and c.i > obj[0].i and (c.dep_ in _COMPLEMENTS or (c.dep_, c.lower_) == ("prep", "as"))
        ]
        heads = obj + complement if complement or (obj and _quoted_apposition(obj[0])) else []
    elif lemma == "accuse":
        heads = [c for c in kids if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "of")]
        heads += [c for c in kids if heads and _apposed_accused(c, heads[0])]
    elif lemma == "warn" and not heads:
        heads = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "against", "about")]
    elif not heads and (lemma in lx.NP_CONTENT_VERBS or lemma in _NP_REPORTS):
        heads = [c for c in kids if c.dep_ == "dobj" and not _a_person(c)]
        if lemma in _NP_REPORTS and not _reported_figure(verb, heads):
            return []
        if lemma == "disclose":  # "disclosed the approach on Monday": made known that it happened
            return []
        if lemma in lx.DENIAL_VERBS and any(
            decided(c) or _ruled_on(verb, c) for c in kids if c.dep_ == "dobj"
        ):
            return []  # "rejected the cabinet's bid", "denied a request": a decision, not a statement
        if not heads and lemma in lx.DENIAL_VERBS:  # "dismissed as 'reckless' a report that ..."
            heads = [c for c in kids if c.dep_ == "prep" and c.lower_ == "as" and c.i == verb.i + 1]
        if heads:  # "dismissed the report as a fabrication"; "blamed X for Y"; "denied claims by X that ..."
            preps = ("as", "for", "on") if lemma == "blame" else ("as",)
            heads += [c for c in kids if c.dep_ == "prep" and c.lower_ in preps and c.i > heads[0].i]
            heads += [c for c in kids if c.dep_ == "advcl" and c.i > heads[0].i and _that_clause(c)]
            heads += _claim_modifiers(heads[0], kids)
    if not heads and lemma == "say":
        heads = _clause_read_as_object(kids)
        if heads and _clause_goes_on(verb, heads[0]):  # "X said at least 40 men, ..., had described"
            heads.append(verb.head)
    return _repaired(verb, heads, kids)


# Verbs that put a label on what they take: "dismissed as", "branded as", "called".
_LABELLING = lx.DENIAL_VERBS | lx.DESCRIBING_VERBS | {"call"}
_OPENING_MARKS = frozenset("\"“‘'")
_CLOSING_MARKS = frozenset("\"”’'")
# Words after a comma that start a new part of the sentence, not more of the object.
_CLAUSE_BREAKS = lx.words("and but as while whereas which who saying adding")


def _quoted_apposition(obj: Token) -> bool:
    """'branded the allegation "a spy novel"': the label in quotation marks, which the parser
    hung on the object as an apposition; the object's phrase holds what was said."""
    doc = obj.doc
    marks = (c for c in obj.rights if c.dep_ == "appos")
    return any(_OPENING_MARKS & {c.left_edge.text, doc[c.left_edge.i - 1].text} for c in marks)


def _fronted_label(verb: Token) -> list[Token]:
    """'dismissed as "nonsense" rumours that he had quit', 'called "groundless" an accusation by X
    that ...': the quoted label set before a long object. What was said runs from the label to the
    end of the object's clause (the label is what rejects the object), however the parser hung the
    pieces. The subtrees of the span's own heads, or nothing when one reaches outside it."""
    doc, sent = verb.doc, verb.sent
    i = verb.i + 1 + (verb.i + 1 < sent.end and doc[verb.i + 1].lower_ == "as")
    if verb.lemma_ not in _LABELLING or i >= sent.end or doc[i].text not in _OPENING_MARKS:
        return []
    close = next((t.i for t in doc[i + 1 : sent.end] if t.text in _CLOSING_MARKS), None)
    if close is None or close + 1 >= sent.end or doc[close + 1].pos_ not in ("DET", "NOUN", "PROPN", "ADJ"):
        return []  # 'called it "a disgrace".': no object after the label
    end = _clause_end(verb, close + 1, sent.end)
    heads = [t for t in doc[verb.i + 1 : end] if not verb.i < t.head.i < end or t.head.i == t.i]
    inside = all(
        verb.i < t.left_edge.i and max(g.i for g in t.subtree if not g.is_space) < end for t in heads
    )
    return heads if inside else []


def _clause_end(verb: Token, start: int, stop: int) -> int:
    """Where the object's clause ends: at a semicolon, colon or dash, or at a comma that opens
    another clause (", but", ", saying", ", as prices rose", ", state media reported" when that
    verb governs the cue), else at the sentence's end."""
    doc = verb.doc
    for tok in doc[start:stop]:
        if tok.text in (";", ":", "—", "–", "(", ".", "?", "!") or tok.is_sent_end:
            return tok.i
        nxt = doc[tok.i + 1] if tok.i + 1 < stop else None
        if tok.text != "," or nxt is None:
            continue
        if nxt.lower_ in _CLAUSE_BREAKS or nxt.tag_ == "VBG" or _governing(verb, nxt):
            return tok.i
    return stop


def _governing(verb: Token, tok: Token) -> bool:
    """ "X dismissed ..., state media reported": `tok` belongs to the verb that governs the cue."""
    head = verb.head
    return (
        head.pos_ in ("VERB", "AUX")
        and head.i != verb.i
        and head.is_ancestor(tok)
        and not verb.is_ancestor(tok)
    )


# What one says that is no reported clause: "said nothing", "said a prayer", "said goodbye".
_SAID_THINGS = lx.words("""
    nothing something anything everything little much more less so same word words prayer prayers
    goodbye hello grace thanks mass yes no
    """)


def _clause_goes_on(verb: Token, obj: Token) -> bool:
    """ "The report said at least 40 men held at X, east of the capital, had described being
    beaten": the parser made the clause's verb the head of the sentence and "said" a side
    remark, leaving the clause's subject as the object of "said"."""
    head = verb.head
    return (
        verb.dep_ == "parataxis"
        and head.pos_ in ("VERB", "AUX")
        and head.i > obj.right_edge.i
        and not any(c.dep_ in SUBJECT_DEPS for c in head.children)
    )


def _clause_read_as_object(kids: list[Token]) -> list[Token]:
    """ "The complaint says Prewitt, who chairs X, pressed officials ...", "saying the offer
    'fundamentally undervalues' the business": a reported clause the parser read as the object of
    "say" (around an apposition or a quotation it could not parse). "Say" takes no noun phrase
    as what was said, so an object that spans several words is the clause."""
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in _SAID_THINGS or obj.lemma_.lower() in _SAID_THINGS:
        return []
    if obj.pos_ == "PRON" or obj.right_edge.i - obj.left_edge.i < 3:
        return []
    return [obj]


def _subjects_participle(clause: Token, verb: Token) -> bool:
    """ "The board's report, published the same day, says ...": the parser made the participle
    describing the subject a clause of the cue, with the subject as its subject."""
    doc = verb.doc
    if clause.i > verb.i or clause.tag_ not in ("VBN", "VBD") or doc[clause.i - 1].text != ",":
        return False
    if clause.right_edge.i + 2 != verb.i or doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "nsubj" and c.i == clause.i - 2 for c in clause.children)


def _reported_figure(verb: Token, objects: list[Token]) -> bool:
    """ "Brannock reported a pre-tax loss of 21 million": a figure reported is a statement; not
    "reported the approaches" (an act) nor "must report side effects" (a duty)."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for o in objects for t in o.subtree)


def _apposed_accused(tok: Token, obj: Token) -> bool:
    """ "accused his rival, Renata Kvist, of approving ...": the name set off by commas after the
    object, with the "of" phrase the parser hung on it."""
    return _name_set_off(tok, obj.right_edge.i)


def _name_set_off(tok: Token, edge: int) -> bool:
    """A name right after token `edge` and its comma, which the parser left loose ("npadvmod",
    "appos", "dep") instead of in apposition to what stands before it."""
    return (
        tok.dep_ in ("npadvmod", "appos", "dep")
        and tok.pos_ == "PROPN"
        and tok.left_edge.i == edge + 2
        and tok.doc[edge + 1].text == ","
    )


def _absolute_participle(clause: Token, verb: Token) -> bool:
    """'"...," Lisle said from the stand, his voice breaking': a bare -ing phrase set off by a
    comma after the cue is the writer's picture of the speaker, not what was said."""
    if clause.tag_ != "VBG" or clause.i < verb.i or clause.lemma_ in CUE_LEMMAS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
        return False
    edge = clause.left_edge.i  # the parser may hang the comma inside the phrase
    return verb.doc[edge].text == "," or (edge > 0 and verb.doc[edge - 1].text == ",")


def _lead_in(clause: Token, verb: Token) -> bool:
    """ "His first term was not free of controversy: in 2022 the federation denied ...": a clause
    that a colon sets before the cue's sentence is the writer's lead-in, not what was said."""
    if clause.i > verb.i:
        return False
    return any(t.text == ":" for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _called_noun(kids: list[Token]) -> bool:
    """ "called [the police account] ccomp ['a lie'] oprd": a noun parsed as a clause, then its complement."""
    clause = next((c for c in kids if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")), None)
    return clause is not None and any(c.dep_ in ("oprd", "attr") and c.i > clause.i for c in kids)


def _complement_inside(obj: Token) -> bool:
    """ "called the accusation "absurd"": the complement hung inside the object, after its noun.
    Without one, "called the strike", "called a meeting" say nothing."""
    after = obj.doc[obj.i + 1 : obj.right_edge.i + 1]
    return any(t.text in '"“”' or (t.pos_ == "ADJ" and t.head.i == obj.i) for t in after)


def _object_read_as_complement(verb: Token, kids: list[Token]) -> bool:
    """ "called the doctors' account of unsafe wards "categorically untrue"": with no object, the
    parser made the object the complement and hung the quoted adjective inside it. A noun
    complement right after the verb whose phrase goes on past a quotation mark is object and
    complement at once."""
    if any(c.dep_ in ("dobj", "auxpass") for c in kids):
        return False
    complement = next((c for c in kids if c.dep_ in ("oprd", "attr")), None)
    if complement is None or complement.pos_ not in ("NOUN", "PROPN") or complement.left_edge.i != verb.i + 1:
        return False
    doc = verb.doc
    marks = [t for t in doc[complement.i + 1 : complement.right_edge.i + 2] if t.text in '"“”']
    return bool(marks)


def _slipped_complement(tok: Token) -> bool:
    """What follows "called X" when the parser lost the complement: "called the claims by the
    United Provinces groundless" (read as a preposition's object), not a date or another act."""
    if tok.dep_ in ("advcl", "dep", "npadvmod", "dobj"):
        return True
    return tok.dep_ == "prep" and not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


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


def _claim_modifiers(obj: Token, kids: list[Token]) -> list[Token]:
    """ "rejected accusations by X that ...": a phrase right after a claim noun belongs to it,
    even when the parser hung it on the verb."""
    if obj.lower_ not in lx.CLAIM_NOUNS and obj.lemma_.lower() not in lx.CLAIM_NOUNS:
        return []
    found, edge = [], obj.right_edge.i
    for child in sorted(kids, key=lambda c: c.i):
        occasion = child.dep_ == "prep" and child.lower_ in _OCCASION_PREPS  # "in a statement on Monday"
        beside = child.i == edge + 1 and child.dep_ in ("prep", "acl", "relcl", "ccomp") and not occasion
        if beside or _named_claimant(child, edge):
            found.append(child)
            edge = child.right_edge.i
    return found


def _named_claimant(tok: Token, edge: int) -> bool:
    """ "dismissed a suggestion by a lawmaker, Dorel Vask, that the lorries ...": the claimant's
    name set off by commas, the claim's that-clause hung on the name by the parser."""
    return _name_set_off(tok, edge) and any(
        c.dep_ in ("relcl", "acl", "ccomp") and c.left_edge.lower_ == "that" for c in tok.children
    )


def _repaired(verb: Token, heads: list[Token], kids: list[Token]) -> list[Token]:
    """Parser slips around that-clauses, mended."""
    lemma = verb.lemma_
    if heads and lemma not in ("call", "accuse"):  # "said that A and that B": B hangs off the verb
        heads += [c for c in kids if c.dep_ == "conj" and _that_clause(c) and c.i > heads[-1].i]
    if heads and lemma in ADDRESSEE_VERBS:
        heads = _subject_as_relative(kids, heads) + heads
    if heads and lemma not in lx.QUOTE_ONLY_VERBS:  # "said it was aware of X and would ask Y"
        heads += [c for c in kids if c.dep_ == "conj" and c.i > heads[-1].i and _reported_future(c)]
    if heads and all(h.i < verb.i for h in heads):  # "A paid 9 percent, it said, and B paid 1 percent"
        heads += [c for c in kids if c.dep_ == "conj" and c.i > verb.i and _own_clause(c)]
    if heads or lemma not in lx.SPEECH_VERBS:
        return heads
    said_only = [c for c in kids if c.dep_ == "advcl" and _that_clause(c)]  # "said only that ..."
    heads = (said_only or [c for c in kids if _that_on_auxiliary(c)])[:1]
    if heads:
        return heads
    if lemma in ADDRESSEE_VERBS:  # "told the jury (in X) that ...", read as a relative clause
        for part in (c for c in kids if c.dep_ in ("dobj", "dative", "prep")):
            heads += [
                g
                for g in part.subtree
                if g.dep_ in _CLAUSES and g.left_edge.lower_ == "that" and g.i > verb.i
            ][:1]
    for prep in (c for c in kids if c.dep_ == "prep"):  # "alleged in a filing made ... that", "confirmed
        if not heads:  # in a letter to the committee that ...", read as a relative clause
            heads += [t for t in prep.subtree if _stray_clause(t)][:1]
    if heads:  # "said in a statement that A and that B" (or "and had done B"): B on the verb,
        # A hung in the statement
        heads += [
            c
            for c in kids
            if c.dep_ == "conj" and c.i > heads[-1].i and (_that_clause(c) or _reported_future(c))
        ]
    return heads


def _subject_as_relative(kids: list[Token], heads: list[Token]) -> list[Token]:
    """ "reminded the airline that passengers whose flights ... are entitled to ...": the parser
    read "that" as a relative pronoun on the addressee, leaving the clause without its subject.
    The relative clause right before a subjectless clause is that clause's subject."""
    clause = heads[0]
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children) or clause.left_edge.i != clause.i - 1:
        return []
    for obj in (c for c in kids if c.dep_ in ("dobj", "dative")):
        for rel in (c for c in obj.children if c.dep_ in ("relcl", "acl")):
            if rel.left_edge.lower_ == "that" and rel.right_edge.i + 1 == clause.left_edge.i:
                return [rel]
    return []


def _reported_future(verb: Token) -> bool:
    """ "said it was X and would ask Y": a verb with no subject of its own and a modal of reported
    speech, joined to the speech verb by the parser, goes on with what was said."""
    modal = any(c.dep_ == "aux" and c.lower_ in _REPORTED_MODALS for c in verb.children)
    stative = verb.lemma_ in ("have", "be") and verb.tag_ in ("VBD", "VBZ", "VBP")  # "but had no plans to"
    # "said it was reviewing the paper and had asked X for its data": the past perfect of reported speech
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    # "said it was cooperating and did not expect an impact", "but wanted the authors to appear"
    attitude = verb.lemma_ in _ATTITUDES
    return (
        verb.lemma_ not in lx.SPEECH_VERBS
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and (modal or stative or perfect or attitude)
    )


# Verbs of a stance that a speaker reports of himself ("said X and expected Y", "but wanted Y").
_ATTITUDES = lx.words("expect want hope accept believe plan intend remain need welcome regret")


def _stray_clause(tok: Token) -> bool:
    """A that-clause the parser hung lower down, not the content of another speech verb."""
    host = tok.head
    published = host.dep_ == "acl" and host.head.lemma_.lower() in lx.DOCUMENT_NOUNS
    published = published or _participle_modifier(host)  # "in a video posted online that ..."
    if host.lemma_ in CUE_LEMMAS and host.dep_ in ("relcl", "acl") and not published:
        return False  # "the group, which told the inquiry that ...": the group's words
    # (but "said in a statement posted on Wednesday that ...": the statement is the speaker's)
    if _that_clause(tok):
        return True
    return tok.dep_ in _CLAUSES and tok.left_edge.lower_ == "that" and not _relative_subject(tok)


def _relative_subject(clause: Token) -> bool:
    """ "a flat owned by a company that belongs to her husband": "that" is the relative clause's
    own subject, so the clause describes a noun; a that-clause the parser hung on a noun has a
    subject after "that" ("told the jury that the man was ...")."""
    first = clause.left_edge
    return first.dep_ in SUBJECT_DEPS and first.head.i == clause.i


def _own_clause(verb: Token) -> bool:
    """A conjoined clause with a subject of its own that is not another speech act."""
    return verb.lemma_ not in CUE_LEMMAS and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _that_on_auxiliary(verb: Token) -> bool:
    """ "write that the trackway was "almost certainly" built by ...": a clause read as an
    adverbial, its "that" hung on the auxiliary after the subject."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("aux", "auxpass") and _that_clause(c) and c.i > verb.head.i for c in verb.children
    )


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker's head word: the subject, or a coordinated or participial verb's subject."""
    if depth == 0 and _second_account(verb):  # "with X saying A and Y saying B": Y
        return verb.doc[verb.i - 1]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct]
    if subjects:  # "Under cross-examination, the lawyer suggested": the subject nearest the verb
        return min(subjects, key=lambda c: abs(verb.i - c.i))
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _subjects_participle(c, verb)):
        return next(c for c in clause.children if c.dep_ == "nsubj")
    if any(c.dep_ == "auxpass" for c in verb.children):  # "was accused by X of": X, else no one
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    inherits = verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")  # ", saying"
    head = _participle_host(verb)
    if depth < 3 and inherits and head.pos_ in ("VERB", "AUX"):
        found = subject_of(head, depth + 1)
        if found is not None or verb.dep_ != "conj":
            return found
        for ancestor in verb.ancestors:  # "insisted that X, and accused Y": the conjunct slipped down
            if ancestor.lemma_ in CUE_LEMMAS and (found := subject_of(ancestor, depth + 1)) is not None:
                return found
    if depth == 0 and verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.i > 0 and verb.nbor(-1).text == ",":
        for ancestor in verb.ancestors:  # "X fined Y 2 million crowns, accusing it of ...": X accuses
            if ancestor.pos_ in ("VERB", "AUX"):
                return subject_of(ancestor, depth + 1)
    if depth == 0 and (
        _main_verb_misread(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBD" and _verbless_root(verb.head))
    ):
        return verb.head  # "The operator, Norda Power, denied that ...": read as a noun's modifier
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":  # "X was quoted as saying"
        quoted = verb.head.head
        passive = [c for c in quoted.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive[0]
        if quoted.lemma_ == "quote":  # "State television quoted X as saying"
            return next((c for c in quoted.children if c.dep_ == "dobj"), None)
        misread = _quote_read_as_modifier(verb.head)
        if misread is not None:
            return misread[1]
    return _misparsed_subject(verb) if depth == 0 else None


def _quoting(verb: Token) -> Span | None:
    """ "State television quoted X as saying ...": the one quoting relays X's words."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    misread = _quote_read_as_modifier(verb.head)
    if misread is not None:
        return misread[0]
    if verb.head.head.lemma_ != "quote":
        return None
    subject = next((c for c in verb.head.head.children if c.dep_ == "nsubj"), None)
    return mention_span(subject) if subject is not None else None


def _quote_read_as_modifier(as_: Token) -> tuple[Span, Token] | None:
    """ "The official news agency quoted government spokesman X as saying ...": with no other verb
    in the sentence the parser made a noun its root and "quoted" an adjective. The one quoting
    is what comes before "quoted", the one quoted the name just before "as"."""
    doc, root = as_.doc, as_.head
    if not _verbless_root(root) or as_.i < 2:
        return None
    sent = as_.sent
    words = doc[sent.start : as_.i]
    quote = next((t for t in words if t.lemma_ == "quote" and t.dep_ in ("amod", "acl")), None)
    if quote is None or quote.i == sent.start:
        return None
    quoted = doc[as_.i - 1]
    end = quote.i
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if quoted.pos_ not in ("NOUN", "PROPN") or quoted.i <= quote.i or end == sent.start:
        return None
    return doc[sent.start : end], quoted


def _verbless_root(tok: Token) -> bool:
    """A noun the parser made the root of its sentence: the sentence has no main verb."""
    return tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN")


def _misparsed_subject(verb: Token) -> Token | None:
    """ "In September Pyongyang denied": the parser took the name for the object of "In".

    A name (or pronoun) right before a finite verb with no subject is its subject.
    """
    if _second_account(verb):  # "... and Vaskia saying B"
        return verb.doc[verb.i - 1]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    prev = verb.doc[verb.i - 1]
    if prev.text == "," and verb.i > 1 and _apposed_name(verb.doc[verb.i - 2]):
        return verb.doc[verb.i - 2]  # "In Dunvik, the capital, Averby's wife, Sunna Leclair, told"
    fronted = _fronted_name(verb) if prev.text == "," else None
    if fronted is not None:
        return fronted
    named = prev.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (
        prev.tag_ in ("PRP", "NNP", "NNPS") and prev.ent_type_ not in ("DATE", "TIME")
    )
    if prev.dep_ in ("pobj", "compound", "npadvmod", "appos") and named:
        return prev
    if _name_read_as_adverb(prev):
        return prev
    return _sentence_subject(verb)


def _name_read_as_adverb(tok: Token) -> bool:
    """'"...," Pettly said': a surname ending in -ly tagged as an adverb. A capitalised adverb
    that does not open its sentence is a name."""
    if tok.dep_ != "advmod" or tok.pos_ != "ADV" or tok.i == 0:
        return False
    if tok.ent_type_ in ("PERSON", "ORG"):
        return True
    opens = tok.nbor(-1).text in (".", "!", "?") or "\n" in tok.nbor(-1).text
    return tok.text[:1].isupper() and tok.text[1:].islower() and not opens


def _apposed_name(tok: Token) -> bool:
    """A person's name closing an apposition or a list the parser hung on an opening phrase."""
    return _personal_name(tok) and tok.dep_ in ("appos", "conj", "dep") and tok.head.i < tok.i


def _personal_name(tok: Token) -> bool:
    if tok.ent_type_ == "PERSON":
        return True
    ent = next((e for e in ents_in(tok.doc, tok.i, tok.i + 1)), None)
    return tok.pos_ == "PROPN" and person_like(
        clean(tok.doc[tok.left_edge.i : tok.i + 1].text if ent is None else ent.text)
    )


def _fronted_name(verb: Token) -> Token | None:
    """ "In an interview with X, Cormac Feely, founder of Y, which ..., said": a name set off by a
    comma after an opening phrase, the parser having hung it on that phrase."""
    doc = verb.doc
    for tok in doc[verb.sent.start : verb.i]:
        named = tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "FAC", "NORP")
        hung = tok.head.i == verb.i or (tok.head.i < tok.i and tok.head.dep_ in ("pobj", "prep", "appos"))
        if tok.dep_ not in ("dep", "appos", "npadvmod", "advmod") or not hung or not named:
            continue
        first = tok.left_edge.i
        if first > 0 and doc[first - 1].text == ",":
            return tok
    return None


def _sentence_subject(verb: Token) -> Token | None:
    """ "Passengers interviewed at the station on Thursday said ...": the parser made the
    participle the main verb. The noun that opens the sentence, not inside a phrase, is the subject."""
    for tok in verb.doc[verb.sent.start : verb.i]:
        if tok.is_space or tok.is_punct or tok.pos_ == "DET":
            continue
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "ROOT") and tok.head.i < verb.i:
            return tok
        if _opening_name(tok, verb):
            return tok
        return None
    return None


def _opening_name(tok: Token, verb: Token) -> bool:
    """ "Vranic, reached by telephone, said ...": a name opening the sentence, set off by a
    comma, that the parser hung on the verb as a clause."""
    if tok.pos_ != "PROPN" or tok.head.i != verb.i or tok.dep_ not in ("advcl", "npadvmod", "dep"):
        return False
    doc = verb.doc
    return tok.ent_type_ in ("PERSON", "ORG") and tok.i + 1 < verb.i and doc[tok.i + 1].text == ","


def is_negated(verb: Token) -> bool:
    """ "did not say", "declined to say": no statement is reported."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if _negated_pair(verb):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("decline", "refuse", "fail", "hesitate")


def _negated_pair(verb: Token) -> bool:
    """ "did not confirm or deny": the second verb of a negated pair is negated too (the parser
    hangs the negation on the first).

    Not yet "would neither confirm nor deny": dropping it makes the speaker resolver (speakers.py)
    take the person named in the unreported clause as the antecedent of the next "she"."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    joints = {c.lower_ for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i}
    negated = any(c.dep_ == "neg" for c in verb.head.children)
    return negated and "or" in joints and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def mention_span(head: Token) -> Span:
    """The subject's words: its subtree, without a trailing comma or dash."""
    start, end = _subtree_range(head)
    doc = head.doc
    for child in head.rights:  # "the regulator on Monday fined": the date is not part of the name
        if child.dep_ in ("prep", "npadvmod") and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            end = min(end, child.left_edge.i)
        if child.dep_ == "acl" and child.lemma_ in CUE_LEMMAS:  # the cue itself, read as a modifier
            end = min(end, child.left_edge.i)
    for tok in doc[head.i + 1 : end]:  # 'She went on: "Nobody in that building thought ...': the
        if tok.text in (":", "“"):  # quotation the parser hung on the pronoun is no part of it
            end = max(t.i for t in head.subtree if t.i < tok.i) + 1
            break
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and (doc[start].is_punct or _date_modifier(doc[start])):
        start += 1  # "In September Pyongyang denied": the month is not part of the name
    for ent in ents_in(doc, start, start + 1):  # "Orbis | Telecom said": a name the parser split
        start = min(start, ent.start)
    return doc[start:end]


def _trailing_gloss(heads: list[Token]) -> set[int]:
    """Tokens of a relative clause that ends the content after a comma or dash (", which ...").

    Such a clause on the last noun is usually the writer's background ("the war, which
    began in February"), not part of what was said.
    """
    if not heads:
        return set()
    last = max(heads, key=lambda h: h.right_edge.i)
    end = last.right_edge.i
    for tok in last.subtree:
        if tok.dep_ != "relcl" or tok.right_edge.i != end:
            continue
        first = tok.left_edge
        if any(c.dep_ == "conj" and _that_clause(c) for c in tok.children):
            return (
                set()
            )  # "..., which explained X, and that Y": the parser hung the speaker's next clause here
        if first.lower_ == "which" and first.i > 0 and first.nbor(-1).text in (",", "—", "–", "-"):
            return {t.i for t in tok.subtree} | {first.i - 1}
    return set()


def without_asides(text: str, fragments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The reporter's gloss set off by dashes or brackets is not the speaker's. A relative clause
    ends the content ("said the shells would prolong the war — which began in February — but
    ..." ends at "war": what follows the gloss is no longer clearly the speaker's); an
    apposition is cut out ("said the ship — a tanker built in 1990 — had sunk" keeps "the ship"
    and "had sunk")."""
    kept = []
    for start, end in fragments:
        while (aside := _aside(text, start, end)) is not None:
            cut, resume = aside
            kept.append(trim(text, start, cut))
            start = resume if resume is not None else end
        if start < end:
            kept.append(trim(text, start, end))
    return [f for f in kept if f[1] > f[0]]


# A dash or bracket opening a relative clause or an indefinite apposition.
_ASIDE = re.compile(r"(?P<open>\s[—–-]\s|\s?[—–]|\s\()\s*(?:(?P<rel>which|who|whom|whose)\b|(?:a|an)\s)")
_CLOSE = {"(": re.compile(r"\)"), "—": re.compile("—"), "–": re.compile("–"), "-": re.compile(r"\s-\s")}


def _aside(text: str, start: int, end: int) -> tuple[int, int | None] | None:
    """(where the aside starts, where the content resumes after it, or None) in text[start:end]."""
    m = _ASIDE.search(text, start, end)
    if m is None or _inside_quote(text, start, m.start()):
        return None
    close = _CLOSE[m.group("open").strip()].search(text, m.end(), end)
    if m.group("rel") is not None:
        return m.start(), None
    if close is None:  # "— a ..." to the end: a list or a flourish
        return None
    return m.start(), close.end()


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """An odd number of double quotation marks between `start` and `pos`."""
    return sum(text.count(mark, start, pos) for mark in '"“”') % 2 == 1


def _date_modifier(tok: Token) -> bool:
    """A date word fused onto a name by the parser (not "Tuesday's statement")."""
    return tok.ent_type_ == "DATE" and tok.dep_ in ("compound", "npadvmod", "nmod")


def _fragments(doc: Doc, heads: list[Token], leave_out: set[int] = frozenset()) -> list[tuple[int, int]]:
    """The content heads' subtrees as character fragments: runs of consecutive tokens.

    Token sets, not edge-to-edge ranges: in "sanctions, which he said are the reason" the
    clause's subtree surrounds the cue without containing it.
    """
    indices = sorted({t.i for h in heads for t in h.subtree if not t.is_space} - leave_out)
    spans: list[tuple[int, int]] = []
    run_start = prev = None
    for i in [*indices, None]:
        if i is not None and prev is not None and i == prev + 1:
            prev = i
            continue
        if run_start is not None:
            first, last = doc[run_start], doc[prev]
            spans.append((first.idx, last.idx + len(last)))
        run_start = prev = i
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip edge punctuation and spaces; keep a closing quotation mark."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] == "."):
        end -= 1
    return start, end


def _frame(verb: Token, subject: Token | None, content: list[tuple[int, int]]) -> tuple[int, int]:
    """Character span of the cue, its subject and its adverbials (not its content)."""
    inside = [verb]
    if subject is not None and subject.head.i == verb.i:
        inside += list(subject.subtree)
    quoted = _quoted_as(verb)
    if quoted is not None:  # '"...," X was quoted as saying': the frame runs from the subject
        inside += [verb.head, quoted]
        inside += [t for c in quoted.children if c.dep_ in _QUOTED_FRAME for t in c.subtree]
    for child in verb.children:
        if child.dep_ in FRAME_DEPS and not any(s <= child.i < e for s, e in content):
            inside += [t for t in child.subtree if not any(s <= t.i < e for s, e in content)]
    first = min(inside, key=lambda t: t.i)
    last = max(inside, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


_QUOTED_FRAME = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj"})


def _quoted_as(verb: Token) -> Token | None:
    """ "was quoted as saying": the verb "quote" that "as saying" hangs on."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_ != "quote":
        return None
    return verb.head.head


def _dates(verb: Token, content_ranges: list[tuple[int, int]], subject: Token | None = None) -> list[Span]:
    """DATE entities among the cue's own modifiers ("said Tuesday", "told reporters on Wednesday",
    "Speaking to parliament on Wednesday, X said", "X, addressing parliament on Monday, said")."""
    found = []
    occasions = [c for c in subject.children if c.dep_ == "acl" and c.lemma_ in _OCCASIONS] if subject else []
    for child in [*verb.children, *occasions]:
        occasion = child.dep_ in ("advcl", "acl") and child.lemma_ in _OCCASIONS
        if child.dep_ not in ("npadvmod", "prep", "advmod", "tmod", "obl") and not occasion:
            continue
        if any(s <= child.i < e for s, e in content_ranges):
            continue
        found += dates_in(child.subtree)
    return found or (_subject_dates(verb, subject) if subject is not None else [])


def _subject_dates(verb: Token, subject: Token) -> list[Span]:
    """ "Fire Chief Ada Moss on Wednesday disputed ...": a date right before the cue that the
    parser hung on the subject is the cue's."""
    doc = verb.doc
    for child in subject.children:
        if child.dep_ not in ("prep", "npadvmod") or child.i < subject.i:
            continue
        between = doc[child.right_edge.i + 1 : verb.i]
        if all(t.head.i == verb.i and t.dep_ in _CUE_LEFT for t in between):
            return dates_in(child.subtree)
    return []


def _parallel_saying(heads: list[Token]) -> set[int]:
    """ "with Ostrel saying A and Vaskia saying B": the parser hangs the second account inside the
    first; its words (and "and Vaskia") are not the first speaker's."""
    for head in heads:
        for tok in head.subtree:
            if _second_account(tok):
                return {t.i for t in tok.subtree} | {tok.i - 1, tok.i - 2}
    # "with X saying A and Y saying B" parsed as two coordinated cues: A's subtree ends in "and"
    return {h.right_edge.i for h in heads if h.right_edge.dep_ == "cc" and h.right_edge.head.i == h.i}


def _second_account(verb: Token) -> bool:
    if (
        verb.tag_ != "VBG"
        or verb.lemma_ not in CUE_LEMMAS
        or verb.dep_ not in ("advcl", "conj")
        or verb.i < 2
    ):
        return False
    doc = verb.doc
    name, joint = doc[verb.i - 1], doc[verb.i - 2]
    named = name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or name.tag_ in ("NNP", "NNPS")
    return named and joint.lower_ == "and" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _closing_source(heads: list[Token]) -> set[int]:
    """ "told investigators that he had never asked X for a favour, according to a transcript":
    the source of the writer's knowledge that closes the content is no part of it."""
    for head in heads:
        end = head.right_edge.i
        for tok in head.subtree:
            if _is_according(tok) and tok.right_edge.i == end and tok.i > 0 and tok.nbor(-1).text == ",":
                return {t.i for t in tok.subtree} | {tok.i - 1}
    return set()


def _others_saying(heads: list[Token]) -> set[int]:
    """ "said it had opened an inquiry after a newspaper reported that ...": a clause closing the
    content that tells when, with a speech act of someone else, is the writer's account of what
    happened before, and that someone's own statement."""
    for head in heads:
        for tok in head.subtree:
            marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
            if (
                tok.dep_ == "advcl"
                and tok.lemma_ in CUE_LEMMAS
                and marks & {"after", "before", "since", "until"}
                and any(c.dep_ == "nsubj" for c in tok.children)
                and tok.right_edge.i == head.right_edge.i
            ):
                return {t.i for t in tok.subtree}
    return set()


def _refusal(verb: Token) -> bool:
    """ "confirmed that it had received the complaint but would not say whether ...": a second
    clause of the cue, parsed as another that-clause, that says what the speaker would not say."""
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return verb.lemma_ in CUE_LEMMAS and is_negated(verb) and not own_subject


def _leading_date(verb: Token, heads: list[Token]) -> set[int]:
    """ "said on Wednesday it had arrested ...": a date right after the cue, before the content's
    subject, that the parser hung on the content's verb is the cue's."""
    for head in heads:
        subjects = [c.i for c in head.children if c.dep_ in SUBJECT_DEPS]
        for child in head.children:
            if child.dep_ not in ("prep", "npadvmod") or child.left_edge.i != verb.i + 1:
                continue
            if subjects and child.right_edge.i < min(subjects) and dates_in(child.subtree):
                return {t.i for t in child.subtree}
    return set()


def _head_dates(verb: Token, content_ranges: list[tuple[int, int]]) -> list[Span]:
    """ "rejected the offer on Thursday, saying ...", "on Tuesday ordered them to leave, saying ...":
    a participle giving the content or the reason of a dated act is said on that act's day."""
    if _second_account(verb):  # "with X saying A and Y saying B": B on A's day
        first = next((a for a in verb.ancestors if a.tag_ == "VBG" and a.lemma_ in CUE_LEMMAS), None)
        return _head_dates(first, content_ranges) if first is not None else []
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i}
    if verb.dep_ == "advcl" and "when" in marks and verb.i > verb.head.i:  # "lost on Tuesday, when X ruled"
        return _dates(verb.head, content_ranges) if verb.head.pos_ in ("VERB", "AUX") else []
    if verb.dep_ == "relcl" and "when" in marks and verb.head.ent_type_ in ("DATE", "TIME"):
        return list(ents_in(verb.doc, verb.head.i, verb.head.i + 1))  # "on Tuesday, when a judge ruled"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with":  # "..., with X saying"
        verb = verb.head
    elif verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return []
    host = _participle_host(verb)
    if host.pos_ not in ("VERB", "AUX"):
        return []
    if any(c.dep_ == "mark" for c in verb.children):  # "while saying", "before saying"
        return []
    return _dates(host, content_ranges, subject_of(host))


def _runs(heads: list[Token], leave_out: set[int]) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the heads' subtrees without `leave_out`."""
    indices = sorted({t.i for h in heads for t in h.subtree} - leave_out)
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _document_dates(verb: Token) -> list[Span]:
    """ "in a filing on Nov. 4, in which it said ...", "a ruling published on March 3 by the
    commission, which found ...": a relative clause in a dated document is said on its day."""
    if verb.dep_ != "relcl":
        return []
    noun = verb.head
    if noun.ent_type_ == "DATE" and verb.left_edge.lower_ == "in":  # "a filing on March 4, in which"
        return dates_in(noun.subtree)
    for _ in range(4):
        if noun.lemma_.lower() in lx.DOCUMENT_NOUNS:
            break
        if noun.dep_ not in ("pobj", "prep", "agent", "acl") or noun.head.i == noun.i:
            return []
        noun = noun.head
    else:
        return []
    if noun.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        return []
    found = []
    for child in noun.children:
        if child.i == verb.i or (child.dep_ != "acl" and verb.i in (t.i for t in child.subtree)):
            continue
        if child.dep_ in ("prep", "npadvmod"):
            found += dates_in(child.subtree)
        elif child.dep_ == "acl":  # "published on March 3"
            found += [
                d for c in child.children if c.dep_ in ("prep", "npadvmod") for d in dates_in(c.subtree)
            ]
    act = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    if not found and act is not None and act.pos_ == "VERB":  # "disclosed it in a filing on Nov. 4, in which"
        found = [d for c in act.children if c.dep_ in ("prep", "npadvmod") for d in dates_in(c.subtree)]
    return found


def _participle_host(verb: Token) -> Token:
    """The verb a participle belongs to: its head, or the cue before it when the parser hung it
    on the content that follows ("X reported on Thursday, citing two officials, that ...")."""
    head = verb.head
    if verb.dep_ == "advcl" and head.dep_ == "ccomp" and head.head.i < verb.i < head.i:
        return head.head
    return _outer_cue(verb) or head


def _outer_cue(verb: Token) -> Token | None:
    """ "disputed claims that firefighters took 40 minutes, saying ...", "reported that the men had
    paid officials, citing the security service": a speech participle closing the sentence after
    a comma, hung by the parser on a verb of the reported clause, is the main speaker's. The cue
    whose clause holds it, when that verb is no speech verb itself."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.lemma_ not in CUE_LEMMAS or verb.i == 0:
        return None
    if doc[verb.i - 1].text != "," or verb.head.lemma_ in CUE_LEMMAS or verb.head.i > verb.i:
        return None
    last = verb.sent.end - 1
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if verb.right_edge.i < last:
        return None  # the participle does not close the sentence
    for ancestor in verb.head.ancestors:
        if ancestor.lemma_ in CUE_LEMMAS and ancestor.pos_ == "VERB" and ancestor.i < verb.i:
            return ancestor
    return None


def _closing_participles(verb: Token, heads: list[Token]) -> set[int]:
    """The tokens of the participles in the content that `_outer_cue` gives back to `verb`, with
    the comma before each."""
    out: set[int] = set()
    for head in heads:
        for tok in head.subtree:
            outer = _outer_cue(tok) if tok.i != head.i and tok.lemma_ in CUE_LEMMAS else None
            if outer is not None and outer.i == verb.i:
                out.update(t.i for t in tok.subtree)
                out.add(tok.i - 1)
    return out


def _dates_beside(doc: Doc, verb: Token, fragments: list[tuple[int, int]]) -> list[Span]:
    """ "said on Monday the talks had failed": a date right after the cue, before its content,
    is the cue's, even when the parser hung it on the content's verb."""
    start = verb.i + 1
    end = start
    while end < len(doc) and end - start < 4 and not any(s <= doc[end].idx < e for s, e in fragments):
        end += 1
    found = [e for e in dates_in(doc[start:end]) if e.end <= end]
    return found if found and found[0].start <= start + 1 else []


def dates_in(tokens: Iterable[Token]) -> list[Span]:
    """DATE entities, and TIME entities that name a day ("on Wednesday night", "last night")."""
    found = []
    for tok in tokens:
        if tok.ent_type_ in ("DATE", "TIME") and tok.ent_iob_ == "B":
            ents = [e for e in ents_in(tok.doc, tok.i, tok.i + 1) if e.start == tok.i]
            found += [e for e in ents if e.label_ == "DATE" or _DAY_WORDS.search(e.text)]
    return found


_DAY_WORDS = re.compile(r"\b(?:" + "|".join(lx.WEEKDAYS) + r"|yesterday|last night|tonight|today)\b", re.I)


def _naming(verb: Token) -> bool:
    """ "to stop what he called 'speculative hoarding'", "the group, which calls itself Null
    Tide": a name given to something, not a claim."""
    if verb.lemma_ != "call" and verb.lemma_ not in lx.DESCRIBING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _NAMING_OBJECTS for c in verb.children)


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
    return named or noun in lx.ROLE_NOUNS or noun in lx.DOCUMENT_NOUNS or noun in _UNNAMED_SOURCES


# "citing two people familiar with the matter": sources nobody names.
_UNNAMED_SOURCES = lx.words("people person someone")


def _refused(verb: Token) -> bool:
    """ "A magistrate denied him bail": a refusal to grant, read by the parser as a clause whose
    subject is an object pronoun."""
    if verb.lemma_ != "deny":
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(
        g.dep_ == "nsubj" and g.lower_ in ("him", "them", "me", "us") for c in clauses for g in c.children
    )


def _in_statement(verb: Token) -> bool:
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "through", "via")
            and any(g.lemma_.lower() in lx.DOCUMENT_NOUNS for g in child.children)
        ):
            return True
    return False


def reported_speech(doc: Doc, verb: Token) -> Candidate | None:
    """A candidate for a speech verb: its content clause (maybe empty: a quotation may supply it)."""
    if verb.pos_ == "NOUN":
        return _report_noun(doc, verb) if verb.lemma_ in _REPORT_NOUNS else _given_noun(doc, verb)
    if is_negated(verb) or _naming(verb) or _refused(verb) or _cites_source(verb):
        return None
    subject = subject_of(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "a debate in which X was accused of"
    antecedent = verb.head if verb.dep_ == "relcl" and not passive else None
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in lx.DOCUMENT_NOUNS:
        holder = verb.head.head  # "issued a statement saying", "in a statement saying"
        while holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
            holder = holder.head
        subject = subject_of(holder) if holder.pos_ in ("VERB", "AUX") else None
    if subject is None and antecedent is None:
        return None
    heads = content_heads(verb)
    heads = heads[:1] + [h for h in heads[1:] if not _refusal(h)]
    if not heads and verb.lemma_ in lx.DESCRIBING_VERBS:
        return None  # "the scheme, which she has branded the 'Green Loop'": a name given, not a statement
    closing = _closing_participles(verb, heads)
    cue_words: set[int] = set()
    if any(verb.i in range(*_subtree_range(h)) for h in heads):  # the cue inside the clause it reports
        cue_words = {t.i for t in verb.subtree} - {
            t.i for h in heads if h.head.i == verb.i for t in h.subtree
        }
    ranges = [_subtree_range(h) for h in heads] if not cue_words else _runs(heads, cue_words)
    if closing:  # "..., saying ...": neither content nor frame
        ranges.append((min(closing), max(closing) + 1))
    leading = _leading_date(verb, heads)
    fragments = [
        trim(doc_text(doc), s, e)
        for s, e in _fragments(
            doc,
            heads,
            _trailing_gloss(heads)
            | leading
            | _parallel_saying(heads)
            | _closing_source(heads)
            | closing
            | cue_words
            | _others_saying(heads),
        )
    ]
    if not heads and _parenthetical(verb):
        own = {t.i for t in verb.subtree}
        fragments = [trim(doc_text(doc), s, e) for s, e in _fragments(doc, [_clause_of(verb.head)], own)]
    frame = _frame(verb, subject, ranges)
    left = _left_clause(doc, verb, heads, frame[0])
    if left is not None:
        fragments = [left]
    fragments = [f for f in without_asides(doc_text(doc), fragments) if f[1] > f[0]]
    cand = Candidate(fragments=fragments, type="indirect", cue=verb)
    cand.cue_span = _cue_span(verb)
    cand.mention = mention_span(subject) if subject is not None else None
    cand.antecedent = antecedent
    cand.frame = frame
    cand.dates = (
        _dates(verb, ranges, subject)
        or dates_in(doc[i] for i in sorted(leading))
        or _dates_beside(doc, verb, fragments)
        or _head_dates(verb, ranges)
        or _document_dates(verb)
    )
    cand.in_statement = _in_statement(verb)
    cand.conduit_mention = _according_to(verb) or _quoting(verb)
    return cand


def _report_noun(doc: Doc, noun: Token) -> Candidate | None:
    """The candidate of `_reported_in`: the outlet said the clause, on the day beside the noun."""
    found = _reported_in(noun)
    if found is None:
        return None
    outlet, clause = found
    text = doc_text(doc)
    cand = Candidate(
        fragments=[trim(text, s, e) for s, e in _fragments(doc, [clause])], type="indirect", cue=noun
    )
    cand.cue_span = (noun.idx, noun.idx + len(noun))
    cand.mention = mention_span(outlet)
    start = noun.left_edge
    cand.frame = (start.idx, doc[clause.left_edge.i - 1].idx)
    named = {t.i for t in outlet.subtree}  # not "Sunday" of "the Sunday Courier"
    cand.dates = dates_in(t for t in doc[noun.i : clause.left_edge.i] if t.i not in named)
    return cand


def _given_noun(doc: Doc, noun: Token) -> Candidate | None:
    """The candidate of `_given_clause`: the light verb's subject said the clause."""
    clause = _given_clause(noun)
    if clause is None:
        return None
    verb = noun.head
    subject = subject_of(verb)
    text = doc_text(doc)
    cand = Candidate(
        fragments=[trim(text, s, e) for s, e in _fragments(doc, [clause])], type="indirect", cue=noun
    )
    cand.cue_span = (verb.idx, noun.idx + len(noun))
    cand.mention = mention_span(subject)
    cand.frame = (min(subject.left_edge.idx, verb.idx), noun.idx + len(noun))
    cand.dates = _dates(verb, [_subtree_range(noun)], subject)
    return cand


def _left_clause(doc: Doc, verb: Token, heads: list[Token], frame_start: int) -> tuple[int, int] | None:
    """ "<clause>, the agency said.": the whole clause before the comma, however it was parsed
    (also when the parser closed the sentence before the comma)."""
    text = doc_text(doc)
    sent = verb.sent
    start = sent.start_char
    if not text[start:frame_start].strip(" ,\n") and text[start:frame_start].strip().startswith(","):
        if sent.start == 0:
            return None
        start = doc[sent.start - 1].sent.start_char  # ". . . did not ignite" | ", the agency said."
    elif not heads or any(h.i > verb.i for h in heads):
        return None
    start = _fragment_before(doc, text, start)
    before = text[start:frame_start].rstrip()
    if not before.endswith(",") or any(mark in before for mark in '"“”«»'):
        return None
    span = trim(text, start, start + len(before))
    return span if span[1] > span[0] else None


def _fragment_before(doc: Doc, text: str, start: int) -> int:
    """ "Fenmoor | Foods will close ...": a verbless scrap the parser cut off the same line."""
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    if first is None or first.start == 0:
        return start
    prev = doc[first.start - 1].sent
    if "\n" in text[prev.start_char : start] or any(t.pos_ in ("VERB", "AUX") for t in prev):
        return start
    return prev.start_char


def _parenthetical(verb: Token) -> bool:
    """ "The plan, she said, will fail." / "The plan will fail, she said": the cue hangs off the clause."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or head.lemma_ in CUE_LEMMAS:
        return False
    if head.i > verb.i and head.tag_ == "VBG" and not any(c.dep_ == "aux" for c in head.children):
        return False  # '"...," she said, her voice breaking': the reporter's description, not her words
    if any(c.dep_ == "mark" and c.lower_ != "as" for c in verb.children):
        return False  # "<clause>, although makers must report ...": a subordinate clause
    if verb.dep_ in ("parataxis", "ccomp", "advcl"):
        before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else verb
        return before.text in ",—–" or any(c.dep_ == "punct" and c.text in ",—–" for c in verb.children)
    return verb.dep_ == "conj" and _asyndetic(verb)


def _clause_of(host: Token) -> Token:
    """ "The register, she said, had been cross-checked ...": when the parser hung the cue on an
    auxiliary, the clause is the auxiliary's verb's."""
    while host.dep_ in ("aux", "auxpass") and host.head.i != host.i:
        host = host.head
    return host


def _asyndetic(verb: Token) -> bool:
    """ "<clause>, the spokesman, Leif Moe, told the Times": joined by a bare comma, read as a
    coordination; the cue has its own subject and no "and" stands between."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i == 0 or verb.head.i > verb.i:
        return False
    doc = verb.doc
    between = doc[verb.head.i : subject.left_edge.i]
    return doc[subject.left_edge.i - 1].text == "," and not any(t.dep_ == "cc" for t in between)


def _cue_span(verb: Token) -> tuple[int, int]:
    """The verb with the auxiliaries and adverbs just before it ("has long said") and a particle."""
    doc = verb.doc
    start = verb.i
    while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in _CUE_LEFT:
        if _name_read_as_adverb(doc[start - 1]):
            break
        start -= 1
    end = verb.idx + len(verb)
    for child in verb.children:  # phrasal verbs: "pointed out", "pushed back"
        if (
            child.dep_ in ("prt", "advmod")
            and child.i == verb.i + 1
            and (child.dep_ == "prt" or phrasal_denial(verb) or _goes_on(verb))
        ):
            end = child.idx + len(child)
    return doc[start].idx, end


def _according_to(verb: Token) -> Span | None:
    for child in verb.children:
        if child.lower_ == "according":
            return according_source(child)
    return None


def according_source(according: Token) -> Span | None:
    to = next((c for c in according.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    return mention_span(obj) if obj is not None else None


def _finite(tokens: Span) -> bool:
    """A finite verb among `tokens`: a clause, not a phrase the writer added."""
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in tokens)


def _relays(verb: Token) -> bool:
    """ "X said, according to Y": Y relays a speech act. Not "according to Y, the ambassador was
    denied a meeting": a passive speech verb with no agent is an event Y reports."""
    if verb.lemma_ not in lx.SPEECH_VERBS:
        return False
    kids = {c.dep_ for c in verb.children}
    if "dobj" in kids and "ccomp" not in kids and verb.lemma_ not in lx.NP_CONTENT_VERBS:
        return False  # "according to X, a 9 percent rise would add 140 million to its costs"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return not passive or any(c.dep_ == "agent" for c in verb.children)


def according_to(doc: Doc, according: Token) -> Candidate | None:
    """ "X, according to Y": Y said X. The content is the rest of the sentence."""
    source = according_source(according)
    if source is None or _relays(according.head):
        return None  # on a speech verb, Y is the conduit (see reported_speech)
    sent = according.sent
    a_start, a_end = _subtree_range(according)
    pieces = [(sent.start, a_start), (a_end, sent.end)]
    if _finite(doc[sent.start : a_start]) and not _finite(doc[a_end : sent.end]):
        pieces = pieces[:1]  # "Prices rose 4%, according to X, down from 11% a year earlier": the writer's
    fragments = []
    for s, e in pieces:
        if e > s:
            fragments.append(trim(doc_text(doc), doc[s].idx, doc[e - 1].idx + len(doc[e - 1])))
    fragments = [f for f in fragments if len(doc_text(doc)[f[0] : f[1]].split()) >= 2]
    if not fragments:
        return None
    cand = Candidate(fragments=fragments, type="indirect", cue=according)
    to = doc[according.i + 1]
    cand.cue_span = (according.idx, to.idx + len(to))
    cand.mention = source
    cand.dates = dates_in(source)  # "according to a study published on Wednesday"
    phrase = doc[a_start:a_end]
    cand.frame = (phrase.start_char, phrase.end_char)
    return cand
