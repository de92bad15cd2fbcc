"""One document: from a parsed Doc to its statements, in the order of the rules.

cues -> quotations -> nesting -> cue-less quotations -> speakers -> denials -> dates.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc

from claims.extraction import lexicon as lx
from claims.extraction.actors import Actors
from claims.extraction.candidates import Candidate, doc_ents, doc_text
from claims.extraction.dates import said_on
from claims.extraction.denials import learned, mark_denials
from claims.extraction.direct import Quotes, attach, uncued_quotations
from claims.extraction.quotes import find_quotes
from claims.extraction.reported import according_to, cue_tokens, reported_speech
from claims.extraction.speakers import Resolver, unsigned_document
from claims.extraction.types import DocumentExtraction, ExtractedStatement

_PARAGRAPH = re.compile(r"[^\n]+")
_QUOTE_MARKS = re.compile('["“”«»]')
_MARKS = frozenset("\"“”«»‘’'")


class Paragraphs:
    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in _PARAGRAPH.finditer(text)] or [0]

    def __call__(self, pos: int) -> tuple[int, int]:
        """(index, start) of the paragraph holding `pos`."""
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        return i, self.starts[i]


def find_candidates(doc: Doc, quotes: Quotes) -> list[Candidate]:
    cands = []
    for tok in cue_tokens(doc):
        if tok.lower_ == "according":
            cand = according_to(doc, tok)
            if cand is not None and quotes.containing(tok.idx):
                cand = None
        else:
            cand = reported_speech(doc, tok)
            if cand is not None and not attach(cand, quotes):
                cand = None
        if cand is not None and cand.fragments:
            cands.append(cand)
    _share_dates(cands)
    return cands


def _share_dates(cands: list[Candidate]) -> None:
    """ "said on Wednesday that A but insisted that B", "rejected X on Tuesday, calling it Y":
    a coordinated or participial cue is said on its head cue's day."""
    by_cue = {c.cue.i: c for c in cands if c.cue is not None}
    for cand in cands:
        cue = cand.cue
        if cand.dates or cue is None or cue.dep_ not in ("conj", "advcl", "xcomp"):
            continue
        head = by_cue.get(cue.head.i)
        if head is not None and head.dates:
            cand.dates = head.dates


def resolve_nesting(cands: list[Candidate]) -> list[Candidate]:
    """A statement inside another's content: relayed, a relative clause, or the outer speaker's words."""
    dropped: set[int] = set()
    for inner in cands:
        for outer in cands:
            if outer is inner or id(outer) in dropped:
                continue
            if not outer.covers(inner.cue_span[0]):
                if _aside_on(inner, outer):
                    dropped.add(id(inner))
                continue
            relayed = (outer.lemma in lx.RELAY_VERBS or outer.lemma == "accord") and not _depicted(
                inner, outer
            )
            if relayed and not unsigned_document(inner.mention):
                inner.conduit_mention = inner.conduit_mention or outer.mention
                dropped.add(id(outer))
            elif (
                (_own_relative(inner) and not _within_clause(inner, outer))
                or _second_act(inner, outer)
                or _reporters_clause(inner)
            ):
                _cut_before(outer, inner)
            else:
                dropped.add(id(inner))
    return [c for c in cands if id(c) not in dropped and c.fragments]


def _within_clause(inner: Candidate, outer: Candidate) -> bool:
    """ "said it had collected 63 accounts from owners who said the lid flew off, and that ...": a
    relative clause on a noun inside a reported clause is nested speech, the outer speaker's words
    (not "rejected allegations by X, who said ...": the claim's author, named in the object)."""
    cue, antecedent = outer.cue, inner.antecedent
    if cue is None or antecedent is None or cue.lemma_ in lx.NP_CONTENT_VERBS:
        return False
    return any(a.dep_ == "ccomp" and outer.covers(a.idx) for a in antecedent.ancestors)


def _depicted(inner: Candidate, outer: Candidate) -> bool:
    """ "The website reported that its recording captured the minister telling donors ...": a
    speech act the outer words describe as seen or heard in something (a participle on a verb
    such as "captured" or "showed") is part of that report, not relayed by it."""
    cue = inner.cue
    if cue is None or outer.cue is None or cue.tag_ != "VBG":
        return False
    host = cue.head
    return host.pos_ == "VERB" and host.i != outer.cue.i and host.lemma_ not in lx.SPEECH_VERBS


