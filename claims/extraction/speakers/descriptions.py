"""Descriptions: "the ministry", "the company", "the statement", "its spokesman", and affiliations."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import ActorInfo, head_word, org_actor, strip_determiner, text_of
from claims.extraction.candidates import doc_ents, doc_text, ents_in
from claims.extraction.mentions import entity_actor, whole_name
from claims.extraction.speakers.clues import (
    _bodies,
    _company,
    _document_author,
    _one_body,
    _staff,
    _titled,
    _words_of,
    noun_phrase,
)
from claims.extraction.speakers.words import (
    _ADVERSARIES,
    _ANAPHORIC,
    _AUTHORING,
    _COMPANY,
    _DESCRIPTIVE,
    _HEADS,
    _NAMED,
    _NO_PORTFOLIO,
    _SAME_BREATH,
    _SPOKESPEOPLE,
    REACH,
)


def _bare(actor: ActorInfo, words: set[str]) -> bool:
    """An actor known only by the description's own words, in lower case ("company")."""
    return actor.name.islower() and _words_of(actor.name) <= words


def _proper(name: str) -> bool:
    """A body's own name ("Federation of Nursing Staff"), not a description ("Velgard's rail operator")."""
    return all(w[:1].isupper() or w in ("of", "for", "and", "the", "&") for w in name.split())


# Words after which a description's own noun has ended ("talks between the union and ...").
_PHRASE_BREAKS = frozenset({"between", "of", "for", "from", "with", "at", "in", "on", "by", "and", "over"})


def _core(name: str) -> str:
    """What a name says its bearer is: a body's own name whole, a description up to its first
    preposition ("Talks between the union and the authority" is no authority)."""
    if _proper(name):
        return name
    words = name.split()
    cut = next((n for n, w in enumerate(words) if n and w.lower() in _PHRASE_BREAKS), len(words))
    return " ".join(words[:cut])


def _state_of(actor: ActorInfo) -> ActorInfo | None:
    owner = actor.affiliation
    return owner if owner is not None and owner.kind == "country" else None


def _kind_of_body(tok: Token, root: Token) -> bool:
    """ "zoo" in "a zoo spokesman": a common noun the lists do not know, naming whose spokesperson."""
    return (
        tok.head.i == root.i
        and tok.dep_ == "compound"
        and tok.pos_ == "NOUN"
        and tok.lemma_.lower() not in lx.ORG_DESCRIPTIONS
        and root.lemma_.lower() in _SPOKESPEOPLE
    )


