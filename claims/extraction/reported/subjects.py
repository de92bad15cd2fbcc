"""Who says it: the subject of a speech verb, the words naming it, and whether it is negated.

Also the low-level readings of a clause the other rules share ("that"-clauses, a verb misread
as a participle, a sentence with no main verb) and the parser's slips around a subject
(a name taken for an object or an adverb, "quoted X as saying").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import clean, person_like
from claims.extraction.candidates import ents_in
from claims.extraction.reported.words import CUE_LEMMAS, SUBJECT_DEPS


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
    noun takes no that-clause, so one that does is the subject's verb; so does "The watchdog
    alleged in a report published on Friday that ...", read as "the watchdog (that was) alleged"
    in a sentence with no other verb."""
    if tok.dep_ != "acl" or tok.tag_ not in ("VBD", "VBN") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if _verbless_root(tok.head) and tok.i == tok.head.i + 1 and tok.lemma_ in CUE_LEMMAS:
        # the that-clause may hang on the document it was said in ("in a report that ...")
        return any(_that_clause(t) and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in tok.subtree)
    return (_verbless_root(tok.head) or _reports_clause(tok)) and tok.i > 0 and tok.nbor(-1).text == ","


def _reports_clause(verb: Token) -> bool:
    """ "repeated that no closure was being considered": a verb that is a speech act only with a
    that-clause ("repeated the claim" has no content)."""
    return any(c.dep_ == "ccomp" and _that_clause(c) for c in verb.children)


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _subjects_participle(clause: Token, verb: Token) -> bool:
    """ "The board's report, published the same day, says ...": the parser made the participle
    describing the subject a clause of the cue, with the subject as its subject."""
    doc = verb.doc
    if clause.i > verb.i or clause.tag_ not in ("VBN", "VBD") or doc[clause.i - 1].text != ",":
        return False
    if clause.right_edge.i + 2 != verb.i or doc[verb.i - 1].text != ",":
        return False
    return any(c.dep_ == "nsubj" and c.i == clause.i - 2 for c in clause.children)


def _that_clause(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _cue_tense_next_act(verb: Token) -> Token | None:
    """'The mailer says Breck "raised taxes" and urges voters ...': a verb in the present of a
    "says" cue, with no subject, joined to the past clause it reports, is that cue's speaker's
    next act (see `bounds._cue_tense_conjunct`); the cue it goes with."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBZ" or head.tag_ != "VBD" or head.dep_ != "ccomp":
        return None
    cue = head.head
    if cue.tag_ != "VBZ" or cue.lemma_ not in CUE_LEMMAS:
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return cue


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs on, through prepositions and nouns ("posted an image of the
    estuary"), or None when it is no verb's argument."""
    tok = noun
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i or tok.dep_ not in ("dobj", "pobj", "prep", "appos", "attr"):
            return None
        tok = tok.head
    return tok


def _subject_taken_by_opening_participle(verb: Token) -> Token | None:
    """ "Told of the remarks, a former controller at the agency said": the parser made the
    subject the object of the participle that opens the sentence; the noun after its comma is
    who speaks."""
    opening = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i), None)
    if opening is None or opening.i != opening.sent.start:
        return None
    if opening.tag_ != "VBN":
        return _given_name_read_as_verb(opening)
    objects = (c for c in opening.children if c.dep_ in ("dobj", "appos") and c.pos_ in ("NOUN", "PROPN"))
    obj = next(objects, None)
    if obj is None or obj.left_edge.i == 0 or obj.doc[obj.left_edge.i - 1].text != ",":
        return None
    return obj


def _given_name_read_as_verb(opening: Token) -> Token | None:
    """ "Ilya Dorn, who leads the union, said": an unknown given name opening the sentence,
    read as a verb with the surname as its complement; the name is the subject."""
    if not opening.text[:1].isupper() or opening.tag_ in ("VBG", "VBN") or opening.i + 1 >= len(opening.doc):
        return None
    surname = opening.nbor()
    if surname.head.i != opening.i or surname.dep_ not in ("attr", "dobj", "appos", "npadvmod", "oprd"):
        return None
    return opening if surname.text[:1].isupper() and surname.pos_ == "PROPN" else None


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker's head word: the subject, or a coordinated or participial verb's subject."""
    if depth == 0 and _second_account(verb):  # "with X saying A and Y saying B": Y
        return verb.doc[verb.i - 1]
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not c.is_punct]
    if subjects:  # "Under cross-examination, the lawyer suggested": the subject nearest the verb
        subject = min(subjects, key=lambda c: abs(verb.i - c.i))
        return _name_before_apposition(subject, verb) or subject
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and _subjects_participle(c, verb)):
        return next(c for c in clause.children if c.dep_ == "nsubj")
    taken = _subject_taken_by_opening_participle(verb)
    if taken is not None:
        return taken
    if any(c.dep_ == "auxpass" for c in verb.children):  # "was accused by X of": X, else no one
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        speaker = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        # "would be told by the end of June that": a deadline, not who tells them
        return None if speaker is not None and speaker.ent_type_ in ("DATE", "TIME") else speaker
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG":  # "X can be heard saying", "was filmed telling"
        passive = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if passive and any(c.dep_ == "auxpass" for c in verb.head.children):
            return passive[0]
    speaker = _cue_tense_next_act(verb)
    if speaker is not None and depth < 3:  # 'The mailer says X "raised taxes" and urges ...'
        return subject_of(speaker, depth + 1)
    inherits = verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")  # ", saying"
    inherits = inherits or _finite_advcl(verb) or _purpose_saying(verb)
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
        quoted = _quoted_as(verb) or verb.head.head
        passive = [c for c in quoted.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive[0]
        if quoted.lemma_ == "quote":  # "State television quoted X as saying"
            return next((c for c in quoted.children if c.dep_ == "dobj"), None)
        misread = _quote_read_as_modifier(verb.head)
        if misread is not None:
            return misread[1]
    return _misparsed_subject(verb) if depth == 0 else None


def _purpose_saying(verb: Token) -> bool:
    """ "The mayor appeared on television to say that ...", "went before the committee on Tuesday
    to deny that ...": a speech act as the purpose of an appearance is the subject's own saying
    (not "appeared to say": a seeming, no saying; see `_declined`)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.head.i > verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    return head.lemma_ in _APPEARING and any(
        c.dep_ == "prep" and head.i < c.i < verb.i for c in head.children
    )