def _second_act(inner: Candidate, outer: Candidate) -> bool:
    """ "The ministry said it had offered X, and accused Y of Z": the parser put the second speech
    act inside the first one's clause. A speech verb with no subject of its own, joined by ", and"
    to a verb of the outer content, is the outer speaker's second act."""
    cue = inner.cue
    if cue is None or outer.cue is None or cue.dep_ != "conj" or cue.head.i == outer.cue.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or not outer.covers(cue.head.idx):
        return False
    doc = cue.doc
    joined = cue.i >= 2 and doc[cue.i - 1].lower_ in ("and", "but") and doc[cue.i - 2].text == ","
    joined = joined or _demand_after(cue)
    if joined:
        inner.mention = outer.mention
        inner.antecedent = outer.antecedent
        inner.dates = inner.dates or outer.dates  # "said on Tuesday that A and called for B"
    return joined


# Speech acts that ask for something: after "said A and", the speaker's own next act.
_DEMANDS = frozenset({"call", "urge", "recommend", "demand", "appeal"})


def _demand_after(cue) -> bool:
    """ "said the minister had questions to answer and called on her to step aside": a demand in
    the simple past joined by a bare "and" to the reported clause is the speaker's second act (a
    reported clause seldom goes on with a demand its own subject made). Not "Police said the gang
    had kidnapped the boy and demanded a ransom": a subject that acts in the story (a gang,
    protesters) makes its own demand, which is part of what the police said."""
    if cue.lemma_ not in _DEMANDS or cue.tag_ != "VBD" or cue.i < 1 or cue.doc[cue.i - 1].lower_ != "and":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return False
    subject = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
    return subject is None or subject.lemma_.lower() not in _ACTING_GROUPS


# People who act in a story and make demands of their own, as crime and protest reports name them
# ("the gang had kidnapped the boy and demanded a ransom"): written for this rule. Not people in
# general: "said members had reported waits and called for compensation" is the speaker's call.
_ACTING_GROUPS = lx.words("""
    gang gangs kidnapper kidnappers captor captors hijacker hijackers gunman gunmen attacker
    attackers rebel rebels militant militants protester protesters protestor protestors
    demonstrator demonstrators striker strikers crowd crowds mob mobs rioter rioters intruder
    intruders robber robbers thief thieves occupier occupiers squatter squatters
    """)


def _reporters_clause(inner: Candidate) -> bool:
    """ "X said profit had fallen, as its chief executive dismissed reports of a bid": a
    concurrent speech act with a subject of its own, set beside the words by the reporter."""
    cue = inner.cue
    if cue is None or cue.dep_ != "advcl" or inner.mention is None:
        return False
    marks = {c.lower_ for c in cue.children if c.dep_ == "mark"}
    return bool(marks & {"as", "while", "whereas"}) and cue.i > 0 and cue.left_edge.nbor(-1).text == ","


def _aside_on(inner: Candidate, outer: Candidate) -> bool:
    """ "X said the sanctions, as they face shortages, which he said...": a speech aside on a noun
    of an adverbial clause in someone's words, which goes with them. An aside on a noun of the
    reported clause itself ("X said the council would ask about a payment, which she said had
    never been explained") is a statement of its own, which the outer content leaves out."""
    antecedent = inner.antecedent
    if antecedent is None or _own_relative(inner) or not outer.covers(antecedent.idx):
        return False
    return any(t.dep_ == "advcl" for t in antecedent.ancestors if outer.covers(t.idx))


def _own_relative(cand: Candidate) -> bool:
    """ "John Kirby, who said...": the relative pronoun is the speaker, not an aside in someone's words."""
    return cand.antecedent is not None and (
        cand.mention is None or cand.mention.root.lower_ in lx.RELATIVE_PRONOUNS
    )


def _cut_before(outer: Candidate, inner: Candidate) -> None:
    """ "allegations by John Kirby, who said X": the outer content stops before the relative clause."""
    clause = inner.cue
    cut = clause.idx if clause.dep_ == "conj" else clause.left_edge.idx
    for tok in clause.children:  # the relative pronoun may precede the subject: "which he said"
        if clause.dep_ != "conj" or tok.i < clause.i:
            cut = min(cut, tok.left_edge.idx)
    if clause.dep_ == "conj":  # "..., and accused": the conjunction goes too, not a closing quote mark
        doc = clause.doc
        i = min([clause.i, *[t.left_edge.i for t in clause.children if t.i < clause.i]]) - 1
        while i > clause.head.i and doc[i].dep_ in ("cc", "punct") and doc[i].text not in _MARKS:
            cut, i = min(cut, doc[i].idx), i - 1
    kept = []
    for start, end in outer.fragments:
        if end <= cut:
            kept.append((start, end))
        elif start < cut:
            end = cut
            while end > start and outer_text_strip(outer, end):
                end -= 1
            kept.append((start, end))
    outer.fragments = kept or outer.fragments
    text = doc_text(clause.doc)
    if outer.type == "mixed" and not any(_QUOTE_MARKS.search(text, s, e) for s, e in outer.fragments):
        outer.type = "indirect"  # the quoted words were in the part cut off


