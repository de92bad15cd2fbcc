"""Roles and descriptions resolved by a name given later: lede roles, appositions, ages."""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import (
    ActorInfo,
    clean,
    occupation,
    org_actor,
    org_name,
    organisation_like,
    strip_determiner,
    text_of,
)
from claims.extraction.candidates import doc_ents, doc_text, ents_in
from claims.extraction.mentions import describe, entity_actor
from claims.extraction.speakers.clues import (
    _called,
    _company,
    _issuing_body,
    _opens_with_background,
    _titled,
    _without_clauses,
    _words_of,
    noun_phrase,
)
from claims.extraction.speakers.words import (
    _AGE,
    _BARE_REACH,
    _COMPANY,
    _FEMALE_HEADS,
    _LEDE_REACH,
    _MALE_HEADS,
    _NAMED,
    _NOT_NAMES,
    _NOT_PEOPLE,
    _NOT_ROLE,
    _PEOPLE,
    _RANKS,
)


def _attached(words: Span, ent: Span) -> list[Token]:
    """The words before a name that hang on it, directly or through each other ("Fire Chief")."""
    kept = set(range(ent.start, ent.end))
    for tok in reversed(words):
        if tok.head.i in kept and tok.head.i != tok.i:
            kept.add(tok.i)
    return [t for t in words if t.i in kept]


def _sex(noun: Token) -> str | None:
    """ "f" for "sister", "m" for "husband", else None."""
    low = noun.lower_
    return "f" if low in _FEMALE_HEADS else "m" if low in _MALE_HEADS else None


def _named_person(tok: Token) -> bool:
    """A person's name in a description ("The sister of Ewan Renwick"); not a place the tagger took
    for one ("a student detained in Velm")."""
    if tok.ent_type_ != "PERSON":
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "from", "outside"))