class Descriptions:
    """Definite descriptions ("the ministry", "the statement", "its spokesman"), and whose side a
    speaker is on."""

    def _spokesperson(self, actor: ActorInfo, mention: Span) -> ActorInfo:
        """ "a spokesman for the engine maker", "a ministry spokeswoman": an unnamed spokesperson
        of a body met before is named after that body ("spokesman for Veltmann Aero")."""
        body = actor.affiliation
        root = mention.root
        if (
            actor.kind != "person"
            or body is None
            or body.kind not in ("organization", "media")
            or root.lemma_.lower() not in _SPOKESPEOPLE
            or root.lower_ not in actor.name.lower()  # "the spokesman" may be one named before
            or any(t.ent_type_ == "PERSON" for t in mention)
            or not body.name[:1].isupper()
            or body.name.lower() in actor.name.lower()
        ):
            return actor
        for tok in mention:  # the body must be what the mention calls it ("force": a police force)
            noun = tok.lemma_.lower()
            if tok.i == root.i or tok.pos_ not in ("NOUN", "PROPN") or noun not in lx.ORG_DESCRIPTIONS:
                continue
            names = {head_word(body.name)}  # "police" is not the Police Integrity Commission
            fits = noun in names or lx.DESCRIPTION_NAMES.get(noun, set()) & names
            if not fits and not (noun in _COMPANY and _company(body)):
                return actor
        info = ActorInfo(f"{root.lower_} for {body.name}", "person", affiliation=body, gender=actor.gender)
        return self.actors.add(info, mention.text)

    @staticmethod
    def _anaphoric(mention: Span) -> bool:
        """ "the ministry", "the statement", "the company's spokesman": a description of someone met before.

        Not "Valdoria's foreign ministry" or "a ministry official": those introduce an actor.
        """
        dated = mention[0].ent_type_ == "DATE" and mention.root.lemma_.lower() in lx.DOCUMENT_NOUNS
        words = noun_phrase(mention.root, appositions=True)  # not its clauses: "the complaint, backed by X,"
        if (mention[0].lower_ not in _ANAPHORIC and not dated) or any(t.ent_type_ in _NAMED for t in words):
            return False
        if sum(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words) >= 2:
            return False  # "The Lowater Evening Post", whatever the tagger called it
        known = lx.ORG_DESCRIPTIONS | lx.ROLE_NOUNS | lx.DOCUMENT_NOUNS | _COMPANY
        if any(
            c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() not in known
            for c in mention.root.children
        ):
            return False  # "the reservoir's operator": a body named by what it runs, met for the first time
        return all(t.pos_ in _DESCRIPTIVE or t.ent_type_ or t.text.islower() for t in words)

    def _description(self, mention: Span, pos: int) -> ActorInfo | None:
        """ "the statement", "the ministry", "the spokesman": the nearest actor that fits."""
        root = mention.root
        head = root.lemma_.lower()
        if head in lx.DOCUMENT_NOUNS:
            return (
                self._owner_in_clause(mention)
                or self._dated(mention)
                or self._authored_before(root.lemma_.lower(), mention.start, pos)
                or self._publisher(head, mention.start, pos)
                or self._actor_of_act(mention)
                or self.last_document_speaker
                or self._recent(pos, lambda a: True)
            )
        words = {t.lower_ for t in noun_phrase(root) if t.pos_ in ("NOUN", "ADJ") and t.i != root.i} | {head}
        owned = self._owners_body(mention, head, pos)
        if owned is not None:
            return owned
        if head in lx.ROLE_NOUNS:
            return self._recent(pos, lambda a: a.kind == "person" and _titled(words, _words_of(a.role)))
        if head not in lx.ORG_DESCRIPTIONS:  # "The consultancy" after "Tessel Analytics, a consultancy,"
            found = self._recent(pos, lambda a: a.kind != "person" and head in a.called)
            return found or self._body_called(words, head, mention.text)

        # not the same bare description met before ("the company that owns the mill" left unnamed):
        # it says no more than this one, and a body named since is the likelier referent
        def named(a: ActorInfo) -> bool:
            return a.kind != "person" and words <= _words_of(_core(a.name)) | a.called and not _bare(a, words)

        actor = self._recent(pos, named)
        if actor is None:  # "the federation" long after "The Federation of Nursing Staff": the story's one
            actor = self._recent(pos, lambda a: named(a) and _proper(a.name), reach=len(doc_text(self.doc)))
        if actor is None and head in lx.DESCRIPTION_NAMES:  # "the force" for "Wetherstone Police"
            names = lx.DESCRIPTION_NAMES[head]
            actor = self._recent(pos, lambda a: a.kind != "person" and a.name.split()[-1].lower() in names)
        if actor is None and head in lx.MEDIA_DESCRIPTIONS:  # "the paper" for "the Drovane Post"
            actor = self._recent(pos, lambda a: a.kind == "media")
        if actor is None and head in ("government", "administration", "regime", "authorities", "country"):
            # "<Aldovian law forbids it>, and the government has said": the state the sentence named
            state = self._in_sentence(mention, lambda a: a.kind == "country")
            actor = state or self._recent(pos, lambda a: a.kind == "country")
        if actor is None and head in _COMPANY:
            actor = self._some_company(mention, pos)
        return actor or self._body_called(words, head, mention.text)

    def _body_called(self, words: set[str], head: str, alias: str) -> ActorInfo | None:
        """ "the zoo" in a story about Harrowden Zoo, "the hospital" about St Bertram's Hospital:
        the one body the document names with that noun at its head, wherever the name stands
        (inside someone's reported words too)."""
        names = {full for full in self.actors.short_orgs.values() if head_word(full) == head}
        if len(names) != 1:
            return None
        (name,) = names
        if not _proper(name) or not words <= _words_of(name):
            return None
        return self.actors.add(org_actor(name), alias)

    def _some_company(self, mention: Span, pos: int) -> ActorInfo | None:
        """ "Oduro said ... the company said": the company (or its staff's) met last. Not when the
        description's adjective names a kind of body the story met before under those words and
        the company's name does not carry them ("Ostravia's central bank governor ... Lanmark
        Ratings said ... According to the central bank": no rating agency is that bank)."""
        root = mention.root
        kinds = [c for c in root.children if c.dep_ == "amod" and c.i == root.i - 1 and not c.ent_type_]
        staff = self._recent(pos, lambda a: _company(a) or _staff(a))
        actor = staff.affiliation if staff is not None and _staff(staff) else staff
        actor = self._in_sentence(mention, _company) or actor
        actor = actor or self._named_before(mention, pos, _company)
        if actor is None or not kinds or kinds[0].lower_ in _words_of(actor.name) | actor.called:
            return actor
        return None if self._body_met(kinds[0].lower_, root) else actor

    def _body_met(self, kind: str, head: Token) -> bool:
        """The same adjective and noun met before as a body of a place or a person's post
        ("Ostravia's central bank", "central bank governor"), not just as words ("of the
        combined company")."""
        for tok in self.doc[: head.i - 1]:
            if tok.lower_ != head.lower_ or tok.i == 0 or self.doc[tok.i - 1].lower_ != kind:
                continue
            if tok.dep_ == "compound" or any(c.dep_ == "poss" for c in tok.children):
                return True
        return False

    def _both(self, mention: Span, pos: int) -> ActorInfo | None:
        """ "Both governments have said", "the two companies said": the two actors of that kind met
        last, speaking jointly ("Brevonia and Halmland")."""
        root = mention.root
        first = [t.lower_ for t in mention[:2]]
        if root.tag_ != "NNS" or not (first[0] == "both" or first == ["the", "two"]):
            return None
        head = root.lemma_.lower()
        if head in ("government", "country", "state", "side", "nation"):  # "Halmish officials": Halmland's
            pick: Callable = lambda a: a if a.kind == "country" else _state_of(a)  # noqa: E731
        elif head in _COMPANY:
            pick = lambda a: a if _company(a) else None  # noqa: E731
        elif head in lx.ORG_DESCRIPTIONS:
            pick = lambda a: a if a.kind == "organization" and head in _words_of(a.name) else None  # noqa: E731
        else:
            return None
        found: list[ActorInfo] = []
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self.history[i][0] <= 2 * REACH and len(found) < 2:
            actor = pick(self.history[i][1])
            if actor is not None and actor not in found:
                found.append(actor)
            i -= 1
        if len(found) < 2:
            return None
        a, b = sorted(found, key=lambda x: x.name)
        info = ActorInfo(f"{a.name} and {b.name}", "group", plural=True)
        return self.actors.add(info, mention.text)

    def _owner_in_clause(self, mention: Span) -> ActorInfo | None:
        """ "Solvik had 240 million crowns in cash, according to its latest quarterly report": "its"
        is the body named in the clause "according to" follows, which is the document's owner; the
        one named in the clause after it when "According to its ..." opens the sentence."""
        owner = next((c for c in mention.root.children if c.dep_ == "poss"), None)
        if owner is not None and _the_body(owner):  # "according to the company's latest filing"
            pronoun = "their" if owner.tag_ == "NNS" else "its"
        else:
            pronoun = owner.lower_ if owner is not None else ""
        if pronoun not in ("its", "their"):
            return None
        sent = mention.sent
        according = next((t for t in self.doc[sent.start : mention.start] if t.lower_ == "according"), None)
        if according is None or according.i != mention.start - 2:
            return None
        fits = _one_body if pronoun == "its" else _bodies
        named = list(reversed(ents_in(self.doc, sent.start, according.i)))
        if according.i == sent.start:  # "According to its latest filing, Dunmore Rail carried ..."
            named = ents_in(self.doc, mention.end, sent.end)
        for ent in named:
            if ent.label_ not in ("ORG", "PERSON", "GPE", "NORP"):
                continue
            words = strip_determiner(list(noun_phrase(ent.root)))
            if ent.label_ == "ORG" and words and all(t.text[:1].isupper() for t in words):
                info = org_actor(self.actors.canonical_org(text_of(words)))  # "Orvik" read as an adverb
            else:
                info = entity_actor(whole_name(noun_phrase(ent.root), ent), self.actors)
            if info is not None and fits(info):
                return self.actors.add(info, ent.text)
        return None

    def _named_before(self, mention: Span, pos: int, fits: Callable, reach: int = REACH) -> ActorInfo | None:
        """ "Shares in Corbel Grocers fell ... Corbel's profit rose ... The company said": with no
        company as a subject within reach, the nearest one named in any other part of a clause
        (outside quotations and others' reported words)."""
        for ent in reversed([e for e in doc_ents(self.doc) if e.end <= mention.start]):
            if pos - ent.start_char > reach:
                return None
            if ent.label_ not in ("ORG", "PERSON") or self._hidden(ent.start_char):
                continue
            info = entity_actor(whole_name(noun_phrase(ent.root), ent), self.actors)
            if info is not None and fits(self.actors.by_name.get(info.name, info)):
                return self.actors.add(info, ent.text)
        return None

    def _authored_before(self, noun: str, before: int, pos: int) -> ActorInfo | None:
        """ "a confidential report by the council's panel of experts ... The report says": the
        author named with the last such document within reach (400 tokens back)."""
        for tok in reversed(self.doc[max(0, before - 400) : before]):
            if tok.lemma_.lower() != noun or tok.pos_ != "NOUN":
                continue
            if pos - tok.idx > REACH:
                return None
            if any(c.dep_ == "acl" and c.lemma_ in lx.RELAY_VERBS for c in tok.children):
                return None  # "a statement carried by the state news agency": a medium, not its author
            author = _document_author(self.doc[tok.left_edge.i : tok.right_edge.i + 1])
            if author is not None:  # else the same document met again ("The report, seen by X, says")
                return self._named(author, tok.idx)
        return None

    def _publisher(self, noun: str, before: int, pos: int) -> ActorInfo | None:
        """ "X published a 71-page report ... 'We think ...,' the report said": the subject of the
        last verb that issued such a document, within reach."""
        for tok in reversed(self.doc[max(0, before - 400) : before]):
            if tok.lemma_.lower() != noun or tok.dep_ != "dobj" or tok.head.lemma_ not in _AUTHORING:
                continue
            if pos - tok.idx > REACH:
                return None
            subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
                return None
            return self._named(noun_phrase(subject), subject.idx)
        return None

    def _actor_of_act(self, mention: Span) -> ActorInfo | None:
        """ "The journal X retracted the study ... according to the retraction notice": a document
        named after an act ("retraction", "correction", "recall") is by whoever did that act
        before it, as the subject of its verb."""
        acts = {c.lemma_.lower() for c in mention.root.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
        verbs = {a[:-3] if a.endswith("ion") else a for a in acts}
        if not verbs:
            return None
        for tok in reversed(self.doc[: mention.start]):
            if tok.pos_ == "VERB" and tok.lemma_ in verbs and not self._hidden(tok.idx):
                subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
                    return self._named(noun_phrase(subject, appositions=True), subject.idx)
        return None

    def _national(self, mention: Span, pos: int) -> ActorInfo | None:
        """ "the Brastovan ministry": the body of that country met before whose name ends the same way."""
        root = mention.root
        head = root.lemma_.lower()
        if mention[0].lower_ != "the" or head not in lx.ORG_DESCRIPTIONS or root.pos_ != "NOUN":
            return None
        between = [t for t in mention[1:] if t.i != root.i]
        if len(between) != 1 or between[0].pos_ not in ("PROPN", "ADJ") or between[0].dep_ == "poss":
            return None
        country = self.actors.country(between[0].text)
        if country is None:
            return None

        def fits(a: ActorInfo) -> bool:
            owner = a.affiliation
            ours = a.country_code == country.code if country.code else False
            ours = ours or (owner is not None and owner.name == country.name)
            return a.kind != "person" and ours and _words_of(a.name) & {head, root.lower_} != set()

        # the country named makes it plain which body is meant however far back it was met
        return self._recent(pos, fits, reach=len(doc_text(self.doc)))

    def _owners_body(self, mention: Span, head: str, pos: int) -> ActorInfo | None:
        """ "Her ministry said" after "Water Minister Halina Prusik": the body the person serves,
        or the ministry her title names."""
        first = mention[0]
        if first.lower_ not in ("his", "her") or head not in lx.ORG_DESCRIPTIONS:
            return None
        owner = self._pronoun(first.lower_, pos)
        if not isinstance(owner, ActorInfo):
            return None
        body = owner.affiliation
        if body is not None and body.kind != "country" and head in _words_of(body.name):
            return body
        if head == "office" and owner.kind == "person":  # "her office said": the minister's own office
            info = ActorInfo(f"{owner.name}'s office", "organization", affiliation=body)
            return self.actors.add(info, mention.text)
        role = (owner.role or "").lower().split()
        if head != "ministry" or len(role) < 2 or role[-1] != "minister" or role[-2] in _NO_PORTFOLIO:
            return None
        country = body if body is not None and body.kind == "country" else None
        name = f"{role[-2]} ministry"
        info = ActorInfo(f"{country.name}'s {name}" if country else name, "organization", affiliation=country)
        return self.actors.add(info, mention.text)

    def _in_sentence(self, mention: Span, fits: Callable) -> ActorInfo | None:
        """ "<Fenmoor Foods will close X>, the company said": the actor named earlier in the sentence."""
        found = None
        for ent in doc_ents(self.doc):
            if ent.start >= mention.start:
                break
            if ent.start >= mention.sent.start and ent.label_ in ("ORG", "GPE", "NORP", "PERSON"):
                info = entity_actor(ent, self.actors)
                if info is not None and fits(info):
                    found = self.actors.add(info, ent.text)
        return found

    def _affiliate(self, actor: ActorInfo, mention: Span, pos: int) -> None:
        """Whose spokesperson: "ministry spokeswoman Ilse Marrach", "a spokesman for the board",
        "a company spokesman" name the organisation met before; a bare "a spokeswoman" speaks
        for the organisation that spoke last."""
        if actor.kind != "person":
            return
        if any(t.lower_ in ("former", "ex", "retired", "onetime", "erstwhile") for t in mention):
            return  # "a former engineer at the agency" no longer speaks for it
        owner = self._owner(actor, mention, pos)
        if owner is not None and owner.kind == "person":
            if mention.root.lemma_.lower() not in _ADVERSARIES and not any(
                t.lemma_.lower() in _ADVERSARIES for t in mention
            ):
                actor.principal = actor.principal or owner  # "his lawyer", not "his rival"
        elif owner is not None:
            actor.affiliation = actor.affiliation or owner
        if actor.affiliation is not None:
            return
        # "Vandermeer's campaign manager": the campaign is hers, not the last one met
        theirs = _words_of(owner.name.split()[-1]) if owner is not None and owner.kind == "person" else set()
        for tok in mention:
            noun = tok.lemma_.lower()
            if _kind_of_body(tok, mention.root):  # "a zoo spokesman": Harrowden Zoo's
                actor.affiliation = self._body_called({noun}, noun, tok.text)
                if actor.affiliation is not None:
                    return
            if tok.pos_ in ("NOUN", "PROPN") and noun in lx.ORG_DESCRIPTIONS and tok.i != mention.root.i:
                fits = (
                    _company
                    if noun in _COMPANY
                    else (lambda a, w=noun: a.kind != "person" and w in _words_of(a.name))
                )
                found = self._recent(pos, lambda a, fits=fits: fits(a) and theirs <= _words_of(a.name))
                if found is not None:
                    actor.affiliation = found
                    return
        if owner is not None or _for_a_person(mention):
            return  # "The Prime Minister's official spokesman" speaks for him, not for the body before
        if mention.root.lemma_.lower() in _SPOKESPEOPLE and not any(t.ent_type_ == "PERSON" for t in mention):
            actor.affiliation = self._recent(pos, lambda a: a.kind in ("organization", "country", "group"))
        elif actor.role and set(actor.role.lower().split()) & _HEADS and self.last_speaker is not None:
            # '"...," chief executive Mara Quist said' right after the company spoke: its chief
            last, where = self.last_speaker
            same_paragraph = "\n" not in doc_text(self.doc)[where:pos]
            if last.kind == "organization" and pos - where <= _SAME_BREATH and same_paragraph:
                actor.affiliation = last

    def _owner(self, actor: ActorInfo, mention: Span, pos: int) -> ActorInfo | None:
        """Whose role it is: "her lawyer", "its director", "the panel's chief executive"."""
        for tok in mention:
            if tok.dep_ != "poss" or tok.head.pos_ != "NOUN" or tok.head.ent_type_ == "PERSON":
                continue
            if tok.pos_ == "PRON":
                found = self._pronoun(tok.lower_, pos)
                owner = found if isinstance(found, ActorInfo) else None
            else:
                owner = self._named(self.doc[tok.left_edge.i : tok.i + 1], pos)
            if owner is not None and owner is not actor:
                return owner
        return None

    def _dated(self, mention: Span) -> ActorInfo | None:
        """ "Tuesday's statement": whoever made a statement on Tuesday."""
        words = {t.lower_ for t in mention if t.ent_type_ == "DATE" and t.is_alpha}
        for said, actor in reversed(self.dated):
            if words and words <= said:
                return actor
        return None


def _for_a_person(mention: Span) -> bool:
    """ "A spokesman for the governor", "a spokeswoman for Mayor Brunn": the owner is a person the
    mention names, as in "the governor's spokesman", not the body that spoke last."""
    for prep in (c for c in mention.root.children if c.dep_ == "prep" and c.lower_ == "for"):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in lx.ROLE_NOUNS):
            return True
    return False


def _the_body(owner: Token) -> bool:
    """ "the company's": a description of a body in the possessive, standing for "its"."""
    first = owner.left_edge
    return owner.pos_ == "NOUN" and owner.lemma_.lower() in lx.ORG_DESCRIPTIONS and first.lower_ == "the"