def outer_text_strip(cand: Candidate, end: int) -> bool:
    text = doc_text(cand.cue.doc)
    return text[end - 1] in " ,;—–-\n"


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen: set[tuple] = set()
    kept = []
    for cand in sorted(cands, key=lambda c: (c.start, -c.end)):
        key = tuple(cand.fragments)
        if key not in seen:
            seen.add(key)
            kept.append(cand)
    return kept


def extract_doc(
    doc: Doc,
    text: str,
    published: dt.date | None,
    version: str,
    *,
    learned_denials: bool | learned.DenialModel = True,
) -> DocumentExtraction:
    """Statements of a parsed document; `text` is the document as given (same length as the parse).
    `learned_denials`: True for the trained model's help with denials, False for the wording rules
    alone, or another model (training records its examples this way)."""
    parsed = doc_text(doc)
    quotes = Quotes(parsed, find_quotes(parsed))
    paragraphs = Paragraphs(parsed)
    cands = resolve_nesting(find_candidates(doc, quotes))
    cands = _dedupe(cands + uncued_quotations(quotes, cands, paragraphs))
    headline_end = _headline_end(parsed)
    for cand in cands:
        cand.headline = cand.start < headline_end
    actors = Actors(doc_ents(doc), doc)
    in_quote = lambda pos: quotes.containing(pos) is not None  # noqa: E731
    Resolver(doc, actors, in_quote, cands, headline_end).resolve(cands)
    cands = [c for c in cands if c.speaker and not c.silent]
    model = learned.default_model() if learned_denials is True else learned_denials or None
    mark_denials(doc, cands, actors, actors.by_name.get, paragraphs, published, model)
    return DocumentExtraction(
        statements=_statements(text, cands, published),
        actors=actors.extracted(_named(cands)),
        extractor_version=version,
    )


def _headline_end(text: str) -> int:
    """Where the headline ends: a short first line, apart from the body, not ending as a sentence."""
    first = text.split("\n", 1)
    if len(first) < 2 or not first[1].startswith("\n"):
        return 0
    line = first[0].strip().rstrip("\"”’'")  # 'Federation calls report "reckless"' ends with a quote
    if not line or len(line.split()) > 25 or line[-1] in ".!?,":
        return 0
    return len(first[0])


def _named(cands: list[Candidate]) -> set[str]:
    names = set()
    for c in cands:
        names.update(n for n in (c.speaker, c.conduit, c.denied_actor) if n)
    return names


def _statements(
    text: str, cands: list[Candidate], published: dt.date | None
) -> tuple[ExtractedStatement, ...]:
    ids = {id(c): f"s{n}" for n, c in enumerate(cands, 1)}
    out = []
    previous_date = (None, None)
    for cand in cands:
        date = said_on([d.text for d in cand.dates], published)
        if cand.continuation and date[0] is None:
            date = previous_date
        previous_date = date
        mention = cand.mention
        out.append(
            ExtractedStatement(
                id=ids[id(cand)],
                start=cand.start,
                end=cand.end,
                content=text[cand.start : cand.end],
                type=cand.type,
                speaker=cand.speaker,
                speaker_kind=_kind_of(cand),
                speaker_span=(mention.start_char, mention.end_char) if mention is not None else None,
                speaker_text=mention.text if mention is not None else "",
                affiliation=cand.affiliation,
                conduit=cand.conduit,
                cue=text[cand.cue_span[0] : cand.cue_span[1]] if cand.cue_span else None,
                cue_span=cand.cue_span,
                fragments=tuple(cand.fragments) if len(cand.fragments) > 1 else (),
                is_denial=cand.is_denial,
                denies=tuple(ids[id(d)] for d in cand.denies if id(d) in ids),
                denied_actor=cand.denied_actor,
                denied_claim=cand.denied_claim,
                said_on=date[0],
                said_on_precision=date[1],
            )
        )
    return tuple(out)


def _kind_of(cand: Candidate) -> str:
    return cand.speaker_kind or "unknown"
