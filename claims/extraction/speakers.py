"""Speaker resolution: from the words naming a speaker to a canonical actor.

Works through the statements in text order, keeping the actors mentioned so
far (speakers, and subjects and named entities outside quotations and outside
what others are reported to have said): "he"/"she" go to the nearest person
of a compatible gender; "they" and "it" to the nearest group, organisation or
country; "the statement" to whoever issued the last statement; a bare
definite description ("the ministry", "the company", "the spokesman") to the
nearest actor it fits; "X, who said" to X; "Kirby" to "John Kirby"; a
cue-less quotation to the speaker next to it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from claims.extraction import lexicon as lx
from claims.extraction.actors import (
    ActorInfo,
    Actors,
    clean,
    org_actor,
    org_name,
    organisation_like,
    person_like,
    strip_determiner,
    text_of,
)
from claims.extraction.candidates import Candidate, doc_ents, doc_text, ents_in, tokens_where
from claims.extraction.mentions import describe, entity_actor, whole_name
from claims.extraction.reported import dates_in

# How far back (characters) a pronoun or description may look for its actor.
REACH = 1200
GROUPLIKE = ("group", "organization", "country", "media")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "compound"})
_MAIN = frozenset({"ROOT", "conj", "advcl", "csubj"})  # csubj: "the authors write that" misparsed
_CLAUSE_STOPS = frozenset({"relcl", "acl", "cc", "conj"})
# Heads of an organisation: "chief executive X" speaks for the company that spoke just before.
_HEADS = lx.words("chief executive ceo chairman chairwoman chair president director head founder owner")
_SAME_BREATH = 400  # characters
_AUTHORING = lx.words(
    "publish issue release produce write compile commission prepare file submit conduct carry sign"
)
_SPOKESPEOPLE = lx.words("spokesman spokeswoman spokesperson representative")
_COMPANY = lx.words("""
    company firm group business carrier operator maker lender airline bank insurer retailer
    brewer manufacturer producer developer miner chain publisher broadcaster utility
    """)
# Names that are not a company's, whatever the entity tagger says.
_NOT_COMPANY = lx.words("""
    union ministry department agency association council committee commission court police
    federation party government university school hospital board authority institute foundation
    alliance coalition army military parliament assembly league club office
    """)
# A sentence that names the speaker of the quotation just before it: "That is the view of X",
# "That was how X put it", "The words were those of X", "That warning came on Monday from X".
_REVEAL = re.compile(
    r"(?:That|This|Such)\s+(?:is|was)\s+(?:the\s+\w+\s+of|how|what)\b|The\s+words\s+were\b"
    r"|(?:That|This)\s+(?:is|was)\s+(?=[A-Z])"  # "That was Hedda Lunn, who ..."
    r"|(?:That|This|The)\s+(?:warning|message|verdict|assessment|view|plea|criticism|complaint|charge)\s+came\b"
)
# "Moira Castellane, 58,": a person introduced with an age, as news copy names a lede's subject.
_AGE = re.compile(r",\s+(?:1[6-9]|[2-9]\d),")
# "Walter Greaves, who inspected ...": a name with its background in a relative clause.
_BACKGROUND = re.compile(r",\s+who\b")
_LEDE_REACH = 700  # characters from the lede's description to the name
_QUOTE_GAP = re.compile(r"[\"”’'.,!?]*[ \t]+")
# Entity labels that never name an organisation (the tagger gives company names many others).
_NOT_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "GPE", "LOC", "NORP", "LANGUAGE"}
)
# Head nouns of a description of a person that is no role ("a person familiar with the inquiry").
_PEOPLE = lx.words(
    "person people man woman men women individual someone figure friend relative colleague patient"
)
# Adjectives on a role that are not part of the title the person is later named with ("her own deputy").
_NOT_ROLE = lx.words("own long-time longtime trusted close new")
# Words before "minister" that name no ministry ("prime minister", "deputy minister").
_NO_PORTFOLIO = lx.words("prime deputy vice acting former interim junior senior state chief first cabinet")
# Ranks that make a title another post than the bare role ("deputy environment minister").
_RANKS = lx.words("deputy vice acting junior assistant shadow former interim")
# Nouns for what someone said back ("Brightwater's reply came within the hour").
_ANSWERS = lx.words("reply response answer retort riposte rebuttal denial comment comments remarks")
# "X, in a statement carried by <mention>": what stands before the medium a statement went out through.
_CARRIED = re.compile(
    r"\s*([^,]{3,80}?),\s+in\s+(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:statement|remarks|comments|message)"
    r"\s+(?:carried|relayed|published|broadcast|released|reported|read\s+out)\s+(?:by|on|through|via)\s+([^,]*)$"
)
_FRAMING = lx.words("when as after before while once")
_SOURCING = lx.words("quote cite")
_SUBJECT_PRONOUNS = lx.words("he she it they")
_NOT_PEOPLE = lx.ORG_DESCRIPTIONS | lx.DOCUMENT_NOUNS | lx.DOCUMENT_SUBJECTS | lx.MEDIA_WORDS | _COMPANY
_COMMON = lx.ROLE_NOUNS | lx.ORG_DESCRIPTIONS | lx.DOCUMENT_SUBJECTS | _COMPANY
_DESCRIPTIVE = frozenset({"DET", "ADJ", "NOUN", "PUNCT", "PART", "PRON"})
_ANAPHORIC = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"})


def noun_phrase(head: Token, appositions: bool = False) -> Span:
    """A noun's words without its relative clauses (and, unless asked, appositions)."""
    stops = _CLAUSE_STOPS if appositions else _CLAUSE_STOPS | {"appos", "punct"}
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in stops:
            break
        end = child.right_edge.i + 1
    start = head.left_edge.i
    for ent in ents_in(head.doc, head.i, head.i + 1):  # "Bakers and Allied Workers Union": one name
        start, end = min(start, ent.start), max(end, ent.end)
    return head.doc[start:end]