class Roles:
    """A role or a description named later in the text: "its mayor ... Mayor X", "a woman, 58, ..."."""

    def _role_fits(self, mention: Span) -> Callable:
        """ "Pell's lawyer" after "said the lawyer, Oleg Vantrup": a person met before under every
        word of the role (so not the owner, who holds no such role)."""
        root = mention.root
        role = {root.lemma_.lower()} | {
            t.lower_ for t in root.children if t.dep_ in ("compound", "amod") and t.lower_ not in _NOT_ROLE
        }
        return lambda a: a.kind == "person" and a.role is not None and _titled(role, _words_of(a.role))

    def _named_later(self, mention: Span) -> ActorInfo | None:
        """ "its mayor said ... Mayor Helga Brunn": a role met before its name, named later.

        The person must carry every word of the role ("finance minister"), in a title in
        front of the name or in an apposition.
        """
        root = mention.root
        if root.lemma_.lower() not in lx.ROLE_NOUNS or root.tag_ != "NN":
            return None
        role = {root.lemma_.lower()} | {
            t.lower_ for t in root.children if t.dep_ in ("compound", "amod") and t.lower_ not in _NOT_ROLE
        }
        for ent in doc_ents(self.doc):
            if ent.start <= mention.end or not (ent.label_ == "PERSON" or self._apposed_person(ent)):
                continue
            before = self.doc[max(mention.end, ent.start - 3) : ent.start]  # not the mention's own words
            # the name's own title ("Mayor Helga Brunn"), not another clause ("the spokesman said Mrs X")
            before = _attached(before, ent)
            title = {t.lower_ for t in ent} | {t.lower_ for t in before}
            if ent.root.dep_ == "appos":
                title |= {t.lemma_.lower() for t in ent.root.head.subtree}
            for appos in (c for c in ent.root.children if c.dep_ == "appos"):  # "X, club doctor at Y,"
                title |= {t.lemma_.lower() for t in appos.subtree if t.i <= appos.i}
            title |= self._name_given_to(ent)
            if _titled(role, title) and not self._other_post(mention, title):
                info = entity_actor(ent, self.actors)
                return self.actors.add(info, mention.text) if info is not None else None
        return None

    def _apposed_person(self, ent: Span) -> bool:
        """ "The museum's director, Ansel Pirro,": a name in apposition to a role, which the
        tagger may take for an organisation, when it reads as a person's name."""
        root = ent.root
        return root.dep_ == "appos" and root.head.lemma_.lower() in lx.ROLE_NOUNS and self._a_person(ent)

    @staticmethod
    def _name_given_to(ent: Span) -> set[str]:
        """ "the leader of the Pell Hill Brigade, who calls himself Commander Varo": the words of
        the noun a clause gives the name to."""
        clause = ent.root.head
        if ent.root.dep_ not in ("oprd", "attr", "xcomp") or clause.dep_ not in ("relcl", "acl"):
            return set()
        noun = clause.head
        while noun.dep_ == "pobj" and noun.head.lower_ == "of":  # the clause hung on "the Brigade"
            noun = noun.head.head
        return {t.lemma_.lower() for t in noun.subtree if t.i < clause.left_edge.i}

    def _other_post(self, mention: Span, title: set[str]) -> bool:
        """ "Ardenia's environment minister" is not "Gresland's deputy environment minister, X":
        a title with a rank the mention lacks, or of another country, is another post."""
        words = {t.lower_ for t in mention} | {t.lemma_.lower() for t in mention}
        if (title & _RANKS) - words:
            return True
        ours = {c.name for t in mention if (c := self.actors.country(t.text)) is not None}
        theirs = {c.name for w in title if (c := self.actors.country(w)) is not None}
        return bool(ours and theirs and not ours & theirs)

    def _lede_role(self, mention: Span, owned: bool = False) -> bool:
        """ "A structural engineer testified on Monday ...": a role with "a" (or, when `owned`,
        a role of a place or body: "Ardenia's environment minister") opening the story's first
        paragraph (after the headline), whose person the next paragraphs name."""
        if not owned and mention[0].lower_ not in ("a", "an"):
            return False
        role = mention.root.lemma_.lower() in lx.ROLE_NOUNS
        if not role and (owned or not occupation(mention.root, agents=True)):
            return False
        if (
            mention.start != mention.sent.start
            and not self.doc[mention.sent.start : mention.start].text.isspace()
        ):
            return False
        paragraphs = [p.strip() for p in doc_text(self.doc)[: mention.start_char].split("\n") if p.strip()]
        return not paragraphs or (len(paragraphs) == 1 and paragraphs[0][-1] not in '.!?"”’')

    def _speaks_next(self, mention: Span) -> ActorInfo | None:
        """ "Ardenia's environment minister said on Tuesday that ... / '...,' Sabine Orlow told a
        news conference": the lede's role is the first person named after it, when that person
        speaks in the next paragraph and nobody was named before."""
        names = [e for e in doc_ents(self.doc) if self._a_person(e)]
        if any(e.start < mention.end for e in names):
            return None
        later = names[0] if names else None
        if later is None or later.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        text = doc_text(self.doc)
        between = text[mention.end_char : later.start_char].strip("\n").split("\n\n")
        if len(between) != 2 or later.root.head.lemma_ not in lx.SPEECH_VERBS:
            return None
        info = entity_actor(later, self.actors)
        return self.actors.add(info, mention.text) if info is not None else None

    def _aged_later(self, mention: Span, background: bool = False) -> ActorInfo | None:
        """ "The former treasurer of a hospice charity told a jury ... Prosecutors allege that Moira
        Castellane, 58, created ...": a lede that describes its protagonist before anyone is named,
        and names her in the next paragraphs with her age (or, for a role that opens the lede, who
        opens a paragraph with her name and her background: "Walter Greaves, who inspected ...")."""
        root = mention.root
        if root.tag_ != "NN" or root.lemma_.lower() in _NOT_PEOPLE:  # any person: "the former treasurer"
            return None
        if mention[0].lower_ not in ("a", "an", "the"):
            return None
        names = [e for e in doc_ents(self.doc) if e.label_ in ("PERSON", "ORG")]
        if any(t.ent_type_ == "PERSON" for t in mention):
            return None
        # a headline's names ("... about Kalt paintings") are not the lede's people
        if any(
            self.headline_end <= e.start_char and e.start < mention.start and self._a_person(e) for e in names
        ):
            return None
        text = doc_text(self.doc)
        sex = _sex(root)
        for ent in names:  # in text order: past the lede's reach, nobody later is within it
            if ent.start_char - mention.end_char > _LEDE_REACH:
                return None
            introduced = _AGE.match(text, ent.end_char) or (background and _opens_with_background(text, ent))
            if introduced and ent.root.dep_ != "poss" and self._a_person(ent):
                info = entity_actor(ent, self.actors)
                if info is not None and sex and info.gender not in (None, sex):
                    continue  # "The sister of a man arrested ... Ewan Renwick, 34,": the man
                return self.actors.add(info, mention.text) if info is not None else None
        return None

    def _named_bare_later(self, mention: Span) -> ActorInfo | None:
        """ "The sister of a man held near the base said ... / Maren Darrow said her brother ...":
        a person the lede describes, whom a later paragraph opens with a bare name (no title, age
        or apposition: the reader is taken to know her) as the subject of a speech verb."""
        root = mention.root
        if root.tag_ != "NN" or root.lemma_.lower() in _NOT_PEOPLE | lx.ORG_DESCRIPTIONS:
            return None
        if mention[0].lower_ not in ("a", "an", "the") or any(_named_person(t) for t in mention):
            return None
        text = doc_text(self.doc)
        paragraphs = [p for p in text[: mention.start_char].split("\n") if p.strip()]
        if len(paragraphs) > 1 or (paragraphs and paragraphs[0].rstrip()[-1] in '.!?"”’'):
            return None  # not in the lede
        sex = _sex(root)
        seen: set[str] = set()
        for ent in doc_ents(self.doc):
            if ent.start < mention.end or ent.label_ != "PERSON":
                continue
            if ent.start_char - mention.end_char > _BARE_REACH:
                return None
            info = entity_actor(ent, self.actors) if self._a_person(ent) else None
            if info is None or info.name in seen:
                continue
            seen.add(info.name)
            if self._bare_opening(text, ent) and (sex is None or info.gender in (None, sex)):
                info.gender = info.gender or sex  # the sister's "he" is her brother
                return self.actors.add(info, mention.text)
        return None

    @staticmethod
    def _bare_opening(text: str, ent: Span) -> bool:
        """A full name opening a paragraph as the subject of a speech verb, with nothing after it."""
        line = text.rfind("\n", 0, ent.start_char) + 1
        root = ent.root
        return (
            not text[line : ent.start_char].strip()
            and len(ent) >= 2
            and root.dep_ == "nsubj"
            and root.head.lemma_ in lx.SPEECH_VERBS
            and root.head.i == ent.end
        )

    @functools.cached_property
    def _sentences(self) -> list[Span]:
        """The document's sentences that hold words (found on first use, then kept)."""
        return [s for s in self.doc.sents if s.text.strip()]

    def _named_next(self, mention: Span) -> ActorInfo | None:
        """ "A developer hoping to build 180 homes has called ... Larchfield Homes was responding":
        an organisation introduced by an indefinite description and named as the subject of one of
        the next two sentences; or introduced by a definite one that a clause makes its first
        mention ("the company that runs the mill upstream said ... Orwick Paper rejected"), named
        within the next four by a name that fits the description."""
        root = mention.root
        head = root.lemma_.lower()
        if root.tag_ not in ("NN", "NNP") or head in lx.ROLE_NOUNS | _PEOPLE:
            return None
        if head in lx.DOCUMENT_NOUNS and _issuing_body(mention) is not None:
            return None  # "a police statement": the police's, not the body the next sentence names
        if any(t.ent_type_ in _NAMED for t in _without_clauses(mention)):
            return None
        fits: Callable = lambda a: a.kind == "organization"  # noqa: E731
        if mention[0].lower_ == "the" and any(c.dep_ in ("relcl", "acl") for c in root.children):
            fits = _company if head in _COMPANY else lambda a: _words_of(a.name) & {head} != set()
            reach = 4
        elif mention[0].lower_ in ("a", "an"):
            reach = 2
        else:
            return None
        sents = self._sentences
        here = next((n for n, s in enumerate(sents) if s.start <= root.i < s.end), None)
        if here is None:
            return None
        for sent in sents[here + 1 : here + 1 + reach]:
            for name in self._subject_names(sent, bodies=reach == 2):
                if self._hidden(name.start_char):  # "... said the Meridian Star had been": what was said
                    continue
                info = entity_actor(name, self.actors) if name.label_ else describe(name, self.actors)
                if info is None and organisation_like(clean(name.text)):  # "Tregarth Homes" as a WORK_OF_ART
                    info = org_actor(self.actors.canonical_org(org_name(name.text)))
                if info is not None and info.kind == "organization" and fits(_called(info, name)):
                    actor = self.actors.add(info, mention.text)
                    if head in lx.ORG_DESCRIPTIONS:  # "a union ..." is "the union" from now on
                        actor.called.add(head)
                    return actor
        return None

    def _subject_names(self, sent: Span, bodies: bool = False) -> list[Span]:
        """The names that are subjects in a sentence: its entities, and proper nouns the tagger
        left out ("Orwick Paper rejected ..."); with `bodies`, also a body the subject person is
        described by ("Ivo Brand, general secretary of the Dock Workers' Guild, said")."""
        subject = ("nsubj", "nsubjpass")
        names = [e for e in ents_in(self.doc, sent.start, sent.end) if e.label_ not in _NOT_NAMES]
        found = [e for e in names if e.root.dep_ in subject]
        if bodies:
            people = [e.root for e in found if e.label_ == "PERSON" and e.root.head.lemma_ in lx.SPEECH_VERBS]
            inside = {t.i for p in people for c in p.children if c.dep_ == "appos" for t in c.subtree}
            found += [e for e in names if e.label_ == "ORG" and e.root.i in inside]
        for tok in sent:
            if tok.dep_ in subject and tok.pos_ == "PROPN" and not tok.ent_type_:
                found.append(noun_phrase(tok))
        return sorted(found, key=lambda span: span.start)

    def _described(self, mention: Span) -> ActorInfo | None:
        """No one to refer back to: a person named later for the role, else the description itself."""
        root = mention.root
        later = self._named_later(mention) or self._named_next(mention) or self._aged_later(mention)
        later = later or self._named_bare_later(mention)
        if later is not None:
            return later
        words = list(_without_clauses(mention))
        counted = root.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)
        words = words if counted else strip_determiner(words)  # "Two of its members": the count is the head
        if not words:
            return None
        head = root.lemma_.lower()
        plural = root.tag_ in ("NNS", "NNPS") or (counted and head != "one")
        kind = "organization" if head in lx.ORG_DESCRIPTIONS else ("group" if plural else "unknown")
        if head in lx.ROLE_NOUNS and not plural:
            kind = "person"
        if head == "one" and any(t.lemma_.lower() in lx.ROLE_NOUNS | _PEOPLE for t in words):
            kind = "person"  # "One of the patients, a 34-year-old teacher,": one person
        return self.actors.add(ActorInfo(text_of(words), kind, plural=plural), mention.text)
