"""Actor names: one canonical name per actor, with kind, role and affiliation.

`Actors` keeps a document's actors under their canonical names, so "U.S.",
"Washington" and "the United States" meet as United States, "Kirby" as "John
Kirby", "Orbis" as "Orbis Telecom", and the affiliation chain (John Kirby ->
White House -> United States) is listed. It also knows the document's own
places: a country the country list lacks ("Valdoria", and "Valdorian" for it)
still owns its ministries. Reading a mention into an actor is `mentions.py`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.candidates import doc_text, tokens_where
from claims.extraction.places import Country, body_named, country_named
from claims.extraction.types import ExtractedActor

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ABBREVIATION = re.compile(r"(?:^|[\s.])[A-Za-z]\.$")
# Words that make an organisation's name a news outlet's ("the Valley Courier").
_MEDIA_NAMES = lx.words("""
    times post journal herald tribune gazette news radio tv television courier chronicle observer
    examiner inquirer dispatch telegraph mail express mirror standard globe bulletin daily weekly
    monitor broadcasting broadcaster newspaper magazine press wire
    courant sentinel enquirer recorder clarion bugle argus gleaner
    """)
# Endings that make a word a demonym of a place name ("Valdorian" of "Valdoria").
_DEMONYM = re.compile(r"(?:ian|ean|an|n|ese|ish|i|ic)s?$")
_BRAND = re.compile(r"[a-z][A-Z]")  # a capital inside a word: "SarniaJet", "EuroLink"
# Words too common to stand alone for a longer organisation name.
_GENERIC = (
    lx.ORG_DESCRIPTIONS | lx.ORG_NAME_WORDS | lx.words("national new united first royal the of and for")
)
# What only an organisation has: "Wrenly's chief executive", "its shareholders" (written for the
# speaker rules; not "staff" or "employees", which a senator or a shopkeeper has too).
_BODY_POSSESSIONS = lx.words("executive ceo shareholders users subscribers founder board")


# Lower-case words a proper name may hold ("Ministry of Defence", "Ludwig van Beethoven").
_NAME_JOINERS = lx.words("of for the de la du von van der al bin")


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
    principal: ActorInfo | None = None  # whom a person speaks for: "her lawyer", "his spokesman"
    aliases: list[str] = field(default_factory=list)
    called: set[str] = field(default_factory=set)  # "Marelink, a tracking service": {"service"}


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


def head_word(name: str) -> str:
    """The noun a body's name is built on: "commission" in "Police Integrity Commission",
    "ministry" in "Ministry of Defence"."""
    words = name.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def strip_determiner(words: list[Token]) -> list[Token]:
    while words and (words[0].lower_ in lx.DETERMINERS or words[0].is_punct):
        words = words[1:]
    while words and words[-1].is_punct:
        words = words[:-1]
    return words


def text_of(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    text = doc_text(tokens[0].doc)
    return clean(text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])])


def country_actor(country: Country) -> ActorInfo:
    return ActorInfo(country.name, "country", country_code=country.code or None)


def person_name(ent_text: str) -> str:
    """ "Mr. Kirby's" -> "Kirby"; "Prime Minister Anna Berg" -> "Anna Berg"."""
    words = clean(ent_text).split()
    while len(words) > 1 and words[0].lower() in lx.HONORIFICS:
        words = words[1:]
    while len(words) > 2 and words[0].lower() in lx.TITLE_WORDS:
        words = words[1:]
    titled = _after_title(words)
    return " ".join(titled or words)


def _titled_name(name: str) -> bool:
    return name.split()[0].lower() in lx.TITLE_WORDS


def _after_title(words: list[str]) -> list[str] | None:
    """ "Fire Chief Renata Dufresne" -> "Renata Dufresne": the two or three capitalised words after a
    title that a capitalised word ("Fire", "City", "Hale County") qualifies, in front of a name."""
    if not all(w[:1].isupper() for w in words):
        return None
    for n in range(len(words) - 2, 0, -1):
        rest = words[n + 1 :]
        plain = not any(w.lower() in lx.TITLE_WORDS for w in rest)
        if words[n].lower() in lx.TITLE_WORDS and 2 <= len(rest) <= 3 and plain:
            return rest
    return None


def person_like(name: str) -> bool:
    """ "Cllr Dominic Farrant", "Rhiannon Dace" tagged as an organisation: an honorific or a common
    given name before a capitalised surname makes a person, unless the name ends like an organisation's."""
    words = name.split()
    if not 1 < len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if words[0].lower() in lx.HONORIFICS:
        return True
    titled = _after_title(words)
    if titled is not None and not organisation_like(name):  # "Fire Chief Renata Dufresne" tagged ORG
        return True
    return len(words) <= 3 and words[0].lower() in _given_names() and not organisation_like(name)


