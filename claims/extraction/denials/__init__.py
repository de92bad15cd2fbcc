"""Denials: statements that reject someone else's claim.

A statement is a denial in one of these frames:

- a denial verb applied to a claim: "denied that ...", "rejected the allegations",
  "dismissed the report as ...", "pushed back on the complaints", "took issue with"
  (not a decision on a bid or a request, not "denied entry", not "did not deny");
- an evaluative word applied to a claim: "the claims were groundless", "called the
  report a disgrace", "described the allegations as baseless", "no basis in fact",
  "that is not true", "did not recognise the figures";
- a negation of what the other side said, by the accused or about the same things:
  "we have never had arms dealings", "no passwords were taken", "not one shell has
  been fired", "an offer that does not exist", "no such agreement was reached",
  "safety checks had not been cut"; or saying one did what the other side says one
  failed to do ("it had refunded every passenger");
- standing by a report someone denied;
- what a denier goes on to say in the same paragraph or quotation, explaining it.

Which statements a denial rejects, and whose claim it is: `links.py`.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import Actors
from claims.extraction.candidates import Candidate, doc_text, ents_in
from claims.extraction.denials import words as dw
from claims.extraction.denials.frames import _roots, _stands_by, content_tokens, is_denial
from claims.extraction.denials.learned import DenialModel, Said
from claims.extraction.denials.rebuttals import (
    _affirms,
    _always,
    _counter_negated,
    _defended,
    _flatly_not,
    _insists,
    _modal,
    _negator,
    _no_plans,
    _not_done,
    _properly,
    _rather,
    _rebuts,
    _same_side,
    _selves,
    _very_act,
)
from claims.extraction.links import Linker, chain, denied_actor, place_named, side
from claims.extraction.reported import denial_cue
from claims.extraction.reported.subjects import in_clause


def topic(doc: Doc, cand: Candidate) -> set[str]:
    return {
        t.lemma_.lower()
        for t in content_tokens(doc, cand)
        if t.pos_ not in dw.STOP_POS
        and not t.is_stop
        and len(t) > 2
        and t.lemma_.lower() not in lx.SPEECH_VERBS
    }


def denied_actor_mention(doc: Doc, cand: Candidate) -> Span | None:
    """The words naming the claim's author: "claims by X", "X's claim", "U.S. claims", "X is spreading"."""
    for tok in content_tokens(doc, cand):
        if tok.lower_ not in dw.AUTHORED:
            continue
        found = _author_of(doc, tok)
        if found is not None:
            return found
    return None


# Clauses whose words name no author of the claim: "people who have never set foot in Ravenmoor"
# are not Ravenmoor, "neighbouring Kestria" is.
_CLAUSES = ("relcl", "acl", "advcl", "ccomp")


def _author_of(doc: Doc, claim: Token) -> Span | None:
    # "accusations by X": the phrase may hang on the claim or, after an object, on the verb
    modifiers = list(claim.children)
    if claim.dep_ == "dobj":
        modifiers += [c for c in claim.head.children if c.i == claim.right_edge.i + 1]
    for child in modifiers:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            named = (
                [t for t in obj.subtree if t.ent_type_ in dw.NAMED and not in_clause(t, obj, _CLAUSES)]
                if obj
                else []
            )
            if named and obj.ent_type_ in dw.NAMED:
                return doc[obj.left_edge.i : obj.i + 1]
            if named:  # "by neighbouring Kestria": the name itself
                first = named[0]
                ent = next(e for e in ents_in(doc, first.i, first.i + 1))
                return doc[ent.start : ent.end]
        if child.dep_ == "poss" and child.pos_ == "PRON":
            return doc[child.i : child.i + 1]
        if child.dep_ == "poss" and child.pos_ == "NOUN":  # "the regulator's figures"
            return doc[child.left_edge.i : child.i + 1]
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.ent_type_ in dw.NAMED:
            return doc[child.left_edge.i : child.i + 1]
        if child.dep_ == "compound" and child.lower_ in lx.OUTLET_NOUNS and not _qualified(child):
            return doc[child.i : child.i + 1]  # "a newspaper report": its outlet
        if child.dep_ == "compound" and child.lemma_.lower() in dw.AUTHOR_NOUNS and claim.lower_ in dw.CLAIMS:
            # "union claims": the union that speaks here (not "police figures", cited as often as rejected)
            return doc[child.i : child.i + 1]
        if child.dep_ in ("prep", "acl") and claim.lemma_.lower() in dw.DOCUMENTS:
            found = _published_in(doc, child)
            if found is not None:
                return found
    verb = claim.head
    if claim.dep_ == "dobj" and verb.lemma_ in dw.SPREADING:  # "X is spreading rumours"
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.ent_type_ in dw.NAMED:
            return doc[subj.left_edge.i : subj.i + 1]
    return None


