"""Where the content and the frame of a statement begin and end, in characters.

The reporter's asides and glosses are left out, and so are the parts of a sentence that belong
to someone else's account, a source, or a refusal; the frame is the cue with its subject and
adverbials; a clause before ", the agency said" is the content however it was parsed.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claims.extraction import lexicon as lx
from claims.extraction.candidates import doc_text, lemma_between
from claims.extraction.reported.cues import _a_person, _goes_on, _is_according, phrasal_denial
from claims.extraction.reported.subjects import (
    _name_read_as_adverb,
    _opening_name_read_as_adverb,
    _outer_cue,
    _quoted_as,
    _second_account,
    _that_clause,
    is_negated,
    neither_nor,
)
from claims.extraction.reported.words import _CUE_LEFT, _TRIM, CUE_LEMMAS, FRAME_DEPS, SUBJECT_DEPS


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
        if first.lower_ != "which" or first.i < 2:
            continue
        if first.nbor(-1).text in (",", "—", "–", "-"):
            return {t.i for t in tok.subtree} | {first.i - 1}
        if first.nbor(-1).text in lx.CLOSING_MARKS and first.nbor(-2).text == ",":  # 'to do with it," which'
            return {t.i for t in tok.subtree}
    return set()


_EVIDENCE = frozenset({"point"})


def _trailing_evidence(heads: list[Token]) -> set[int]:
    """ "said the cut had paid for itself, pointing to 14,000 jobs added": the speaker's act of
    offering evidence, a participle closing the content after a comma, is the reporter's frame."""
    if not heads:
        return set()
    last = max(heads, key=lambda h: h.right_edge.i)
    end = last.right_edge.i
    if not lemma_between(last.doc, last.left_edge.i, end + 1, _EVIDENCE):
        return set()
    for tok in last.subtree:
        if tok.lemma_ not in _EVIDENCE or tok.tag_ != "VBG" or tok.right_edge.i != end or tok.i == last.i:
            continue
        to = any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
        if not to or tok.left_edge.i != tok.i or tok.i < 2:
            continue
        before = tok.nbor(-1)
        if before.text == ",":
            return {t.i for t in tok.subtree} | {before.i}
        if before.text in "\"”’'" and tok.nbor(-2).text == ",":  # 'had "paid for itself," pointing to'
            return {t.i for t in tok.subtree}
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


def _fragments(doc: Doc, heads: list[Token], leave_out: set[int] = frozenset()) -> list[tuple[int, int]]:
    """The content heads' subtrees as character fragments: runs of consecutive tokens.

    Token sets, not edge-to-edge ranges: in "sanctions, which he said are the reason" the
    clause's subtree surrounds the cue without containing it.
    """
    indices = sorted({t.i for h in heads for t in h.subtree if not t.is_space} - leave_out)
    if indices and _hour_before_am(doc, indices[-1]):  # "left at 9 a.m.": "a.m." hung on the cue
        indices.append(indices[-1] + 1)
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


_TIME_ABBREVIATION = re.compile(r"^[ap]\.m\.$", re.I)


def _hour_before_am(doc: Doc, i: int) -> bool:
    """A number followed by "a.m." or "p.m.", which the parser may read as punctuation."""
    return i + 1 < len(doc) and doc[i].like_num and _TIME_ABBREVIATION.match(doc[i + 1].text) is not None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip edge punctuation and spaces; keep a closing quotation mark and the full stop of an
    abbreviation ("between 4:30 and 5:15 p.m.")."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] == "."):
        if text[end - 1] == "." and _ABBREVIATION_END.search(text, start, end):
            break
        end -= 1
    return start, end


_ABBREVIATION_END = re.compile(r"\b\w\.\w{1,3}\.$")


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
            if _labelled_summary(child, verb):
                continue  # "said A, a step she called "a betrayal"": the writer's, after the words
            inside += [t for t in child.subtree if not any(s <= t.i < e for s, e in content)]
    first = min(inside, key=lambda t: t.i)
    last = max(inside, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


_QUOTED_FRAME = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "dobj"})


