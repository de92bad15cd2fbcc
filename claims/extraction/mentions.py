"""Reading a mention into an actor: "White House national security spokesman John Kirby",
"Pyongyang", "a State Department official", "Valdoria's foreign ministry", "state media KCNA".

`describe` returns None for what only coreference can settle (pronouns, "the
ministry", "the spokesman"); `speakers/` handles those.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import (
    ActorInfo,
    Actors,
    clean,
    country_actor,
    gender_of,
    org_actor,
    org_name,
    organisation_like,
    person_like,
    person_name,
    strip_determiner,
    text_of,
    which_clause,
)
from claims.extraction.candidates import ents_in
from claims.extraction.places import Country, body_named

_FORMER = lx.words("former ex ex- retired onetime erstwhile")
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_STATE_MEDIA = re.compile(
    r"\bstate(?:-run|-controlled| official)?\s+(?:media|news|television|tv|radio|broadcaster)", re.I
)


def describe(span: Span, actors: Actors) -> ActorInfo | None:
    """Who a mention names, before coreference: None for pronouns and bare descriptions."""
    root = span.root
    named = next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if (
        named is not None and root.pos_ != "PROPN" and not _is_role(root)
    ):  # "the city's bus operator, Lowater Transit,"
        return describe(span.doc[named.left_edge.i : named.right_edge.i + 1], actors)
    ents = [e for e in ents_in(span.doc, span.start, span.end) if e.label_ in _ACTOR_LABELS]
    words = strip_determiner(list(span))
    short = text_of(words) if words and all(t.pos_ == "PROPN" for t in words) else ""
    if short and actors.canonical_org(short) != short and not actors.is_person(short):
        return org_actor(actors.canonical_org(short))  # "Fenmoor", "Cinder Lane": short for an organisation
    if len(words) == 1 and words[0].text[:1].isupper() and actors.is_person(words[0].text):
        # "Stallings stood by the ad", the surname untagged (and read as a plural noun)
        return ActorInfo(actors.canonical_person(words[0].text), "person")
    outlet = _named_outlet(span)
    if outlet is not None:  # "the Harlund daily Nordposten"
        return outlet
    name = _possessive_in_name(root, span) if root.text[:1].isupper() else None
    whole = org_actor(actors.canonical_org(clean(name.text))) if name is not None else None
    if whole is not None and _org_named(root.text):  # "St Bertram's Hospital", "Ostmark Bankers' Guild":
        return whole  # not an owner
    person = _person_in(span, ents, actors) or _titled_name(span) or _titled_compound(span)
    if person is not None:
        return _person_info(span, person, ents, actors)
    state = _state_media(span, ents, actors)
    if state is not None:
        return state
    if whole is not None:
        return whole
    head_ent = next((e for e in ents if e.start <= root.i < e.end), None)
    if head_ent is not None and actors.is_person(clean(head_ent.text)):  # "Brandt" tagged ORG
        return ActorInfo(actors.canonical_person(clean(head_ent.text)), "person")
    if head_ent is not None and head_ent.label_ != "FAC" and _names_whole(head_ent, root):
        head_ent = whole_name(span, head_ent)
        owner = _owner_country(span, head_ent, actors)
        if owner is None and head_ent.label_ == "ORG":
            owner, head_ent = _state_body(head_ent, actors)
        if head_ent.label_ == "ORG" and owner is not None:  # "Kestria's defence ministry"
            return _qualified_org(actors.canonical_org(org_name(head_ent.text)), owner)
        return entity_actor(head_ent, actors)
    if root.pos_ == "PROPN" and root.text[:1].isupper():
        named = _proper_name(span, actors)
        if named is not None:
            return named
    if root.lemma_.lower() in lx.ROLE_NOUNS or root.lower_ in lx.ROLE_NOUNS:
        return _described_official(span, ents, actors)
    if root.lemma_.lower() in lx.ORG_DESCRIPTIONS:
        return _described_org(span, ents, actors)
    return None


def _named_outlet(span: Span) -> ActorInfo | None:
    """ "the Harlund daily Nordposten", "the tabloid Kvallsbladet": a news outlet named after the
    word that says what it is, in lower case ("The Daily Wren" is a whole name)."""
    words = strip_determiner(list(span))
    for n, tok in enumerate(words[:-1]):
        rest = words[n + 1 :]
        if tok.text in lx.OUTLET_WORDS and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest):
            return ActorInfo(text_of(rest), "media")
    return None


def whole_name(span: Span, ent: Span) -> Span:
    """ "The Bakers and Allied Workers Union": a name with "and" the tagger cut in two."""
    if ent.label_ == "PERSON":  # "General Oskar Velde": the words before a person's name are a title
        return ent
    words = strip_determiner(list(span.doc[span.start : ent.end]))
    if words and words[0].i < ent.start and all(t.pos_ == "PROPN" or t.lower_ in ("and", "&") for t in words):
        return span.doc[words[0].i : ent.end]
    return ent


def _owner_country(span: Span, ent: Span, actors: Actors) -> Country | None:
    """The country in front of an organisation's name: "Kestria's", "the Valdorian"."""
    for tok in span:
        if tok.i >= ent.start:
            break
        owner = tok.ent_type_ in ("GPE", "NORP") or (tok.dep_ == "poss" and tok.pos_ == "PROPN")
        if owner and (country := actors.country(tok.text)) is not None:
            return country
    return None


