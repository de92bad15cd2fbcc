"""What a speech verb reports: the heads of its content, with the parser's slips mended.

Labels ("dismissed as groundless"), objects read as complements and back, claim nouns and their
modifiers ("accusations by X that ..."), and that-clauses the parser hung on the wrong verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from claims.extraction import lexicon as lx
from claims.extraction.reported.cues import (
    _a_person,
    _phrasal_object,
    _ruled_on,
    decided,
    held_claim,
    phrasal_denial,
)
from claims.extraction.reported.subjects import (
    _misread_as,
    _participle_modifier,
    _subjects_participle,
    _that_clause,
)
from claims.extraction.reported.words import (
    _CLAUSES,
    _COMPLEMENTS,
    _NP_REPORTS,
    _OCCASION_PREPS,
    _REPORTED_MODALS,
    ADDRESSEE_VERBS,
    CUE_LEMMAS,
    SUBJECT_DEPS,
)


def content_heads(verb: Token) -> list[Token]:
    """The children of `verb` whose subtrees are what it reports."""
    lemma = verb.lemma_
    kids = list(verb.children)
    rejected = _phrasal_object(verb)  # "pushed back on the complaints", "brushed aside the report"
    if rejected is not None:
        return [rejected]
    held = held_claim(verb)
    if held is not None:  # "stood by her claim that ...": the claim, with its clause wherever it hangs
        return [held, *(c for c in kids if c.dep_ == "ccomp" and c.i > held.i)]
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
        complement = [
            c for c in kids if c.dep_ in ("oprd", "xcomp", "ccomp", "attr") and not _lead_in(c, verb)
        ]
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
            heads = heads or _called_on(kids)
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
        heads += _charge_hung_on_place(heads, kids)
    elif lemma == "warn" and not heads:
        heads = [c for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "against", "about")]
    elif not heads and (lemma in lx.NP_CONTENT_VERBS or lemma in _NP_REPORTS):
        heads = [c for c in kids if c.dep_ == "dobj" and not _a_person(c)]
        if lemma in _NP_REPORTS and not _reported_figure(verb, heads):
            return []
        if lemma == "disclose":  # "disclosed the approach on Monday": made known that it happened
            return []
        if _standing_dispute(verb, heads):  # "have disputed the cost since October": no saying
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
            heads += _claim_clause_over_verb(verb, heads[0])
            heads += _charge_read_as_verb(heads[0], kids)
    if heads and verb.dep_ == "pcomp" and _misread_as(verb.head):  # "quoted X as saying A with B off"
        heads.append(verb.head.head)
    if heads and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        heads += _rest_hung_on_quoted(verb.head.head, heads)
    if heads and _goes_on_past_colon(verb, heads):  # "said A: B", B read as the sentence's head
        heads.append(verb.head)
    if not heads and lemma == "say":
        heads = _clause_read_as_object(kids)
        if heads and _clause_goes_on(verb, heads[0]):  # "X said at least 40 men, ..., had described"
            heads.append(verb.head)
        elif heads:
            heads += _predicate_hung_elsewhere(verb, heads[0])
    return _repaired(verb, heads, kids)


# Verbs that put a label on what they take: "dismissed as", "branded as", "called".
_LABELLING = lx.DENIAL_VERBS | lx.DESCRIBING_VERBS | {"call"}


# Words after a comma that start a new part of the sentence, not more of the object.
_CLAUSE_BREAKS = lx.words("and but as while whereas which who saying adding")


def _quoted_apposition(obj: Token) -> bool:
    """'branded the allegation "a spy novel"': the label in quotation marks, which the parser
    hung on the object as an apposition; the object's phrase holds what was said."""
    doc = obj.doc
    marks = (c for c in obj.rights if c.dep_ == "appos")
    return any(lx.OPENING_MARKS & {c.left_edge.text, doc[c.left_edge.i - 1].text} for c in marks)