# Lemmas of "according" (to), as the tagger may give it.
_ACCORDING = frozenset({"accord", "according"})


def _parallel_saying(heads: list[Token]) -> set[int]:
    """ "with Ostrel saying A and Vaskia saying B": the parser hangs the second account inside the
    first; its words (and "and Vaskia") are not the first speaker's."""
    for head in heads:
        for tok in head.subtree:
            if _second_account(tok):
                return {t.i for t in tok.subtree} | {tok.i - 1, tok.i - 2}
    # "with X saying A and Y saying B" parsed as two coordinated cues: A's subtree ends in "and"
    return {h.right_edge.i for h in heads if h.right_edge.dep_ == "cc" and h.right_edge.head.i == h.i}


def _closing_source(heads: list[Token]) -> set[int]:
    """ "told investigators that he had never asked X for a favour, according to a transcript":
    the source of the writer's knowledge that closes the content is no part of it."""
    for head in heads:
        end = head.right_edge.i
        if not lemma_between(head.doc, head.left_edge.i, end + 1, _ACCORDING):
            continue
        for tok in head.subtree:
            if _is_according(tok) and tok.right_edge.i == end and tok.i > 0 and tok.nbor(-1).text == ",":
                return {t.i for t in tok.subtree} | {tok.i - 1}
    return set()


def _others_saying(heads: list[Token]) -> set[int]:
    """ "said it had opened an inquiry after a newspaper reported that ...": a clause closing the
    content that tells when, with a speech act of someone else, is the writer's account of what
    happened before, and that someone's own statement."""
    for n, head in enumerate(heads):
        if n > 0 and head.i > heads[0].i and _when_others_said(head):
            # the parser hangs "a day after X reported that" on the cue beside the content
            return {t.i for t in head.subtree}
        if not lemma_between(head.doc, head.left_edge.i, head.right_edge.i + 1, CUE_LEMMAS):
            continue
        for tok in head.subtree:
            if tok.dep_ == "advcl" and tok.right_edge.i == head.right_edge.i and _when_others_said(tok):
                return {t.i for t in tok.subtree}
    return set()


def _when_others_said(tok: Token) -> bool:
    """ "after a newspaper reported that ...": a speech act by a subject of its own, marked as
    telling when."""
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    return (
        tok.lemma_ in CUE_LEMMAS
        and bool(marks & {"after", "before", "since", "until"})
        and any(c.dep_ == "nsubj" for c in tok.children)
        and _says_something(tok)
    )


def _says_something(verb: Token) -> bool:
    """ "after a newspaper reported that ...", "before the bank disclosed the losses": a speech act
    with content; not "until a reporter asked her about it", a question put to the speaker."""
    return any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and not _a_person(c)) for c in verb.children)


def _refusal(verb: Token) -> bool:
    """ "confirmed that it had received the complaint but would not say whether ...": a second
    clause of the cue, parsed as another that-clause, that says what the speaker would not say."""
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    return verb.lemma_ in CUE_LEMMAS and is_negated(verb) and not own_subject


def _occasion_on_object(verb: Token, heads: list[Token]) -> set[int]:
    """ "rejected the group's allegations in a statement on Tuesday": the document the speaker
    said it in, which the parser hung on the object, closes the content and is the frame's."""
    if not heads or heads[0].dep_ != "dobj" or heads[0].head.i != verb.i:
        return set()
    obj = heads[0]
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.i > obj.i):
        if prep.lower_ not in ("in", "through", "via") or prep.right_edge.i != obj.right_edge.i:
            continue
        if any(g.dep_ == "pobj" and g.lemma_.lower() in lx.DOCUMENT_NOUNS for g in prep.children):
            return {t.i for t in prep.subtree}
    return set()