@functools.cache
def _given_names() -> dict[str, str]:
    names: dict[str, str] = {}
    path = Path(__file__).parent / "data" / "given_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:2] in ("f:", "m:"):
            names.update((name.lower(), line[0]) for name in line[2:].split())
    return names


def gender_of(tokens: list[Token], name: str = "") -> str | None:
    """ "m" or "f" from a title ("Mrs.", "spokeswoman") or a common given name, else None."""
    for tok in tokens:
        low = tok.lower_
        if low in lx.FEMALE_MARKERS:
            return "f"
        if low in lx.MALE_MARKERS:
            return "m"
    first = name.split()[0].lower() if len(name.split()) > 1 else ""
    return _given_names().get(first)


def org_actor(name: str, country: Country | None = None) -> ActorInfo:
    """An organisation or outlet, with what the data files know about it."""
    body = body_named(name)
    if body is not None:
        info = ActorInfo(body.name, body.kind)
        if body.kind == "organization" or body.speaks_for_state:
            info.affiliation = country_actor(body.country)
        info.speaks_for = body.country if body.speaks_for_state else None
        return info
    info = ActorInfo(name, "media" if looks_like_media(name) else "organization")
    if country is not None:
        info.affiliation = country_actor(country)
    return info


def organisation_like(name: str) -> bool:
    """A name that ends like an organisation's ("Dravo Minerals", "Clearwater Alliance")."""
    last = name.split()[-1].lower() if name.split() else ""
    return last in lx.ORG_NAME_WORDS or last in lx.ORG_DESCRIPTIONS or looks_like_media(name)


def looks_like_media(name: str) -> bool:
    words = {w.lower() for w in name.split()}
    return bool(words & _MEDIA_NAMES) or ("agency" in words and "news" in words)


def _acronym(name: str) -> str:
    return "".join(
        w[0] for w in name.split() if w[:1].isupper() and w.lower() not in ("of", "and", "the", "for")
    )


def _alias(text: str) -> str | None:
    """A name the text used ("Kirby", "Pyongyang", "U.S."), not a description or a pronoun."""
    text = re.sub(r"^(?:the|a|an)\s+", "", clean(text), flags=re.I)
    words = text.split()
    if not words or len(words) > 6 or "," in text or "(" in text:
        return None
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _NAME_JOINERS for w in words):
        return None  # "state media KCNA", "United States and South Korea"
    return text