# Verbs of coming before an audience: "appeared on television", "went before the committee".
_APPEARING = frozenset({"appear", "go", "come", "take", "return"})


def _finite_advcl(verb: Token) -> bool:
    """ "Lindgaard, a grandmaster who has climbed 150 places in the rankings this year, denied that
    ...": after a long apposition the parser took a noun for the main verb and hung the real one
    on it as an adverbial clause. A past-tense adverbial clause with no mark and no subject is the
    main verb, and its subject is the one the parser gave its head."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBD"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _quoting(verb: Token) -> Span | None:
    """ "State television quoted X as saying ...": the one quoting relays X's words."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    misread = _quote_read_as_modifier(verb.head)
    if misread is not None:
        return misread[0]
    quote = _quoted_as(verb)
    if quote is None:
        return None
    subject = next((c for c in quote.children if c.dep_ == "nsubj"), None)
    return mention_span(subject) if subject is not None else None


def _quoted_as(verb: Token) -> Token | None:
    """ "quoted X as saying", "was quoted as saying": the verb "quote" that "as saying" hangs on,
    also when the parser read "as" as the mark of a later verb of the words, itself hung on
    "quoted" ("quoted X as saying the plane had entered the zone with its radio switched off")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    as_ = verb.head
    if as_.head.lemma_ == "quote":
        return as_.head
    return as_.head.head if _misread_as(as_) else None


def _misread_as(as_: Token) -> bool:
    """ "as" of "quoted X as saying" read as the mark of a verb after it, hung on "quoted"."""
    host = as_.head
    return as_.dep_ == "mark" and host.i > as_.i and host.dep_ == "advcl" and host.head.lemma_ == "quote"


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
    if _name_read_as_adverb(prev) or _opening_name_read_as_adverb(prev, verb):
        return prev
    return _sentence_subject(verb)


def _opening_name_read_as_adverb(tok: Token, verb: Token) -> bool:
    """ "Wrenly says it has 11 million users": a name in -ly opening the sentence, tagged as an
    adverb of the finite verb right after it. An adverb cannot stand for a subject there, so the
    capitalised word is the name (not "Separately, X said": a comma, and a subject of its own)."""
    # tagged as an adverb, or as a proper noun the parser still hung as one ("Glimly said")
    if (
        tok.dep_ != "advmod"
        or tok.pos_ not in ("ADV", "PROPN")
        or tok.head.i != verb.i
        or tok.i != verb.i - 1
    ):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False  # "So says Nadia Tessaro": the subject after the verb
    opens = tok.i == 0 or tok.nbor(-1).text in (".", "!", "?") or "\n" in tok.nbor(-1).text
    return opens and tok.text[:1].isupper() and tok.text[1:].islower()


def _name_before_apposition(subject: Token, verb: Token) -> Token | None:
    """ "Wrenly, the delivery app, says ...": the parser read the name opening the sentence as an
    adverb and its apposition as the subject. A bare description set off by commas on both sides
    right before the verb is an apposition ("Separately, the company, said" is no English)."""
    doc = verb.doc
    first, last = subject.left_edge.i, subject.right_edge.i
    if doc[last].text != ",":  # the closing comma, hung on the subject or on the verb
        last += 1
    if first < 2 or last + 1 != verb.i or doc[last].text != "," or doc[first - 1].text != ",":
        return None
    kinds = ("det", "compound", "amod", "punct")
    if subject.pos_ != "NOUN" or any(c.dep_ not in kinds for c in subject.children):
        return None
    name = doc[first - 2]
    if name.dep_ != "advmod" or name.head.i != verb.i or not (name.i == 0 or name.nbor(-1).is_sent_end):
        return None
    return name if name.text[:1].isupper() and name.text[1:].islower() else None


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
        if tok.head.i == verb.i and any(
            c.left_edge.lower_ == "who" and c.pos_ in ("VERB", "AUX") for c in tok.children
        ):
            return tok  # "Tolliver, who was fired in April, says": a name mistagged, a person all the same
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
    if _declined(verb):
        return True
    # "declined to confirm or deny": the second verb of the pair is declined too
    joined = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and _declined(verb.head)
    return joined and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _declined(verb: Token) -> bool:
    """ "declined to say"; "appeared to tell donors ...": a saying the writer does not assert."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in (
        "decline",
        "refuse",
        "fail",
        "hesitate",
        "appear",
        "seem",
    )