def _state_body(ent: Span, actors: Actors) -> tuple[Country | None, Span]:
    """ "Velmaria's National Statistics Office" tagged as one name: the body's own name after the
    possessive, of the state before it (not the state itself, as "Velmaria's ministry" would be)."""
    mark = next((t for t in ent[1:-1] if t.dep_ == "case" and t.head.dep_ == "poss"), None)
    if mark is None:
        return None, ent
    rest = Span(ent.doc, mark.i + 1, ent.end, label=ent.label_)
    if not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "&", "the") for t in rest):
        return None, ent
    country = actors.country(ent.doc[ent.start : mark.i].text)
    return (country, rest) if country is not None else (None, ent)


def _names_whole(ent: Span, root: Token) -> bool:
    """The entity is the mention's head, not a modifier of a common noun ("Valdorian officials")."""
    return ent.label_ != "NORP" or root.pos_ == "PROPN" or root.tag_ in ("NNPS",)


def entity_actor(ent: Span, actors: Actors) -> ActorInfo | None:
    """An actor for a named entity, or None for entities that are not actors."""
    label = ent.label_
    name = clean(ent.text)
    if len(name.split()) == 1 and actors.canonical_org(name) != name and not actors.is_person(name):
        return org_actor(actors.canonical_org(name))  # "Fenmoor" of "Fenmoor Foods", whatever the tag
    if label == "PERSON" and (_org_named(name) or _brand_named(name, actors) or _named_body(ent, actors)):
        return org_actor(actors.canonical_org(org_name(name)))
    if label == "PERSON" and _state_named(name, actors):  # "Valmora" beside "the Valmoran supplier"
        return country_actor(actors.country(name))
    if label == "PERSON" or actors.is_person(name) or person_like(name):
        name = person_name(ent.text)
        return (
            ActorInfo(actors.canonical_person(name), "person", gender=gender_of(list(ent), name))
            if name
            else None
        )
    country = actors.country(name)
    if country is not None:
        return country_actor(country)
    if label == "GPE":
        return ActorInfo(name, "organization")
    if label == "ORG":
        return org_actor(actors.canonical_org(org_name(ent.text))) if name else None
    return None


_org_named = organisation_like


