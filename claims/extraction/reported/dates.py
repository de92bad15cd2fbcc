"""When it was said: the dates beside a speech verb, its subject, or the document it was said in."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.candidates import ents_in
from claims.extraction.reported.subjects import (
    _participle_host,
    _quoted_as,
    _second_account,
    governing_verb,
    subject_of,
)
from claims.extraction.reported.words import _CUE_LEFT, _OCCASIONS, CUE_LEMMAS, SUBJECT_DEPS


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
        # "said at the time that the line would open in 2025": the clause the parser hung on "time"
        # is what was said, and its date is not the saying's
        found += dates_in(t for t in child.subtree if not any(s <= t.i < e for s, e in content_ranges))
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
    a participle giving the content or the reason of a dated act is said on that act's day; so are
    the words a dated report quotes ("State radio on Tuesday quoted X as saying ...")."""
    quote = _quoted_as(verb)
    if quote is not None:
        return _dates(quote, content_ranges, subject_of(quote))
    if _second_account(verb):  # "with X saying A and Y saying B": B on A's day
        first = next((a for a in verb.ancestors if a.tag_ == "VBG" and a.lemma_ in CUE_LEMMAS), None)
        return _head_dates(first, content_ranges) if first is not None else []
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i}
    if verb.dep_ == "advcl" and "when" in marks and verb.i > verb.head.i:  # "lost on Tuesday, when X ruled"
        return _dates(verb.head, content_ranges) if verb.head.pos_ in ("VERB", "AUX") else []
    if verb.dep_ == "relcl" and "when" in marks and verb.head.ent_type_ in ("DATE", "TIME"):
        return list(ents_in(verb.doc, verb.head.i, verb.head.i + 1))  # "on Tuesday, when a judge ruled"
    act = _act_it_said_of(verb)
    if act is not None:  # "on Wednesday posted an image which it said had been taken ...": that day
        return _dates(act, content_ranges, subject_of(act))
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


def _act_it_said_of(verb: Token) -> Token | None:
    """The dated act whose object a "which it said" clause describes, the pronoun standing for
    the act's subject: what was said came with the act."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.dep_ != "relcl" or subject is None or subject.pos_ != "PRON" or subject.lower_ in ("who", "that"):
        return None
    act = governing_verb(verb.head)
    return act if act is not None and any(c.dep_ == "nsubj" for c in act.children) else None


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
