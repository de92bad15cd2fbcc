"""Actor names: one canonical name per actor, with kind, role and affiliation.

`describe(span)` reads a mention ("White House national security spokesman
John Kirby", "Pyongyang", "a State Department official") into an `ActorInfo`;
`Actors` keeps a document's actors under their canonical names, so "U.S.",
"Washington" and "the United States" meet as United States and the
affiliation chain (John Kirby -> White House -> United States) is listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.candidates import doc_text, ents_in
from claims.extraction.places import Country, body_named, country_by_code, country_named
from claims.extraction.types import ExtractedActor

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ABBREVIATION = re.compile(r"(?:^|[\s.])[A-Za-z]\.$")
# Words that make an organisation's name a news outlet's ("the Valley Courier").
_MEDIA_NAMES = lx.words("""
    times post journal herald tribune gazette news radio tv television courier chronicle observer
    examiner inquirer dispatch telegraph mail express mirror standard globe bulletin daily weekly
    monitor broadcasting broadcaster newspaper magazine press wire
    """)
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_DETERMINERS = lx.words("the a an some several many two three four five other another")
_STATE_MEDIA = re.compile(
    r"\bstate(?:-run|-controlled| official)?\s+(?:media|news|television|tv|radio|broadcaster)", re.I
)


@dataclass(slots=True)
class ActorInfo:
    name: str
    kind: str = "unknown"
    role: str | None = None
    affiliation: ActorInfo | None = None
    country_code: str | None = None
    gender: str | None = None  # "m" / "f" when the text says
    plural: bool = False
    speaks_for: Country | None = None  # state media: the state whose words it carries
    aliases: list[str] = field(default_factory=list)


def clean(text: str) -> str:
    """Spaces collapsed, edge punctuation and a possessive dropped; "U.S." keeps its last dot."""
    text = " ".join(text.split()).strip(" ,;:—–-\"'“”‘’()")
    text = _POSSESSIVE.sub("", text).strip()
    if text.endswith(".") and not _ABBREVIATION.search(text):
        text = text.rstrip(".").strip()
    return text


def org_name(text: str) -> str:
    """An organisation's name without a leading article: "the Ministry of X" -> "Ministry of X"."""
    text = clean(text)
    return re.sub(r"^the\s+", "", text, flags=re.I) or text


def strip_determiner(words: list[Token]) -> list[Token]:
    while words and (words[0].lower_ in _DETERMINERS or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    return words


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return clean(doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])])


def country_actor(country: Country) -> ActorInfo:
    return ActorInfo(country.name, "country", country_code=country.code)


def person_name(ent_text: str) -> str:
    """ "Mr. Kirby's" -> "Kirby"; "Prime Minister Anna Berg" -> "Anna Berg"."""
    words = clean(ent_text).split()
    while len(words) > 1 and words[0].lower() in lx.HONORIFICS:
        words = words[1:]
    while len(words) > 2 and words[0].lower() in lx.TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def gender_of(tokens: list[Token]) -> str | None:
    for tok in tokens:
        low = tok.lower_
        if low in lx.FEMALE_MARKERS:
            return "f"
        if low in lx.MALE_MARKERS:
            return "m"
    return None


def org_actor(name: str, country: Country | None = None) -> ActorInfo:
    """An organisation or outlet, with what the data files know about it."""
    body = body_named(name)
    if body is not None:
        info = ActorInfo(body.name, body.kind)
        info.affiliation = (
            country_actor(body.country) if body.kind == "organization" or body.speaks_for_state else None
        )
        info.speaks_for = body.country if body.speaks_for_state else None
        return info
    kind = "media" if _looks_like_media(name) else "organization"
    info = ActorInfo(name, kind)
    if country is not None:
        info.affiliation = country_actor(country)
    return info


def _looks_like_media(name: str) -> bool:
    words = {w.lower() for w in name.split()}
    return bool(words & _MEDIA_NAMES) or ("agency" in words and "news" in words)