# Roles that set a person against whoever they belong to: "his defeated rival, Ana Korvell" does
# not speak for him, as "his lawyer" or "her spokeswoman" does.
_ADVERSARIES = lx.words("rival opponent challenger critic accuser adversary foe detractor nemesis")


class Resolver:
    def __init__(self, doc: Doc, actors: Actors, in_quote: Callable, cands: list[Candidate]) -> None:
        self.doc = doc
        self.actors = actors
        self.history: list[tuple[int, ActorInfo]] = []  # (position, actor), in text order
        self._positions: list[int] = []
        self._objects: set[int] = set()  # positions of actors met as objects ("told MRT")
        reported = [f for c in cands for f in c.fragments]
        self._hidden = lambda pos: in_quote(pos) or _within(pos, reported)
        self._subjects = self._subject_mentions(self._hidden)
        self.last_document_speaker: ActorInfo | None = None
        self.last_speaker: tuple[ActorInfo, int] | None = None
        self.dated: list[tuple[set[str], ActorInfo]] = []  # the time words of each statement so far
        self._capitalised: dict[str, bool] = {}

    def _subject_mentions(self, hidden: Callable) -> list[tuple[int, Span, bool]]:
        """Antecedents for pronouns and descriptions: (position, words, is a named entity).

        Named entities as subjects, objects and appositions, and the subjects of main
        clauses; none inside quotations or inside someone's reported words, whose
        people are what the speaker talked about.
        """
        found = []
        for ent in doc_ents(self.doc):
            loose = ent.label_ in ("ORG", "PERSON") and ent.root.dep_ in (
                "npadvmod",
                "nmod",
            )  # misparsed appositions
            # "Vranic, reached by telephone, said": a sentence's opening name parsed as a clause
            loose = loose or (ent.label_ == "PERSON" and ent.root.dep_ in ("advcl", "dep") and _opens(ent))
            owner = _owns_subject(ent.root) and self._a_person(ent)
            argument = ent.root.dep_ in _ARGUMENT or loose or owner or _agent(ent.root)
            if ent.label_ in _NAMED and argument and not _place_modifier(ent) and not hidden(ent.start_char):
                found.append((ent.start_char, ent, True))
        taken = {pos for pos, _, _ in found}
        for span, is_entity in [*self._answer_owners(), *self._quoted_sources(), *self._clause_subjects()]:
            if span.start_char not in taken and not hidden(span.start_char):
                found.append((span.start_char, span, is_entity))
                taken.add(span.start_char)
        return sorted(found, key=lambda item: item[0])

    def _answer_owners(self) -> list[tuple[Span, bool]]:
        """ "Oberin's reply came" with "Oberin" untagged: a surname met before (see `_owns_subject`)."""
        found = []
        for i in tokens_where(self.doc, pos=("PROPN",), deps=("poss",)):
            tok = self.doc[i]
            name = self.doc[tok.left_edge.i : i + 1]
            if _owns_subject(tok) and self.actors.is_person(clean(name.text)):
                found.append((name, True))
        return found

    def _quoted_sources(self) -> list[tuple[Span, bool]]:
        """ "State broadcaster TST, quoting the interior ministry, said": the body quoted or cited."""
        found = []
        for i in tokens_where(self.doc, pos=("NOUN",), deps=("dobj",)):
            tok = self.doc[i]
            if tok.head.lemma_ in _SOURCING and tok.lemma_.lower() in lx.ORG_DESCRIPTIONS:
                found.append((noun_phrase(tok), False))
        return found

    def _clause_subjects(self) -> list[tuple[Span, bool]]:
        """The subjects of main clauses, and organisations as the subject of any clause."""
        found = []
        for i in tokens_where(self.doc, pos=("NOUN", "PROPN"), deps=("nsubj", "nsubjpass")):
            tok = self.doc[i]
            # "It is not the first time the league has dealt with it": an organisation as the subject
            # of any clause is an antecedent for "it", as a main clause's subject is for anyone
            body = tok.lemma_.lower() in lx.ORG_DESCRIPTIONS and tok.pos_ == "NOUN"
            if (tok.head.dep_ in _MAIN or body) and not _passer_by(tok):
                found.append((noun_phrase(tok, appositions=True), False))  # "A developer, Grey Stone Homes,"
        return found

    def _a_person(self, ent: Span) -> bool:
        """A name the document uses for a person, whatever its tag ("Brightwater" as ORG, "Sabine
        Orlow" as WORK_OF_ART; not "Solvara" as PERSON)."""
        # "Sabine Orlow" tagged WORK_OF_ART after a quotation: a given name and a surname
        named = ent.label_ in _NAMED or (ent.label_ not in _NOT_NAMES and person_like(clean(ent.text)))
        info = entity_actor(ent, self.actors) if named else None
        return info is not None and info.kind == "person" and self.actors.country(clean(ent.text)) is None

    def _remember(self, pos: int, actor: ActorInfo) -> None:
        i = bisect.bisect(self._positions, pos)
        self._positions.insert(i, pos)
        self.history.insert(i, (pos, actor))

    def _absorb_subjects(self, upto: int) -> None:
        while self._subjects and self._subjects[0][0] < upto:
            pos, span, is_entity = self._subjects.pop(0)
            if is_entity:
                info = entity_actor(whole_name(noun_phrase(span.root), span), self.actors)
                actor = self._national(span, pos) or (self.actors.add(info, span.text) if info else None)
                if span.root.dep_ == "dobj":
                    self._objects.add(pos)
            else:
                actor = self._named(span, pos)
            if actor is not None:
                self._remember(pos, actor)

    def _recent(self, pos: int, accept: Callable, subjects_only: bool = False) -> ActorInfo | None:
        i = bisect.bisect_left(self._positions, pos) - 1
        while i >= 0 and pos - self.history[i][0] <= REACH:
            where, actor = self.history[i]
            if accept(actor) and not (subjects_only and where in self._objects):
                return actor
            i -= 1
        return None

    def resolve(self, cands: list[Candidate]) -> None:
        previous: ActorInfo | None = None
        for n, cand in enumerate(cands):
            pos = cand.mention.start_char if cand.mention is not None else cand.start
            if cand.continuation and not cand.forward and self._reveal(cand):
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
                actor = self._spokesperson(actor, cand.mention)
            self.last_speaker = (actor, pos)
            cand.speaker = actor.name
            cand.speaker_kind = actor.kind
            cand.affiliation = actor.affiliation.name if actor.affiliation else None
            previous = actor
            self._remember(pos, actor)
            if cand.in_statement:
                self.last_document_speaker = actor
            if cand.dates:
                self.dated.append(({w.lower_ for d in cand.dates for w in d if w.is_alpha}, actor))

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
            names = _words_of(body.name)
            fits = noun in names or lx.DESCRIPTION_NAMES.get(noun, set()) & names
            if not fits and not (noun in _COMPANY and _company(body)):
                return actor
        info = ActorInfo(f"{root.lower_} for {body.name}", "person", affiliation=body, gender=actor.gender)
        return self.actors.add(info, mention.text)

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

    def _neighbour(self, cands: list[Candidate], n: int) -> ActorInfo | None:
        for later in cands[n + 1 :]:
            if not later.continuation and later.mention is not None:
                return self._speaker(later, later.mention.start_char)
        return None

    def _speaker(self, cand: Candidate, pos: int) -> ActorInfo | None:
        mention = cand.mention
        if cand.antecedent is not None and (mention is None or mention.root.lower_ in lx.RELATIVE_PRONOUNS):
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
        if len(mention) == 1 or low in lx.PRONOUNS_MALE | lx.PRONOUNS_FEMALE | lx.PRONOUNS_PLURAL:
            pronoun = self._main_agent(root) or self._pronoun(low, pos)
            if pronoun is not False:
                return pronoun
        author = _document_author(mention)
        if author is not None:  # "a study by the Lake Institute found"
            return self._named(author, pos)
        national = self._national(mention, pos)
        if national is not None:  # "the Brastovan ministry" after "Brastova's defence ministry"
            return national
        named_inside = any(t.ent_type_ in _NAMED for t in mention[1:])
        owned = self._owners_body(mention, root.lemma_.lower(), pos) if named_inside else None
        if owned is not None:  # "his Senate office": a name inside keeps it from being anaphoric
            return owned
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
            return self.actors.add(info, mention.text)
        return self._described(mention)

    def _main_agent(self, pronoun: Token) -> ActorInfo | None:
        """ "The claims were first made by the union last month, when it wrote to ...": the subject
        of a subordinate clause's speech verb is the agent of the clause it hangs on, when it fits."""
        low = pronoun.lower_
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.dep_ != "advcl" or low not in _SUBJECT_PRONOUNS:
            return None
        if not any(c.lower_ in _FRAMING and c.dep_ in ("advmod", "mark") for c in verb.children):
            return None  # "when it wrote", not "because ..., she said"
        main = verb.head
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

    def _pronoun(self, low: str, pos: int) -> ActorInfo | bool | None:
        """The actor a pronoun stands for; False when `low` is not a pronoun."""
        if low in lx.PRONOUNS_MALE or low in lx.PRONOUNS_FEMALE:
            gender = "m" if low in lx.PRONOUNS_MALE else "f"

            def fits(a: ActorInfo) -> bool:
                return self._personal(a) and a.gender in (None, gender) and not a.plural

            # "Ferenc told MRT. He called ...": a subject before an object
            actor = self._recent(pos, fits, subjects_only=True) or self._recent(pos, fits)
            if actor is not None and actor.gender is None:
                actor.gender = gender
            if actor is not None:
                actor.kind = "person"
            return actor
        if low in lx.PRONOUNS_PLURAL:
            return self._recent(pos, _bodies)
        if low in lx.PRONOUNS_NEUTER:
            return self._recent(pos, _one_body)
        if low in lx.PRONOUNS_FIRST or low in lx.RELATIVE_PRONOUNS:
            return None
        return False

    def _personal(self, actor: ActorInfo) -> bool:
        """A person, or a bare name of open kind ("Rees-Talbot disputed") that the text also
        capitalises inside a sentence, so not a common word opening one."""
        if actor.kind == "person":
            return True
        words = actor.name.split()
        return (
            actor.kind == "unknown"
            and len(words) <= 3
            and all(self._inside_sentence(w) and w.lower() not in _COMMON for w in words)
        )

    @functools.cached_property
    def _inner(self) -> set[int]:
        """Offsets of the capitalised words inside sentences (found on first use: few documents need them)."""
        return {t.idx for t in self.doc if t.text[:1].isupper() and t.i > 0 and not t.is_sent_start}

    def _inside_sentence(self, word: str) -> bool:
        if word not in self._capitalised:
            text = doc_text(self.doc)
            self._capitalised[word] = any(text.startswith(word, i) for i in self._inner)
        return self._capitalised[word]

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
                self._dated(mention)
                or self._authored_before(root.lemma_.lower(), mention.start, pos)
                or self._publisher(head, mention.start, pos)
                or self.last_document_speaker
                or self._recent(pos, lambda a: True)
            )
        words = {t.lower_ for t in noun_phrase(root) if t.pos_ in ("NOUN", "ADJ") and t.i != root.i} | {head}
        owned = self._owners_body(mention, head, pos)
        if owned is not None:
            return owned
        if head in lx.ROLE_NOUNS:
            return self._recent(pos, lambda a: a.kind == "person" and _titled(words, _words_of(a.role)))
        if head not in lx.ORG_DESCRIPTIONS:
            return None
        actor = self._recent(pos, lambda a: a.kind != "person" and words <= _words_of(a.name))
        if actor is None and head in lx.DESCRIPTION_NAMES:  # "the force" for "Wetherstone Police"
            names = lx.DESCRIPTION_NAMES[head]
            actor = self._recent(pos, lambda a: a.kind != "person" and a.name.split()[-1].lower() in names)
        if actor is None and head in lx.MEDIA_DESCRIPTIONS:  # "the paper" for "the Drovane Post"
            actor = self._recent(pos, lambda a: a.kind == "media")
        if actor is None and head in ("government", "administration", "regime", "authorities", "country"):
            actor = self._recent(pos, lambda a: a.kind == "country")
        if actor is None and head in _COMPANY:
            staff = self._recent(pos, lambda a: _company(a) or _staff(a))  # "Oduro said ... the company said"
            actor = staff.affiliation if staff is not None and _staff(staff) else staff
            actor = self._in_sentence(mention, _company) or actor
            actor = actor or self._named_before(mention, pos, _company)
        return actor

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

        return self._recent(pos, fits)

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
            if ent.start <= mention.end or ent.label_ != "PERSON":
                continue
            before = self.doc[max(mention.end, ent.start - 3) : ent.start]  # not the mention's own words
            title = {t.lower_ for t in ent} | {t.lower_ for t in before}
            if ent.root.dep_ == "appos":
                title |= {t.lemma_.lower() for t in ent.root.head.subtree}
            if _titled(role, title) and not self._other_post(mention, title):
                info = entity_actor(ent, self.actors)
                return self.actors.add(info, mention.text) if info is not None else None
        return None

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
        if mention.root.lemma_.lower() not in lx.ROLE_NOUNS:
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
        if any(e.start < mention.start and self._a_person(e) for e in names):
            return None
        text = doc_text(self.doc)
        for ent in names:  # in text order: past the lede's reach, nobody later is within it
            if ent.start_char - mention.end_char > _LEDE_REACH:
                return None
            introduced = _AGE.match(text, ent.end_char) or (background and _opens_with_background(text, ent))
            if introduced and ent.root.dep_ != "poss" and self._a_person(ent):
                info = entity_actor(ent, self.actors)
                return self.actors.add(info, mention.text) if info is not None else None
        return None

    def _named_next(self, mention: Span) -> ActorInfo | None:
        """ "A developer hoping to build 180 homes has called ... Larchfield Homes was responding":
        an organisation introduced by an indefinite description and named as the subject of one of
        the next two sentences."""
        root = mention.root
        if mention[0].lower_ not in ("a", "an") or root.lemma_.lower() in lx.ROLE_NOUNS | _PEOPLE:
            return None
        if root.tag_ not in ("NN", "NNP") or any(t.ent_type_ in _NAMED for t in _without_clauses(mention)):
            return None
        sents = [s for s in self.doc.sents if s.text.strip()]
        here = next((n for n, s in enumerate(sents) if s.start <= root.i < s.end), None)
        if here is None:
            return None
        for sent in sents[here + 1 : here + 3]:
            for ent in ents_in(self.doc, sent.start, sent.end):
                if ent.label_ in _NOT_NAMES or ent.root.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if self._hidden(ent.start_char):  # "... said the Meridian Star had been": what was said
                    continue
                info = entity_actor(ent, self.actors)
                if info is None and organisation_like(clean(ent.text)):  # "Tregarth Homes" as a WORK_OF_ART
                    info = org_actor(self.actors.canonical_org(org_name(ent.text)))
                if info is not None and info.kind == "organization":
                    return self.actors.add(info, mention.text)
        return None

    def _described(self, mention: Span) -> ActorInfo | None:
        """No one to refer back to: a person named later for the role, else the description itself."""
        root = mention.root
        later = self._named_later(mention) or self._named_next(mention) or self._aged_later(mention)
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
        for tok in mention:
            noun = tok.lemma_.lower()
            if tok.pos_ in ("NOUN", "PROPN") and noun in lx.ORG_DESCRIPTIONS and tok.i != mention.root.i:
                fits = (
                    _company
                    if noun in _COMPANY
                    else (lambda a, w=noun: a.kind != "person" and w in _words_of(a.name))
                )
                found = self._recent(pos, fits)
                if found is not None:
                    actor.affiliation = found
                    return
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
    return not text[line : ent.start_char].strip() and _BACKGROUND.match(text, ent.end_char) is not None


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