def _qualified(outlet: Token) -> bool:
    """An outlet noun that a noun of its own makes something else: "the weather-station
    explanation", "a police station report" (not a news outlet's)."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in outlet.children)


def _published_in(doc: Doc, child: Token) -> Span | None:
    """ "a report in the Harnsted Post", "in a Gaudenian newspaper", "published last week by The
    Halberd Post": where a report appeared names its author."""
    obj = None
    if child.dep_ == "prep" and child.lower_ == "in":
        obj = next((g for g in child.children if g.dep_ == "pobj"), None)
    elif child.dep_ == "acl":
        agent = next((g for g in child.children if g.dep_ == "agent"), None)
        obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if obj is None:
        return None
    if obj.lemma_.lower() in lx.OUTLET_NOUNS:
        return doc[obj.i : obj.i + 1]
    if obj.pos_ == "PROPN" or obj.ent_type_ in dw.NAMED:
        return doc[obj.left_edge.i : obj.i + 1]
    return None


def _points_back(toks: list[Token]) -> bool:
    """ "That did not happen", "There is no truth in that": a demonstrative pronoun in the first
    sentence standing for what was just said."""
    for tok in toks:
        if tok.is_sent_start and tok.i != toks[0].i:
            return False
        if tok.lower_ in ("that", "this") and tok.tag_ == "DT" and tok.dep_ in ("nsubj", "pobj", "dobj"):
            return True
    return False


def _circulating(doc: Doc, cand: Candidate) -> bool:
    """ "suggestions circulating on social media": a claim nobody in the article makes (not "reports
    spread by his party", whose author the text names)."""
    return any(
        t.lower_ in dw.AUTHORED and any(_spreading(c) for c in t.children) for t in content_tokens(doc, cand)
    )


