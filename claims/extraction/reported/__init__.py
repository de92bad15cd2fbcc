"""Reported speech and attribution phrases, read off the dependency parse.

A cue is a speech verb ("said", "told", "warned", "denied") or "according to".
Its frame is the cue with its subject, auxiliaries and adverbials ("Kirby told
reporters on Wednesday"); its content is the clause or phrase it reports
("that the shipments were late"). Whether a quotation next to the frame is the
content is decided in `direct.py`.

This module builds the candidates ("said", a report or an assurance named by a noun,
"according to"); which words are cues and which decisions are none: `cues.py`; the speaker:
`subjects.py`; what a cue reports: `content.py`; where content and frame begin and end:
`bounds.py`; when it was said: `dates.py`; shared word lists: `words.py`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.candidates import Candidate, doc_text
from claims.extraction.reported.bounds import (
    _clause_of,
    _closing_participles,
    _closing_refusal,
    _closing_source,
    _cue_span,
    _cue_tense_conjunct,
    _fragments,
    _frame,
    _left_clause,
    _occasion_on_object,
    _others_saying,
    _parallel_saying,
    _parenthetical,
    _refusal,
    _runs,
    _summary_apposition,
    _trailing_evidence,
    _trailing_gloss,
    _writers_clause_on_claim,
    trim,
    without_asides,
)
from claims.extraction.reported.content import content_heads
from claims.extraction.reported.cues import (
    _REPORT_NOUNS,
    _cites_source,
    _given_clause,
    _in_statement,
    _naming,
    _refused,
    _reported_in,
    cue_tokens,
    decided,
    denial_cue,
    phrasal_denial,
)
from claims.extraction.reported.dates import (
    _dates,
    _dates_beside,
    _document_dates,
    _head_dates,
    _leading_date,
    dates_in,
)
from claims.extraction.reported.subjects import (
    _quoting,
    _subtree_range,
    is_negated,
    mention_span,
    neither_nor,
    subject_of,
)
from claims.extraction.reported.words import ADDRESSEE_VERBS

__all__ = [
    "ADDRESSEE_VERBS",
    "content_heads",
    "cue_tokens",
    "dates_in",
    "decided",
    "denial_cue",
    "phrasal_denial",
    "subject_of",
]


def _claimant(noun: Token) -> Token:
    """ "rejected claims by the union, which said ...": the parser hung the clause on the claim,
    but the one who said it is the claim's author named just before the comma."""
    if noun.lemma_.lower() not in lx.CLAIM_NOUNS and noun.lower_ not in lx.CLAIM_NOUNS:
        return noun
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
        author = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if author is None or author.pos_ not in ("NOUN", "PROPN"):
            continue
        after = author.right_edge.i + 1
        if after < len(noun.doc) and noun.doc[after].text == ",":
            return author
    return noun


