"""Clues read off the parse around a mention: who a document is by, a name beside a description,
a company or its staff, a statement relayed by a medium, a name that opens a paragraph.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import ActorInfo, clean
from claims.extraction.candidates import doc_text, ents_in
from claims.extraction.reported.subjects import dated
from claims.extraction.speakers.words import (
    _AIRING,
    _ANSWERS,
    _AUTHORING,
    _BACKGROUND,
    _CARRIED,
    _CLAUSE_STOPS,
    _COMPANY,
    _COMPANY_ENDINGS,
    _FRAMING,
    _HEADS,
    _NAMED,
    _NOT_COMPANY,
    _PARTITIVES,
    _SPOKESPEOPLE,
    _TITLES,
    GROUPLIKE,
)


def noun_phrase(head: Token, appositions: bool = False) -> Span:
    """A noun's words without its relative clauses (and, unless asked, appositions)."""
    stops = _CLAUSE_STOPS if appositions else _CLAUSE_STOPS | {"appos", "punct"}
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in stops:
            break
        end = child.right_edge.i + 1
    end = _undated_end(head.doc, head.i, end)
    start = head.left_edge.i
    for ent in ents_in(head.doc, head.i, head.i + 1):  # "Bakers and Allied Workers Union": one name
        start, end = min(start, ent.start), max(end, ent.end)
    return head.doc[start:end]


def _undated_end(doc: Doc, head: int, end: int) -> int:
    """ "The leader of Carvane's party on Friday accused ...": a date the parser hung on the
    subject's last words is no part of its name."""
    if not any(e.label_ in ("DATE", "TIME") for e in ents_in(doc, head + 1, end)):
        return end  # most names: no date to look for, and no tokens to build
    for tok in doc[head + 1 : end]:
        last = tok.dep_ == "prep" and tok.right_edge.i == end - 1
        if last and dated(tok):
            return tok.i
    return end


def _one_of(mention: Span) -> Token | None:
    """ "One of them said", "two of them told ...": the pronoun for the group the speaker belongs to."""
    root = mention.root
    if root.lower_ not in _PARTITIVES and root.pos_ != "NUM":
        return None
    if any(c.dep_ == "appos" for c in root.children):  # "One of them, Mira Kohl, said": named
        return None
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ == "them":
                return obj
    return None


def _called(actor: ActorInfo, mention: Span) -> ActorInfo:
    """ "Marelink, a commercial vessel-tracking service,", "Ride-sharing service Zoomo": a body is
    what its apposition, or the noun before its name, calls it, so that "the service" can refer
    back to it."""
    if actor.kind == "person":
        return actor
    for appos in (c for c in mention.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        noun = appos.lemma_.lower()
        if noun not in lx.ROLE_NOUNS:
            actor.called.add(noun)
    # "Ride-sharing service Zoomo": the common noun before the name says what it is too
    for kind in (c for c in mention.root.children if c.dep_ == "compound" and c.i < mention.root.i):
        if kind.pos_ == "NOUN" and kind.lemma_.lower() in lx.ORG_DESCRIPTIONS:
            actor.called.add(kind.lemma_.lower())
    return actor


def _one_body(actor: ActorInfo) -> bool:
    """What "it" can stand for: one organisation, country, group or medium."""
    return actor.kind in GROUPLIKE and not actor.plural


def _bodies(actor: ActorInfo) -> bool:
    """What "they" can stand for: a body, or several people."""
    return actor.kind in GROUPLIKE or actor.plural


def _passer_by(tok: Token) -> bool:
    """ "..., Achterberg said, when a reporter read out the figure. She went on: ...": someone
    introduced with "a" in a clause that only times or frames the saying is no antecedent."""
    verb = tok.head
    framed = any(c.lower_ in _FRAMING and c.dep_ in ("advmod", "mark") for c in verb.children)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return verb.dep_ == "advcl" and framed and indefinite and tok.pos_ == "NOUN"


def _place_modifier(ent: Span) -> bool:
    """ "last week's Hollins Ridge fire", "the Millrace neighborhood": a place naming a thing or an
    area is no antecedent for "it" or "he" (unlike "the Valdoria government")."""
    root = ent.root
    if ent.label_ not in ("GPE", "LOC", "FAC", "PERSON") or root.dep_ != "compound":
        return False
    head = root.head.lemma_.lower()
    if ent.label_ == "PERSON":
        return head in lx.PLACE_NOUNS
    return head not in lx.ORG_DESCRIPTIONS | lx.ROLE_NOUNS | lx.STATE_NOUNS | _COMPANY


def _name_it_gives_itself(mention: Span) -> str | None:
    """ "The group, which calls itself Null Tide,": a body described, then named by itself."""
    for clause in (c for c in mention.root.children if c.dep_ == "relcl" and c.lemma_ == "call"):
        if not any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in clause.children):
            continue
        for name in (c for c in clause.children if c.dep_ in ("oprd", "xcomp", "attr") and c.pos_ == "PROPN"):
            return clean(mention.doc[name.left_edge.i : name.i + 1].text)
    return None