def _brand_named(name: str, actors: Actors) -> bool:
    """ "Corbel Local" beside "Corbel Grocers": a name that opens with a word the document uses for
    an organisation (and for no person) names another of its businesses, not a person."""
    words = name.split()
    first = words[0].lower() if len(words) > 1 else ""
    other = actors.short_orgs.get(first)  # another name, not this one learned from a mistagged mention
    return other is not None and other != name and not actors.is_person(words[0]) and not person_like(name)


def _state_named(name: str, actors: Actors) -> bool:
    """One word the document uses as a state's name (its demonym, "Valmora's ministry") and for
    no person, whatever the tagger called it."""
    if " " in name or actors.is_person(name):
        return False
    low = name.lower()
    if low in actors.states:
        return True
    country = actors.country(name)  # "Valmora" for the place the tagger learned as "Valmoran"
    return country is not None and country.name.lower().startswith(low) and country.name.lower() != low


def _apposed_body(ent: Span) -> bool:
    """ "Valgaz, the state-owned Valmoran supplier,": a name tagged as a person that its apposition
    calls a body (an organisation's description, or something owned or run)."""
    for appos in (c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        noun = appos.lemma_.lower()
        if noun in lx.ROLE_NOUNS:
            continue
        if noun in lx.ORG_DESCRIPTIONS or any(
            c.lemma_ in ("own", "run") and c.i < appos.i for c in appos.children
        ):
            return True
    return False


def _thing_named(ent: Span) -> bool:
    """ "Food delivery app Zippa": a one-word name after a common noun that says what it is, when
    that noun is no role, occupation or word for people ("singer", "novelist", "campaigner")."""
    if len(ent) != 1:
        return False
    kind = next((c for c in ent.root.children if c.dep_ == "compound" and c.i == ent.start - 1), None)
    if kind is None or kind.pos_ != "NOUN" or kind.ent_type_:
        return False
    lemma = kind.lemma_.lower()
    person = lemma in lx.ROLE_NOUNS or lemma in lx.PEOPLE_WORDS or lemma.endswith(("er", "or", "ist", "ian"))
    return not person


def _named_body(ent: Span, actors: Actors) -> bool:
    """A name tagged as a person that the text shows to be a body's."""
    evidence = _apposed_body(ent) or which_clause(ent.root) or _thing_named(ent)
    return evidence or clean(ent.text) in actors.owners_of_bodies


def _body_or_state(ent: Span, actors: Actors) -> bool:
    return _named_body(ent, actors) or _state_named(clean(ent.text), actors)


def _person_in(span: Span, ents: list[Span], actors: Actors) -> Span | None:
    people = [
        e
        for e in ents
        if (e.label_ == "PERSON" and not _org_named(clean(e.text)) and not _body_or_state(e, actors))
        or (e.label_ == "ORG" and person_like(clean(e.text)))
    ]
    if not people:
        return None
    root = span.root
    for e in people:
        if e.start <= root.i < e.end:
            return e
    for e in people:  # "the company's chief executive, Henrik Solberg": the name in apposition
        head = e.root
        if head.dep_ in ("appos", "compound") and head.head.i == root.i:
            return e
    if root.lemma_.lower() in lx.ROLE_NOUNS:  # not the owner: "Pihl's lawyer, Agnes Fiorentino"
        people = [e for e in people if e.root.dep_ != "poss"]
        if people and people[0].root.head.i in (root.i, *[c.i for c in root.children]):
            return people[0]
    last = people[-1] if people else None  # "A lawyer appointed to represent X, Oleg Vantrup,"
    if last is not None and last.end == span.end and last.start > 0 and span.doc[last.start - 1].text == ",":
        return last
    return None


def _office_of(span: Span, ents: list[Span]) -> Span | None:
    """The person whose office or cabinet it is: "the office of President Hanna Lorberg"."""
    root = span.root
    if root.lemma_.lower() not in ("office", "cabinet", "campaign", "team"):
        return None
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        person = next((e for e in ents if obj is not None and e.start <= obj.i < e.end), None)
        if person is not None and person.label_ == "PERSON":
            return person
        if obj is not None and person is None:  # "Velm Mayor Ola Brandt" tagged as a work of art
            person = next(iter(ents_in(span.doc, obj.i, obj.i + 1)), None)
        if person is not None:  # the name after the title
            titles = [t.i for t in person if t.lower_ in lx.TITLE_WORDS or _is_role(t)]
            name = span.doc[titles[-1] + 1 : person.end] if titles else None
            if name is not None and 2 <= len(name) <= 3 and all(t.pos_ == "PROPN" for t in name):
                return name
    return None


def _is_role(tok: Token) -> bool:
    return tok.lemma_.lower() in lx.ROLE_NOUNS or tok.lower_ in lx.ROLE_NOUNS


def _titled_name(span: Span) -> Span | None:
    """A proper name in apposition with a role noun is a person, whatever the entity tagger said.

    "The auditor, Petra Novak," and "Petra Novak, the auditor," both name a person.
    """
    root = span.root
    doc = span.doc
    for other in (c for c in root.children if c.dep_ == "appos"):
        name, role = (other, root) if other.pos_ == "PROPN" else (root, other)
        if name.pos_ == "PROPN" and _is_role(role) and span.start <= name.left_edge.i:
            return doc[_name_start(name, span.start) : name.i + 1]
    return _role_of_name(span) if _is_role(root) else None


def _name_start(name: Token, floor: int) -> int:
    """Where a proper noun's name begins: its proper-noun compounds before it, from `floor` on."""
    doc, start = name.doc, name.i
    while start > floor and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return start


def _role_of_name(span: Span) -> Span | None:
    """ "The head of the observer mission, Agathe Morel, a former prime minister,": the parser hung
    the name on the body the role heads; a person's name there (a given name, or a role of its own
    in apposition) names the role's holder."""
    doc = span.doc
    for prep in (c for c in span.root.children if c.dep_ == "prep" and c.lower_ == "of"):
        for body in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
            for name in (c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                words = doc[_name_start(name, body.i + 1) : name.i + 1]
                titled = any(c.dep_ == "appos" and _is_role(c) for c in name.children)
                if span.start <= words.start and name.i < span.end and (person_like(words.text) or titled):
                    return words
    return None


def _titled_compound(span: Span) -> Span | None:
    """ "Ministry spokeswoman Karin Vesth": the proper nouns after a role word are a person's name."""
    root = span.root
    if root.pos_ != "PROPN":
        return None
    doc = span.doc
    start = root.i
    while start > span.start and doc[start - 1].pos_ == "PROPN" and not _is_role(doc[start - 1]):
        start -= 1
    if start == root.i and start > span.start and not _is_role(doc[start - 1]):
        return None
    if start > span.start and _is_role(doc[start - 1]) and root.i - start <= 2:
        name = doc[start : root.i + 1]
        return None if _org_named(name.text) else name  # "Allied Workers Union" is no worker
    return None


def _name_part(ent: Span) -> Span:
    """The name inside a PERSON entity, without leading titles: "Mayor Elena Varga" -> "Elena Varga"
    ("Varga-Moss" is one word of the name, three tokens)."""
    name = person_name(ent.text)
    at = ent.text.rfind(name) if name else -1
    if at < 0:
        return ent
    part = ent.doc.char_span(ent.start_char + at, ent.start_char + at + len(name), alignment_mode="expand")
    return part if part is not None and len(part) else ent


_SAINTS = ("st", "st.", "saint")


def _possessive_in_name(root: Token, span: Span) -> Span | None:
    """A name with a possessive inside, up to `root`: a saint's ("St Aldric's Hospital", "Saint
    Mungo's School") or a plural's ("Harwick Dockers' Union", "Nurses' Federation"); the parser
    reads "St Aldric's" and "Harwick Dockers'" as the owners of what follows."""
    first = root
    while first.i > span.start and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).dep_ == "compound":
        first = first.nbor(-1)
    owner = next((c for c in first.children if c.dep_ == "poss" and c.i == first.i - 2), None)
    if owner is None or owner.left_edge.i < span.start or not owner.text[:1].isupper():
        return None
    start = owner.left_edge
    saint = start.lower_ in _SAINTS
    plural = first.nbor(-1).text in ("'", "’") and owner.lower_.endswith("s")
    while plural and start.i > span.start and _name_word(start.nbor(-1)):
        start = start.nbor(-1)  # "Kessian" in "The Kessian Farmers' League" hangs on "League"
    while start.pos_ == "DET" and start.i < owner.i:
        start = start.nbor()
    return span.doc[start.i : root.i + 1] if plural or saint else None


_NAME_MODIFIERS = ("nmod", "compound", "amod")


def _name_word(token: Token) -> bool:
    """A capitalised modifier that can open a body's name ("Kessian", "Upper")."""
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ") and token.dep_ in _NAME_MODIFIERS


def _proper_name(span: Span, actors: Actors) -> ActorInfo | None:
    """A name the entity recogniser missed or mislabelled: the proper nouns ending at the head."""
    doc, root = span.doc, span.root
    start = root.i
    while start > span.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    words = [t.text for t in doc[start : root.i + 1]]
    name = " ".join(words)
    if actors.canonical_org(name) != name or actors.country(name) is not None:
        country = actors.country(name)
        return country_actor(country) if country else org_actor(actors.canonical_org(name))
    titled = [w for w in words if w.lower() in lx.HONORIFICS or w.lower() in lx.TITLE_WORDS]
    if _org_named(name):
        return org_actor(org_name(name))
    if not titled and not actors.is_person(name) and (_apposed_body(span) or which_clause(root)):
        first = start  # "Borovets Leather, which employs ...", "Borovets" read as an adjective
        while first > span.start and doc[first - 1].text[:1].isupper() and doc[first - 1].pos_ != "DET":
            first -= 1
        return org_actor(actors.canonical_org(org_name(doc[first : root.i + 1].text)))
    if titled or 2 <= len(words) <= 3 or actors.is_person(words[0]):
        kept = len(person_name(name).split())
        return _person_info(span, doc[root.i + 1 - kept : root.i + 1], [], actors)
    return None


def _person_info(span: Span, person: Span, ents: list[Span], actors: Actors) -> ActorInfo:
    person = _name_part(person) if person.label_ == "PERSON" else person
    name = person_name(person.text)
    info = ActorInfo(name, "person")
    others = [
        e
        for e in ents
        if e.label_ in ("ORG", "GPE", "NORP") and (e.end <= person.start or e.start >= person.end)
    ]  # not a piece of the name itself ("Olamide Reyes" with "Reyes" tagged ORG)
    owners = {t.i for tok in span if tok.dep_ == "poss" for t in tok.subtree}  # "the company's"
    owners |= {t.i for tok in span if tok.dep_ in ("relcl", "acl") for t in tok.subtree}  # "who left in 2023"
    title = [t for t in span if not (person.start <= t.i < person.end) and t.i not in owners]
    # the person's own title, not "the mayor's sister" of "X, who is married to the mayor's sister"
    info.gender = gender_of([t for t in span if t.i not in owners], name)
    role_words = [t for t in strip_determiner(title) if not any(e.start <= t.i < e.end for e in others)]
    role_words = [t for t in role_words if t.lower_ not in lx.HONORIFICS]
    is_role = any(t.lower_ in lx.ROLE_NOUNS or t.lower_ in lx.TITLE_WORDS for t in role_words)
    role = text_of(strip_determiner(role_words)) if is_role else None
    if role:
        info.role = re.sub(r"^(of|from|at|for|with)\s+", "", role).strip(", ") or None
    former = any(t.lower_ in _FORMER for t in role_words)  # "a former engineer at X"
    if others and not former:
        info.affiliation = _affiliation(others, actors)
    if (info.affiliation is None or info.affiliation.kind == "country") and not former:
        info.affiliation = _untagged_body(title, actors) or info.affiliation
    return info


def _untagged_body(words: list[Token], actors: Actors) -> ActorInfo | None:
    """ "Kessarian foreign ministry spokeswoman X": the body in the title, of the country the
    title opens with (whether or not the tagger saw the country; not only the country)."""
    countries = ((n, actors.country(t.text)) for n, t in enumerate(words) if t.pos_ in ("ADJ", "PROPN"))
    at, country = next(((n, c) for n, c in countries if c is not None), (None, None))
    if at is None:
        return None
    body = next((n for n, t in enumerate(words) if n > at and t.lemma_.lower() in lx.ORG_DESCRIPTIONS), None)
    if body is None or any(t.lower_ in lx.ROLE_NOUNS for t in words[at + 1 : body]):
        return None
    info = ActorInfo(f"{country.name}'s {text_of(words[at + 1 : body + 1])}", "organization")
    info.affiliation = country_actor(country)
    return info


def _affiliation(ents: list[Span], actors: Actors) -> ActorInfo | None:
    """The most specific organisation named (an ORG over a country), tied to its country."""
    orgs = [
        e
        for e in ents
        if e.label_ == "ORG" and actors.country(e.text) is None and not actors.is_person(clean(e.text))
    ]
    countries = [actors.country(e.text) for e in ents if e.label_ in ("GPE", "NORP", "ORG")]
    country = next((c for c in countries if c is not None), None)
    if orgs:
        return _qualified_org(actors.canonical_org(org_name(orgs[0].text)), country)
    return country_actor(country) if country else None


def _qualified_org(name: str, country: Country | None) -> ActorInfo:
    """ "Ministry of National Defense" of North Korea -> "North Korea's Ministry of National Defense"."""
    info = org_actor(name, country)
    if country is not None and info.affiliation is None:
        info.affiliation = country_actor(country)
    if country is not None and body_named(name) is None and country.name.lower() not in name.lower():
        first, last = name.split()[0].lower(), name.split()[-1].lower()
        if first in lx.ORG_DESCRIPTIONS or last in lx.ORG_DESCRIPTIONS:
            info.name = f"{country.name}'s {name}"
    return info


def _state_media(span: Span, ents: list[Span], actors: Actors) -> ActorInfo | None:
    """ "state media KCNA", "Valdoria's state broadcaster VRT": the state speaks, the outlet relays."""
    if not _STATE_MEDIA.search(span.text):
        return None
    outlet = next((e for e in ents if e.label_ == "ORG" and actors.country(e.text) is None), None)
    country = next((c for e in ents if (c := actors.country(e.text)) is not None), None)
    if outlet is not None:
        info = org_actor(org_name(outlet.text))
    else:  # "state media KCNA": the outlet's name is the proper nouns after the description
        # "the state news agency Strovapress": capitalised, whatever the tagger made of it ("state"
        # tagged as a proper noun is no name; the outlet may be tagged NORP)
        names = [
            t for t in span if t.pos_ == "PROPN" and t.text[:1].isupper() and actors.country(t.text) is None
        ]
        info = org_actor(text_of(names)) if names else ActorInfo(clean(span.text), "media")
    info.kind = "media"
    if country is not None and info.speaks_for is None:
        info.speaks_for = country
        info.affiliation = country_actor(country)
    return info


def _described_official(span: Span, ents: list[Span], actors: Actors) -> ActorInfo | None:
    """ "a State Department official", "diplomats familiar with the talks"."""
    words = _before_relative(strip_determiner(list(span)))
    if not words:
        return None
    root = span.root
    definite = span[0].lower_ in ("the", "this", "that") and not ents
    if definite and len(words) <= 3:
        return None  # "the spokesman": coreference finds who
    plural = root.tag_ in ("NNS", "NNPS")
    info = ActorInfo(_compact(words, root) or text_of(words), "group" if plural else "person", plural=plural)
    info.role = _role_words(words, ents) if len(words) > 1 else None
    info.gender = gender_of(words)
    if ents:
        info.affiliation = _affiliation(ents, actors)
    return info


def _compact(words: list[Token], root: Token) -> str | None:
    """ "a senior official at the agriculture ministry" -> "senior agriculture ministry official",
    "an official in the New Harbour Party, Kvist's party" -> "New Harbour Party official": an
    unnamed official named the way news copy shortens it, by the body in front of the noun."""
    if root.lemma_.lower() != "official" or words[-1].i < root.i:
        return None
    prep = next((c for c in root.rights if c.dep_ == "prep" and c.lower_ in ("at", "in", "from")), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if body is None or (body.lemma_.lower() not in lx.ORG_DESCRIPTIONS and body.pos_ != "PROPN"):
        return None
    if body.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ != "the" for c in body.children):
        return None  # "officials from both parties": not one body
    named = [t for t in noun_words(body) if t.dep_ not in ("det", "poss", "case")]
    before = [t for t in words if t.i < root.i and t.dep_ in ("amod", "compound")]
    if not named or len(named) > 4 or any(t.dep_ == "poss" for t in body.children):
        return None
    return " ".join([*(t.text for t in [*before, *named]), root.lower_])  # the words are not contiguous


def noun_words(head: Token) -> list[Token]:
    """A noun with its modifiers in front, without what follows it ("the agriculture ministry")."""
    return [t for t in head.subtree if t.i <= head.i and t.i >= head.left_edge.i]


def _before_relative(words: list[Token]) -> list[Token]:
    """ "a senior doctor at X, who asked not to be named": the description, not its clause."""
    for n, tok in enumerate(words[1:], 1):
        if tok.lower_ in ("who", "which", "whose") and words[n - 1].text == ",":
            return words[: n - 1]
    return words


def _role_words(words: list[Token], ents: list[Span]) -> str | None:
    """ "Ruritania's vice director of trade of the Ministry" -> "vice director of trade"."""
    kept = [
        t for t in words if not any(e.start <= t.i < e.end for e in ents) and t.dep_ not in ("case", "det")
    ]
    while kept and (kept[-1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ") or kept[-1].lower_ in ("'s", "’s")):
        kept = kept[:-1]
    while kept and kept[0].pos_ in ("ADP", "DET", "PUNCT", "PART"):
        kept = kept[1:]
    return text_of(kept) or None


def _described_org(span: Span, ents: list[Span], actors: Actors) -> ActorInfo | None:
    """ "Russia's foreign ministry", "the Valdorian military"; "the ministry" is left to coreference."""
    holder = _office_of(span, ents)
    if holder is not None:  # "the office of Marvenian President Hanna Lorberg"
        info = ActorInfo(f"{person_name(holder.text)}'s {span.root.lower_}", "organization")
        country = next((c for e in ents if (c := actors.country(e.text)) is not None), None)
        info.affiliation = country_actor(country) if country is not None else None
        return info
    countries = [c for e in ents if (c := actors.country(e.text)) is not None]
    owners = [t for t in span if t.dep_ == "poss" and t.pos_ == "PROPN"]  # untagged: "Ostmark's army"
    countries += [c for t in owners if (c := actors.country(t.text)) is not None]
    if not countries:
        return None
    country = countries[0]
    words = strip_determiner(list(span))
    rest = [t for t in words if not any(e.start <= t.i < e.end for e in ents) and t.dep_ != "case"]
    rest = [t for t in rest if t.lower_ not in ("'s", "’s") and t not in owners]
    while rest and rest[-1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ"):  # "embassy in" once "Varnell" is out
        rest = rest[:-1]
    if not rest:
        return country_actor(country)
    info = ActorInfo(f"{country.name}'s {text_of(rest)}", "organization")
    info.affiliation = country_actor(country)
    return info
