"""Phrase frames that make a statement a denial on its own words: a denial verb applied to a
claim, an evaluative word applied to a claim, "that is not true", "nothing could be further
from the truth", standing by a report (see the package docstring)."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from claims.extraction import lexicon as lx
from claims.extraction.candidates import Candidate, doc_text, head_table
from claims.extraction.denials import words as dw
from claims.extraction.reported import decided, denial_cue, phrasal_denial


def content_tokens(doc: Doc, cand: Candidate) -> list[Token]:
    """The tokens of a statement's content, computed once per content (the rules ask for them
    many times); callers must not change the list."""
    cache = doc.user_data.setdefault("newsroom_content_tokens", {})
    key = tuple(cand.fragments)
    toks = cache.get(key)
    if toks is None:
        toks = cache[key] = []
        for start, end in cand.fragments:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                toks.extend(span)
    return toks


def _claim_words(toks: list[Token]) -> bool:
    """A word calling a claim untrue, said of a claim (or of "this", "that")."""
    lows = {t.lower_ for t in toks}
    hits = lows & lx.DENIAL_WORDS
    if not hits and not _without_foundation(toks):
        return False
    if hits - dw.WEAK:
        return True
    if hits and hits <= dw.JUDGING:
        return any(_of_a_claim(t) for t in toks if t.lower_ in hits)
    if hits and all(t.dep_ == "amod" and not _of_a_claim(t) for t in toks if t.lower_ in hits):
        return False  # "created 37 false invoices": a thing said to be forged, not a claim untrue
    referring = (
        toks and toks[0].lower_ in dw.REFERRING and toks[0].dep_ != "mark"
    )  # not "that" of "said that"
    if referring and toks[0].lower_ == "it":  # "it was wrong to cut routes" judges an act
        judged = [t for t in toks if t.lower_ in hits]
        referring = not any(c.dep_ == "xcomp" for t in judged for c in [*t.children, *t.head.children])
    return bool(lows & lx.CLAIM_NOUNS or lows & dw.PIECES or referring)


def _of_a_claim(word: Token) -> bool:
    """ "the report was flawed", "a flawed analysis": the word said of a claim or a piece."""
    noun = word.head
    if word.dep_ in ("acomp", "attr"):
        noun = next((c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")), word.head)
    noun = next(
        (c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), noun
    )  # "was misguided" as a verb
    return noun.lemma_.lower() in lx.CLAIM_NOUNS | dw.PIECES or noun.lower_ in lx.CLAIM_NOUNS | dw.PIECES


def _without_foundation(toks: list[Token]) -> bool:
    """ "without foundation", "no basis in fact", "without merit", "no truth in"."""
    return any(
        t.lower_ in dw.GROUNDS and t.i > 0 and t.nbor(-1).lower_ in ("without", "no", "any") for t in toks
    )


def _not_so(toks: list[Token]) -> bool:
    """ "that is not true", "this is not the case", "the report was not accurate"; "did nothing wrong"."""
    for tok in toks:
        if tok.lower_ not in _NOT_SO_WORDS and tok.lemma_.lower() not in _NOT_SO_WORDS:
            continue  # none of the frames below can start here
        if _so(tok):
            verb = tok.head if tok.dep_ in ("acomp", "attr") else tok
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
            if subject is None:  # the parser may hang the subject on "were" of "were not borne out"
                auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
                subject = next(
                    (c for a in auxes for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
            negated = (
                any(c.dep_ == "neg" for c in verb.children)
                or any(c.lower_ == "not" for c in tok.children)  # 'was "not accurate"'
                or (subject is not None and _negative(subject))  # "none of this is true"
            )
            referring = subject is not None and any(  # "that", "the claims being made online", "his evidence"
                t.lower_ in dw.REFERRING or t.lower_ in dw.STOOD_BY for t in subject.subtree
            )
            if negated and referring and not _told_of(tok, toks):
                return True
        if (
            _far_from_the_truth(tok)
            or _at_odds(tok)
            or _say_otherwise(tok)
            or _not_borne_out(tok)
            or _not_a_shred(tok)
            or _never_happened(tok)
            or _does_not_hold(tok)
            or _nothing_to_do_with(tok)
            or _no_relation(tok)
            or _not_what_happened(tok)
        ) and not _told_of(tok, toks):
            return True
        if tok.lower_ in lx.WRONGDOING:
            negators = {t.lower_ for t in tok.head.subtree} | {t.lower_ for t in tok.ancestors}
            if negators & {"nothing", "no", "never", "not", "n't"}:
                return True
    return False


def _told_of(tok: Token, toks: list[Token]) -> bool:
    """The words are what someone named inside the content says ("One side says it is done, the
    other says it never happened"): a report of another's denial, not the speaker's own. A pronoun
    saying it may be the one the speaker voices ('"He says it never happened," his lawyer said')."""
    inside = {t.i for t in toks}  # not the cue between the fragments of a split quotation
    for clause in (tok, *tok.ancestors):
        verb = clause.head
        if verb.i not in inside or verb.i == clause.i:
            return False
        if clause.dep_ == "ccomp" and verb.lemma_ in lx.SPEECH_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            return subject is not None and subject.pos_ != "PRON"
    return False


# The words (or lemmas) on which the token frames of `_not_so` turn: a token with none of them
# starts no frame (a new frame in `_not_so` adds its words here).
_NOT_SO_WORDS = (
    dw.SO
    | dw.BORNE_OUT
    | dw.REALITY
    | lx.WRONGDOING
    | frozenset(lx.HOLDING)
    | lx.words("truth otherwise shred scrap grain iota jot ounce particle happen occur nothing reality")
    | lx.words("facts what how")
)


def _far_from_the_truth(tok: Token) -> bool:
    """ "Nothing could be further from the truth", "that is far from the truth"."""
    if tok.lower_ != "truth" or tok.head.lower_ != "from":
        return False
    return tok.head.head.lower_ in ("far", "further", "farther") or tok.head.head.lemma_.lower() == "far"


def _at_odds(tok: Token) -> bool:
    """ "at odds with the facts", "does not correspond to reality", "inconsistent with the evidence"."""
    if tok.lemma_.lower() not in dw.REALITY or tok.head.lower_ not in ("with", "to"):
        return False
    doc, start = tok.doc, tok.i - (1 + (tok.i > 0 and tok.nbor(-1).lower_ == "the"))
    before = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if before == ["nothing", "in", "common"]:  # "has nothing in common with reality", however parsed
        return True
    holder = tok.head.head
    if holder.lower_ in ("odds", "inconsistent", "contrary", "irreconcilable"):
        return True
    return holder.lemma_.lower() in ("correspond", "square", "tally", "accord") and any(
        c.dep_ == "neg" for c in holder.children
    )


def _say_otherwise(tok: Token) -> bool:
    """ "The facts say otherwise", "the data show otherwise": the record contradicts a claim."""
    if tok.lower_ != "otherwise" or tok.head.lemma_.lower() not in dw.SHOWING:
        return False
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in dw.EVIDENCE


def _not_borne_out(tok: Token) -> bool:
    """ "The facts don't bear that out", "the evidence does not support it": the record said not to
    support a claim."""
    if (
        tok.lemma_.lower() not in dw.BORNE_OUT
        or tok.pos_ != "VERB"
        or not any(c.dep_ == "neg" for c in tok.children)
    ):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in dw.EVIDENCE


def _never_said(cand: Candidate, toks: list[Token]) -> bool:
    """ "I never said that", "she said she had never promised to pay": disowning words someone
    attributed to one (not "did not say when", which withholds)."""
    selves = lx.FIRST_PERSON if cand.type == "direct" else dw.OWN_SUBJECTS
    for tok in toks:
        if tok.lemma_.lower() not in dw.SAYING or tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
            continue
        if any(c.dep_ == "aux" and (c.lower_ in dw.MODALS or c.tag_ == "MD") for c in tok.children):
            continue  # "I would not say that", "I can't say that I like him"
        if not _past(tok) and not any(c.lower_ == "never" for c in tok.children):
            continue  # "I'm not saying we should", "I don't say anything privately": no disowning
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in selves:
            continue
        for c in tok.children:
            if c.dep_ == "dobj" and c.lower_ in ("that", "it", "this", "so", "anything"):
                return True
            if c.dep_ in ("ccomp", "xcomp") and not any(g.tag_ in ("WRB", "WP", "WDT") for g in c.subtree):
                return True
    return False


def _negative(subject: Token) -> bool:
    """A subject that is itself negative: "none of this", "not one word of it", "no part of it"."""
    if subject.lower_ in ("none", "nothing"):
        return True
    return any(t.lower_ in ("no", "not", "none") and t.i <= subject.i for t in subject.subtree)


def _not_a_shred(tok: Token) -> bool:
    """ "not a shred of truth", "there is not a scrap of evidence for it", "without a grain of truth"."""
    if tok.lower_ not in ("shred", "scrap", "grain", "iota", "jot", "ounce", "particle"):
        return False
    of = next((c for c in tok.children if c.lower_ == "of"), None)
    if of is None or not any(g.lemma_.lower() in ("truth", "evidence", "proof") for g in of.children):
        return False
    near = [*tok.children, *tok.head.children, tok.head]
    return any(t.lower_ in ("not", "no", "without", "n't") for t in near)


def _never_happened(tok: Token) -> bool:
    """ "It never happened", "This did not happen", "none of this occurred": the claimed event denied
    outright (not "it did not happen overnight", which says when)."""
    if tok.lemma_.lower() not in ("happen", "occur") or tok.pos_ != "VERB":
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in dw.REFERRING or _negative(subject)):
        return False
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children) or _negative(subject)
    if any(c.dep_ == "aux" and (c.lower_ in dw.MODALS or c.tag_ == "MD") for c in tok.children):
        return False  # "that won't happen" forecasts
    extra = [c for c in tok.children if c.dep_ not in ("nsubj", "neg", "aux", "punct", "cc", "conj")]
    extra = [c for c in extra if not _as_told(c)]  # "did not happen the way people are describing"
    return negated and all(c.lower_ in ("never", "simply", "just", "ever", "actually") for c in extra)


def _as_told(tok: Token) -> bool:
    """ "the way people are describing", "the way he tells it": the event as others tell it."""
    return tok.lemma_ == "way" and any(
        g.dep_ == "relcl" and (g.lemma_ in lx.SPEECH_VERBS or g.lemma_ in lx.DESCRIBING_VERBS)
        for g in tok.children
    )


def _does_not_hold(tok: Token) -> bool:
    """ "the claim does not stand up to scrutiny", "the figures do not add up", "that argument does
    not hold water": a claim, figures or "that" said not to hold."""
    parts = lx.HOLDING.get(tok.lemma_.lower())
    if parts is None or not any(c.lower_ in parts for c in tok.children if c.dep_ in ("prt", "dobj")):
        return False
    if not any(c.dep_ == "neg" for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and (
        subject.lower_ in dw.REFERRING
        or subject.lemma_.lower() in dw.STOOD_BY | dw.FIGURES
        or subject.lower_ in dw.STOOD_BY | dw.FIGURES
    )


def _nothing_to_do_with(tok: Token) -> bool:
    """ "the ban has nothing to do with trade": denying the link someone drew."""
    return tok.lower_ == "nothing" and any(
        c.lemma_ == "do" and any(g.lower_ == "with" for g in c.children) for c in tok.children
    )


def _no_relation(tok: Token) -> bool:
    """ "bears no relation to reality", "has no resemblance to the facts"."""
    if tok.lower_ not in ("reality", "truth", "facts") or tok.head.lower_ != "to":
        return False
    holder = tok.head.head  # "to" hangs on the noun or on the verb ("bears [no relation] [to reality]")
    nouns = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
    return any(
        n.lemma_.lower() in ("relation", "resemblance", "relationship")
        and any(c.lower_ == "no" for c in n.children)
        for n in nouns
    )


def _not_what_happened(tok: Token) -> bool:
    """ "That is simply not what happened", "this is not what was agreed", "that is not what the
    rolls show", "not what we found", "that is not how it works", "not how it felt"."""
    if tok.lower_ == "what":
        if tok.head.lemma_ not in dw.ACCOUNTED:
            return False
    elif tok.lower_ != "how" or tok.head.lemma_ not in dw.ACCOUNTED | dw.HOW_IT_WENT:
        return False
    verb = tok.head.head
    return verb.lemma_ == "be" and any(c.dep_ == "neg" for c in verb.children)


def _so(tok: Token) -> bool:
    """A predicate saying a claim holds: "true", "the case", "credible", "supported by the data"."""
    if tok.dep_ in ("acomp", "attr"):
        return tok.lower_ in dw.SO
    return tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.lemma_.lower() in dw.BORNE_OUT


def _verb_denial(cand: Candidate, toks: list[Token]) -> bool:
    """ "denied that...", "rejected the figures"; not "rejected the budget" nor "dismissed the coach"."""
    if cand.cue is None or not denial_cue(cand.cue) or _neither_nor(cand.cue):
        return False
    return _denies(cand.cue, toks)


def _neither_nor(cue: Token) -> bool:
    """ "would neither confirm nor deny": no denial."""
    pair = [*cue.children, *(cue.head.children if cue.dep_ == "conj" else ())]
    return any(c.lower_ in ("neither", "nor") for c in pair)


def _own_denial(cand: Candidate, toks: list[Token]) -> bool:
    """'"We reject the regulator's figures," she said': the speaker's own words deny."""
    for tok in toks:
        if _verb_lemma(tok) not in lx.DENIAL_VERBS:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ == "neg" for c in tok.children):  # "it did not deny that"
            continue
        if _evidence_against(subject, tok):
            return True
        reported = cand.type != "direct" and (  # a lawyer voicing "Brannvall strongly denies it"
            subject.lower_ in ("it", "he", "she", "they")
            or subject.ent_type_ in dw.NAMED
            or subject.lemma_.lower() in lx.ORG_DESCRIPTIONS  # "the company denied the allegations"
            or subject.lower_ in lx.ROLE_NOUNS  # a spokeswoman's "the mayor rejects the allegations"
        )
        client = subject.lower_ in ("client", "clients") and any(
            c.lower_ in dw.OWNERS for c in subject.children
        )
        voiced = cand.type == "direct" and _voiced(subject, tok)
        if (subject.lower_ in lx.FIRST_PERSON or reported or client or voiced) and _denies(tok, toks):
            return True
    return False


def _voiced(subject: Token, verb: Token) -> bool:
    """'"He denies everything," his lawyer said': a denial that stands now, voiced in quotation
    marks for the one who makes it (a third-person pronoun, the present tense); "he denied it at
    the time" only reports one."""
    return subject.lower_ in ("he", "she", "they") and verb.tag_ in ("VBZ", "VBP")


def _evidence_against(subject: Token, verb: Token) -> bool:
    """ "its records contradicted the Kaldossi account", "the figures refute the minister's claim":
    the record itself set against someone's claim."""
    return subject.lower_ in dw.EVIDENCE and any(
        c.dep_ == "dobj" and c.lemma_.lower() in dw.ACCOUNTS for c in verb.children
    )


def _adverb_and_denial(toks: list[Token]) -> bool:
    """'the firm "categorically" rejects suggestions that ...', 'Mr Dorran "utterly rejects" Ms
    Tranter's account': a denial verb after a quoted adverb of manner, which the tagger takes for a
    plural noun and the parser hangs anywhere. Read off the word order: someone, the adverb, the
    verb, then a claim or a that-clause."""
    for n, tok in enumerate(toks):
        if tok.pos_ != "NOUN" or tok.lower_ not in dw.DENIES:
            continue
        before = [t for t in toks[:n] if t.text not in lx.QUOTE_MARKS]
        if len(before) < 2 or before[-1].pos_ != "ADV":
            continue
        if before[-2].pos_ not in ("NOUN", "PROPN", "PRON", "ADJ"):  # "the firm" may be tagged ADJ
            continue
        for after in toks[n + 1 :]:
            if after.text in lx.QUOTE_MARKS:
                continue
            if after.lower_ == "that" or after.lemma_.lower() in dw.ACCOUNTS:
                return True
            if after.pos_ in ("ADP", "SCONJ", "VERB", "AUX", "PUNCT"):
                break
    return False


def _let_them_say(toks: list[Token]) -> bool:
    """ "The mayor can call it whatever he likes", "Morvania can say what it likes", "Mirtava can
    call that groundless": leaving the other side its words, which the next sentence answers. Read
    off the word order (the parser takes "what it likes" and "that groundless" many ways)."""
    for n, tok in enumerate(toks[2:], 2):
        if tok.lemma_ not in dw.LETTING or toks[n - 1].lower_ not in ("can", "may"):
            continue
        if toks[n - 2].lower_ in lx.FIRST_PERSON | {"you"}:
            continue  # "we can say that", "you can call it luck"
        rest = list(itertools.takewhile(lambda t: not t.is_sent_start, toks[n + 1 :]))
        wished = any(
            t.lemma_ in dw.WISHING and t.nbor(-1).lower_ in dw.OWN_SUBJECTS - lx.FIRST_PERSON
            for t in rest
            if t.i > 0
        )
        referring = bool(rest) and rest[0].lower_ in dw.REFERRING
        if wished or (tok.lemma_ == "call" and referring and any(t.lower_ in lx.DENIAL_WORDS for t in rest)):
            return True
    return any(tok.lower_ == "whatever" and _whatever_they_call_it(tok) for tok in toks)


def _whatever_they_call_it(whatever: Token) -> bool:
    """ "that is a lockout, whatever the company wants to call it", "a bribe, whatever the minister
    likes to call it": the other side's name for a thing, set aside (not "whatever we choose to
    call it")."""
    verb = whatever.head
    wish = verb.head if verb.lemma_ in dw.LETTING and verb.dep_ == "xcomp" else verb
    if wish.lemma_ not in dw.WISHING:
        return False
    if not any(c.dep_ == "xcomp" and c.lemma_ in dw.LETTING for c in wish.children):
        return False
    subject = next((c for c in wish.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in lx.FIRST_PERSON | {"you"}


def _verb_lemma(tok: Token) -> str:
    """The lemma of a verb, also of one the tagger took for a noun but the parser for a clause with
    its subject ('the firm "categorically" rejects suggestions': "rejects" tagged as a plural
    noun): "reject"."""
    if tok.pos_ == "VERB":
        return tok.lemma_
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ in ("ccomp", "ROOT", "conj")
        and any(c.dep_ == "nsubj" for c in tok.children)
    ):
        return tok.lower_[:-1] if tok.tag_ == "NNS" and tok.lower_.endswith("s") else tok.lemma_
    return ""


def _denies(cue: Token, toks: list[Token]) -> bool:
    lemma = cue.lemma_
    if phrasal_denial(cue):
        return True  # its content is already what it rejects (not a person, not a decision)
    if lemma in ("deny", "refute", "rebut", "debunk", "disavow"):  # not "denied him entry"
        return not any(_granted(c) for c in cue.children)
    if any(t.dep_ in ("ccomp", "xcomp") and t.head.i == cue.i for t in toks):
        return True
    objects = [t for t in toks if t.dep_ == "dobj" and t.head.i == cue.i]
    if not objects:  # "dismissed as 'reckless' a report", 'rejected as "a fairy tale" accusations that ...'
        return any(t.lower_ in lx.DENIAL_WORDS or t.lower_ in lx.CLAIM_NOUNS for t in toks)
    head = objects[0]
    if decided(head):
        return False
    return head.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP") or head.lower_ in lx.CLAIM_NOUNS


def _granted(child: Token) -> bool:
    """What a "deny" withholds rather than disputes: "denied him entry", "denied consular access",
    also where the parser makes a clause of "him bail" or "the investigators access"."""
    if child.dep_ == "dative" or (child.dep_ == "dobj" and decided(child)):
        return True
    if child.dep_ != "ccomp":
        return False
    return (child.pos_ == "NOUN" and decided(child)) or any(
        g.dep_ == "nsubj" and g.lower_ in dw.OBJECT_CASE for g in child.children
    )


def _called_untrue(cand: Candidate, toks: list[Token]) -> bool:
    """ "called the report 'speculative'", "calling them 'a fabrication'"."""
    calling = cand.lemma == "call" or cand.lemma in lx.DESCRIBING_VERBS
    if not calling or not toks:
        return False
    called = next((c for c in cand.cue.children if c.dep_ == "dobj"), toks[0])  # may stand outside
    if called.ent_type_ == "PERSON":
        return False  # 'called Senator Vale "a disgrace"' insults a person, it rejects no claim
    words = {t.lower_ for t in toks}
    strong = words & (lx.DENIAL_WORDS | dw.DISMISSIVE) - dw.WEAK
    weak = words & dw.WEAK and (words & dw.CLAIMS or called.lower_ in dw.REFERRING | {"them"} | dw.CLAIMS)
    return bool(strong or weak or _without_foundation(toks))  # not 'called her vote a mistake'


def _characterised(cand: Candidate, toks: list[Token]) -> bool:
    """'called the Zemran statement "creative accounting"', 'the exercise explanation was "a story
    nobody believes"': someone's claim given a description in quotation marks. Quoting one's own
    words about another's claim is how news reports a rebuttal in the rebutter's terms."""
    if not toks:
        return False
    text = doc_text(toks[0].doc)
    end = toks[-1].idx + len(toks[-1])
    calling = cand.lemma == "call" or cand.lemma in lx.DESCRIBING_VERBS
    if calling and _label_first(toks):
        return True
    for tok in toks:
        if not _described_noun(tok) or _own_claim(tok):
            continue
        if calling and tok.dep_ in ("dobj", "nsubj", "oprd") and tok.i == toks[0].i + _det_len(toks, tok):
            return bool(dw.QUOTE.search(text, tok.idx + len(tok), end))
        verb = tok.head
        if tok.dep_ == "nsubj" and verb.lemma_ == "be" and not any(c.dep_ == "neg" for c in verb.children):
            preds = [c for c in verb.children if c.dep_ in ("attr", "acomp") and c.i > tok.i]
            affirmed = preds and any(t.lower_ in dw.SO for t in preds[0].subtree)  # "was 'mostly true'"
            if (
                preds
                and not affirmed
                and dw.QUOTE.search(text, tok.idx + len(tok), preds[0].left_edge.idx + 1)
            ):
                return True
    return False


def _described_noun(tok: Token) -> bool:
    """A noun for someone's claim, also "warning" tagged as the verb's participle ("called the
    flood warning 'a scare story'", parsed as the object of "called")."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in dw.DESCRIBED
    return tok.tag_ == "VBG" and tok.lower_ in dw.DESCRIBED and tok.dep_ in ("dobj", "oprd")


def _label_first(toks: list[Token]) -> bool:
    """'branded as "a script written abroad" an observer mission's finding that ...': the quoted
    label set before the claim it is given (the content of a fronted label, see reported/content.py)."""
    start = 1 if toks[0].lower_ == "as" else 0
    if len(toks) <= start or toks[start].text not in lx.OPENING_MARKS:
        return False
    close = next((k for k in range(start + 1, len(toks)) if toks[k].text in lx.CLOSING_MARKS), None)
    if close is None:
        return False
    for tok in toks[close + 1 :]:  # the object's words up to its first preposition, clause or verb
        if tok.pos_ in ("ADP", "SCONJ", "VERB", "AUX", "PUNCT"):
            return False
        if _described_noun(tok) and not _own_claim(tok):
            return True
    return False


def _det_len(toks: list[Token], noun: Token) -> int:
    """How many words stand before the object's head: "the Ulmarian account" -> 2."""
    return noun.i - noun.left_edge.i if noun.left_edge.i == toks[0].i else -1


def _own_claim(noun: Token) -> bool:
    return any(c.lower_ in lx.FIRST_PERSON for c in noun.children if c.dep_ == "poss")


def _not_accepted(toks: list[Token]) -> bool:
    """ "did not recognise the union's figures", "does not accept the findings"."""
    for tok in toks:
        if tok.lemma_ in dw.ACCEPTING and any(c.dep_ == "neg" for c in tok.children):
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if any(o.lemma_.lower() in dw.STOOD_BY or o.lower_ in dw.STOOD_BY for o in objects):
                return True
    return False


def _stands_by(toks: list[Token]) -> bool:
    """ "said it stood by its story", "stands behind its report": keeping to a report someone
    denied."""
    for tok in toks:
        if tok.lemma_ == "stand":
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "behind")):
                nouns = (g for g in prep.subtree if g.pos_ == "NOUN")  # "every one of its results"
                if any(g.lemma_.lower() in dw.ACCOUNTS or g.lower_ in dw.STOOD_BY for g in nouns):
                    return True
    return False