def _agent(root: Token) -> bool:
    """ "The claim was made on Tuesday by Cllr Ruth Ainsley": the doer of a passive, the subject
    in all but form."""
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _opens_with_background(text: str, ent: Span) -> bool:
    """ "...\n\nWalter Greaves, who inspected the building for its insurer, told ...": a name that
    opens a paragraph, followed by who the person is."""
    line = text.rfind("\n", 0, ent.start_char) + 1
    if text[line : ent.start_char].strip() and not _titled_opening(text[line : ent.start_char]):
        return False
    # "Lt. Carla Rosales of the Fire Marshal's Office was the first witness": the paragraph is about her
    subject = ent.root.dep_ == "nsubj" and ent.root.head.dep_ == "ROOT"
    return subject or _BACKGROUND.match(text, ent.end_char) is not None


def _titled_opening(before: str) -> bool:
    """Only a title stands before the name: "Lt. ", "Dr "."""
    words = before.split()
    return len(words) == 1 and words[0].rstrip(".").lower() in _TITLES


def _opens(ent: Span) -> bool:
    """The name opens its sentence, set off by a comma."""
    doc = ent.doc
    return ent.start == ent.sent.start and ent.end < len(doc) and doc[ent.end].text == ","


def _relayed_by(mention: Span) -> tuple[Span, Span] | None:
    """ "Lodmar's defence ministry, in a statement carried by the state news agency LNA, had
    accused ...": when the parser makes the medium the subject, the speaker is the noun phrase
    that opens the sentence, and the medium only carries its words."""
    sent = mention.sent
    before = doc_text(mention.doc)[sent.start_char : mention.root.idx]  # the mention may hold the opening
    opening = _CARRIED.match(before)
    if opening is None:
        return None
    doc, start = mention.doc, sent.start_char
    subject = doc.char_span(start, start + opening.end(1), alignment_mode="contract")
    if subject is None or not len(subject) or subject.root.pos_ not in ("NOUN", "PROPN"):
        return None
    first = doc.char_span(start + opening.start(2), mention.root.idx + 1, alignment_mode="expand")
    if first is None or first.start > mention.root.i:
        return None
    medium = doc[first.start : mention.root.i + 1]
    name = len(medium)
    while name > 0 and medium[name - 1].pos_ == "PROPN":
        name -= 1
    if name < len(medium) and not medium[name:].text.istitle():  # "the state news agency LNA": its name
        medium = medium[name:]
    return subject, medium


def _owns_subject(root: Token) -> bool:
    """ "Brightwater's reply came within the hour": a person whose answer is the subject of a main
    clause is who the next "he" or "she" says something (not "Ferrow's lawyer", another person)."""
    thing = root.head
    return (
        root.dep_ == "poss"
        and thing.dep_ in ("nsubj", "nsubjpass")
        and thing.head.dep_ == "ROOT"
        and thing.lemma_.lower() in _ANSWERS
    )


def _issuing_body(mention: Span) -> Span | None:
    """ "union figures", "a police statement", "company data": the kind of body a document's
    description names in front of it, to be read as "the union", "the police", "the company"."""
    root = mention.root
    if root.lemma_.lower() not in lx.DOCUMENT_SUBJECTS and root.lower_ not in lx.DOCUMENT_SUBJECTS:
        return None
    kind = next((c for c in root.children if c.dep_ == "compound" and c.i == root.i - 1), None)
    if kind is None or kind.pos_ != "NOUN" or not kind.text.islower():
        return None
    if any(t.i < kind.i and t.dep_ != "det" for t in mention):
        return None  # "interior ministry figures": which ministry is more than "the ministry" says
    return mention.doc[kind.i : kind.i + 1] if kind.lemma_.lower() in lx.ORG_DESCRIPTIONS else None


