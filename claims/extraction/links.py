"""Denial links: which statements of the article a denial rejects, and whose claim it is.

A denial rejects claims made by the other side: the actor it names ("claims by
X", "X's allegations", "the league's account"), else the side its own side has
been answering elsewhere in the article; about the same matter (shared words);
said before it in the story's chronology, which need not be the text's order
(articles often open with the denial and report the claim further down).

Every statement said by someone outside the denier's side is a candidate, and
`score` weighs it with a few explicit features (see `Weights`). A denial
links to every candidate within `Weights.margin` of the best one, provided the
best reaches `Weights.threshold`. Another denial is a candidate only when it
attacks the denier's side (a rebuttal answers it) or when the denier stands by
its own report (those who denied it; failing them, the article's denials).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span

from claims.extraction import lexicon as lx
from claims.extraction.actors import ActorInfo, Actors, country_actor, head_word
from claims.extraction.candidates import Candidate
from claims.extraction.dates import said_on
from claims.extraction.mentions import describe
from claims.extraction.places import Country


@dataclass(frozen=True, slots=True)
class Weights:
    named: float = 3.0  # the candidate's speaker is the actor the denial names
    other_named: float = -2.0  # the denial names someone else
    usual_accuser: float = 1.5  # an actor the denier's side rejects elsewhere in the article
    shared_word: float = 1.0  # each word the denial shares with the candidate (up to max_shared)
    max_shared: int = 3
    referred: float = 2.0  # "the claim", "the accusation": the opposing statement just before
    named_act: float = 1.5  # "the allegations" and a statement whose cue is "alleged"
    answers_attack: float = 1.0  # the candidate is itself a denial of the denier's side
    # A denial of someone else, answered for the claim it makes in turn ("the valve had been shut
    # by the building's owner", said in a defence): scored like a claim, less this.
    counter: float = 2.0
    nearest: float = 1.0  # the nearest opposing statement before the denial
    # An opening denial's next opposing statement, worded as a denial but not of the denier: the
    # claim the story reports after its lede, countered for less.
    lede: float = 1.0
    claim_word: float = 1.0  # each word of the claim the denial spells out ("reports that X") found in it
    max_claim: int = 2
    earlier: float = 0.5  # said before the denial in the text
    threshold: float = 1.0
    margin: float = 1.0
    # The claimant's (and its camp's) other statements are linked too only when they share
    # this many words with the denial: "the shipments were a sign of weakness" is part of
    # the claim a denial rejects, "we will consult our allies" is not (on dev and holdout
    # 1-24 this cut a quarter of the links for 1-3 points of link accuracy).
    claimant_shared: int = 2


WEIGHTS = Weights()
_PLACES = frozenset({"GPE", "NORP"})
_POSSESSIVE = re.compile("['’]s?$")
# Titles of the head of a ministry or department, whose other words name it ("Defence Minister").
_HEADS = frozenset({"minister", "secretary"})


def chain(actor: ActorInfo | None) -> list[str]:
    """The actor and the bodies it belongs to: John Kirby, White House, United States."""
    names: list[str] = []
    while actor is not None and len(names) < 6 and actor.name not in names:
        names.append(actor.name)
        actor = actor.affiliation
    return names


def side(actor: ActorInfo | None) -> set[str]:
    """Everyone the actor speaks for: its chain, and the chain of whoever it represents
    ("her lawyer", "the club's president")."""
    if actor is None:
        return set()
    return set(chain(actor)) | set(chain(actor.principal))


class Linker:
    def __init__(
        self,
        cands: list[Candidate],
        topics: list[set[str]],
        speaker_of: Callable[[str | None], ActorInfo | None],
        published: dt.date | None = None,
        named_cues: list[frozenset[str]] | None = None,
        weights: Weights = WEIGHTS,
        place_of: Callable[[str], str | None] | None = None,
        allies: dict[str, set[str]] | None = None,
        claims: list[set[str]] | None = None,
    ) -> None:
        self.cands = cands
        self._number = {id(c): k for k, c in enumerate(cands)}  # a statement's place, from `denies`
        self.topics = topics
        self.named_cues = named_cues or [frozenset()] * len(cands)
        self.speaker_of = speaker_of
        self.weights = weights
        self.place_of = place_of or (lambda word: None)
        self.allies = allies or {}
        self.sides = same_bodies([self._side(c.speaker) for c in self.cands])
        self._by_role()
        self.dates = [said_on([d.text for d in c.dates], published)[0] for c in cands]
        self.claims = claims or [set()] * len(cands)
        self._referents: dict[int, int | None] = {}

    def _side(self, speaker: str | None) -> set[str]:
        """The speaker's side, with the state a demonym or a possessive in its name names:
        "Brastovan ministry", "senior Ulmarian official" and "Kestria's embassy" speak for
        Brastova, Ulmaria and Kestria; and with the sides the speaker defends (`allies`)."""
        found = (side(self.speaker_of(speaker)) or {speaker}) | self.allies.get(speaker or "", set())
        for name in list(found):
            for word in (name or "").split():
                bare = _POSSESSIVE.sub("", word)
                place = self.place_of(bare) if bare[:1].isupper() else None
                if place is not None and (place != bare or word != bare):  # a demonym or a possessive
                    found.add(place)  # ("senior Ravonian official"), not a name ("Jordan Smith")
                    break
        return found

    def _by_role(self) -> None:
        """An unaffiliated minister whose title names one body that speaks here speaks for it (and
        its state): "Defence Minister Ilse Varga" for "Teleria's defence ministry", when no other
        body's name has "defence" in it. Only the head of a ministry: a "foreign ministry
        spokesman" may speak for another state's ministry, an "opposition leader" against the
        state his party is filed under."""
        bodies = {name for found in self.sides for name in found}
        for speaker in {c.speaker for c in self.cands}:
            actor = self.speaker_of(speaker)
            if (
                actor is None
                or actor.affiliation is not None
                or actor.principal is not None
                or not actor.role
            ):
                continue
            *words, office = actor.role.lower().split()
            if office not in _HEADS or not words or len(words) > 2 or not all(w.isalpha() for w in words):
                continue
            named = [b for b in bodies if b != speaker and set(words) <= set(b.lower().split())]
            if len(named) != 1:
                continue
            theirs = set().union(*(found for found in self.sides if named[0] in found))
            for found in self.sides:
                if speaker in found:
                    found |= theirs

    def link(self, elsewhere: set[int] | frozenset[int] = frozenset()) -> None:
        """Fill `denies` and `denied_actor` on every denial, in text order but for what the
        dates put earlier (a rebuttal is linked after the denial it answers, whose links it
        reads). The denials in `elsewhere`
        reject claims made outside the article ("a report in the Harnsted Post") and link to
        nothing."""
        accusers = self._named_accusers()
        for n in self._chronological():
            cand = self.cands[n]
            if not cand.is_denial or cand.headline or n in elsewhere:
                continue
            if cand.denied_actor in self.sides[n]:
                cand.denied_actor = None  # one does not deny one's own claim
            pool = self._pool(n)
            if cand.stands_by:
                pool = self._disputing(n, pool)
            scored = [(self.score(n, i, accusers), i) for i in pool]
            scored = [(s, i) for s, i in scored if s is not None]
            scored += self._countered(n, pool, scored, accusers)
            best = max((s for s, _ in scored), default=None)
            if best is None or best < self.weights.threshold:
                continue
            chosen = sorted(i for s, i in scored if s >= best - self.weights.margin)
            chosen = self._same_claimant(n, chosen, scored)
            cand.denies = [self.cands[i] for i in chosen]
            if cand.denied_actor is None:
                # of candidates scoring alike, the claim the story told first is the one answered
                top = max(scored, key=lambda si: (si[0], -si[1]))[1]
                cand.denied_actor = self.cands[top].speaker
            accusers.setdefault(frozenset(self.sides[n]), set()).update(self._camp(cand.denied_actor))

    def _countered(
        self,
        n: int,
        pool: list[int],
        scored: list[tuple[float, int]],
        accusers: dict[frozenset[str], set[str]],
    ) -> list[tuple[float, int]]:
        """The other denials told before denial n (or told after it but dated earlier, or the claim an
        opening denial's story reports next) that `score` leaves out (they attack someone else),
        scored for the claims they make in turn, less `Weights.counter`: "its staff never touched
        that valve" answers a defence lawyer's denial that said the owner shut it. Not a fellow
        denier of the claims n itself answers (a denial that links to one it speaks of)."""
        seen = {i for _, i in scored}
        claims = {i for s, i in scored if s >= self.weights.threshold and self.topics[n] & self.topics[i]}
        # An opening denial answers the claim the story reports next, even one that words it as a
        # denial ("the scans found no motor" answering "this was not a chain's whirring").
        lede = self._nearest_after(n, denials=True) if self._nearest_before(n) is None else None
        found = []
        for i in pool:
            other = self.cands[i]
            if not other.is_denial or (i > n and i != lede and not self._dated_before(i, n)) or i in seen:
                continue
            if any(k in claims for k in self._answered(i)):
                continue
            total = self.score(n, i, accusers, countering=True) - self.weights.counter
            found.append((total + self.weights.lede if i == lede else total, i))
        return found

    def _answered(self, i: int) -> list[int]:
        """Denial i's links, less those the story tells after it (undated, or dated later) when it
        tells i after another side's statement: only the article's opening denials answer what the
        story reports next, and a denial told further on whose only links follow it answers
        nothing yet (it is a claim worded as a denial: "a whirring you do not get from a chain")."""
        found = [self._number[id(d)] for d in self.cands[i].denies]
        mine = self.sides[i]
        if not any(
            self.cands[k].speaker and not self.cands[k].headline and not self.sides[k] & mine
            for k in range(i)
        ):
            return found
        day = self.dates[i]
        return [k for k in found if k < i or (day and self.dates[k] and self.dates[k] <= day)]

    def _dated_before(self, i: int, n: int) -> bool:
        """Statement i was said on an earlier day than statement n."""
        return bool(self.dates[i] and self.dates[n] and self.dates[i] < self.dates[n])

    def _chronological(self) -> list[int]:
        """The statements in text order, except that a denial dated before the denials just above
        it is linked first: "X rejected on Tuesday the report ..., which said on Monday that X
        ..." answers a denial of its own side that the text tells later, and whose links (whom it
        attacks) must be known by then. An undated denial keeps its place, and so does
        everything after it."""
        order = list(range(len(self.cands)))
        for i, cand in enumerate(self.cands):
            if not cand.is_denial or self.dates[i] is None:
                continue
            at = to = order.index(i)
            for k in range(at - 1, -1, -1):
                n = order[k]
                if not self.cands[n].is_denial:
                    continue
                if self.dates[n] is None or self.dates[n] <= self.dates[i]:
                    break
                to = k
            order.insert(to, order.pop(at))
        return order

    def _disputing(self, n: int, pool: list[int]) -> list[int]:
        """Whom standing by a report (n) answers: those who denied it; when no denial is seen to
        attack the denier's side (its report's author goes unnamed, its people under other
        names), the denials in the article rather than every statement in it."""
        return (
            [i for i in pool if self._attacks(i, n)] or [i for i in pool if self.cands[i].is_denial] or pool
        )

    def _same_claimant(self, n: int, chosen: list[int], scored: list[tuple[float, int]]) -> list[int]:
        """The claimant's other statements before the denial, and those of its camp (its side)
        made before it or scoring as well as a link must, on the same matter (sharing
        `claimant_shared` words with the denial): a denial rejects the claim, which its
        claimant and its camp may have made over several statements (the claim, the evidence).
        A denial among them only when it scores as a link must (it attacks the denier's side): an
        accuser whose charge reads as a denial ("no bid was opened in public") over two sentences."""
        speakers = {self.cands[i].speaker for i in chosen}
        camp = set().union(*(self.sides[i] for i in chosen))
        more = {
            i
            for s, i in scored
            if (not self.cands[i].is_denial or s >= self.weights.threshold)
            and len(self.topics[n] & self.topics[i]) >= self.weights.claimant_shared
            and (
                (self.cands[i].speaker in speakers and (i < n or s >= self.weights.threshold))
                or (self.sides[i] & camp and (s >= self.weights.threshold or (i < n and s > 0)))
            )
        }
        opening = self._opening_claim(n, camp)
        if opening is not None:
            more.add(opening)
        return sorted(set(chosen) | more)

    def _opening_claim(self, n: int, camp: set[str]) -> int | None:
        """The camp's first claim before denial n, when it shares a word with it: the claim as the
        story first reported it, which the denial rejects with whatever part of the camp's case
        (its spokesman's account, its evidence) it answers most closely. For a denial that opens
        the story, the camp's first claim after it, whatever its words: the lede's "dismissed a
        report that ..." answers the report the next paragraphs tell."""
        members = (
            i
            for i, other in enumerate(self.cands)
            if i != n and not other.headline and other.speaker is not None and self.sides[i] & camp
        )
        first = next(members, None)
        if first is None or self.cands[first].is_denial:
            return None
        if first > n:  # none before: the first after, when the denial opens the story
            return first if self._nearest_before(n) is None else None
        if self.sides[first] & self.sides[n] or self._dated_before(n, first):
            return None
        return first if self.topics[n] & self.topics[first] else None

    def _named_accusers(self) -> dict[frozenset[str], set[str]]:
        """For each denier's side, the actors its denials name, with the bodies they speak for."""
        found: dict[frozenset[str], set[str]] = {}
        for n, cand in enumerate(self.cands):
            if cand.is_denial and cand.denied_actor and cand.denied_actor not in self.sides[n]:
                found.setdefault(frozenset(self.sides[n]), set()).update(self._camp(cand.denied_actor))
        return found

    def _camp(self, actor: str | None) -> set[str]:
        """The actor a denial answered and the bodies it belongs to: having answered "Marvenia's
        presidential office", a side answers Marvenia's other voices too."""
        return {actor, *chain(self.speaker_of(actor))} if actor is not None else set()

    def _pool(self, n: int) -> list[int]:
        """Statements by others, not in the headline, not said after the denial."""
        mine = self.sides[n]
        found = []
        for i, other in enumerate(self.cands):
            if i == n or other.headline or other.speaker is None or self.sides[i] & mine:
                continue
            if self.dates[n] and self.dates[i] and self.dates[i] > self.dates[n]:
                continue
            found.append(i)
        return found

    def _attacks(self, i: int, n: int) -> bool:
        """Statement i is a denial of statement n's side, made before n."""
        other = self.cands[i]
        if not other.is_denial:
            return False
        if i > n and not (self.dates[i] and self.dates[n] and self.dates[i] < self.dates[n]):
            return False
        mine = self.sides[n]
        if other.denied_actor is not None and side(self.speaker_of(other.denied_actor)) & mine:
            return True
        # the sides of the statements it denies, with the state their names name ("Brastova's
        # border service" speaks for Brastova, as "Brastovan officials" do)
        return other.denied_actor in mine or any(self.sides[self._number[id(d)]] & mine for d in other.denies)

    def score(
        self, n: int, i: int, accusers: dict[frozenset[str], set[str]], countering: bool = False
    ) -> float | None:
        """How likely denial n rejects statement i; None when it cannot (`countering`: i is a denial
        scored for the claim it makes in turn)."""
        w = self.weights
        denial, other = self.cands[n], self.cands[i]
        theirs = self.sides[i]
        named = denial.denied_actor is not None and denial.denied_actor in theirs
        if other.is_denial and not (countering or denial.stands_by or named or self._attacks(i, n)):
            return None  # a denial is answered when it attacks the denier or the denier names it
        total = 0.0
        if denial.denied_actor is not None:
            total += w.named if named else w.other_named
        elif theirs & accusers.get(frozenset(self.sides[n]), set()):
            total += w.usual_accuser
        total += w.shared_word * min(len(self.topics[n] & self.topics[i]), w.max_shared)
        total += w.claim_word * min(len(self.claims[n] & self.topics[i]), w.max_claim)
        if other.lemma in self.named_cues[n]:  # "the allegations" and what someone alleged
            total += w.named_act
        if other.is_denial:
            total += w.answers_attack
        nearest = self._nearest_before(n)
        if nearest is None:  # an opening denial answers the claim the story reports next
            nearest = self._nearest_after(n, denials=True)
        if i == nearest:
            total += w.nearest
        if denial.refers_back and i == self._referent(n):
            total += w.referred
        if i < n:
            total += w.earlier
        return total

    def _nearest_before(self, n: int, cues: frozenset[str] | None = None) -> int | None:
        """The nearest opposing statement before denial n (whose cue is among `cues`, if given)."""
        mine = self.sides[n]
        for i in range(n - 1, -1, -1):
            other = self.cands[i]
            opposed = other.speaker is not None and not other.headline and not self.sides[i] & mine
            named = cues is None or other.lemma in cues
            if opposed and named and (not other.is_denial or self._attacks(i, n)):
                return i
        return None

    def _nearest_after(self, n: int, denials: bool = False) -> int | None:
        """The first opposing statement after denial n, not itself a denial (unless `denials`: one
        that does not attack n's side)."""
        mine = self.sides[n]
        for i in range(n + 1, len(self.cands)):
            other = self.cands[i]
            if (
                other.speaker is not None
                and not other.headline
                and not self.sides[i] & mine
                and (not other.is_denial or (denials and not self._attacks(i, n)))
            ):
                return i
        return None

    def _referent(self, n: int) -> int | None:
        """What "the allegations", "the claim" refer to: the claim as the story first reported it,
        the first statement of whoever made the nearest opposing statement with the act the noun
        names ("alleged"), else of whoever made the nearest opposing statement."""
        if n not in self._referents:
            named = self._nearest_before(n, self.named_cues[n]) if self.named_cues[n] else None
            found = named if named is not None else self._nearest_before(n)
            self._referents[n] = self._first_of(found) if found is not None else None
        return self._referents[n]

    def _first_of(self, i: int) -> int:
        """The first statement of statement i's speaker: where the story first reports its claim
        ("the accusation" refers to the claim as reported, not to the detail quoted last)."""
        speaker = self.cands[i].speaker
        return next(
            j for j in range(i + 1) if self.cands[j].speaker == speaker and not self.cands[j].headline
        )


def same_bodies(sides: list[set[str]]) -> list[set[str]]:
    """One body under a short and a long name: "Food Safety Authority" (for its head's side) and
    "Caldoria's Food Safety Authority", or the common noun "front" (for "the front's spokesman")
    and "Sahrani Liberation Front", when only one longer name ends with the short one."""
    names = set().union(*sides) if sides else set()
    for short in names:
        words = short.split()
        if short.islower():  # "the front's spokesman" speaks for the one "... Liberation Front"
            fold = str.lower
        elif len(words) >= 2 and all(w[:1].isupper() for w in words):
            fold = str
        else:
            continue
        longer = [n for n in names if n != short and fold(n).endswith(" " + short)]
        if len(longer) == 1:
            for found in sides:
                if short in found or longer[0] in found:
                    found |= {short, longer[0]}
    return sides


def denied_actor(
    mention: Span | None,
    cand: Candidate,
    before: list[Candidate],
    after: list[Candidate],
    actors: Actors,
    speaker_of: Callable,
) -> str | None:
    """The actor named as the claim's author: a name, a pronoun ("her claims"), a role ("the
    league's account")."""
    if mention is None:
        return None
    mine = side(speaker_of(cand.speaker))
    if len(mention) == 1 and mention[0].pos_ == "PRON":  # "her claims": the last opponent who fits
        low = mention[0].lower_
        for other in reversed(before):
            actor = speaker_of(other.speaker)
            opposed = actor is not None and not other.headline and not side(actor) & mine
            if opposed and _pronoun_fits(low, actor):
                return actor.name
        return None
    place = len(mention) == 1 and mention[0].ent_type_ in _PLACES
    country = _country(mention.text, actors) if place else None
    if country is not None:  # "an Ulmarian accusation", "Kestria's claims": the country itself
        return actors.add(country_actor(country), mention.text).name
    info = describe(mention, actors)
    speakers = [speaker_of(o.speaker) for o in [*reversed(before), *after] if not o.headline]
    speakers = [a for a in speakers if a is not None]
    if info is not None and any(info.name in side(a) for a in speakers):
        return actors.add(info, mention.text).name
    head = mention.root.lemma_.lower()  # "the league's account": the league, met before (or after)
    heads = {head, mention.root.lower_}  # "residents' claims": "residents of the Millrace neighborhood"
    # the body the noun heads the name of ("Lanmouth Transit Workers' Union", "Union of Loom
    # Workers") before one it only qualifies ("union figures", "the union's lawyer")
    for actor in [a for a in speakers if _POSSESSIVE.sub("", head_word(a.name)) in heads] + speakers:
        words = actor.name.lower().split() + (actor.role or "").lower().split()
        if heads & set(words) or (head in lx.OUTLET_NOUNS and actor.kind == "media"):
            return actor.name  # "the newspaper's story": the one outlet that speaks here
    apposed = _apposed(mention, actors)  # "the short seller's report" of "Ashgrove, a short seller,"
    if apposed is not None and any(apposed.name == a.name for a in speakers):
        return apposed.name
    return actors.add(info, mention.text).name if info is not None else None


def _apposed(mention: Span, actors: Actors) -> ActorInfo | None:
    """The named actor the text set the mention's description beside, elsewhere: "Ashgrove
    Research, a short seller," or "the short seller Ashgrove Research"."""
    root = mention.root
    for tok in root.doc:
        if tok.lemma_ != root.lemma_ or tok.i == root.i or tok.pos_ != "NOUN":
            continue
        names = [tok.head] if tok.dep_ == "appos" else []
        names += [c for c in tok.children if c.dep_ == "appos"]
        for name in names:
            if name.pos_ == "PROPN":
                info = describe(root.doc[name.left_edge.i : name.i + 1], actors)
                if info is not None:
                    return actors.by_name.get(info.name) or info
    return None


def place_named(actors: Actors) -> Callable[[str], str | None]:
    """The country a word names, for `Linker`'s sides."""

    def place_of(word: str) -> str | None:
        country = _country(word, actors)
        return country.name if country is not None else None

    return place_of


def _country(text: str, actors: Actors) -> Country | None:
    """The country a name or demonym names, preferring a place the demonym grows from ("Ulmarian"
    -> "Ulmaria") over the demonym itself, which the entity tagger sometimes files as a place."""
    low = text.lower()
    for key, place in actors.places.items():
        if len(key) >= 4 and key != low and low.startswith(key):
            return Country("", place)
    return actors.country(text)


def _pronoun_fits(low: str, actor: ActorInfo) -> bool:
    if low in lx.PRONOUNS_MALE or low in lx.PRONOUNS_FEMALE:
        return actor.kind == "person"
    if low in lx.PRONOUNS_NEUTER:
        return actor.kind != "person"
    return True
