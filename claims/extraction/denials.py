"""Denials: statements that reject someone else's claim, and which claims they reject.

A statement is a denial when its cue is a denial verb applied to a claim
("denied that...", "rejected the allegations", "dismissed the report as..."),
when its words call a claim untrue ("the claims were groundless", "a baseless
rumour", "That is false"), or when it is a first-person rebuttal ("we have
never had arms dealings") and someone else in the article said something on
the same subject. The denied actor is whoever the words name as the claim's
author ("claims by X", "X's allegations", "a White House claim", "X is
spreading rumours"); the denied statements are that actor's statements in the
article, those sharing words with the denial first.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import ActorInfo, Actors
from claims.extraction.candidates import Candidate
from claims.extraction.mentions import describe

# Words too weak to call a claim untrue on their own ("a false start").
_WEAK = lx.words("false wrong misleading inaccurate fiction fantasy fake invented lying lie lies")
# Verbs whose subject is the author of the claim they take ("X is spreading rumours").
_SPREADING = lx.words("spread make fabricate invent peddle circulate push tell concoct level raise repeat")
_REFERRING = lx.words("this that it these those such")
_MODALS = lx.words("will would shall should can could may might must")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# How far back (characters) an unattributed denial looks for the statement it answers.
NEAR = 800
# Content words that carry no topic.
_STOP_POS = frozenset({"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "SPACE", "NUM", "SYM"})


def content_tokens(doc: Doc, cand: Candidate) -> list[Token]:
    toks: list[Token] = []
    for start, end in cand.fragments:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            toks.extend(span)
    return toks


def _claim_words(toks: list[Token]) -> bool:
    """A word calling a claim untrue, said of a claim (or of "this", "that")."""
    lows = {t.lower_ for t in toks}
    hits = lows & lx.DENIAL_WORDS
    if not hits:
        return False
    if hits - _WEAK:
        return True
    return bool(lows & lx.CLAIM_NOUNS or lows & {"news", "story"} or (toks and toks[0].lower_ in _REFERRING))


def _rebuttal(toks: list[Token]) -> bool:
    """ "we have never had...", "I did not take...": a first-person past or present negation."""
    for tok in toks:
        if tok.lower_ not in ("never", "not", "n't"):
            continue
        verb = tok.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].lower_ not in lx.FIRST_PERSON:
            continue
        if any(c.lower_ in _MODALS for c in verb.children if c.dep_ == "aux"):
            continue  # "we will never give up" promises, it does not rebut
        return True
    return False


def is_denial(doc: Doc, cand: Candidate) -> bool:
    toks = content_tokens(doc, cand)
    lemma = cand.lemma
    if lemma in ("deny", "refute", "rebut", "debunk", "disavow"):
        return not (cand.cue is not None and any(c.dep_ == "dative" for c in cand.cue.children))
    if lemma in lx.DENIAL_VERBS:
        clause = any(t.dep_ == "ccomp" and t.head.i == cand.cue.i for t in toks)
        lows = {t.lower_ for t in toks}
        return clause or bool(
            lows & (lx.CLAIM_NOUNS | lx.DENIAL_WORDS | {"report", "idea", "notion", "suggestion"})
        )
    return _claim_words(toks)


def topic(doc: Doc, cand: Candidate) -> set[str]:
    return {
        t.lemma_.lower()
        for t in content_tokens(doc, cand)
        if t.pos_ not in _STOP_POS
        and not t.is_stop
        and len(t) > 2
        and t.lemma_.lower() not in lx.SPEECH_VERBS
    }


def denied_actor_mention(doc: Doc, cand: Candidate) -> Span | None:
    """The words naming the claim's author: "claims by X", "X's claim", "U.S. claims", "X is spreading"."""
    for tok in content_tokens(doc, cand):
        if tok.lower_ not in lx.CLAIM_NOUNS and tok.lower_ not in lx.DENIAL_WORDS:
            continue
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and any(t.ent_type_ in _NAMED for t in obj.subtree):
                    return doc[obj.left_edge.i : obj.right_edge.i + 1]
            if child.dep_ == "poss" and child.pos_ == "PRON":
                return doc[child.i : child.i + 1]
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.ent_type_ in (
                "PERSON",
                "ORG",
                "GPE",
                "NORP",
            ):
                return doc[child.left_edge.i : child.i + 1]
        verb = tok.head
        if tok.dep_ == "dobj" and verb.lemma_ in _SPREADING:  # "X is spreading rumours"
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                return doc[subj.left_edge.i : subj.i + 1]
    return None