def _document_author(mention: Span) -> Span | None:
    """The author named in a document's description: "a report by X", "X's study"."""
    root = mention.root
    documents = lx.DOCUMENT_SUBJECTS | lx.DOCUMENT_NOUNS
    acls = [c for c in root.children if c.dep_ == "acl"]
    acls += [g for c in acls for g in c.children if g.dep_ == "conj"]  # "dated May 2 and signed by"
    if root.lemma_.lower() not in documents and root.lower_ not in documents:
        # "results published by the election commission": whatever a body issued is its word
        if root.pos_ != "NOUN" or root.lemma_.lower() in lx.ROLE_NOUNS:
            return None
        return _issued_by(root, acls) or _issuer_clause(root)
    children = list(root.children)
    for acl in (c for c in acls if c.lemma_ in _AUTHORING):  # "published by"
        children += [g for g in acl.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")]
    for acl in (c for c in acls if c.lemma_ in _AIRING):  # "The report, broadcast on X's program Y,"
        for prep in (g for g in acl.children if g.dep_ == "prep" and g.lower_ in ("on", "in")):
            outlet = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if outlet is not None and outlet.pos_ == "PROPN" and outlet.ent_type_ not in ("DATE", "TIME"):
                return root.doc[outlet.left_edge.i : outlet.i + 1]
    for child in children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and child.ent_type_ not in ("DATE", "TIME"):
            return root.doc[child.left_edge.i : child.i + 1]
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return noun_phrase(obj)
    if root.dep_ == "nsubjpass" and root.head.lemma_ in _AUTHORING:  # "The letter ... was signed by X"
        agent = next((c for c in root.head.children if c.dep_ == "agent"), None)
        obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
            return noun_phrase(obj, appositions=True)
    return _issuer_clause(root)  # "The report, which the Tessel Institute published on Friday,"


def _issued_by(root: Token, acls: list[Token]) -> Span | None:
    """The agent of a participle that issues the noun: "figures released by X" -> X."""
    for acl in (c for c in acls if c.lemma_ in _AUTHORING and c.tag_ == "VBN"):
        for by in (g for g in acl.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")):
            obj = next((o for o in by.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return noun_phrase(obj)
    return None


# Handing over what one has: "figures the force gave the council", "data it provided".
_HANDING = frozenset({"give", "provide", "supply", "send", "submit", "present"})


def _issuer_clause(root: Token) -> Span | None:
    """ "The 30-second spot, which Dana Whitcombe's campaign began airing Sunday, says": the
    subject of a relative clause that issued or aired the thing is its author."""
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
        if not any(_issuing(v) for v in verbs):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):  # not "which", "that"
            phrase = noun_phrase(subject)
            start = phrase.start
            while start < subject.i and phrase.doc[start].lower_ in lx.RELATIVE_PRONOUNS:
                start += 1  # "which council member X's campaign": "which" hung on the subject
            return phrase.doc[start : phrase.end]
    return _reduced_issuer(root)


def _reduced_issuer(root: Token) -> Span | None:
    """ "according to figures the force gave the council": a relative clause without "which" that
    the parser takes for the main clause, with the document hung on its verb; its subject, right
    after the document, is the author."""
    doc = root.doc
    if root.i + 1 >= len(doc) or root.n_rights:
        return None
    subject = next((t for t in doc[root.i + 1 : root.i + 6] if t.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != root.i + 1 or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = subject.head
    if not (_issuing(verb) or verb.lemma_ in _HANDING) or not any(a.i == verb.i for a in root.ancestors):
        return None
    return noun_phrase(subject)


def _issuing(verb: Token) -> bool:
    """What an author does to put a thing out: "published", "began airing", and as other reporters
    put it for leaflets and mailings, "handing out", "sent out", "distributed"."""
    if verb.lemma_ in _AUTHORING | _AIRING or verb.lemma_ in ("distribute", "circulate", "mail"):
        return True
    return verb.lemma_ in ("hand", "send", "put") and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def unsigned_document(mention: Span | None) -> bool:
    """ "the Post reported that a memo proposed ...": a document with no author named is what the
    outer speaker reports, not a speaker whose words are relayed."""
    if mention is None:
        return False
    root = mention.root
    documents = lx.DOCUMENT_SUBJECTS | lx.DOCUMENT_NOUNS
    named = any(
        t.ent_type_ in _NAMED for t in mention if t.i <= root.i
    )  # "KCNA's report", not "a memo drafted by X"
    return root.lemma_.lower() in documents and not named and _document_author(mention) is None


def _name_beside(mention: Span) -> Span | None:
    """The name set off by commas beside a description, which the parser took for another
    clause part: "Tarn Seeds, the company licensed to sell it, said" (the name left dangling
    before the subject) or "said the group's chair, Wilma Porrit, a retired nurse" (the name
    read as a second item of a list with no "and")."""
    root = mention.root
    doc = mention.doc
    if root.pos_ != "NOUN" or root.ent_type_:
        return None
    head = root.lemma_.lower()
    if head in lx.ROLE_NOUNS and not any(c.dep_ == "cc" for c in root.children):
        for child in root.children:
            if (
                child.dep_ == "conj"
                and child.ent_type_ == "PERSON"
                and doc[child.left_edge.i - 1].text == ","
            ):
                ent = next((e for e in ents_in(doc, child.i, child.i + 1) if e.label_ == "PERSON"), None)
                if ent is not None and ent.start == child.left_edge.i:
                    return ent
    start = mention.start
    if mention[0].lower_ != "the" or head not in lx.ORG_DESCRIPTIONS | lx.ROLE_NOUNS or start < 2:
        return None
    if doc[start - 1].text != "," or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    ent = next((e for e in ents_in(doc, start - 2, start - 1) if e.end == start - 1), None)
    if ent is None or ent.label_ not in ("ORG", "PERSON", "GPE") or ent.root.head.i != root.head.i:
        return None
    opening = ent.start == ent.sent.start or doc[ent.start - 1].is_punct
    return ent if opening and ent.root.dep_ not in ("pobj", "dobj") else None


def _possessed_role(mention: Span) -> bool:
    """ "Solvara's finance minister", "Pell's lawyer": a role owned by a place, a body or a person,
    with no name given."""
    root = mention.root
    owners = {t.i for c in root.children if c.dep_ == "poss" for t in c.subtree}
    if mention[0].lower_ == "the":  # "The director of Velloria's National Museum"
        bodies = (g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)
        owners |= {
            t.i
            for g in bodies
            if g.dep_ == "pobj" and g.ent_type_ in ("ORG", "GPE", "FAC")
            for t in g.subtree
        }
    return (
        root.lemma_.lower() in lx.ROLE_NOUNS
        and bool(owners)
        and not any(t.ent_type_ == "PERSON" and t.i not in owners for t in mention)
        and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in root.children)  # "its leader, X"
    )


def _indefinite_role(mention: Span) -> bool:
    """ "a judge": one person in a role, named later in the story by the role's title."""
    root = mention.root
    if mention[0].lower_ not in ("a", "an") or root.lemma_.lower() not in lx.ROLE_NOUNS or root.tag_ != "NN":
        return False
    # "a lawyer for Sen. Orla Fenn": the client is named, the lawyer is not
    clients = {t.i for c in root.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree}
    own = [t for t in noun_phrase(root) if t.i not in clients]
    return len(own) == 2 and not any(t.ent_type_ in _NAMED and t.i not in clients for t in mention)


def _company(actor: ActorInfo) -> bool:
    """An organisation that could be "the company": not a union, a ministry or a regulator."""
    words = {w.lower().strip("'’s") for w in actor.name.split()}
    institution = actor.name.split()[-1].lower() in lx.ORG_DESCRIPTIONS - _COMPANY - _COMPANY_ENDINGS
    # "Relay Signal rejected ...": a name of two or three capitalised words nobody is called
    named = actor.kind == "unknown" and 2 <= len(actor.name.split()) <= 3 and actor.name.istitle()
    words |= actor.called  # "Merrow Anglers, a club of local fishermen,"
    return (actor.kind == "organization" or named) and not words & _NOT_COMPANY and not institution


def _staff(actor: ActorInfo) -> bool:
    """A company's head or spokesperson (not an analyst at a bank): "the company" after them is theirs."""
    role = set((actor.role or "").lower().split())
    speaks = not role or role & (_HEADS | _SPOKESPEOPLE | {"executive"})  # "its chief executive", "Oduro"
    return (
        actor.kind == "person"
        and bool(speaks)
        and actor.affiliation is not None
        and _company(actor.affiliation)
    )


def _without_clauses(mention: Span) -> Span:
    """ "The institute, which is funded by X," -> "The institute"; appositions stay (they name)."""
    root = mention.root
    if not mention.start <= root.i < mention.end or _closing_name(mention):
        return mention
    phrase = noun_phrase(root, appositions=True)
    if phrase.start < mention.start:
        return mention
    return mention.doc[phrase.start : min(phrase.end, mention.end)]


def _titled(role: set[str], title: set[str]) -> bool:
    """Every word of the role is in the title, or a title it stands for ("judge": "Justice")."""
    return all(w in title or lx.ROLE_SYNONYMS.get(w, frozenset()) & title for w in role)


def _closing_name(mention: Span) -> bool:
    """ "A lawyer appointed to represent X, Oleg Vantrup": a name set off by a comma ends the
    mention, naming the role after its clause."""
    last = mention[-1]
    return (
        last.ent_type_ == "PERSON"
        and last.ent_iob_ != "O"
        and any(t.text == "," and t.ent_type_ != "PERSON" for t in mention[-4:-1])
    )


def _within(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _words_of(text: str | None) -> set[str]:
    return {w.strip(".,'’").lower() for w in (text or "").split()} | {
        w.lower()[:-2] for w in (text or "").split() if w.lower().endswith(("'s", "’s"))
    }
