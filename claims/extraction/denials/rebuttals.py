"""Rebuttals: a negation of what the other side said, by the accused or about the same
things ("we have never ...", "not one shell was fired"), or saying one did what the other
side says one failed to do."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import Actors
from claims.extraction.candidates import Candidate
from claims.extraction.denials import words as dw
from claims.extraction.denials.frames import _past, _roots


def _negations(toks: list[Token]) -> list[tuple[Token, Token, str]]:
    """(verb, subject, strength) of each negated statement in the words, not modal ("will not" is
    "future").

    "never" is strong; "not"/"n't" weak; "none" is a negative subject ("no passwords were
    taken", "none of them says", "there is not a single X"). A generic "nobody"/"nothing"
    only counts in the past ("nobody was paid"), not as a maxim ("nobody gets it right first").
    """
    found = []
    for tok in toks:
        low = tok.lower_
        if low == "not" and (noun := _negated_subject(tok)) is not None:
            verb, strength = noun.head, "none"  # "not one shell has been fired", "not a single X"
        elif low in dw.NOT:
            verb, strength = _negated_verb(tok), ("never" if low == "never" else "not")
        elif low == "no" and tok.head.lower_ in ("point", "time", "stage") and tok.head.head.dep_ == "prep":
            verb, strength = tok.head.head.head, "never"  # "at no point did we see the data"
            if verb.dep_ in ("aux", "auxpass"):  # "at no point has Orlavia carried out" on "has"
                verb = verb.head
        elif low in ("no", "none", "nothing", "nobody") and _negative_subject(tok):
            verb = tok.head.head if tok.dep_ == "det" else tok.head
            strength = "none"
            if low in ("nothing", "nobody") and not _past(verb):
                continue
        elif low == "no" and tok.dep_ == "det" and tok.head.dep_ in ("dobj", "attr"):
            verb, strength = tok.head.head, "object"  # "I had no part in it": counts when it is one's own
        else:
            continue
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if strength in ("none", "object") and any(t.lower_ == "than" for t in verb.subtree):
            continue  # "there is no one more experienced than X", "nothing matters more than": praise
        if any(c.lower_ in dw.MODALS for c in verb.children if c.dep_ == "aux"):
            if strength != "not" or not any(c.lower_ in ("will", "'ll") for c in verb.children):
                continue
            strength = "future"  # "will not close maternity units": counts against a plan said of one
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects:  # "he had 'never once' discussed": the parser may hang "he" on "had"
            subjects = [c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj":  # "X does not sell, and has never sold, ...": X's
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        subject = subjects[0] if subjects else verb
        if subject.dep_ == "expl" and strength == "not":  # "there is not a single X": X is the subject
            strength = "none"
        if verb.lemma_ == "exist" and strength == "not":  # "an offer that does not exist"
            strength = "none"
            if subject.lower_ in lx.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = verb.head
        found.append((verb, subject, strength))
    return found


def _lament(verb: Token) -> bool:
    """What one has never seen or felt the like of ("never seen a kill like it", "never felt such
    anger"): an indefinite or compared object, not the very thing at issue ("never saw that
    report", which disowns it)."""
    if verb.lemma_ not in dw.EXPERIENCING:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
        or any(t.lower_ in ("like", "such") for t in o.subtree)
        for o in objects
    )


def _negator(tok: Token) -> bool:
    """ "not", "never", "n't", "n’t" (which the parser may take for an auxiliary)."""
    return tok.dep_ == "neg" or tok.lower_ in dw.NOT


def _negated_verb(tok: Token) -> Token:
    """The verb a "not" or "never" negates, through the adverbs it may hang on: "had 'never once'
    discussed", "has not ever asked"."""
    verb = tok.head
    while verb.dep_ == "advmod" and verb.pos_ == "ADV" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _negated_subject(tok: Token) -> Token | None:
    """The subject a "not" negates: "not one shell", "not a single passenger"."""
    noun = tok.head
    if noun.dep_ in ("nummod", "amod", "det"):
        noun = noun.head
    while noun.dep_ == "conj":
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass") else None


def _negative_subject(tok: Token) -> bool:
    """ "no passwords were taken", "none of them says", "there was nothing in it": the subject
    itself is negative (not "found no X")."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "attr" and any(c.dep_ == "expl" for c in tok.head.children):
        return not any(_to_do(c) for c in tok.children)  # not "nothing to negotiate", "nothing to hide"
    return tok.dep_ == "det" and tok.head.dep_ in ("nsubj", "nsubjpass", "attr")


def _to_do(verb: Token) -> bool:
    """A to-infinitive: "(nothing) to hide"."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _modal(toks: list[Token]) -> bool:
    """The content's main verb is a modal or future one ("would be published", "will appeal")."""
    return any(c.dep_ == "aux" and c.lower_ in dw.MODALS for r in _roots(toks) for c in r.children)


def _lemmas(toks) -> set[str]:
    return {t.lemma_.lower() for t in toks if t.pos_ not in dw.STOP_POS and not t.is_stop and len(t) > 2}


def _rebuts(
    cand: Candidate,
    toks: list[Token],
    side: set[str],
    actors: Actors,
    opposed: list[set[str]],
    side_denied: bool = False,
    deniers: frozenset[str] = frozenset(),
) -> bool:
    """A negation of what someone else said, on the same subject: "we have never had arms dealings",
    "no passwords were taken", "the Valdorian armed forces have never sent...", "Mr Amberley never
    asked you" (of a man the other side named). `side` is the speaker's affiliation chain;
    `side_denied`: that side already denied something here, and a negation of its own past
    conduct continues the denial even in other words ("no aircraft had been near the border");
    `deniers`: the sides that denied something before, whose conduct negated ("at no point has
    Orlavia carried out an attack") continues their denial, whoever says it."""
    for verb, subject, strength in _negations(toks):
        if verb.lemma_ in dw.KNOWING:
            continue  # "she did not know whether ...": what one knows is no rebuttal
        if strength == "never" and _lament(verb):
            continue  # "he had never seen a kill like it": a lament, whatever it shares with a claim
        if _supposed(verb, toks):
            continue  # "if there is no plan, ...": a supposition, not a rebuttal
        if subject.dep_ == "expl" and _no_doubt(verb):
            continue  # "there was no need to take iodine", "there is no doubt": advice or assent
        low = subject.lower_
        own = low in lx.FIRST_PERSON or _same_side(subject, side, actors, cand.type != "direct")
        negative = strength == "none" or any(c.lower_ in ("no", "none") for c in subject.children)
        named = strength == "never" and any(subject.lemma_.lower() in t for t in opposed)
        denier = strength != "object" and _names_any(subject, deniers, actors)
        if strength == "future":
            if own and any(
                verb.lemma_.lower() in other and len(_lemmas(verb.subtree) & other) >= 3 for other in opposed
            ):
                return True  # the very act the other side says one plans, ruled out
            continue
        settled = _past(verb) or verb.lemma_ == "exist"  # what happened, or what there is
        first = cand.type == "direct" and low in lx.FIRST_PERSON  # "We have not spoken to anyone"
        if strength == "not" and (first or not own) and settled and opposed and _emphatic(verb):
            return True  # "was not struck by any weapon", "had not received any request": ruled out
        if not (own or negative or named or denier):
            if _negated_act(verb, opposed):
                return True
            continue
        existential = subject.dep_ == "expl" or verb.lemma_ == "exist"
        if existential and strength == "none" and opposed and _asserted(verb, toks, cand.cue):
            return True  # "There is no hidden list", "No agreement exists": flatly
        if negative and opposed and any(c.lower_ == "such" for c in subject.subtree):
            return True  # "no such agreement had been reached": what the other side just said
        if own and settled and opposed and _did_not_do_it(verb):
            return True  # "I did not do it", "admitting to something I did not do"
        if strength == "never" and own and settled and opposed and verb.lemma_ not in dw.EXPERIENCING:
            return True  # "We have never inflated a death toll": one's own record, against the other side
        if side_denied and (own or negative) and opposed and settled and strength != "object":
            return True
        if denier and opposed and settled:
            return True
        clause = _lemmas(verb.subtree)
        noun = subject.head.lemma_.lower() if subject.dep_ == "det" else subject.lemma_.lower()
        if subject.dep_ == "expl":  # "there was no agreement": the agreement is what is denied
            noun = next((c.lemma_.lower() for c in verb.children if c.dep_ in ("attr", "dobj")), noun)
        names = {n.split()[-1].lower() for n in side if n}
        for other in opposed:
            shared = _kindred(clause, other)
            accused = bool(_kindred(names, other)) or _names_side(other, side, actors)
            about = strength != "not" or not own or accused  # "did not" answers a charge
            if about and (  # against the speaker's side, not any talk of the same things
                len(shared) >= 2
                or (shared and ((strength == "never" and (own or named)) or (negative and _kin(noun, other))))
            ):
                return True
    return False


def _no_doubt(verb: Token) -> bool:
    """ "there is no need / doubt / alternative": what "there is no" says of these is not that a
    claimed thing does not exist."""
    return any(c.dep_ in ("attr", "dobj") and c.lemma_.lower() in dw.NO_DOUBT for c in verb.children)


def _very_act(
    cand: Candidate, toks: list[Token], side: set[str], actors: Actors, acts: list[set[str]]
) -> bool:
    """ "I did not resist" against "X had actively resisted", "Nobody has been captured" after a
    denial that rebels had captured the town: the very act another side reports (or a denial
    rejects), said not to have happened, by the one who did it or of nobody at all. Not what was
    not done to oneself ("I was not allowed to see him"), which complains."""
    for verb, subject, strength in _negations(toks):
        act = verb.lemma_.lower()
        if (
            strength not in ("not", "never", "none")
            or act in lx.SPEECH_VERBS | dw.KNOWING | dw.EXPERIENCING | dw.LIGHT
        ):
            continue
        if not _past(verb) or _supposed(verb, toks) or not _asserted(verb, toks, cand.cue):
            continue
        own = subject.dep_ == "nsubj" and (
            subject.lower_ in lx.FIRST_PERSON or _same_side(subject, side, actors, cand.type != "direct")
        )
        if (own or strength == "none") and any(act in other for other in acts) and _same_object(verb, acts):
            return True
    return False


def _same_object(verb: Token, acts: list[set[str]]) -> bool:
    """The act's object, if it has one, is among the words the other side used: "had not opened a
    formal investigation" is not the act of "the lid opened under pressure" (the same verb done to
    something else); "We did not poison this river" is, after "the poison came from X" and "released
    solvents into the river"; "I did not resist" has no object to check."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return not objects or any(_kindred(_lemmas(o.subtree), other) for o in objects for other in acts)


def _always(
    cand: Candidate, toks: list[Token], side: set[str], actors: Actors, opposed: list[set[str]]
) -> bool:
    """ "he has always followed the rules on contracts" from his office, "Solvik has always set its
    prices on its own": the accused's own record, the mirror of "we have never ...", by its own
    side against a claim that names it, or by anyone naming the one the claim names."""
    for verb in (t.head for t in toks if t.lower_ == "always" and t.dep_ == "advmod"):
        if not _past(verb) or not _asserted(verb, toks, cand.cue):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        own = subject.lower_ in lx.FIRST_PERSON or _same_side(subject, side, actors, cand.type != "direct")
        named = subject.pos_ == "PROPN" and any(subject.lemma_.lower() in other for other in opposed)
        if named or (own and _accused(side, actors, opposed)):
            return True
    return False


def _properly(
    cand: Candidate, toks: list[Token], side: set[str], actors: Actors, opposed: list[set[str]]
) -> bool:
    """ "it had won the contract 'fairly and in open competition'", "the guards had acted
    'strictly within the law'": an act the other side's claim is about, said by the accused's
    side to have been done properly: by itself (its own pronoun or name) when the claim names it,
    or by the ones the claim names. Not a plan ("will compete fairly"), nor a fair price or value (no act)."""
    for verb in _roots(toks) if opposed and not _modal(toks) else ():
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        for act in verbs:
            if act.pos_ != "VERB" or act.lemma_ in lx.SPEECH_VERBS or not _past(act):
                continue
            if not _done_properly(act):
                continue
            subject = next((c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            own = subject.lower_ in lx.FIRST_PERSON or _same_side(
                subject, side, actors, cand.type != "direct"
            )
            if (own and _accused(side, actors, opposed)) or any(
                _kin(subject.lemma_.lower(), other) for other in opposed
            ):
                return True
    return False


def _done_properly(verb: Token) -> bool:
    """The verb's own phrase (not a clause inside it, nor its subject) says how properly it was
    done; conjoined words stay in ("fairly and in open competition", and so does a verb
    conjoined to this one)."""
    clauses = ("ccomp", "advcl", "relcl", "xcomp", "acl", "nsubj", "nsubjpass", "mark")
    words = []
    stack = [verb]
    while stack:
        tok = stack.pop()
        words.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in clauses)
    text = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i) if not t.is_punct)
    return any(f" {phrase} " in f" {text} " for phrase in dw.PROPERLY)


def _accused(side: set[str], actors: Actors, opposed: list[set[str]]) -> bool:
    """Another side's words name the speaker's side: a capitalised word of its names ("Brandt" of
    "Brandt's office", "Solvik" of "Solvik Cement"), or its country."""
    names = {
        w.removesuffix("'s").removesuffix("’s").lower() for n in side for w in n.split() if w[:1].isupper()
    }
    return any(_kindred(names, other) or _names_side(other, side, actors) for other in opposed)


def _supposed(verb: Token, toks: list[Token]) -> bool:
    """The clause is supposed, not asserted: "if there is no plan", "if the ministry wants to
    prove there is no plan" (an "if" before it in its sentence of the content, wherever the
    parser hangs it)."""
    for tok in reversed([t for t in toks if t.i < verb.i]):
        if tok.text in (".", "?", "!"):
            return False
        if tok.lower_ in dw.CONDITIONS:
            return True
    return False


def _asserted(verb: Token, toks: list[Token], cue: Token | None) -> bool:
    """The verb is a main clause of the content, or of the quotation its cue reports ("There is
    no list," the ministry said), not a clause inside another ("to prove there is no plan",
    "managers had told staff that there were no plans")."""
    if verb.dep_ == "conj":
        verb = verb.head
    return verb in _roots(toks) or (cue is not None and verb.head.i == cue.i)


def _did_not_do_it(verb: Token) -> bool:
    """ "did not do it", "never did that", "something we did not do": the act itself, whatever it
    is, not "did not do enough" (which concedes)."""
    if verb.lemma_ != "do" or verb.pos_ != "VERB":
        return False
    if verb.dep_ == "relcl" and verb.head.lower_ in ("something", "anything", "what"):
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lower_ in dw.REFERRING | {"anything", "any", "so"} for o in objects)


def _emphatic(verb: Token) -> bool:
    """The negation rules out every case: "any", "anyone", "a single", "one word", "ever", "at all"."""
    for tok in verb.subtree:
        if tok.lower_ in dw.EMPHATIC or (tok.lower_ == "single" and tok.head.head.i != tok.i):
            return True
        if tok.lower_ == "all" and tok.i > 0 and tok.nbor(-1).lower_ == "at":
            return True  # "did not mention it at all"
        if tok.lower_ == "one" and tok.dep_ == "nummod" and tok.head.head.i == verb.i:
            return True  # "did not write one word of it": the verb's own object, counted as one
    return False


def _names_side(words: set[str], side: set[str], actors: Actors) -> bool:
    """A claim's words name the speaker's country by a demonym ("Brelish ships" of Brelia)."""
    return any(
        (country := actors.country(w.capitalize())) is not None and country.name in side for w in words
    )


def _kin(word: str, others: set[str]) -> bool:
    """The same word or one of its family: "shell" and "shelling", "Valdoria" and "Valdorian"."""
    return word in others or (
        len(word) >= 4 and any(_suffixed(word, o) or _suffixed(o, word) for o in others)
    )


def _suffixed(long: str, short: str) -> bool:
    return len(short) >= 4 and long.startswith(short) and long[len(short) :] in dw.SUFFIXES


def _kindred(words: set[str], others: set[str]) -> set[str]:
    return {w for w in words if _kin(w, others)}


def _insists(
    cand: Candidate,
    toks: list[Token],
    words: set[str],
    side: set[str],
    actors: Actors,
    opposed: list[set[str]],
) -> bool:
    """ "A senior official insisted the agreement had been clear": insisting on the contrary of what
    another side said about the same things, against the speaker's own side; or insisting on a
    negation, which answers someone whoever it is ("insisted that its systems had not been
    breached", often before the article gives the claim)."""
    if cand.lemma not in dw.INSISTING:
        return False
    if any(
        strength != "future" and _asserted(verb, toks, cand.cue) for verb, _s, strength in _negations(toks)
    ):
        return True  # "Larkspur insisted that its systems had not been breached": one insists against someone
    names = {n.split()[-1].lower() for n in side if n}
    for other in opposed:
        shared = _kindred(words, other)
        accused = bool(_kindred(names, other)) or _names_side(other, side, actors)
        if shared and accused:
            return True
    return False


def _defended(toks: list[Token], deniers: frozenset[str], actors: Actors) -> set[str]:
    """The sides that denied before whose conduct these words negate: whoever says so is theirs."""
    found = set()
    for _verb, subject, strength in _negations(toks):
        if strength != "object":
            found |= {name for name in deniers if _names_any(subject, frozenset({name}), actors)}
    return found


def _names_any(subject: Token, names: frozenset[str], actors: Actors) -> bool:
    """The subject names one of `names`, itself or by its country ("Orlavia or any Orlavian body")."""
    for tok in subject.subtree if names else ():
        if tok.pos_ == "PROPN" or tok.ent_type_ in dw.NAMED:
            country = actors.country(tok.text)
            if tok.text in names or (country is not None and country.name in names):
                return True
    return False


def _not_done(toks: list[Token], selves: frozenset[str] = frozenset()) -> set[str]:
    """Acts a statement says did not happen: "had not paid", "had failed to refund", "never met";
    not what its speaker says it does not do itself (`selves`: "it does not receive location
    data", said by the app's maker), which nobody else is accused of."""
    found = set()
    for tok in toks:
        if tok.pos_ != "VERB" or tok.lemma_ in lx.SPEECH_VERBS:
            continue
        negated = any(_negator(c) for c in tok.children)
        if negated or (tok.dep_ == "xcomp" and tok.head.lemma_ in dw.FAILING):
            subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in selves:
                found.add(tok.lemma_.lower())
    return found


def _selves(cand: Candidate, speaker_of: Callable) -> frozenset[str]:
    """The words by which a statement's content names its own speaker: "we", and in reported
    speech the pronoun that fits the speaker ("the company said it had ...")."""
    if cand.type == "direct":
        return lx.FIRST_PERSON
    actor = speaker_of(cand.speaker)
    if actor is None:
        return lx.FIRST_PERSON
    if actor.kind == "person":
        return lx.FIRST_PERSON | lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE
    return lx.FIRST_PERSON | lx.PRONOUNS_NEUTER | lx.PRONOUNS_PLURAL


def _affirms(toks: list[Token], selves: frozenset[str], not_done: set[str]) -> bool:
    """ "it had refunded every passenger" against "the airline had failed to refund passengers":
    the speaker says it did what the other side says it did not do."""
    for verb in _roots(toks) if not_done else ():
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        negated = any(_negator(c) for c in verb.children)
        own = subject is not None and subject.lower_ in selves
        if own and not negated and _past(verb) and verb.lemma_.lower() in not_done:
            return True
    return False


def _negated_act(verb: Token, opposed: list[set[str]]) -> bool:
    """ "safety checks had not been cut" against "the operator had cut safety checks": the very
    act another side reported, negated, about the same things."""
    act = verb.lemma_.lower()
    if act in lx.SPEECH_VERBS or verb.pos_ != "VERB" or not _past(verb):
        return False
    clause = _lemmas(verb.subtree) - {act}
    return any(act in other and len(clause & other) >= 1 for other in opposed)


def _same_side(subject: Token, side: set[str], actors: Actors, reported: bool) -> bool:
    """The subject is the speaker or its own side: "he" in "X said he had never...", "the
    company said it had...", "the Valdorian armed forces" said by Valdoria's ministry, "my
    client" said by a lawyer."""
    low = subject.lower_
    if low in ("client", "clients") and any(c.lower_ in dw.OWNERS for c in subject.children):
        return True
    if reported and low in lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE | lx.PRONOUNS_NEUTER | lx.PRONOUNS_PLURAL:
        return True
    owners = {c.lower_ for c in subject.children if c.dep_ == "poss"}  # "our forces", "his government"
    if owners & (dw.OWNERS | lx.PRONOUNS_NEUTER if reported else lx.FIRST_PERSON):
        return True
    firsts = {n.split()[0] for n in side if n and len(n.split()) > 1}  # "Brightpath" of "Brightpath Apps"
    for tok in subject.subtree:
        if tok.text in firsts and (tok.pos_ == "PROPN" or tok.ent_type_ in dw.NAMED):
            return True
        if tok.ent_type_ in dw.NAMED:
            country = actors.country(tok.text)
            if (country is not None and country.name in side) or tok.text in side:
                return True
    return False


def _rather(cand: Candidate, toks: list[Token], opposed: list[set[str]]) -> bool:
    """ "a convicted spy, not a bargaining chip", "about money, not politics", "turned the handle
    with a steel wrench, not a hand": a thing put in place of another in what is or was, the
    correction frame of a rebuttal, when another side has spoken. Not one's own act ("we lost a
    vote, not an argument"), nor a wish or a debt ("owes voters answers, not lawyers"), nor a plan."""
    if not opposed or _modal(toks):
        return False
    inside = {t.i for t in toks}
    for tok in toks:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        negs = [c.i for c in tok.children if c.dep_ == "neg"]
        if len(negs) != 1 or negs[0] < tok.i:  # "X, not Y"; not "not X, not Y", a list of none
            continue
        if not any(c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN") and c.i > negs[0] for c in tok.children):
            continue
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i not in inside or verb.lemma_ in dw.WANTING:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ not in lx.FIRST_PERSON:
            return True
    return False


def _counter_negated(cand: Candidate, toks: list[Token], denials: list[set[str]]) -> bool:
    """ "no wrench or tool of any kind had been used" against a denial that said the testers "turned
    the handle with a steel wrench": a flat negation of what another side's denial puts forward in
    its place, said in the content's own main clause ("managers had told staff that there were no
    plans" only reports one)."""
    for verb, _subject, strength in _negations(toks) if denials else ():
        if strength != "none" or not (_past(verb) or verb.lemma_ == "exist"):
            continue
        if _supposed(verb, toks) or not _asserted(verb, toks, cand.cue):
            continue
        clause = _lemmas(verb.subtree)
        if any(len(_kindred(clause, other)) >= 1 and _emphatic(verb) for other in denials):
            return True
    return False


def _no_plans(
    cand: Candidate, toks: list[Token], side: set[str], actors: Actors, opposed: list[set[str]]
) -> bool:
    """ "the company has no plans to close the plant", "we have no intention of selling": the very
    act another side says is planned, ruled out: by the speaker's own side (the planned verb is
    among that side's words), or by anyone when the act and its object both are."""
    for tok in toks if opposed else ():
        if tok.lemma_.lower() not in dw.PLANS or not any(c.lower_ == "no" for c in tok.children):
            continue
        have = tok.head
        if tok.dep_ != "dobj" or have.lemma_ != "have" or _supposed(have, toks):
            continue
        subject = next((c for c in have.children if c.dep_ == "nsubj"), None)
        reported = cand.type != "direct"
        own = subject is not None and (
            subject.lower_ in lx.FIRST_PERSON
            or _same_side(subject, side, actors, reported)
            or (reported and subject.pos_ == "NOUN" and any(d.lower_ == "the" for d in subject.children))
        )  # "X said the company had no plans": its spokesperson, whose affiliation may go unsaid
        act = _planned(tok)
        if act is None:
            continue
        verb, clause = act.lemma_.lower(), _lemmas(act.subtree)
        if any(verb in other and (own or len(_kindred(clause, other)) >= 2) for other in opposed):
            return True
    return False


def _planned(plan: Token) -> Token | None:
    """The act a plan noun names: "plans to close" (a to-infinitive), "intention of closing"."""
    for child in plan.children:
        if child.dep_ in ("acl", "relcl", "xcomp") and child.pos_ == "VERB":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
    return None


def _flatly_not(
    cand: Candidate, toks: list[Token], side: set[str], actors: Actors, opposed: list[set[str]]
) -> bool:
    """ "We are not in talks with anybody", "I am not on holiday": the accused, quoted, saying flatly
    in the present that it is not so, when another side's words name it. Not what one knows, wants
    or feels, nor a plan."""
    if cand.type != "direct" or not opposed or not _accused(side, actors, opposed):
        return False
    for verb, subject, strength in _negations(toks):
        if strength != "not" or _past(verb) or verb.lemma_ in dw.NOT_FLAT:
            continue  # "we are not saying ...", "I did not come into politics to ...": no fact denied
        if any(c.lower_ in ("still", "yet") for c in verb.children):
            continue  # "I am still not at work": a complaint of what has not happened yet
        if any(a.dep_ == "attr" and any(d.lower_ == "only" for d in a.children) for a in verb.children):
            continue  # "I am not the only one who thinks so": company, not a denial
        if subject.lower_ not in lx.FIRST_PERSON and not _same_side(subject, side, actors, False):
            continue
        if _asserted(verb, toks, cand.cue) and not _supposed(verb, toks):
            return True
    return False