def _document_of_author(verb: Token) -> Token | None:
    """The document of "carried a statement from the general staff dismissing ...", "published a
    statement by the board saying ...": the parser hung "from X" on the verb and the participle on
    X or on the verb; the participle gives the document's words."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return None
    holder = verb.head.head.head if verb.dep_ == "acl" else verb.head
    if verb.dep_ == "acl" and (verb.head.dep_ != "pobj" or verb.head.head.lower_ not in ("from", "by")):
        return None
    if holder.pos_ != "VERB":
        return None
    documents = (c for c in holder.children if c.dep_ == "dobj" and c.lemma_.lower() in lx.DOCUMENT_NOUNS)
    document = next(documents, None)
    return document if document is not None and _document_from(document) is not None else None


def _document_from(document: Token) -> Token | None:
    """Who a document is from: "a statement from the general staff", "a letter by the board" (the
    preposition on the document, or right after it on the verb)."""
    preps = [c for c in document.children if c.dep_ == "prep" and c.lower_ in ("from", "by")]
    after = document.doc[document.right_edge.i + 1] if document.right_edge.i + 1 < len(document.doc) else None
    if after is not None and after.lower_ in ("from", "by") and after.head.i == document.head.i:
        preps.append(after)
    for prep in preps:
        source = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None)
        if source is not None:
            return source
    return None


def reported_speech(doc: Doc, verb: Token) -> Candidate | None:
    """A candidate for a speech verb: its content clause (maybe empty: a quotation may supply it)."""
    if verb.pos_ == "NOUN":
        return _report_noun(doc, verb) if verb.lemma_ in _REPORT_NOUNS else _given_noun(doc, verb)
    if is_negated(verb) or _naming(verb) or _refused(verb) or _cites_source(verb):
        return None
    subject = subject_of(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "a debate in which X was accused of"
    antecedent = _claimant(verb.head) if verb.dep_ == "relcl" and not passive else None
    relay = None
    document = _document_of_author(verb)  # "a statement from the army saying", the participle on "army"
    if document is not None or (verb.dep_ == "acl" and verb.head.lemma_.lower() in lx.DOCUMENT_NOUNS):
        document = document or verb.head
        holder = document.head  # "issued a statement saying", "in a statement saying"
        while holder.dep_ in ("pobj", "prep") and holder.head.i != holder.i:
            holder = holder.head
        subject = subject_of(holder) if holder.pos_ in ("VERB", "AUX") else None
        author = _document_from(document)
        if author is not None:  # "State radio carried a statement from the army saying": the army's
            relay = subject if holder.lemma_ in lx.RELAY_VERBS else None
            subject = author
    if subject is None and antecedent is None:
        return None
    if subject is not None and verb.lemma_ in _FINDING_VERBS and subject.lemma_.lower() in _EVIDENCE:
        return None  # "what surveys suggest are gas deposits", "if the B sample confirms it": a finding
    heads = content_heads(verb)
    heads = heads[:1] + [h for h in heads[1:] if not _refusal(h)]
    if not heads and verb.lemma_ in lx.DESCRIBING_VERBS:
        return None  # "the scheme, which she has branded the 'Green Loop'": a name given, not a statement
    if verb.lemma_ in _ASKING and heads and all(h.left_edge.lower_ in _QUESTION_WORDS for h in heads):
        return None  # "then asked why he had not entered the trips": a question, not a statement
    closing = _closing_participles(verb, heads)
    cue_words: set[int] = set()
    if any(verb.i in range(*_subtree_range(h)) for h in heads):  # the cue inside the clause it reports
        cue_words = {t.i for t in verb.subtree} - {
            t.i for h in heads if h.head.i == verb.i for t in h.subtree
        }
        if verb.head.lower_ == "as":  # "quoted X as saying ...", "as" read as the words' mark
            cue_words.add(verb.head.i)
    ranges = [_subtree_range(h) for h in heads] if not cue_words else _runs(heads, cue_words)
    if closing:  # "..., saying ...": neither content nor frame
        ranges.append((min(closing), max(closing) + 1))
    leading = _leading_date(verb, heads)
    occasion = _occasion_on_object(verb, heads)
    fragments = [
        trim(doc_text(doc), s, e)
        for s, e in _fragments(
            doc,
            heads,
            _trailing_gloss(heads)
            | _trailing_evidence(heads)
            | leading
            | _parallel_saying(heads)
            | _closing_source(heads)
            | closing
            | cue_words
            | _others_saying(heads)
            | _closing_refusal(heads)
            | _writers_clause_on_claim(verb, heads)
            | _summary_apposition(heads)
            | _cue_tense_conjunct(verb, heads)
            | occasion,
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
    if antecedent is not None:  # "a payment, which she said had ...": the pronoun is the reporter's
        fragments = [f for f in fragments if doc_text(doc)[f[0] : f[1]].lower() not in lx.RELATIVE_PRONOUNS]
    cand = Candidate(fragments=fragments, type="indirect", cue=verb, silent=neither_nor(verb))
    cand.cue_span = _cue_span(verb)
    cand.mention = mention_span(subject) if subject is not None else None
    cand.antecedent = antecedent
    cand.frame = frame
    cand.dates = (
        _dates(verb, ranges, subject)
        or dates_in(doc[i] for i in sorted(leading | occasion))
        or _dates_beside(doc, verb, fragments)
        or _head_dates(verb, ranges)
        or _document_dates(verb)
    )
    cand.in_statement = _in_statement(verb)
    relayed = mention_span(relay) if relay is not None else None
    cand.conduit_mention = _according_to(verb) or _quoting(verb) or relayed
    source = _quoted_source(verb, subject) if cand.conduit_mention is None else None
    if source is not None and subject is not None:  # "State television, quoting the ministry, said"
        cand.conduit_mention = doc[subject.left_edge.i : subject.i + 1]  # its name, not the participle
        cand.mention = mention_span(source)
    return cand


def _quoted_source(verb: Token, subject: Token | None) -> Token | None:
    """ "TST, quoting the interior ministry, said ...", "Quoting the ministry, state television
    said ...": the words are the named source's, relayed by the subject (as with "quoted X as
    saying"); not "quoting unnamed officials" or "quoting sources", who name no one."""
    if subject is None:
        return None
    participles = [c for c in subject.children if c.dep_ == "acl"]
    participles += [c for c in verb.children if c.dep_ == "advcl"]
    for quoting in (p for p in participles if p.lemma_ == "quote" and p.tag_ == "VBG"):
        source = next((c for c in quoting.children if c.dep_ == "dobj"), None)
        if source is None or any(c.lower_ in ("unnamed", "anonymous") for c in source.children):
            return None
        noun = source.lemma_.lower()
        named = source.pos_ == "PROPN" or source.ent_type_ in ("ORG", "PERSON", "NORP")
        described = noun in lx.ORG_DESCRIPTIONS or noun in lx.ROLE_NOUNS - {"source", "sources"}
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in source.children)
        return source if named or (described and definite) else None
    return None