def _fronted_label(verb: Token) -> list[Token]:
    """'dismissed as "nonsense" rumours that he had quit', 'called "groundless" an accusation by X
    that ...': the quoted label set before a long object. What was said runs from the label to the
    end of the object's clause (the label is what rejects the object), however the parser hung the
    pieces. The subtrees of the span's own heads, or nothing when one reaches outside it."""
    doc, sent = verb.doc, verb.sent
    i = verb.i + 1 + (verb.i + 1 < sent.end and doc[verb.i + 1].lower_ == "as")
    if verb.lemma_ not in _LABELLING or i >= sent.end or doc[i].text not in lx.OPENING_MARKS:
        return []
    close = next((t.i for t in doc[i + 1 : sent.end] if t.text in lx.CLOSING_MARKS), None)
    after = doc[close + 1] if close is not None and close + 1 < sent.end else None
    # 'called it "a disgrace".': no object after the label ("rumours" may be read as a verb)
    if after is None or (
        after.pos_ not in ("DET", "NOUN", "PROPN", "ADJ") and after.lower_ not in lx.CLAIM_NOUNS
    ):
        return []
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


def _goes_on_past_colon(verb: Token, heads: list[Token]) -> bool:
    """ "X said the picture was not new: its clouds matched an older image": the parser made the
    clause after the colon the sentence's head and "said" its complement; what follows the colon
    goes on with what was said."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.dep_ != "ROOT" or head.pos_ not in ("VERB", "AUX") or head.i < verb.i:
        return False
    end = max(h.right_edge.i for h in heads)
    colon = next((c for c in head.children if c.text == ":" and verb.i < c.i < head.i), None)
    if colon is None or colon.i != end + 1:
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.i > colon.i for c in head.children)


def _predicate_hung_elsewhere(verb: Token, obj: Token) -> list[Token]:
    """ "researchers, who said pay for short trips, which make up most orders, had fallen": the
    parser read the clause's subject as the object of "said" and hung its verb on another verb of
    the sentence. A verb with no subject that comes right after the object (its auxiliary first,
    past commas) and lies outside the cue's phrase is the object's predicate."""
    doc, i = verb.doc, obj.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct and doc[i].text not in lx.OPENING_MARKS | {".", ";", ":"}:
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("AUX", "VERB") or doc[i].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return []
    predicate = doc[i] if doc[i].dep_ not in ("aux", "auxpass") else doc[i].head
    if verb.is_ancestor(predicate) or predicate.i <= obj.i or predicate.i == verb.i:
        return []
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in predicate.children):
        return []
    return [predicate]


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


def _charge_hung_on_place(heads: list[Token], kids: list[Token]) -> list[Token]:
    """ "accused the embassy in Kerast of paying officers": the parser hung the place on the verb
    and the charge on the place. The phrase right after the object that holds the "of" goes with it."""
    if not heads or any(h.lower_ == "of" for h in heads):
        return []
    edge = max(h.right_edge.i for h in heads)
    return [
        c
        for c in kids
        if c.dep_ == "prep"
        and c.left_edge.i == edge + 1
        and any(t.lower_ == "of" and t.dep_ == "prep" for t in c.subtree)
    ][:1]


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
    that a colon sets before the cue's sentence is the writer's lead-in, not what was said; one
    that a semicolon sets before it is a sentence of its own ("X flies the patrols, it says, to
    monitor shipping; Y has long called the flights ...")."""
    if clause.i > verb.i:
        return False
    return any(t.text in (":", ";") for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _called_on(kids: list[Token]) -> list[Token]:
    """ "called on the commission to order a recount": whom the demand is put to and what it asks
    for, as with "urged the commission to ..." (the parser hangs "to order" on "called" or on "on").
    Not "called on Monday for talks": a day is no addressee."""
    on = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "on"), None)
    addressee = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    if addressee is None or addressee.ent_type_ in ("DATE", "TIME"):
        return []
    asked = [c for c in (*kids, *on.children) if c.dep_ == "xcomp" and c.i > addressee.i]
    return [addressee, asked[0]] if asked else []


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


def _claim_clause_over_verb(verb: Token, obj: Token) -> list[Token]:
    """ "He denied an allegation, made in her written statement, that staff had been told ...": the
    parser took "that" for a determiner and made the claim's clause the head of the sentence, with
    the denial inside it. The clause that ", that" opens right after the claim noun's phrase goes
    with the claim."""
    if obj.lower_ not in lx.CLAIM_NOUNS and obj.lemma_.lower() not in lx.CLAIM_NOUNS:
        return []
    doc, edge, clause = verb.doc, obj.right_edge.i, verb.head
    if verb.dep_ != "ccomp" or clause.i <= edge or edge + 2 >= len(doc):
        return []
    if doc[edge + 1].text != "," or doc[edge + 2].lower_ != "that" or not clause.is_ancestor(doc[edge + 2]):
        return []
    return [clause]