def entity_actor(ent: Span) -> ActorInfo | None:
    """An actor for a named entity, or None for entities that are not actors."""
    label = ent.label_
    if label == "PERSON":
        name = person_name(ent.text)
        return ActorInfo(name, "person", gender=gender_of(list(ent))) if name else None
    if label in ("GPE", "NORP", "LOC"):
        country = country_named(clean(ent.text))
        if country is not None:
            return country_actor(country)
        if label == "GPE":
            return ActorInfo(clean(ent.text), "organization")
        return None
    if label == "ORG":
        name = org_name(ent.text)
        country = country_named(name)  # "DPRK" is tagged ORG
        if country is not None:
            return country_actor(country)
        return org_actor(name) if name else None
    return None


class Actors:
    """A document's actors under canonical names, surnames resolved to full names."""

    def __init__(self, doc_ents: list[Span]) -> None:
        self.by_name: dict[str, ActorInfo] = {}
        self.surnames: dict[str, str] = {}
        self.people: set[str] = set()
        for ent in doc_ents:
            if ent.label_ == "PERSON":
                name = person_name(ent.text)
                if len(name.split()) >= 2:
                    self.surnames.setdefault(name.split()[-1].lower(), name)
                    self.people.add(name)

    def is_person(self, name: str) -> bool:
        """A name the document uses for a person elsewhere (full name or surname)."""
        return name in self.people or name.lower() in self.surnames

    def canonical_person(self, name: str) -> str:
        if len(name.split()) == 1:
            return self.surnames.get(name.lower(), name)
        return name

    def add(self, info: ActorInfo, alias: str | None = None) -> ActorInfo:
        """Register `info` (and its affiliation chain); returns the stored actor."""
        if info.kind == "person":
            info.name = self.canonical_person(info.name)
        stored = self.by_name.get(info.name)
        if stored is None:
            stored = self.by_name[info.name] = info
        else:
            stored.role = stored.role or info.role
            stored.gender = stored.gender or info.gender
            stored.speaks_for = stored.speaks_for or info.speaks_for
            if stored.affiliation is None and info.affiliation is not None:
                stored.affiliation = info.affiliation
            if stored.kind == "unknown":
                stored.kind = info.kind
        if stored.affiliation is not None and stored.affiliation.name != stored.name:
            stored.affiliation = self.add(stored.affiliation)
        elif stored.affiliation is not None:
            stored.affiliation = None
        if alias:
            alias = clean(alias)
            if alias and alias != stored.name and alias not in stored.aliases:
                stored.aliases.append(alias)
        return stored

    def extracted(self, names: set[str]) -> tuple[ExtractedActor, ...]:
        """The actors named by statements, with their affiliation chains."""
        wanted: list[ActorInfo] = []
        for name in sorted(names):
            actor = self.by_name.get(name)
            while actor is not None and actor not in wanted:
                wanted.append(actor)
                actor = actor.affiliation
        return tuple(
            ExtractedActor(
                name=a.name,
                kind=a.kind,
                role=a.role,
                affiliation=a.affiliation.name if a.affiliation else None,
                country_code=a.country_code,
                aliases=tuple(a.aliases),
            )
            for a in sorted(wanted, key=lambda a: a.name)
        )


def describe(span: Span, actors: Actors) -> ActorInfo | None:
    """Who a mention names, before coreference: None for pronouns and bare descriptions."""
    root = span.root
    ents = [e for e in ents_in(span.doc, span.start, span.end) if e.label_ in _ACTOR_LABELS]
    person = _person_in(span, ents) or _titled_name(span)
    if person is not None:
        return _person_info(span, person, ents)
    state = _state_media(span, ents)
    if state is not None:
        return state
    head_ent = next((e for e in ents if e.start <= root.i < e.end), None)
    if head_ent is not None and actors.is_person(clean(head_ent.text)):  # "Brandt" tagged ORG
        return ActorInfo(actors.canonical_person(clean(head_ent.text)), "person")
    if head_ent is not None and head_ent.label_ != "FAC":
        return entity_actor(head_ent)
    if root.pos_ == "PROPN" and root.text[:1].isupper():
        named = _proper_name(span, actors)
        if named is not None:
            return named
    if root.lemma_.lower() in lx.ROLE_NOUNS or root.lower_ in lx.ROLE_NOUNS:
        return _described_official(span, ents)
    if root.lemma_.lower() in lx.ORG_DESCRIPTIONS:
        return _described_org(span, ents)
    return None