def _chain(actor: ActorInfo | None) -> list[str]:
    names = []
    while actor is not None and len(names) < 6:
        names.append(actor.name)
        actor = actor.affiliation
    return names


def mark_denials(doc: Doc, cands: list[Candidate], actors: Actors, speaker_of: Callable) -> None:
    """Set is_denial, denied_actor, denied_claim and denies on every candidate."""
    topics = [topic(doc, c) for c in cands]
    for n, cand in enumerate(cands):
        if cand.speaker is None:
            continue
        if not is_denial(doc, cand):
            rebuts = cand.type != "indirect" and _rebuttal(content_tokens(doc, cand))
            if not rebuts or not any(
                _opposed(c, cand, speaker_of) and len(topics[i] & topics[n]) >= 2 for i, c in enumerate(cands)
            ):
                continue
        cand.is_denial = True
        cand.denied_claim = _claim_span(doc, cand)
        cand.denied_actor = _denied_actor(doc, cand, cands[:n], actors, speaker_of)
    _link(cands, topics, speaker_of)


def _denied_actor(
    doc: Doc, cand: Candidate, before: list[Candidate], actors: Actors, speaker_of: Callable
) -> str | None:
    mention = denied_actor_mention(doc, cand)
    if mention is None:
        return None
    if len(mention) == 1 and mention[0].pos_ == "PRON":  # "her claims": the last opponent who fits
        low = mention[0].lower_
        for other in reversed(before):
            actor = speaker_of(other.speaker) if _opposed(other, cand, speaker_of) else None
            if actor is not None and _pronoun_fits(low, actor):
                return actor.name
        return None
    info = describe(mention, actors)
    return actors.add(info, mention.text).name if info is not None else None


def _pronoun_fits(low: str, actor: ActorInfo) -> bool:
    if low in lx.PRONOUNS_MALE or low in lx.PRONOUNS_FEMALE:
        return actor.kind == "person"
    if low in lx.PRONOUNS_NEUTER:
        return actor.kind != "person"
    return True


def _claim_span(doc: Doc, cand: Candidate) -> tuple[int, int] | None:
    """The words naming the rejected claim: "claims by X that ...", else a denial verb's object."""
    for tok in content_tokens(doc, cand):
        if tok.lower_ in lx.CLAIM_NOUNS:
            span = doc[tok.left_edge.i : tok.right_edge.i + 1]
            return span.start_char, span.end_char
    if cand.lemma in lx.DENIAL_VERBS:
        return cand.start, cand.end
    return None


def _opposed(other: Candidate, cand: Candidate, speaker_of: Callable) -> bool:
    """Said by someone else: not the same actor, nor one of the same country."""
    if other is cand or other.speaker is None or other.is_denial:
        return False
    mine, theirs = _chain(speaker_of(cand.speaker)), _chain(speaker_of(other.speaker))
    return not set(mine) & set(theirs)


def _link(cands: list[Candidate], topics: list[set[str]], speaker_of: Callable) -> None:
    """Which statements each denial rejects: the denied actor's (on the subject first), else the
    statements sharing most words with it, else the nearest opposing statement before it."""
    previous_target: dict[str, str] = {}
    for n, cand in enumerate(cands):
        if not cand.is_denial:
            continue
        if cand.denied_actor is None:
            cand.denied_actor = previous_target.get(cand.speaker or "")
        pool = [(i, c) for i, c in enumerate(cands) if _opposed(c, cand, speaker_of)]
        if cand.denied_actor is not None:
            by_actor = [(i, c) for i, c in pool if cand.denied_actor in _chain(speaker_of(c.speaker))]
            sharing = [(i, c) for i, c in by_actor if topics[i] & topics[n]]
            chosen = sharing or by_actor
        else:
            scored = [(len(topics[i] & topics[n]), i, c) for i, c in pool]
            best = max((s for s, _, _ in scored), default=0)
            chosen = [(i, c) for s, i, c in scored if s >= 2 and s == best]
            if not chosen:
                earlier = [(i, c) for i, c in pool if i < n and cand.start - c.end <= NEAR]
                chosen = earlier[-1:]
        cand.denies = [c for _, c in chosen]
        if cand.denied_actor is None and cand.denies:
            cand.denied_actor = cand.denies[0].speaker
        if cand.denied_actor and cand.speaker:
            previous_target[cand.speaker] = cand.denied_actor