# What evidence does, not a speaker ("the study found" is left out the same way, in cues.py), and
# the evidence that does it: "surveys suggest", "the B sample confirms", "the tests indicate".
_FINDING_VERBS = lx.words("suggest confirm indicate show")
_EVIDENCE = lx.words("""
    study survey data figure test image sample analysis research result record evidence reading
    """)


# Verbs that put a question, and the words that open an embedded question.
_ASKING = lx.words("ask wonder question inquire enquire")
_QUESTION_WORDS = lx.words("why whether if how what when where who whom which")


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
    if any(c.dep_ == "dobj" and decided(c) for c in verb.children):
        return False  # "according to X, Y has denied requests for a hotline": a decision Y took
    kids = {c.dep_ for c in verb.children}
    if "dobj" in kids and "ccomp" not in kids and verb.lemma_ not in lx.NP_CONTENT_VERBS:
        return False  # "according to X, a 9 percent rise would add 140 million to its costs"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return not passive or any(c.dep_ == "agent" for c in verb.children)


_CONTRASTS = frozenset({"although", "though", "while", "whereas"})


def _next_clause(after: Span, verb: Token) -> bool:
    """The words after "according to X" open a clause of its own joined to the one it qualifies
    (", and the port has refused ...", "but wages fell")."""
    words = [t for t in after if not t.is_punct]
    if words and words[0].dep_ == "mark" and words[0].lower_ in _CONTRASTS:  # ", although B"
        clause = words[0].head
        return clause.head.i == verb.i and any(
            g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children
        )
    if not words or words[0].dep_ != "cc" or words[0].head.i != verb.i:
        return False
    joined = (c for c in verb.children if c.dep_ == "conj" and c.i > words[0].i)
    return any(any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children) for c in joined)


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
    elif _next_clause(doc[a_end : sent.end], according.head):
        pieces = pieces[:1]  # "A rose, according to X, and B fell": X vouches for A only
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