def _falsified(cand: Candidate, toks: list[Token]) -> bool:
    """ "the paper misrepresented her dealings", "the witnesses were lying", "her words were twisted",
    "the story was made up": someone else said to have got the facts wrong."""
    reported = cand.type != "direct"
    if cand.lemma in dw.ACCUSING:
        return False  # "prosecutors alleged he had lied to investigators": the charge, not its denial
    for tok in toks:
        lemma = tok.lemma_.lower()
        lying = tok.lower_ in lx.LYING and tok.pos_ in ("VERB", "AUX") and tok.tag_ != "NNS"
        lying = lying and not any(c.dep_ in ("prep", "prt") and c.lower_ != "about" for c in tok.children)
        made_up = lemma == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
        falsifying = (
            lemma in lx.FALSIFYING_VERBS | dw.MISREADING or tok.lower_ in dw.MISREADING
        )  # "has misread"
        if not (lying or made_up or (falsifying and tok.pos_ == "VERB")):
            continue
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ in dw.MODALS for c in tok.children):
            continue  # "the subsidy would distort the market"
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        said = dw.STOOD_BY | dw.WORDS
        if subject is not None and subject.dep_ == "nsubjpass":  # "her words were twisted"
            if subject.lower_ in dw.REFERRING or subject.lower_ in said or subject.lemma_.lower() in said:
                return True
            continue
        if subject is None or subject.lower_ in lx.FIRST_PERSON:
            continue
        if reported and subject.pos_ == "PRON" and subject.lower_ not in ("they", "you"):
            continue  # "she said she had lied" may be the speaker's own admission
        if lying or lemma in dw.MISREADING:
            return True
        if any(o.lower_ in said or o.lemma_.lower() in said for o in objects):
            return True  # "distorted her remarks", not "distorts the market"
        if made_up and any(o.lower_ in dw.MADE_UP for o in objects):
            return True  # "was making things up", not "made up the shortfall"
    return False