def _spreading(verb: Token) -> bool:
    return (
        verb.dep_ == "acl"
        and verb.lemma_ in dw.CIRCULATING
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def mark_denials(
    doc: Doc,
    cands: list[Candidate],
    actors: Actors,
    speaker_of: Callable,
    paragraph_of: Callable,
    published: dt.date | None = None,
    model: DenialModel | None = None,
) -> None:
    """Set is_denial, denied_actor, denied_claim and denies on every candidate; `model` adds the
    denials its wording alone does not show (`learned.py`)."""
    topics = [topic(doc, c) for c in cands]
    not_done = [_not_done(content_tokens(doc, c), _selves(c, speaker_of)) for c in cands]
    side_of = _side_of(speaker_of)
    denying: set[str] = set()  # sides that have denied something so far
    allies: dict[str, set[str]] = {}  # speakers defending a side that denied: "at no point has X ..."
    for cand in cands:
        if cand.speaker is None or cand.headline:
            continue  # a headline only summarises the body, where its denial is judged
        toks = content_tokens(doc, cand)
        cand.stands_by = _stands_by(toks)
        cand.refers_back = any(
            t.lower_ in dw.AUTHORED
            and any(d.dep_ == "det" and d.lower_ in dw.REFERRING | {"the"} for d in t.children)
            for t in toks
        ) or _points_back(toks)
        if not is_denial(doc, cand):
            others = [i for i, c in enumerate(cands) if _opposed(c, cand, side_of)]
            opposed = [topics[i] for i in others]
            side = set(chain(speaker_of(cand.speaker))) | allies.get(cand.speaker, set())
            rebuts = _rebuts(cand, toks, side, actors, opposed, bool(side & denying), frozenset(denying))
            rebuts = rebuts or (
                not _modal(toks) and _insists(cand, toks, topic(doc, cand), side, actors, opposed)
            )
            rebuts = rebuts or _very_act(cand, toks, side, actors, opposed + _rejected(cands, topics, cand))
            rebuts = rebuts or _always(cand, toks, side, actors, opposed)
            rebuts = rebuts or _properly(cand, toks, side, actors, opposed)
            rebuts = rebuts or _no_plans(cand, toks, side, actors, opposed)
            rebuts = rebuts or _flatly_not(cand, toks, side, actors, opposed)
            rebuts = rebuts or _rather(cand, toks, opposed)
            rebuts = rebuts or _counter_negated(cand, toks, _countered(cands, topics, cand, side_of))
            not_done_there = set().union(*(not_done[i] for i in others))
            if not rebuts and not _affirms(toks, _selves(cand, speaker_of), not_done_there):
                continue
        cand.is_denial = True
        denying |= set(chain(speaker_of(cand.speaker)))
        allies.setdefault(cand.speaker, set()).update(_defended(toks, frozenset(denying), actors))
    _propagate(doc, cands, actors, speaker_of, paragraph_of)
    if model is not None:
        _learned(doc, cands, model, actors, speaker_of, topics, side_of)
    elsewhere = _name_claimants(doc, cands, actors, speaker_of, topics)
    named_cues = [_named_cues(doc, c) for c in cands]
    claims = [_claim_words(doc, c, topics[n]) if c.is_denial else set() for n, c in enumerate(cands)]
    Linker(
        cands,
        topics,
        speaker_of,
        published,
        named_cues,
        place_of=place_named(actors),
        allies=allies,
        claims=claims,
    ).link(elsewhere)


def _learned(
    doc: Doc,
    cands: list[Candidate],
    model: DenialModel,
    actors: Actors,
    speaker_of: Callable,
    topics: list[set[str]],
    side_of: Callable,
) -> None:
    """The model's denials, among the statements that could go on with one and that speak of
    something the other side said they could answer."""
    text = doc_text(doc)
    said = [
        Said(
            speaker=c.speaker,
            kind=c.speaker_kind or "unknown",
            is_denial=c.is_denial,
            cue=text[c.cue_span[0] : c.cue_span[1]] if c.cue_span else "",
            type=c.type,
            content=text[c.start : c.end],
            side=side_of(c.speaker),
            topic=frozenset(topics[n]),
            headline=c.headline,
        )
        for n, c in enumerate(cands)
    ]
    open_to = [
        n
        for n, c in enumerate(cands)
        if not c.is_denial
        and not c.headline
        and any(topics[n] & topics[m] for m in _answerable(cands, n, side_of))
        and _could_explain(doc, c, cands, actors, speaker_of)
    ]
    for n in model.denials(said, open_to):
        cands[n].is_denial = True


def _name_claimants(
    doc: Doc, cands: list[Candidate], actors: Actors, speaker_of: Callable, topics: list[set[str]]
) -> set[int]:
    """Set each denial's claim and the actor it names (whose words leave its `topics`, the matter it
    shares with a claim); return the denials of claims made outside
    the article: by an author who never speaks here ("a report in the Harnsted Post"), in a
    newspaper when no outlet speaks, or "circulating online"."""
    speaking = set().union(*(side(speaker_of(c.speaker)) for c in cands if not c.headline))
    media = any(getattr(speaker_of(c.speaker), "kind", None) == "media" for c in cands if not c.headline)
    elsewhere = set()
    for n, cand in enumerate(cands):
        if not cand.is_denial:
            continue
        cand.denied_claim = _claim_span(doc, cand)
        mention = None if cand.stands_by else denied_actor_mention(doc, cand)  # "its story" is its own
        if mention is not None:  # whose claim it is is not what it is about ("opposition allegations")
            topics[n] = topics[n] - {t.lemma_.lower() for t in mention}
        cand.denied_actor = denied_actor(mention, cand, cands[:n], cands[n + 1 :], actors, speaker_of)
        outlet = mention is not None and mention.root.lemma_.lower() in lx.OUTLET_NOUNS and not media
        author = speaker_of(cand.denied_actor) if mention is not None and cand.denied_actor else None
        # a state that never speaks by name may still speak through officials the text leaves unaffiliated
        unheard = author is not None and author.kind != "country" and author.name not in speaking
        if outlet or unheard or _circulating(doc, cand):
            elsewhere.add(n)
    return elsewhere


def _propagate(
    doc: Doc, cands: list[Candidate], actors: Actors, speaker_of: Callable, paragraph_of: Callable
) -> None:
    """What a denier goes on to say in the same paragraph, in the paragraphs its quotation runs
    on to, or quoted again soon after with nobody in between, explains the denial: "X
    rejected the criticism, saying the team had adjusted for it." That is a denial too (not an
    accusation, a demand or a promise)."""
    explained: set[int] = set()
    for prev, cand in itertools.pairwise(cands):
        if not prev.is_denial or cand.is_denial:
            continue
        if id(prev) in explained and not cand.continuation:  # the same quotation goes on denying
            continue
        if prev.headline or not _could_explain(doc, cand, cands, actors, speaker_of):
            continue
        apart = paragraph_of(cand.start)[0] - paragraph_of(prev.start)[0]  # paragraphs between
        if apart and not cand.continuation and not _quoted_on(cand, apart):
            continue
        if side(speaker_of(prev.speaker)) & side(speaker_of(cand.speaker)):
            cand.is_denial = True
            explained.add(id(cand))  # an explanation explains its denial, not the next statement


def _answerable(cands: list[Candidate], n: int, side_of: Callable) -> Iterator[int]:
    """The other side's statements that statement `n` could answer: its claims, and the denials
    said before it (a denial said after it may be answering it)."""
    for m, other in enumerate(cands):
        if _opposed(other, cands[n], side_of, other.is_denial) and (m < n or not other.is_denial):
            yield m


def _could_explain(
    doc: Doc, cand: Candidate, cands: list[Candidate], actors: Actors, speaker_of: Callable
) -> bool:
    """Whether the statement could go on with a denial rather than do something else: not an
    accusation, a demand or a promise, not an aside inside another statement ("X, who said he
    learned of it from a journalist, insisted ..."), not a second act of the speaker's own, not
    what another state did."""
    if cand.lemma in dw.NOT_PROPAGATED or any(
        o is not cand and o.start <= cand.start and cand.end <= o.end for o in cands
    ):
        return False
    toks = content_tokens(doc, cand)
    if _modal(toks) or (cand.cue is not None and cand.cue.dep_ == "conj" and _own_act(toks)):
        return False
    return not _their_act(toks, set(chain(speaker_of(cand.speaker))), actors)


def _quoted_on(cand: Candidate, apart: int) -> bool:
    """The denier's side quoted within the next two paragraphs (`apart`), with nobody speaking in
    between: 'X rejected the report. / (a paragraph of background) / "We have the logs," X
    said.', or 'The agency said the reports were untrue. / "All 30 drivers are safe," said its
    director.' goes on with the denial (the caller checks the side)."""
    return cand.type == "direct" and apart <= 2


def _own_act(toks: list[Token]) -> bool:
    """ "... and said she had asked police to find out", "... and said it was considering legal
    action": a second act reporting what the speaker itself did or plans, not a rebuttal."""
    for root in _roots(toks):
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        negated = any(_negator(c) for c in root.children)
        if subject is not None and subject.lower_ in dw.OWN_SUBJECTS and not negated:
            return True
    return False


def _their_act(toks: list[Token], side: set[str], actors: Actors) -> bool:
    """ "... and said Iskeria had denied its diplomats access": what another state did is an
    accusation of its own, not the denial's explanation."""
    for root in _roots(toks):
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        negated = any(_negator(c) for c in root.children)
        if subject is None or negated or subject.pos_ != "PROPN":
            continue
        country = actors.country(subject.text)  # not a person, who may be the one the denial defends
        if country is not None and country.name not in side and not _same_side(subject, side, actors, False):
            return True
    return False


def _claim_words(doc: Doc, cand: Candidate, words: set[str]) -> set[str]:
    """The words of the claim a denial spells out: "reports that the mine had flooded" -> mine,
    flood (the clause or phrase hanging on the claim noun, not the noun itself)."""
    found: set[str] = set()
    for tok in content_tokens(doc, cand):
        if tok.lower_ in lx.CLAIM_NOUNS:
            found |= {t.lemma_.lower() for c in tok.children if c.dep_ in dw.CLAIM_CLAUSES for t in c.subtree}
    return found & words


def _named_cues(doc: Doc, cand: Candidate) -> frozenset[str]:
    """The speech verbs the claim nouns of a statement point at: "the allegations" -> allege, accuse."""
    found: set[str] = set()
    for tok in content_tokens(doc, cand):
        found |= lx.CLAIM_VERBS.get(tok.lemma_.lower(), frozenset())
    return frozenset(found)


def _claim_span(doc: Doc, cand: Candidate) -> tuple[int, int] | None:
    """The words naming the rejected claim: "claims by X that ...", else a denial verb's object."""
    for tok in content_tokens(doc, cand):
        if tok.lower_ in lx.CLAIM_NOUNS:
            span = doc[tok.left_edge.i : tok.right_edge.i + 1]
            return span.start_char, span.end_char
    if cand.cue is not None and denial_cue(cand.cue):
        return cand.start, cand.end
    return None


def _rejected(cands: list[Candidate], topics: list[set[str]], cand: Candidate) -> list[set[str]]:
    """The words of the statements marked as denials so far (not `cand`), whose acts they say
    did not happen; built only when the earlier rebuttal rules found nothing."""
    return [topics[i] for i, c in enumerate(cands) if c.is_denial and c is not cand]


def _countered(
    cands: list[Candidate], topics: list[set[str]], cand: Candidate, side_of: Callable
) -> list[set[str]]:
    """The words of the other sides' denials said before `cand`, whose own claims it may negate;
    built only when the earlier rebuttal rules found nothing."""
    found = []
    for i, other in enumerate(cands):
        if other is cand:
            break
        if _opposed(other, cand, side_of, True):
            found.append(topics[i])
    return found


def _side_of(speaker_of: Callable) -> Callable[[str | None], frozenset[str]]:
    """A speaker's side, computed once per speaker: `_opposed` asks for every pair of statements."""
    return functools.cache(lambda name: frozenset(side(speaker_of(name))))


def _opposed(other: Candidate, cand: Candidate, side_of: Callable, denials: bool = False) -> bool:
    """Said by someone else: not the same actor, nor one of the same country (nor a denial, unless
    `denials`: standing by a report answers denials). `side_of` maps a speaker to its side."""
    if other is cand or other.speaker is None or other.is_denial != denials or other.headline:
        return False
    return not side_of(cand.speaker) & side_of(other.speaker)