def _document_author(mention: Span) -> Span | None:
    """The author named in a document's description: "a report by X", "X's study"."""
    root = mention.root
    documents = lx.DOCUMENT_SUBJECTS | lx.DOCUMENT_NOUNS
    if root.lemma_.lower() not in documents and root.lower_ not in documents:
        return None
    children = list(root.children)
    acls = [c for c in root.children if c.dep_ == "acl"]
    acls += [g for c in acls for g in c.children if g.dep_ == "conj"]  # "dated May 2 and signed by"
    for acl in (c for c in acls if c.lemma_ in _AUTHORING):  # "published by"
        children += [g for g in acl.children if g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by")]
    for child in children:
        if child.dep_ == "poss" and child.pos_ == "PROPN" and child.ent_type_ not in ("DATE", "TIME"):
            return root.doc[child.left_edge.i : child.i + 1]
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return noun_phrase(obj)
    return None


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
    return (
        root.lemma_.lower() in lx.ROLE_NOUNS
        and bool(owners)
        and not any(t.ent_type_ == "PERSON" and t.i not in owners for t in mention)
        and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in root.children)  # "its leader, X"
    )


def _indefinite_role(mention: Span) -> bool:
    """ "a judge": one person in a role, named later in the story by the role's title."""
    root = mention.root
    return (
        mention[0].lower_ in ("a", "an")
        and root.lemma_.lower() in lx.ROLE_NOUNS
        and root.tag_ == "NN"
        and len(noun_phrase(root)) == 2
        and not any(t.ent_type_ in _NAMED for t in mention)
    )


def _company(actor: ActorInfo) -> bool:
    """An organisation that could be "the company": not a union, a ministry or a regulator."""
    words = {w.lower().strip("'’s") for w in actor.name.split()}
    institution = actor.name.split()[-1].lower() in lx.ORG_DESCRIPTIONS - _COMPANY
    # "Relay Signal rejected ...": a name of two or three capitalised words nobody is called
    named = actor.kind == "unknown" and 2 <= len(actor.name.split()) <= 3 and actor.name.istitle()
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