def _charge_read_as_verb(obj: Token, kids: list[Token]) -> list[Token]:
    """ "denies murder and perverting the course of justice", "denies unfair dismissal and
    whistleblowing detriment": a second charge after "and", read as a second verb of the
    sentence. An -ing word with no subject right after "and" that follows the object is a
    coordinated object."""
    doc, edge = obj.doc, obj.right_edge.i
    if edge + 2 >= len(doc) or doc[edge + 1].lower_ not in ("and", "or"):
        return []
    return [
        c
        for c in kids
        if c.dep_ == "conj"
        and c.i == edge + 2
        and c.tag_ == "VBG"
        and not any(g.dep_ in SUBJECT_DEPS or g.dep_ in ("aux", "auxpass") for g in c.children)
    ]


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
        heads += [c for c in kids if c.dep_ == "advcl" and c.i > heads[-1].i and _second_that_inside(c)]
    if heads and lemma in ADDRESSEE_VERBS:
        heads = _subject_as_relative(kids, heads) + heads
    if heads:  # "said after visiting him at the colony that K had lost 11 kilograms, was drinking ..."
        heads = _stray_first_predicate(kids, heads) + heads
    if heads and lemma not in lx.QUOTE_ONLY_VERBS:  # "said it was aware of X and would ask Y"
        heads += [c for c in kids if c.dep_ == "conj" and c.i > heads[-1].i and _reported_future(c)]
    if heads and all(h.i < verb.i for h in heads):  # "A paid 9 percent, it said, and B paid 1 percent"
        heads += [c for c in kids if c.dep_ == "conj" and c.i > verb.i and _own_clause(c)]
    if heads or lemma not in lx.SPEECH_VERBS:
        return heads
    said_only = [c for c in kids if c.dep_ == "advcl" and _that_clause(c)]  # "said only that ..."
    said_only += [c for c in kids if _that_read_as_object(c)]
    said_only += _clause_past_a_time_clause(verb, kids)
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
        heads += _stray_clause_tail(heads, kids)
    for prep in (c for c in kids if c.dep_ == "prep"):  # "alleged in a filing made ... that", "confirmed
        if not heads:  # in a letter to the committee that ...", read as a relative clause
            heads += [t for t in prep.subtree if _stray_clause(t)][:1]
            heads += _stray_clause_tail(heads, kids)  # "..., even when users opt out"
    if heads:  # "said in a statement that A and that B" (or "and had done B"): B on the verb,
        # A hung in the statement
        heads += [
            c
            for c in kids
            if c.dep_ == "conj" and c.i > heads[-1].i and (_that_clause(c) or _reported_future(c))
        ]
    return heads


def _stray_first_predicate(kids: list[Token], heads: list[Token]) -> list[Token]:
    """ "said on Thursday after visiting him at the colony that Kaldan had lost 11 kilograms, was
    drinking only water and ...": the parser hung the first clause, with the subject, inside the
    adverbial phrase, and made the next predicate (no subject of its own) the cue's clause. A
    stray that-clause ending just before that predicate's comma starts what was said."""
    clause = heads[0]
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children) or clause.left_edge.i < 2:
        return []
    doc = clause.doc
    if doc[clause.left_edge.i - 1].text != ",":
        return []
    for prep in (c for c in kids if c.dep_ == "prep" and c.i < clause.i):
        for tok in prep.subtree:
            if _stray_clause(tok) and tok.right_edge.i == clause.left_edge.i - 2:
                return [tok]
    return []