def _writers_clause_on_claim(verb: Token, heads: list[Token]) -> set[int]:
    """ "has rejected claims that X, as pressure grows on it to publish ...", "rejected claims
    that X, after councillors voted to close it": a clause with a subject of its own, set off by a
    comma and opened by "as" or "after", that closes the claim's clause is the writer's setting of
    the rejection (the parser hangs it inside the claim); so is ", amid calls for an inquiry"."""
    if verb.lemma_ not in lx.NP_CONTENT_VERBS or not heads or heads[0].dep_ != "dobj":
        return set()
    obj = heads[0]
    if obj.lower_ not in lx.CLAIM_NOUNS and obj.lemma_.lower() not in lx.CLAIM_NOUNS:
        return set()
    end = obj.right_edge.i
    for tok in obj.subtree:
        if tok.right_edge.i != end or tok.i == obj.i:
            continue
        first = tok.left_edge
        setting = tok.dep_ == "prep" and tok.lower_ in ("amid", "amidst")
        if setting and first.i > 0 and first.nbor(-1).text == ",":
            return {t.i for t in tok.subtree} | {first.i - 1}
        if tok.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        subject = any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        if (
            subject
            and marks & {"as", "after", "while", "whereas"}
            and first.i > 0
            and first.nbor(-1).text == ","
        ):
            return {t.i for t in tok.subtree} | {first.i - 1}
    return set()


def _summary_apposition(heads: list[Token]) -> set[int]:
    """ "said her government had closed two units, a decision she called 'the worst'": a noun
    phrase set off by a comma after the reported clause, hung on the clause's verb, is the writer's
    summary of what was said (not a time: "a day later")."""
    if not heads:
        return set()
    last = max(heads, key=lambda h: h.right_edge.i)
    end = last.right_edge.i
    # ", a decision she called ..." hung as an apposition on the clause's object
    apposed = [t for t in last.subtree if t.dep_ == "appos" and t.lemma_ in _SUMMARY_NOUNS]
    for tok in [*(c for c in last.children if _summary_noun(c)), *apposed]:
        first = tok.left_edge
        if tok.right_edge.i != end or first.lower_ not in ("a", "an", "the") or first.i == 0:
            continue
        if first.nbor(-1).text != "," or tok.ent_type_ in ("DATE", "TIME"):
            continue
        return {t.i for t in tok.subtree} | {first.i - 1}
    return set()


def _cue_tense_conjunct(verb: Token, heads: list[Token]) -> set[int]:
    """ "The ad says Talmadge "handed a contract to his donors" and shows a photograph of ...": a
    verb with no subject joined to a past reported clause, in the present of the cue, is the
    speaker's next act (the parser hung it inside the clause)."""
    out: set[int] = set()
    if verb.tag_ != "VBZ":
        return out  # after a past cue the tenses tell nothing ("said it had visited X and found Y")
    for head in (h for h in heads if h.tag_ == "VBD"):
        for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VBZ"):
            if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in conj.children):
                continue
            cc = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < conj.i]
            out.update(t.i for t in conj.subtree)
            out.update(c.i for c in cc)
    return out


def _refuses_to_say(verb: Token) -> bool:
    """ "would neither confirm nor deny", and as other reporters put it: "would not confirm or
    deny", "refused (declined) to confirm or deny"."""
    if verb.lemma_ in CUE_LEMMAS and neither_nor(verb):
        return True
    if verb.lemma_ in ("refuse", "decline"):
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ == "confirm"), verb)
    elif not any(c.dep_ == "neg" for c in verb.children):
        return False
    return verb.lemma_ == "confirm" and any(c.dep_ == "conj" and c.lemma_ == "deny" for c in verb.children)


# What a speaker declines to do when saying no more ("declined to say how many", "refused to
# comment", "declined to elaborate"): ordinary news usage, written for the boundary rules.
_WITHHELD = frozenset({"say", "comment", "elaborate", "specify", "speculate"})