def _spreading_lies(cand: Candidate, toks: list[Token]) -> bool:
    """ "the union was peddling myths", "accused the paper of spreading lies": those who make a claim
    said to spread untruths (not one's own "we will not spread rumours")."""
    for tok in toks:
        if tok.lemma_ not in dw.PEDDLING or any(c.dep_ == "neg" for c in tok.children):
            continue
        if not any(c.dep_ == "dobj" and c.lower_ in lx.DENIAL_WORDS for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None and cand.lemma == "accuse":
            return True
        if subject is not None and subject.lower_ not in lx.FIRST_PERSON and subject.pos_ != "PRON":
            return True
    return False


def _disagrees(cand: Candidate, toks: list[Token]) -> bool:
    """ "we disagree with the union's figures", "it strongly disagrees with the characterisation"."""
    selves = lx.FIRST_PERSON if cand.type == "direct" else dw.OWN_SUBJECTS
    for tok in toks:
        if tok.lemma_ != "disagree" or any(c.dep_ == "neg" for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in selves:
            continue
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"):
            if any(
                g.lemma_.lower() in dw.STOOD_BY | dw.CLAIMS or g.lower_ in dw.STOOD_BY for g in prep.children
            ):
                return True
    return False


def _innocent(cand: Candidate, toks: list[Token]) -> bool:
    """ "she said she was innocent", '"My client is innocent"', "he had nothing to hide": the accused
    side, in its own words or its lawyer's, rejecting a charge."""
    selves = lx.FIRST_PERSON if cand.type == "direct" else dw.OWN_SUBJECTS
    for tok in toks:
        if tok.lower_ in ("innocent", "guiltless") and tok.dep_ == "acomp":
            verb = tok.head
        elif tok.lower_ == "hide" and tok.head.lower_ == "nothing" and tok.head.dep_ == "dobj":
            verb = tok.head.head
        else:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or any(c.lower_ in dw.MODALS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        client = subject is not None and subject.lower_ in ("client", "clients")
        if subject is not None and (subject.lower_ in selves or client):
            return True
    return False


def _got_wrong(toks: list[Token]) -> bool:
    """ "the newspaper had got its facts wrong", "they got it wrong": said of someone else."""
    for tok in toks:
        if tok.lower_ != "wrong":
            continue
        amod = tok.dep_ == "amod" and tok.head.dep_ == "dobj"
        get = tok.head.head if amod else tok.head  # "got its facts wrong"
        if get.lemma_ != "get" or not (toks[0].i <= get.i <= toks[-1].i):
            continue
        subject = next((c for c in get.children if c.dep_ == "nsubj"), None)
        own = subject is None or subject.lower_ in lx.FIRST_PERSON
        own = own or (subject.pos_ == "PRON" and subject.lower_ != "they")
        if not own and not any(c.dep_ == "neg" for c in get.children):
            return True
    return False


def is_denial(doc: Doc, cand: Candidate) -> bool:
    """Denial by its cue or its words (first-person rebuttals are judged against the article)."""
    toks = content_tokens(doc, cand)
    return (
        _verb_denial(cand, toks)
        or _own_denial(cand, toks)
        or _adverb_and_denial(toks)
        or _let_them_say(toks)
        or _called_untrue(cand, toks)
        or _claim_words(toks)
        or _stands_by(toks)
        or _characterised(cand, toks)
        or _not_so(toks)
        or _not_accepted(toks)
        or _falsified(cand, toks)
        or _got_wrong(toks)
        or _spreading_lies(cand, toks)
        or _disagrees(cand, toks)
        or _never_said(cand, toks)
        or _innocent(cand, toks)
        or _not_this_but_that(toks)
        or _tally_untrue(toks)
        or _otherwise_sayers(toks)
        or _idea_dismissed(toks)
        or _out_of_thin_air(toks)
        or _insisted_none(cand, toks)
        or _found_nothing(toks)
        or _unchanged(toks)
        or _object_of_a_denial(cand, toks)
        or _only_on_paper(toks)
        or _planted(toks)
        or _not_what_they_said(toks)
        or _accused_of_inventing(cand, toks)
        or _account_fails(toks)
        or _denying_on(toks)
    )


def _denying_on(toks: list[Token]) -> bool:
    """ "it had warned Dessa six hours before, rejecting Dessa's charge that ...", "it had recalled
    every batch, denying reports that ...": a denial verb's participle inside what was said, with a
    claim for its object and no subject of its own (the parser hangs it on the reported verb, not
    on "said", so it is no statement of its own)."""
    for tok in toks[1:]:
        if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.lemma_.lower() not in lx.DENIAL_VERBS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        if any(c.dep_ == "dobj" and c.lower_ in lx.CLAIM_NOUNS for c in tok.children):
            return True
    return False


def _account_fails(toks: list[Token]) -> bool:
    """ "the police version does not match the footage", "the museum's explanation does not survive
    a close look": someone's account said not to fit the evidence (not one's own: "our account")."""
    for verb in toks:
        if verb.lemma_.lower() not in dw.FITTING or not any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in dw.CLAIMS:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in lx.FIRST_PERSON for c in subject.children):
            return True
    return False


def _accused_of_inventing(cand: Candidate, toks: list[Token]) -> bool:
    """ "accused the group of inventing a ransom", "accused the paper of cutting a joke out of
    its context": the claimant charged with making its claim up or twisting it (not "accused
    him of lying to investigators", a charge of misconduct)."""
    if cand.lemma != "accuse":
        return False
    for tok in toks:
        if tok.dep_ != "pcomp" or tok.head.lower_ != "of" or tok.tag_ != "VBG":
            continue
        lemma = tok.lemma_.lower()
        made_up = lemma in ("make", "cook", "dream") and any(c.lower_ == "up" for c in tok.children)
        if made_up or lemma in dw.INVENTING:
            return True
        if any(_out_of_context(t) for t in tok.subtree):
            return True
    return False


def _out_of_context(tok: Token) -> bool:
    return tok.lower_ == "context" and tok.head.lower_ == "of" and tok.head.head.lower_ == "out"


def _not_what_they_said(toks: list[Token]) -> bool:
    """ "31 miners died, not the 14 the government has announced", "40,000 people, not the 8,000
    that police reported": one's figure set against the one another side gave."""
    for tok in toks:
        if tok.dep_ != "relcl" or tok.lemma_ not in lx.SPEECH_VERBS | dw.GIVING:
            continue
        noun = tok.head
        before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if before is not None and before.lower_ == "not" and subject is not None:
            return subject.lower_ not in lx.FIRST_PERSON
    return False


def _only_on_paper(toks: list[Token]) -> bool:
    """ "an agreement that exists only in our own press releases", "a plan that exists only in his
    imagination": said to exist nowhere but in someone's words or mind."""
    for tok in toks:
        if tok.lemma_.lower() != "exist":
            continue
        preps = [c for c in tok.children if c.lower_ in ("in", "on")]
        if not any(c.lower_ == "only" for h in (tok, *preps) for c in h.children):
            continue
        places = [g for c in preps for g in c.children if g.dep_ == "pobj"]
        if any(p.lemma_.lower() in dw.MINDS for p in places):
            return True
    return False


def _planted(toks: list[Token]) -> bool:
    """ "the report had been planted by people who profit from panic", "the story was cooked up":
    a claim said to have been made up on purpose."""
    for tok in toks:
        if tok.lemma_.lower() not in dw.CONCOCTING or tok.tag_ != "VBN":
            continue
        if tok.lemma_.lower() in ("cook", "dream") and not any(c.lower_ == "up" for c in tok.children):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subject is not None and (subject.lemma_.lower() in dw.CLAIMS or subject.lower_ in dw.STOOD_BY):
            return True
    return False


def _object_of_a_denial(cand: Candidate, toks: list[Token]) -> bool:
    """ "announced cuts and flatly denied union claims that it had misled workers": a denial verb
    coordinated with the cue, with what it takes among the words (the parser and the candidate
    may hand the cue's content and the denial's to one statement)."""
    if cand.cue is None:
        return False
    inside = {t.i for t in toks}
    for verb in toks:  # the parser may hang it on the cue or on a verb of the cue's content
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue  # a finite verb of the speaker's, not "plans to cut jobs and to deny bonuses"
        if denial_cue(verb) and cand.cue.is_ancestor(verb):
            taken = [c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i in inside]
            if taken and _denies(verb, [t for t in toks if verb.is_ancestor(t)]):
                return True
    return False


def _insisted_none(cand: Candidate, toks: list[Token]) -> bool:
    """ "insisted there had been no burst pipe", "maintained there was never any deal": insisting
    that the thing at issue did not exist."""
    if cand.lemma not in dw.INSISTING:
        return False
    inside = {t.i for t in toks}  # the content may come in fragments around the cue
    for root in (t for t in toks if t.head.i not in inside or t.head.i == t.i):
        if root.lemma_ == "be" and any(c.dep_ == "expl" for c in root.children):
            attrs = [c for c in root.children if c.dep_ == "attr"]
            if any(c.dep_ == "neg" or c.lower_ == "never" for c in root.children) or any(
                c.lower_ == "no" for a in attrs for c in a.children
            ):
                return True
    return False


def _found_nothing(toks: list[Token]) -> bool:
    """ "examined every complaint and found "not one case"", "the audit found no evidence of
    fraud", "its footage showed nothing unusual": a search, or a record, that turned up nothing
    of what was alleged."""
    for tok in toks:
        if tok.pos_ != "VERB" or not (tok.lemma_.lower() in dw.FINDING or _record_shows(tok)):
            continue
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            if obj.lower_ == "nothing" or (obj.lemma_.lower() in dw.TRACES and _negative(obj)):
                return True
    return False


def _record_shows(verb: Token) -> bool:
    """ "the footage showed", "our logs reveal": a record as the subject of a verb of showing."""
    if verb.lemma_.lower() not in dw.REVEALING:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in dw.RECORDS


def _unchanged(toks: list[Token]) -> bool:
    """ "its analysis was unchanged", "our findings remain unchanged": keeping to a report someone
    rejected (the counterpart of "stood by its story")."""
    for tok in toks:
        if tok.lower_ == "unchanged" and tok.dep_ in ("acomp", "oprd", "attr"):
            subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lemma_.lower() in dw.STOOD_BY | lx.words("position view"):
                return True
    return False


def _otherwise_sayers(toks: list[Token]) -> bool:
    """ "Anyone who says otherwise has not read the file", "those who claim otherwise are lying":
    whoever holds the contrary view is dismissed, which rebuts it."""
    for tok in toks:
        if tok.lower_ != "otherwise" or tok.i == 0:
            continue
        saying = tok.nbor(-1) if tok.nbor(-1).lemma_.lower() in dw.CONTRARY_SAYING else tok.head
        if (
            saying.lemma_.lower() in dw.CONTRARY_SAYING
            and saying.dep_ == "relcl"
            and saying.head.lower_ in dw.WHOEVER
        ):
            return True
    return False


def _idea_dismissed(toks: list[Token]) -> bool:
    """ "The idea that I would steal from them is grotesque", "the suggestion that we hid it is
    absurd": the thought put to the speaker, with its "that" clause, called unthinkable."""
    for tok in toks:
        if tok.lemma_.lower() not in dw.IDEAS or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if not any(
            c.dep_ in ("acl", "relcl", "ccomp")
            and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
            for c in tok.children
        ):
            continue
        preds = [c for c in tok.head.children if c.dep_ in ("acomp", "attr")]
        if any(p.lower_ in dw.UNTHINKABLE | lx.DENIAL_WORDS | dw.DISMISSIVE for p in preds):
            return True
    return False


def _out_of_thin_air(toks: list[Token]) -> bool:
    """ "the figure was plucked from the air", "numbers pulled out of thin air": made up."""
    for tok in toks:
        if tok.lower_ != "air" or tok.head.lower_ not in ("from", "of"):
            continue
        verb = tok.head.head.head if tok.head.head.lower_ == "out" else tok.head.head
        if verb.lemma_.lower() in ("pluck", "pull", "conjure", "make", "invent", "take", "snatch"):
            return True
    return False


def _copula(root: Token) -> tuple[str, bool] | None:
    """(subject, negated) of a main clause "That is (not) X", "That is what friends do", "There is
    (no) X", "That is not bullying" whose subject is a pointing word or "there"; None otherwise.
    Only a noun or a gerund is denied: not "It is not cheap", "It wasn't surprising for me" (which
    judge), "It is not just a campaign" (which adds), "That may not be a majority position"."""
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is not None and _none_of_that(subject) and root.lemma_ == "be":  # "None of that is a story"
        nouns = [c for c in root.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
        return ("that", True) if nouns else None
    if subject is None or subject.lower_ not in dw.POINTING:
        return None
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children):
        return None
    negs = [c for c in root.children if c.dep_ == "neg"]
    if any(t.lower_ in ("just", "only", "merely") for n in negs for t in (n.nbor(), n.nbor(-1))):
        return None
    if root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in root.children):
        return (subject.lower_, True) if negs else None  # "That is not bullying"
    if root.lemma_ != "be" or any(c.dep_ == "acomp" for c in root.children):
        return None
    attrs = [c for c in root.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if any(t.lower_ in ("just", "only", "merely") for a in attrs for t in a.children):
        return None  # "There is not only a gap"
    if negs or any(c.lower_ == "no" for a in attrs for c in a.children if c.dep_ == "det"):
        if not attrs or any(a.lemma_.lower() in dw.NO_DOUBT for a in attrs):
            return None  # "There's no doubt about that" affirms
        if subject.lower_ == "it" and any(t.dep_ in ("xcomp", "ccomp", "acl", "relcl") for t in root.subtree):
            return None  # "It wasn't their job to see it": "it" stands for the clause
        return subject.lower_, True
    if attrs or any(c.dep_ == "ccomp" for c in root.children):
        return subject.lower_, False  # "That is elite sport", "That is what friends do"
    return None


def _none_of_that(subject: Token) -> bool:
    """ "None of that", "none of this": a negated pointing subject."""
    return subject.lower_ == "none" and any(
        g.lower_ in dw.POINTING for c in subject.children if c.dep_ == "prep" for g in c.children
    )


def _not_this_but_that(toks: list[Token]) -> bool:
    """ "That is not bullying. That is elite sport.", "It was not a payment. That is what friends do.",
    "There is no conspiracy. There is a hole in the budget": a description denied and another put in
    its place, the correction frame of a rebuttal (one negated and one affirmed pointing sentence)."""
    clauses = [c for root in _roots(toks) for c in (root, *root.conjuncts)]  # "..., and it was not X"
    shapes = [shape for root in clauses if (shape := _copula(root)) is not None]
    denied = {subject for subject, negated in shapes if negated}
    affirmed = {subject for subject, negated in shapes if not negated}
    return bool(denied and affirmed and (denied & affirmed or not (denied | affirmed) & {"there"}))


def _tally_untrue(toks: list[Token]) -> bool:
    """ "the figure was wildly inaccurate", "their estimate is wrong": a falsity word said of a
    number someone gave."""
    for tok in toks:
        if tok.lower_ in lx.DENIAL_WORDS and tok.dep_ in ("acomp", "attr"):
            subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lemma_.lower() in dw.TALLIES:
                return True
    return False


def _past(verb: Token) -> bool:
    return verb.tag_ in ("VBD", "VBN") or any(
        c.lower_ in ("had", "has", "have", "was", "were", "did") for c in verb.children
    )


def _roots(toks: list[Token]) -> list[Token]:
    """The content's main verbs: tokens whose head lies outside the content."""
    if not toks:
        return []
    doc = toks[0].doc
    heads = head_table(doc)
    first, last = toks[0].i, toks[-1].i
    return [t for t in toks if (h := heads[t.i]) == t.i or not first <= h <= last]