def _person_in(span: Span, ents: list[Span]) -> Span | None:
    people = [e for e in ents if e.label_ == "PERSON"]
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
    if root.lemma_.lower() in lx.ROLE_NOUNS:
        return people[0] if people[0].root.head.i in (root.i, *[c.i for c in root.children]) else None
    return None


def _is_role(tok: Token) -> bool:
    return tok.lemma_.lower() in lx.ROLE_NOUNS or tok.lower_ in lx.ROLE_NOUNS


def _titled_name(span: Span) -> Span | None:
    """A proper name in apposition with a role noun is a person, whatever the entity tagger said.

    "The auditor, Petra Novak," and "Petra Novak, the auditor," both name a person.
    """
    root = span.root
    doc = span.doc
    pairs = [(root, c) for c in root.children if c.dep_ == "appos"]
    for head, other in pairs:
        name, role = (other, head) if other.pos_ == "PROPN" else (head, other)
        if name.pos_ == "PROPN" and _is_role(role) and span.start <= name.left_edge.i:
            start = name.i
            while start > span.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
                start -= 1
            return doc[start : name.i + 1]
    return None


def _name_part(ent: Span) -> Span:
    """The name inside a PERSON entity, without leading titles: "Mayor Elena Varga" -> "Elena Varga"."""
    name_words = len(person_name(ent.text).split())
    end = ent.end
    while end > ent.start and (ent.doc[end - 1].is_punct or ent.doc[end - 1].lower_ in ("'s", "’s")):
        end -= 1
    return ent.doc[max(ent.start, end - name_words) : end]


def _proper_name(span: Span, actors: Actors) -> ActorInfo | None:
    """A name the entity recogniser missed or mislabelled: the proper nouns ending at the head."""
    doc, root = span.doc, span.root
    start = root.i
    while start > span.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    words = [t.text for t in doc[start : root.i + 1]]
    titled = [w for w in words if w.lower() in lx.HONORIFICS or w.lower() in lx.TITLE_WORDS]
    if words[-1].lower() in lx.ORG_DESCRIPTIONS or words[-1].lower() in lx.ORG_NAME_WORDS:
        return org_actor(org_name(" ".join(words)))
    if titled or 2 <= len(words) <= 3 or words[0].lower() in actors.surnames:
        name = doc[start : root.i + 1]
        return _person_info(span, doc[name.end - len(person_name(name.text).split()) : name.end], [])
    return None


def _person_info(span: Span, person: Span, ents: list[Span]) -> ActorInfo:
    person = _name_part(person) if person.label_ == "PERSON" else person
    info = ActorInfo(person_name(person.text), "person", gender=gender_of(list(span)))
    others = [e for e in ents if e.label_ in ("ORG", "GPE", "NORP") and not (e.start <= person.start < e.end)]
    owners = {t.i for tok in span if tok.dep_ == "poss" for t in tok.subtree}  # "the company's"
    title = [t for t in span if not (person.start <= t.i < person.end) and t.i not in owners]
    role_words = [t for t in strip_determiner(title) if not any(e.start <= t.i < e.end for e in others)]
    role_words = [t for t in role_words if t.lower_ not in lx.HONORIFICS]
    is_role = any(t.lower_ in lx.ROLE_NOUNS or t.lower_ in lx.TITLE_WORDS for t in role_words)
    role = _text(strip_determiner(role_words)) if is_role else None
    if role:
        info.role = re.sub(r"^(of|from|at|for|with)\s+", "", role).strip(", ") or None
    if others:
        info.affiliation = _affiliation(others)
    return info


def _affiliation(ents: list[Span]) -> ActorInfo | None:
    """The most specific organisation named (an ORG over a country), tied to its country."""
    orgs = [e for e in ents if e.label_ == "ORG" and country_named(clean(e.text)) is None]
    countries = [country_named(clean(e.text)) for e in ents if e.label_ in ("GPE", "NORP", "ORG")]
    country = next((c for c in countries if c is not None), None)
    if orgs:
        return _qualified_org(org_name(orgs[0].text), country)
    return country_actor(country) if country else None