class Actors:
    """A document's actors under canonical names, with the names the document uses for them."""

    def __init__(self, doc_ents: list[Span], doc: Doc | None = None) -> None:
        self.by_name: dict[str, ActorInfo] = {}
        self.surnames: dict[str, str] = {}
        self.people: set[str] = set()
        self.places: dict[str, str] = {}  # the document's places the country list lacks, by lower case
        self.states: set[str] = set()  # those of them the text treats as states (see `_learn_states`)
        self.short_orgs: dict[str, str] = {}  # "orbis" -> "Orbis Telecom", "mff" -> "Marenland F. F."
        self._countries: dict[str, Country | None] | None = None  # country() by text, once places are known
        self.place_words = {clean(e.text).lower() for e in doc_ents if e.label_ in ("GPE", "LOC")}
        for ent in doc_ents:
            if ent.label_ == "ORG" and not person_like(clean(ent.text)) and not role_apposed(ent):
                self.learn_org(org_name(ent.text))
        for ent in doc_ents:
            if ent.label_ == "PERSON" and organisation_like(clean(ent.text)):
                self.learn_org(org_name(ent.text))  # "The Orrin Brewery" tagged as a person
            elif ent.label_ == "PERSON" and which_clause(ent.root):
                self.learn_org(org_name(ent.text))  # "Bramble Aid, which runs three clinics,"
            elif ent.label_ == "PERSON" or (
                ent.label_ == "ORG" and (person_like(clean(ent.text)) or role_apposed(ent))
            ):
                name = person_name(ent.text)
                if (
                    len(name.split()) >= 2 and self.canonical_org(name) == name
                ):  # not "Cinder Lane" (Research)
                    self._learn_surname(name)
                    self.people.add(name)
                elif ent.label_ == "ORG" and len(name.split()) == 1:  # "Tech billionaire Orrin"
                    self.people.add(name)
        for ent in doc_ents:
            name = clean(ent.text)
            known = country_named(name) or self.is_person(name) or name.lower() in self.short_orgs
            if ent.label_ == "GPE" and not known and organisation_like(name):  # "Brightpath Apps"
                self.learn_org(name)
            elif ent.label_ == "GPE" and not known:
                self.places.setdefault(name.lower(), name)
        self.owners_of_bodies: set[str] = set()  # "Wrenly" of "Wrenly's chief executive"
        if doc is not None:
            self._learn_states(doc, doc_ents)
            self._learn_bodies(doc)
        # "Ostrand" alone is the state "Ostrand's government" names, not short for "Ostrand Power and Gas"
        for low in [k for k in self.short_orgs if k in self.states]:
            del self.short_orgs[low]
        self._countries = {}

    def _learn_states(self, doc: Doc, doc_ents: list[Span]) -> None:
        """Names the text treats as states, whatever the entity tagger said: the owner of a
        ministry or a minister ("Estmark's foreign ministry"), the place a demonym names
        ("Estmarkian" for "Estmark")."""
        for i in tokens_where(doc, pos=("PROPN",), deps=("poss",)):
            tok = doc[i]
            if tok.head.lemma_.lower() in lx.STATE_NOUNS:
                name = clean(doc[tok.left_edge.i : tok.i + 1].text)
                if country_named(name) is None and not self.is_person(name):
                    self.places.setdefault(name.lower(), name)
                    self.states.add(name.lower())
        demonyms = [
            clean(e.text).lower() for e in doc_ents if e.label_ == "NORP" and country_named(e.text) is None
        ]
        if demonyms:
            proper = (doc[i] for i in tokens_where(doc, pos=("PROPN",)))
            names = {t.text for t in proper if t.text[:1].isupper() and len(t.text) >= 4}
            for demonym in demonyms:
                stem = _DEMONYM.sub("", demonym)
                for name in names:
                    low = name.lower()
                    if (
                        len(stem) >= 4
                        and low != demonym
                        and (low.startswith(stem) or stem.startswith(low.rstrip("e")))
                    ):
                        self.places.setdefault(low, name)
                        self.states.add(low)

    def _learn_bodies(self, doc: Doc) -> None:
        """ "Wrenly's chief executive", "Orbis's shareholders": a one-word name that has what only
        an organisation has is an organisation's, whatever the tagger called it."""
        for i in tokens_where(doc, deps=("poss",)):  # any tag: "Wrenly" may be read as an adverb
            tok = doc[i]
            named = tok.pos_ not in ("PRON", "DET") and tok.text[:1].isupper()
            owned = {tok.head.lemma_.lower(), tok.head.lower_}  # "users" may lemmatise to "user"
            if named and owned & _BODY_POSSESSIONS:
                self.owners_of_bodies.add(tok.text)

    def learn_org(self, name: str) -> None:
        """Let "Orbis", "Herald" and "MFF" stand for "Orbis Telecom", "Marenland Herald", "Marenland FF"."""
        words = name.split()
        if len(words) < 2 or country_named(name) is not None:
            return
        company = words[-1].lower() in lx.ORG_NAME_WORDS - lx.ORG_DESCRIPTIONS  # "Fenmoor Foods"
        for word in {words[0], words[-1]}:
            low = word.lower()
            if low in _GENERIC or country_named(word) or not word[:1].isupper() or self.is_person(word):
                continue
            if word == words[0] and not company and low in self.place_words:
                continue  # "Amsford Bakers' Union" is not "Amsford", the town it is named after
            self.short_orgs.setdefault(low, name)
        if len(acronym := _acronym(name)) >= 2:
            self.short_orgs.setdefault(acronym.lower(), name)

    def country(self, text: str) -> Country | None:
        """A country by name, capital or demonym, the document's own places included (the rules
        ask about the same words many times: the answers are kept once the places are known)."""
        if self._countries is None:
            return self._country(text)
        if text not in self._countries:
            self._countries[text] = self._country(text)
        return self._countries[text]

    def _country(self, text: str) -> Country | None:
        name = clean(text)
        found = country_named(name)
        if found is not None:
            return found
        low = name.lower()
        stem = _DEMONYM.sub("", low)
        if _BRAND.search(name):  # "SarniaJet" is a company named after Sarnia, not a word for it
            return self._place(low)

        def named_by(key: str) -> bool:  # "Valdorian" -> "Valdoria", "Norvanian" -> "Norvane"
            return (
                len(stem) >= 4
                # a demonym is one word: "Skylark Air" is no "Skylark" ("Vaskia's ministry" is Vaskia's)
                and (" " not in stem or stem.split()[0].replace("’", "'") == key + "'s")
                and low != key
                and (key.startswith(stem) or stem.startswith(key.rstrip("e")))
            )

        if stem != low:  # a demonym names its place, even when the tagger took the demonym for a place too
            place = next(
                (p for k, p in self.places.items() if named_by(k) and _DEMONYM.sub("", k) == k), None
            )
            if place is not None:
                return Country("", place)
        if low in self.places:
            return Country("", self.places[low])
        place = next((p for k, p in self.places.items() if named_by(k)), None)
        return Country("", place) if place is not None else None

    def _place(self, low: str) -> Country | None:
        return Country("", self.places[low]) if low in self.places else None

    def _learn_person(self, name: str) -> None:
        """ "Elodie Varnhagen made her name ...", untagged: a full name met in the text is a
        person's, so that a later "Varnhagen" tagged as an organisation is her."""
        words = name.split()
        if name in self.people or not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            return
        if organisation_like(name) or self.canonical_org(name) != name or _titled_name(name):
            return
        if words[-1].lower() not in self.surnames:
            self._learn_surname(name)
            self.people.add(name)

    def _learn_surname(self, name: str) -> None:
        """The first full name for a surname, unless it was a title and the surname ("Treasurer
        Delahunt" in a headline) and a given name comes later ("Marcy Delahunt")."""
        key = name.split()[-1].lower()
        known = self.surnames.get(key)
        if known is None or (_titled_name(known) and not _titled_name(name)):
            self.surnames[key] = name

    def is_person(self, name: str) -> bool:
        """A name the document uses for a person elsewhere (full name or surname)."""
        return name in self.people or name.lower() in self.surnames

    def canonical_person(self, name: str) -> str:
        if len(name.split()) == 1:
            return self.surnames.get(name.lower(), name)
        return name

    def canonical_org(self, name: str) -> str:
        """ "Orbis" -> "Orbis Telecom"; "Telecom" too when one known name ends with it."""
        key = re.sub(r"^the\s+", "", name, flags=re.I)
        if len(key.split()) != 1:  # "Cinder Lane" for "Cinder Lane Research"
            fuller = {full for full in self.short_orgs.values() if full.lower().startswith(key.lower() + " ")}
            return fuller.pop() if len(fuller) == 1 else name
        if key.lower() in self.short_orgs:
            return self.short_orgs[key.lower()]
        longer = {full for full in self.short_orgs.values() if full.lower().endswith(" " + key.lower())}
        return longer.pop() if len(longer) == 1 else name

    def add(self, info: ActorInfo, alias: str | None = None) -> ActorInfo:
        """Register `info` (and its affiliation chain); returns the stored actor."""
        if info.kind == "person":
            info.name = self.canonical_person(info.name)
            info.gender = info.gender or gender_of([], info.name)
            self._learn_person(info.name)
        elif info.kind in ("organization", "media"):
            info.name = self.canonical_org(info.name)
            self.learn_org(info.name)
        stored = self.by_name.get(info.name)
        if stored is None:
            stored = self.by_name[info.name] = info
        else:
            self._merge(stored, info)
        if stored.affiliation is not None and stored.affiliation.name != stored.name:
            stored.affiliation = self.add(stored.affiliation)
        elif stored.affiliation is not None:
            stored.affiliation = None
        alias = _alias(alias or "")
        if alias and alias != stored.name and alias not in stored.aliases:
            stored.aliases.append(alias)
        return stored

    @staticmethod
    def _merge(stored: ActorInfo, info: ActorInfo) -> None:
        stored.role = stored.role or info.role
        stored.gender = stored.gender or info.gender
        stored.speaks_for = stored.speaks_for or info.speaks_for
        if stored.affiliation is None and info.affiliation is not None:
            stored.affiliation = info.affiliation
        if stored.kind == "unknown":
            stored.kind = info.kind

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