def _negated_pair(verb: Token) -> bool:
    """ "did not confirm or deny": the second verb of a negated pair is negated too (the parser
    hangs the negation on the first).

    "Would neither confirm nor deny" is `neither_nor`."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    joints = {c.lower_ for c in verb.head.children if c.dep_ == "cc" and verb.head.i < c.i < verb.i}
    negated = any(c.dep_ == "neg" for c in verb.head.children)
    return negated and "or" in joints and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def neither_nor(verb: Token) -> bool:
    """ "would neither confirm nor deny that ...": both verbs of the pair say nothing. "Neither"
    hangs on the first verb, "nor" between the first and the second."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        c.dep_ == "cc" and c.lower_ == "nor" and verb.head.i < c.i < verb.i for c in verb.head.children
    )


def dated(phrase: Token) -> bool:
    """A date or time in the phrase, not in a relative clause inside it: "for the Fund, which lent
    X money last year" has its date in the clause, not on the prepositional phrase."""
    return any(t.ent_type_ in ("DATE", "TIME") and not in_clause(t, phrase) for t in phrase.subtree)


def in_clause(tok: Token, top: Token, deps: tuple[str, ...] = ("relcl",)) -> bool:
    """The token hangs on `top` through a clause of its own, one of `deps` (a relative clause
    unless told)."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in deps:
            return True
        tok = tok.head
    return False


def _set_off(clause: Token) -> bool:
    """A relative clause opened by "who" or "which" after a comma."""
    first = clause.left_edge
    return first.lower_ in ("who", "which") and first.i > 0 and first.nbor(-1).text == ","


def mention_span(head: Token) -> Span:
    """The subject's words: its subtree, without a trailing comma or dash."""
    start, end = _subtree_range(head)
    doc = head.doc
    for child in head.rights:  # "the regulator on Monday fined": the date is not part of the name
        if child.dep_ in ("prep", "npadvmod") and dated(child):
            end = min(end, child.left_edge.i)
        if child.dep_ == "acl" and child.lemma_ in CUE_LEMMAS:  # the cue itself, read as a modifier
            end = min(end, child.left_edge.i)
        if child.dep_ in ("ccomp", "acl") and child.left_edge.lower_ == "who":  # "X, who was fired,"
            end = min(end, child.left_edge.i)  # read as a clause of X: no part of the name
    for tok in doc[head.i + 1 : end]:  # "a controller at the agency, who left last year,": the
        if tok.dep_ == "relcl" and _set_off(tok) and tok.head.i > head.i:  # agency's clause, no name
            end = min(end, tok.left_edge.i - 1)
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


def _date_modifier(tok: Token) -> bool:
    """A date word fused onto a name by the parser (not "Tuesday's statement")."""
    return tok.ent_type_ == "DATE" and tok.dep_ in ("compound", "npadvmod", "nmod")


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


def _participle_host(verb: Token) -> Token:
    """The verb a participle belongs to: its head, or the cue before it when the parser hung it
    on the content that follows ("X reported on Thursday, citing two officials, that ...")."""
    head = verb.head
    if verb.dep_ == "advcl" and head.dep_ == "ccomp" and head.head.i < verb.i < head.i:
        return head.head
    return _outer_cue(verb) or _outside_subordinate(verb) or head


def _outside_subordinate(verb: Token) -> Token | None:
    """ "The board has refused to publish it until the window closes on Friday, saying ...": a
    participle after a comma that the parser hung on the verb of a subordinate clause ("until",
    "because", "when") whose subject could not speak (a thing, not a name, a pronoun or a body:
    "since Veskaria walked out, accusing ...") modifies the clause that one depends on."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    if head.dep_ != "advcl" or head.i > verb.i or not any(c.dep_ == "mark" for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_ or _could_speak(subject):
        return None
    return head.head if head.head.pos_ in ("VERB", "AUX") else None


_SPEAKING_NOUNS = lx.ORG_DESCRIPTIONS | lx.ROLE_NOUNS | lx.STATE_NOUNS | lx.MEDIA_WORDS
_SPEAKING_NOUNS |= lx.DOCUMENT_SUBJECTS | lx.DOCUMENT_NOUNS


def _could_speak(noun: Token) -> bool:
    """A body, a role, a state, a document or a medium; or people ("residents", "the family")."""
    return noun.lemma_.lower() in _SPEAKING_NOUNS or noun.lemma_.lower() in lx.PEOPLE_WORDS


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
