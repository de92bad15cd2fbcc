"""Speaker resolution: from the words naming a speaker to a canonical actor.

Works through the statements in text order, keeping the actors mentioned so
far (speakers, and subjects and named entities outside quotations and outside
what others are reported to have said): "he"/"she" go to the nearest person
of a compatible gender; "they" and "it" to the nearest group, organisation or
country; "the statement" to whoever issued the last statement; a bare
definite description ("the ministry", "the company", "the spokesman") to the
nearest actor it fits; "X, who said" to X; "Kirby" to "John Kirby"; a
cue-less quotation to the speaker next to it.

The `Resolver` is here, with the names, relays and revealed speakers; its other methods come
from `antecedents.py` (pronouns), `descriptions.py` (definite descriptions, affiliations) and
`roles.py` (roles named later, lede roles, appositions); clues read off the parse around a
mention: `clues.py`; word lists: `words.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import ActorInfo, Actors, org_actor
from claims.extraction.candidates import Candidate, doc_text, ents_in
from claims.extraction.mentions import describe
from claims.extraction.reported import dates_in
from claims.extraction.reported.subjects import governing_verb
from claims.extraction.speakers.antecedents import Antecedents
from claims.extraction.speakers.clues import (
    _bodies,
    _called,
    _document_author,
    _indefinite_role,
    _issuing_body,
    _name_beside,
    _name_it_gives_itself,
    _one_body,
    _one_of,
    _possessed_role,
    _relayed_by,
    _within,
    _without_clauses,
    noun_phrase,
    unsigned_document,
)
from claims.extraction.speakers.descriptions import Descriptions
from claims.extraction.speakers.roles import Roles
from claims.extraction.speakers.words import _FRAMING, _NAMED, _QUOTE_GAP, _REVEAL, _SUBJECT_PRONOUNS

__all__ = ["unsigned_document"]


def _learn_person(actor: ActorInfo, mention: Span) -> None:
    """ "A Harrow Games developer, who spoke on condition of anonymity, said": a description of
    open kind that a "who" clause follows is a person, so a later "she said" can be them."""
    if actor.kind != "unknown" or actor.plural:
        return
    for clause in (c for c in mention.root.children if c.dep_ == "relcl"):
        if any(t.lower_ in ("who", "whom", "whose") and t.i < clause.i for t in clause.subtree):
            actor.kind = "person"
            return


class Resolver(Antecedents, Descriptions, Roles):
    def __init__(
        self, doc: Doc, actors: Actors, in_quote: Callable, cands: list[Candidate], headline_end: int = 0
    ) -> None:
        self.doc = doc
        # "Tanker owner rejects ..." over "The owner of a tanker ... The owner said": a headline's
        # shorthand names no one the story refers back to, so nothing in it is an antecedent
        self.headline_end = headline_end
        self.actors = actors
        self.history: list[tuple[int, ActorInfo]] = []  # (position, actor), in text order
        self._positions: list[int] = []
        self._objects: set[int] = set()  # positions of actors met as objects ("told MRT")
        self._documents: list[tuple[int, ActorInfo]] = []  # documents met as subjects, by their authors
        reported = [f for c in cands for f in c.fragments]
        self._hidden = lambda pos: in_quote(pos) or _within(pos, reported)
        self._subjects = self._subject_mentions(self._hidden)
        self.last_document_speaker: ActorInfo | None = None
        self.last_speaker: tuple[ActorInfo, int] | None = None
        self.dated: list[tuple[set[str], ActorInfo]] = []  # the time words of each statement so far
        self._capitalised: dict[str, bool] = {}

    def resolve(self, cands: list[Candidate]) -> None:
        previous: ActorInfo | None = None
        for n, cand in enumerate(cands):
            pos = cand.mention.start_char if cand.mention is not None else cand.start
            if cand.continuation and not cand.forward and (self._reveal(cand) or self._named_after(cand)):
                pos = cand.mention.start_char
            self._absorb_subjects(pos)
            if cand.continuation:
                actor = (self._neighbour(cands, n) if cand.forward else None) or previous
            else:
                actor = self._speaker(cand, pos)
            if actor is None:
                continue
            actor = self._relay(cand, actor)
            if cand.mention is not None and not cand.continuation:
                self._affiliate(actor, cand.mention, pos)
                self._learn_gender(cand, actor)
                _learn_person(actor, cand.mention)
                actor = self._spokesperson(actor, cand.mention)
            cand.speaker = actor.name
            cand.speaker_kind = actor.kind
            cand.affiliation = actor.affiliation.name if actor.affiliation else None
            if cand.headline:
                continue
            self.last_speaker = (actor, pos)
            previous = actor
            self._remember(pos, actor)
            if cand.in_statement:
                self.last_document_speaker = actor
            if cand.dates:
                self.dated.append(({w.lower_ for d in cand.dates for w in d if w.is_alpha}, actor))

    def _learn_gender(self, cand: Candidate, actor: ActorInfo) -> None:
        """ "Ludo Fenner said he stood by the post": a person whose given name tells nothing is
        the "he" or "she" that opens what they said (so a later "she said" is someone else)."""
        if actor.kind != "person" or actor.gender is not None or cand.lemma not in ("say", "tell"):
            return
        first = self.doc.char_span(cand.start, cand.start + 1, alignment_mode="expand")
        if first is None:
            return
        word = first[0]
        if word.lower_ == "that" and word.i + 1 < len(self.doc):
            word = self.doc[word.i + 1]
        if word.lower_ in ("he", "she") and word.dep_ in ("nsubj", "nsubjpass"):
            actor.gender = "m" if word.lower_ == "he" else "f"

    def _reveal(self, cand: Candidate) -> bool:
        """'"We count tents, not intentions." That was how its director, Margarethe Vollan, put it
        on Thursday': a quotation whose speaker the next sentence names ("That is the view of X",
        "The words were those of X"). The quotation becomes that person's, dated by that sentence."""
        text = doc_text(self.doc)
        gap = _QUOTE_GAP.match(text, cand.end)
        if gap is None or gap.end() >= len(text):
            return False
        span = self.doc.char_span(gap.end(), gap.end() + 1, alignment_mode="expand")
        if span is None or span[0].idx != gap.end():
            return False
        sent = span[0].sent
        if sent.start != span[0].i or not _REVEAL.match(sent.text):
            return False
        ents = ents_in(self.doc, sent.start, sent.end)
        people = [e for e in ents if e.label_ == "PERSON" and e.root.dep_ != "poss"]
        people += [  # "came from Margit Aalto" with the name tagged as a place
            e
            for e in ents
            if e.label_ in _NAMED and e.root.dep_ == "pobj" and e.root.head.lower_ in ("from", "of")
        ]
        if not people:
            return False
        cand.mention = min(people, key=lambda e: e.start)
        cand.continuation = False
        clauses = {w.i for t in sent if t.dep_ == "relcl" for w in t.subtree}  # "who served until March"
        cand.dates = dates_in(t for t in sent if t.i not in clauses)
        return True

    def _named_after(self, cand: Candidate) -> bool:
        """'"She has my full confidence." Prime Minister Alun Garrow was asked about her twice ...':
        a paragraph that opens with a quotation and goes on with a sentence whose subject is a
        person by name gives the quotation to that person, not to the previous paragraph's speaker."""
        text = doc_text(self.doc)
        gap = _QUOTE_GAP.match(text, cand.end)
        if gap is None or gap.end() >= len(text) or "\n" in gap.group():
            return False
        span = self.doc.char_span(gap.end(), gap.end() + 1, alignment_mode="expand")
        if span is None or span[0].idx != gap.end() or span[0].sent.start != span[0].i:
            return False
        sent = span[0].sent
        if sent.root.lemma_ in lx.SPEECH_VERBS:
            return False  # '"We will appeal." Judge Berg said she would rule': a statement of its own
        subject = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.left_edge.i != sent.start or subject.ent_type_ != "PERSON":
            return False
        name = next((e for e in ents_in(self.doc, subject.i, subject.i + 1) if e.label_ == "PERSON"), None)
        if name is None or not self._a_person(name) or len(name) < 2:
            return False
        cand.mention = self.doc[sent.start : name.end]
        cand.continuation = False
        return True

    def _neighbour(self, cands: list[Candidate], n: int) -> ActorInfo | None:
        for later in cands[n + 1 :]:
            if not later.continuation and later.mention is not None:
                return self._speaker(later, later.mention.start_char)
        return None

    def _speaker(self, cand: Candidate, pos: int) -> ActorInfo | None:
        mention = cand.mention
        # "Ivan Sorel, whose news channel has accused ...": the channel speaks for its owner (not
        # "whose team at the Ardley Institute says": a body by name speaks for itself)
        whose = mention is not None and mention[0].lower_ == "whose"
        whose = whose and not any(t.ent_type_ in _NAMED for t in mention)
        if cand.antecedent is not None and (
            mention is None or mention.root.lower_ in lx.RELATIVE_PRONOUNS or whose
        ):
            antecedent = cand.antecedent
            if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
                antecedent = antecedent.head  # "the Healthy Schools Trust, a charity which said": the trust
            return self._named(noun_phrase(antecedent), pos)
        if mention is None:
            return None
        relayed = _relayed_by(mention)
        if relayed is not None:
            subject, medium = relayed
            cand.conduit_mention = cand.conduit_mention or medium
            return self._named(subject, subject.start_char)
        return self._named(mention, pos)

    def _named(self, mention: Span, pos: int) -> ActorInfo | None:
        apposed = _name_beside(mention)
        if apposed is not None:  # "X, the company licensed to ..., said"; "the group's chair, X, a ..."
            mention = apposed
        root = mention.root
        low = root.lower_
        own_name = _name_it_gives_itself(mention)
        if own_name is not None:  # "The group, which calls itself Null Tide, said"
            return self.actors.add(org_actor(self.actors.canonical_org(own_name)), mention.text)
        partitive = _one_of(mention)
        if partitive is not None:  # "One of them said": the people named before (not "told RPA")
            group = self._recent(pos, lambda a: a.plural or a.kind == "group", subjects_only=True)
            if group is not None:
                return group
        if len(mention) == 1 or low in lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE | lx.PRONOUNS_PLURAL:
            pronoun = self._main_agent(root) or self._pronoun(low, pos)
            if pronoun is not False:
                return pronoun
        author = _document_author(mention)
        if author is not None:  # "a study by the Lake Institute found"
            return self._named(author, pos)
        issuer = _issuing_body(mention)
        found = self._description(issuer, pos) if issuer is not None else None
        if found is not None and found.name[:1].isupper():  # "according to union figures": the union's
            return found
        national = self._national(mention, pos)
        if national is not None:  # "the Brastovan ministry" after "Brastova's defence ministry"
            return national
        named_inside = any(t.ent_type_ in _NAMED for t in mention[1:])
        owned = self._owners_body(mention, root.lemma_.lower(), pos) if named_inside else None
        if owned is not None:  # "his Senate office": a name inside keeps it from being anaphoric
            return owned
        joint = self._both(mention, pos)
        if joint is not None:  # "Both governments have said"
            return joint
        if self._anaphoric(mention):
            found = self._description(mention, pos) or self._named_later(mention) or self._aged_later(mention)
            if found is not None:
                return found
        elif _possessed_role(mention) or _indefinite_role(mention):  # "Solvara's finance minister ...,
            # Finance Minister Elena Dravik"; "when a judge ruled ... Mr Justice Edmund Carrick"
            role, story = self._role_fits(mention), len(doc_text(self.doc))  # a role holds all story long
            found = self._named_later(mention) or self._named_before(mention, pos, role, story)
            if found is not None:
                return found
        if self._lede_role(mention):  # "A structural engineer testified ... Walter Greaves, who"
            found = self._aged_later(mention, background=True)
            if found is not None:
                return found
        if _possessed_role(mention) and self._lede_role(mention, owned=True):
            found = self._speaks_next(mention)  # "Ardenia's environment minister said ... / X told"
            if found is not None:
                return found
        info = describe(_without_clauses(mention), self.actors)
        if info is not None:
            return _called(self.actors.add(info, mention.text), mention)
        return self._described(mention)

    def _main_agent(self, pronoun: Token) -> ActorInfo | None:
        """ "The claims were first made by the union last month, when it wrote to ...": the subject
        of a subordinate clause's speech verb is the agent of the clause it hangs on, when it fits."""
        low = pronoun.lower_
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or low not in _SUBJECT_PRONOUNS:
            return None
        if verb.dep_ == "relcl":  # "posted an image of the estuary which it said had been taken"
            main = governing_verb(verb.head)
        elif verb.dep_ == "advcl" and any(
            c.lower_ in _FRAMING and c.dep_ in ("advmod", "mark") for c in verb.children
        ):
            main = verb.head  # "when it wrote", not "because ..., she said"
        else:
            return None
        if main is None:
            return None
        agents = [g for c in main.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        agents += [c for c in main.children if c.dep_ == "nsubj"]
        agent = next((a for a in agents if a.i < pronoun.i and a.pos_ in ("NOUN", "PROPN")), None)
        if agent is None:
            return None
        actor = self._named(noun_phrase(agent), agent.idx)
        if actor is None:
            return None
        if low == "it":
            fits = _one_body(actor)
        elif low == "they":
            fits = _bodies(actor)
        else:
            fits = actor.kind == "person" and actor.gender in (None, "m" if low == "he" else "f")
        return actor if fits else None

    def _relay(self, cand: Candidate, actor: ActorInfo) -> ActorInfo:
        """Conduits: "according to KCNA" on a speech verb; state media speaking for the state."""
        if cand.conduit_mention is not None:
            conduit = describe(cand.conduit_mention, self.actors)
            if conduit is not None:
                conduit = self.actors.add(conduit, cand.conduit_mention.text)
                cand.conduit = conduit.name
        if actor.speaks_for is not None and cand.lemma in lx.RELAY_VERBS | {"say", "accord"}:
            cand.conduit = cand.conduit or actor.name
            country = actor.speaks_for
            return self.actors.add(ActorInfo(country.name, "country", country_code=country.code or None))
        return actor