def which_clause(root: Token) -> bool:
    """ "Bramble Aid, which runs three clinics": a name whose relative clause says "which" names a
    thing, not a person (who would be "who")."""
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        if any(t.lower_ == "which" and t.i < clause.i for t in clause.children):
            return True
    return False


def role_apposed(ent: Span) -> bool:
    """ "the novelist Dorcas Penrith", "Dorcas Penrith, a novelist,": a name of two or three words,
    tagged as an organisation, that a person's role or occupation stands beside; or a one-word
    name after a word for a person ("Tech billionaire Orrin", "Delivery boss Zippa")."""
    words = clean(ent.text).split()
    if len(words) == 1 and words[0][:1].isupper():
        people = (c for c in ent.root.children if c.dep_ == "compound" and c.i < ent.start and c.tag_ == "NN")
        return any(c.lemma_.lower() in lx.PEOPLE_WORDS and not c.ent_type_ for c in people)
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if organisation_like(" ".join(words)):
        return False
    root = ent.root
    beside = [c for c in root.children if c.dep_ == "appos"]
    beside += [c for c in root.children if c.dep_ == "compound" and c.i < ent.start]  # "The composer X"
    if root.dep_ in ("appos", "compound"):
        beside.append(root.head)
    return any(occupation(t) for t in beside if t.tag_ == "NN" and not t.ent_type_)


def occupation(noun: Token, agents: bool = False) -> bool:
    """A singular noun for what a person does: a role, or a word like "novelist", "pianist"; with
    `agents`, also "investigator" (not for a name beside it: "the distributor Nordic Films")."""
    lemma = noun.lemma_.lower()
    if lemma in lx.ORG_DESCRIPTIONS:
        return False
    agent = agents and lemma.endswith("tor") and len(lemma) > 7  # not "monitor", "sector"
    return lemma in _OCCUPATIONS or (lemma.endswith("ist") and len(lemma) > 5) or agent


_OCCUPATIONS = lx.ROLE_NOUNS | lx.ARTS_OCCUPATIONS