def _rest_hung_on_quoted(quoted: Token, heads: list[Token]) -> list[Token]:
    """ "quoted X as saying the trawler had been fishing "inside our waters" and had tried to
    flee": nothing of "quoted X as saying" comes after what was said, so what the parser hung on
    "quoted" after the clause (a quotation it could not parse, a second verb or that-clause after
    "and") goes on with it; not a clause of its own (", a day after a charity said ...") nor a
    participle (", adding ...")."""
    doc, edge, found = quoted.doc, max(h.right_edge.i for h in heads), []
    for kid in sorted((c for c in quoted.children if c.i > edge), key=lambda c: c.i):
        if kid.is_space or kid.text in (".", ";", ":", "?", "!"):
            break
        if kid.is_punct or kid.dep_ == "cc":
            continue
        gap = doc[edge + 1 : kid.left_edge.i]
        if not all(t.is_punct or t.dep_ == "cc" for t in gap):
            break
        # "that" opens what was said, however the parser read it: "..., that B and that C"
        that = _that_clause(kid) or kid.left_edge.lower_ == "that"
        if kid.dep_ != "conj" and not that and any(t.text == "," for t in [*gap, kid.left_edge]):
            break
        own = any(c.dep_ in SUBJECT_DEPS for c in kid.children) and not that
        if kid.lemma_ in CUE_LEMMAS or own or (kid.dep_ == "advcl" and kid.tag_ == "VBG"):
            break
        found += [*gap, kid]
        edge = kid.right_edge.i
    return found


def _standing_dispute(verb: Token, objects: list[Token]) -> bool:
    """ "The two sides have disputed the cost of the claim since October": a disagreement that has
    lasted, not something said (unlike "disputed the figures on Monday" or "has disputed the
    allegations since they surfaced", a claim rejected)."""
    if verb.lemma_ not in ("dispute", "contest") or not objects:
        return False
    if any(o.lower_ in lx.CLAIM_NOUNS or o.lemma_.lower() in lx.CLAIM_NOUNS for o in objects):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)


def _clause_past_a_time_clause(verb: Token, kids: list[Token]) -> list[Token]:
    """ "had said when the deal was announced that it would close in May": the parser hung the
    that-clause on the verb of the time clause set between the cue and its clause. A verb that
    cannot take it (a passive, or no verb of saying) leaves it to the cue."""
    found = []
    for clause in (c for c in kids if c.dep_ == "advcl" and c.i > verb.i):
        opener = clause.left_edge.lower_
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        if opener not in ("when", "as", "after", "before", "while") or not (
            passive or clause.lemma_ not in CUE_LEMMAS
        ):
            continue
        found += [c for c in clause.children if c.dep_ == "ccomp" and _that_clause(c) and c.i > clause.i]
    return found[:1]


def _second_that_inside(clause: Token) -> bool:
    """ "said that the deadline had been extended, after two bidders complained, and that the
    minister had no role": the parser hung the second that-clause on the adverbial clause between
    the two. Both that-clauses are what was said, and so is what stands between them."""
    return any(c.dep_ == "conj" and _that_clause(c) for c in clause.children)


def _stray_clause_tail(heads: list[Token], kids: list[Token]) -> list[Token]:
    """ "told the inquest that the call came at 6am, hours after the fall was logged": with the
    that-clause hung on the addressee, the parser hangs the clause's own adverbials ("unless ...",
    "hours after ...") on the speech verb. Those that follow the clause go on with it; not a
    reporter's contrast ("while", "as", "whereas") nor a participle (", saying ...")."""
    if not heads:
        return []
    doc, edge, found = heads[0].doc, max(h.right_edge.i for h in heads), []
    for kid in sorted((c for c in kids if c.dep_ == "advcl" and c.i > edge), key=lambda c: c.i):
        between = doc[edge + 1 : kid.left_edge.i]
        marks = {c.lower_ for c in kid.children if c.dep_ == "mark"}
        if not all(t.is_punct for t in between) or marks & {"as", "while", "whereas"}:
            break
        if not marks and kid.tag_ == "VBG":
            break
        found.append(kid)
        edge = kid.right_edge.i
    return found


def _that_read_as_object(tok: Token) -> bool:
    """ "ruling that the company's suggestion that ... had no basis": "that" read as the verb's
    object or a preposition, the clause after it hung on it as its object. Its phrase is the clause."""
    return (
        tok.dep_ in ("dobj", "prep")
        and tok.lower_ == "that"
        and tok.tag_ == "IN"
        and tok.i == tok.head.i + 1
        and any(c.dep_ == "pobj" for c in tok.children)
    )


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