def _qualified_org(name: str, country: Country | None) -> ActorInfo:
    """ "Ministry of National Defense" of North Korea -> "North Korea's Ministry of National Defense"."""
    info = org_actor(name, country)
    if country is not None and info.affiliation is None:
        info.affiliation = country_actor(country)
    if country is not None and body_named(name) is None and country.name.lower() not in name.lower():
        generic = (
            name.split()[0].lower() in lx.ORG_DESCRIPTIONS or name.split()[-1].lower() in lx.ORG_DESCRIPTIONS
        )
        if generic:
            info.name = f"{country.name}'s {name}"
    return info


def _state_media(span: Span, ents: list[Span]) -> ActorInfo | None:
    """ "state media KCNA", "North Korean state media": the state speaks, the outlet relays."""
    if not _STATE_MEDIA.search(span.text):
        return None
    outlet = next((e for e in ents if e.label_ == "ORG" and country_named(clean(e.text)) is None), None)
    country = next((c for e in ents if (c := country_named(clean(e.text))) is not None), None)
    if outlet is not None:
        info = org_actor(org_name(outlet.text))
    else:  # "state media KCNA": the outlet's name is the proper nouns after the description
        names = [t for t in span if t.pos_ == "PROPN" and not any(e.start <= t.i < e.end for e in ents)]
        info = org_actor(_text(names)) if names else ActorInfo(clean(span.text), "media")
    info.kind = "media"
    if country is not None and info.speaks_for is None:
        info.speaks_for = country
        info.affiliation = country_actor(country)
    return info


def _described_official(span: Span, ents: list[Span]) -> ActorInfo | None:
    """ "a State Department official", "diplomats familiar with the talks"."""
    words = strip_determiner(list(span))
    if not words:
        return None
    root = span.root
    definite = span[0].lower_ in ("the", "this", "that") and not ents
    if definite and len(words) <= 3:
        return None  # "the spokesman": coreference finds who
    plural = root.tag_ in ("NNS", "NNPS")
    info = ActorInfo(_text(words), "group" if plural else "person", plural=plural)
    info.role = _role_words(words, ents) if len(words) > 1 else None
    info.gender = gender_of(words)
    if ents:
        info.affiliation = _affiliation(ents)
    return info


def _role_words(words: list[Token], ents: list[Span]) -> str | None:
    """ "Ruritania's vice director of trade of the Ministry" -> "vice director of trade"."""
    kept = [
        t for t in words if not any(e.start <= t.i < e.end for e in ents) and t.dep_ not in ("case", "det")
    ]
    while kept and (kept[-1].pos_ in ("ADP", "DET", "PUNCT", "CCONJ") or kept[-1].lower_ in ("'s", "’s")):
        kept = kept[:-1]
    while kept and kept[0].pos_ in ("ADP", "DET", "PUNCT", "PART"):
        kept = kept[1:]
    return _text(kept) or None


def _described_org(span: Span, ents: list[Span]) -> ActorInfo | None:
    """ "Russia's foreign ministry", "the North Korean military"; "the ministry" is left to coreference."""
    countries = [c for e in ents if (c := country_named(clean(e.text))) is not None]
    if not countries:
        return None
    country = countries[0]
    words = strip_determiner(list(span))
    rest = [t for t in words if not any(e.start <= t.i < e.end for e in ents) and t.dep_ != "case"]
    rest = [t for t in rest if t.lower_ not in ("'s", "’s")]
    if not rest:
        return country_actor(country)
    info = ActorInfo(f"{country.name}'s {_text(rest)}", "organization")
    info.affiliation = country_actor(country)
    return info


def country_of(info: ActorInfo | None) -> ActorInfo | None:
    """The country at the end of an affiliation chain, if any."""
    seen = 0
    while info is not None and seen < 6:
        if info.kind == "country":
            return info
        info = info.affiliation
        seen += 1
    return None


def by_code(code: str) -> ActorInfo | None:
    country = country_by_code(code)
    return country_actor(country) if country else None