def _declines_to_say(verb: Token) -> bool:
    """ "said the ward was safe and declined to say how many babies were there": the speaker's
    refusal, joined to the reported clause, is no part of what was said. Not "had not disclosed
    the link", "could not say whose": the reported clause's own subject refusing, in its tense."""
    if verb.lemma_ not in ("decline", "refuse") or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    return any(c.dep_ == "xcomp" and c.lemma_ in _WITHHELD for c in verb.children)


# Nouns a writer sums up an act with, in an apposition on the last object ("closed three offices,
# a decision she called ..."): unlike "the mill, a building locals call X", no description of it.
_SUMMARY_NOUNS = frozenset({"decision", "move", "step", "choice", "measure"})


def _labelled_summary(tok: Token, verb: Token) -> bool:
    """ ", a step she called "a betrayal"" hung on the cue after its clause: the writer's summary
    noun set off by a comma, labelled by a relative clause of calling or describing."""
    first = tok.left_edge
    if tok.pos_ != "NOUN" or tok.i < verb.i or first.lower_ not in ("a", "an") or first.nbor(-1).text != ",":
        return False
    return _labelled(tok)


def _summary_noun(tok: Token) -> bool:
    """The noun of a writer's summary: an apposition or adverbial noun, or a second object
    labelled by a clause of its own ("sold the library in 2020, a move he described as ...")."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("npadvmod", "appos"):
        return True
    return tok.dep_ == "dobj" and _labelled(tok)


def _labelled(noun: Token) -> bool:
    """A noun a relative clause of calling or describing labels: "a step she called ...", "a move
    he described as ..."."""
    clauses = (c for c in noun.children if c.dep_ == "relcl")
    return any(c.lemma_ == "call" or c.lemma_ in lx.DESCRIBING_VERBS for c in clauses)


def _closing_refusal(heads: list[Token]) -> set[int]:
    """ "said the talks had made progress but would neither confirm nor deny that ...": a speech
    verb with no subject of its own, joined to the reported clause, that says what the speaker
    would not say closes the content and is no part of it (nor its "but"). Not "said it could
    not confirm or deny whether ...": a clause with its own subject says that it could not."""
    out: set[int] = set()
    for head in heads:
        for conj in (c for c in head.children if c.dep_ == "conj"):
            if any(c.dep_ in SUBJECT_DEPS for c in conj.children):
                continue
            if (
                not (_refuses_to_say(conj) or _declines_to_say(conj))
                or conj.right_edge.i != head.right_edge.i
            ):
                continue
            first = conj.left_edge.i
            while first > head.i and _joins(head.doc[first - 1], (head.i, conj.i)):
                first -= 1  # the "but" and commas between the clause and the refusal
            out.update(range(first, conj.right_edge.i + 1))
    return out


def _joins(tok: Token, verbs: tuple[int, int]) -> bool:
    """A conjunction or punctuation mark hung on one of two joined verbs."""
    return tok.dep_ in ("cc", "punct") and tok.head.i in verbs


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


def _closing_participles(verb: Token, heads: list[Token]) -> set[int]:
    """The tokens of the participles in the content that `_outer_cue` gives back to `verb`, with
    the comma before each."""
    out: set[int] = set()
    for head in heads:
        if not lemma_between(head.doc, head.left_edge.i, head.right_edge.i + 1, CUE_LEMMAS):
            continue
        for tok in head.subtree:
            outer = _outer_cue(tok) if tok.i != head.i and tok.lemma_ in CUE_LEMMAS else None
            if outer is not None and outer.i == verb.i:
                out.update(t.i for t in tok.subtree)
                out.add(tok.i - 1)
    return out


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
    if verb.tag_ == "VBG" and verb.i > head.i and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False  # "refused the application, ruling that ...": the subject's next act, not an aside
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
        if _name_read_as_adverb(doc[start - 1]) or _opening_name_read_as_adverb(doc[start - 1], verb):
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
