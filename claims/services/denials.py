"""denials_link: a denial meets the claim it rejects in another article, in any order, in any run.

Who a denial rejects comes, in this order, from what extraction said
(`denied_actor`, the speakers of the statements it `denies` in its own
article), else from the actors its sentence names ("claims by the Harbour
Council that..."); a target on the denier's own side is a misreading and is
dropped. Candidates are statements said within the window before the denial
(never after it), by a target or anyone affiliated to one; with no target at
all, by anyone but the denier's own side, and then the words must agree
closely. The confidence weighs who said it, shared content words (of the
denial's whole sentence, which often spells out the claim that a short
denial like "a fabrication" leaves out), and age.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F, Max, Min, Prefetch, QuerySet

from claims.models import (
    Actor,
    ActorAlias,
    ActorKind,
    DatePrecision,
    Denial,
    DenialOrigin,
    ReviewStatus,
    Statement,
)
from claims.names import normalize_name

# How far back a denial looks for the claim it rejects, and how sure a link must be.
LINK_WINDOW_DAYS = 42
LINK_THRESHOLD = 0.5
LINKS_PER_DENIAL = 3
# Who said the candidate claim, as a weight on the confidence.
_NAMED = 1.0  # the actor extraction says is denied
_NAMED_MEMBER = 0.85  # someone affiliated to it
_MENTIONED = 0.9  # an actor the denial's sentence names
_MENTIONED_MEMBER = 0.8
_ANYONE = 0.7  # nobody known: only close wording links
_CHUNK = 500  # article ids per query, under every database's limit on parameters


@dataclass
class LinkResult:
    created: int = 0
    removed: int = 0
    links: list[tuple[int, int, float]] = field(default_factory=list)  # (denial, claim, confidence)


def denials_link(*, articles: Iterable[int], window_days: int = LINK_WINDOW_DAYS) -> LinkResult:
    """Link denials to the claims they reject in other articles, after `articles` were written.

    Denials in `articles` are (re)linked against every earlier claim; older
    denials are checked against the claims that `articles` brought in, so a
    claim and its denial meet whatever the order of files and runs. Links an
    editor made are never touched.
    """
    article_ids = sorted(set(articles))
    result = LinkResult()
    if not article_ids:
        return result
    chunks = [article_ids[i : i + _CHUNK] for i in range(0, len(article_ids), _CHUNK)]
    window = dt.timedelta(days=window_days)
    with transaction.atomic():
        context = _Context(window)
        denials = Statement.objects.denials()
        new_denials = [d for chunk in chunks for d in _with_links(denials.filter(article_id__in=chunk))]
        pool = _Pool.around(new_denials, window)
        for denial in new_denials:
            _links_replace(denial, context.claims_for(denial, pool), result, prune=True)
        older = _denials_near(chunks, window)
        new_claims = _Pool.of_articles(chunks) if older else _Pool([])
        for denial in older:
            _links_replace(denial, context.claims_for(denial, new_claims), result, prune=False)
    return result


def _with_links(statements: QuerySet[Statement]) -> list[Statement]:
    links = Denial.objects.annotate(claim_article_id=F("denied_statement__article_id"))
    # A rejected denial is no denial; a corrected one is the editor's: its links are as they left them.
    visible = statements.exclude(review_status__in=[ReviewStatus.REJECTED, ReviewStatus.CORRECTED])
    return list(visible.select_related("article").prefetch_related(Prefetch("denials", queryset=links)))


def _denials_near(chunks: Sequence[Sequence[int]], window: dt.timedelta) -> list[Statement]:
    """Denials of other articles said up to `window` after the new claims (or up to a year before
    them: a denial dated only by its year sorts on 1 January)."""
    spans = [
        Statement.objects.filter(article_id__in=chunk).aggregate(
            first=Min("timeline_date"), last=Max("timeline_date")
        )
        for chunk in chunks
    ]
    firsts = [span["first"] for span in spans if span["first"]]
    if not firsts:
        return []
    since = min(firsts) - dt.timedelta(days=366)
    until = max(span["last"] for span in spans if span["last"]) + window
    this_run = {article_id for chunk in chunks for article_id in chunk}
    near = Statement.objects.denials().filter(timeline_date__gte=since, timeline_date__lte=until)
    # Excluded here rather than in SQL: a run's ids can be more than a query may carry.
    candidates = near.values_list("id", "article_id")
    ids = [pk for pk, article_id in candidates if article_id not in this_run]
    return [
        d
        for i in range(0, len(ids), _CHUNK)
        for d in _with_links(Statement.objects.filter(id__in=ids[i : i + _CHUNK]))
    ]


def _latest_day(statement: Statement) -> dt.date:
    """The last day a statement dated only to its month or year can have been said."""
    day = statement.timeline_date
    if statement.said_on and statement.said_on_precision == DatePrecision.YEAR:
        return dt.date(day.year, 12, 31)
    if statement.said_on and statement.said_on_precision == DatePrecision.MONTH:
        following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return day


class _Pool:
    """Candidate claims loaded in one query, their content words worked out once."""

    def __init__(self, claims: list[Statement]) -> None:
        self.claims = claims
        self.stems = {claim.pk: _stems(claim.content) for claim in claims}
        self.by_speaker: dict[int, list[Statement]] = {}
        for claim in claims:
            self.by_speaker.setdefault(claim.speaker_id, []).append(claim)

    def of(self, speakers: Iterable[int]) -> Iterable[Statement]:
        return (claim for speaker in speakers for claim in self.by_speaker.get(speaker, ()))

    @staticmethod
    def _query() -> QuerySet[Statement]:
        return (
            Statement.objects.exclude(review_status=ReviewStatus.REJECTED)
            .exclude(speaker__isnull=True)
            .only("id", "content", "speaker_id", "timeline_date", "article_id", "is_denial")
        )

    @classmethod
    def around(cls, denials: Sequence[Statement], window: dt.timedelta) -> _Pool:
        if not denials:
            return cls([])
        latest = [_latest_day(d) for d in denials]
        since, until = min(latest) - window, max(latest)
        return cls(list(cls._query().filter(timeline_date__gte=since, timeline_date__lte=until)))

    @classmethod
    def of_articles(cls, chunks: Sequence[Sequence[int]]) -> _Pool:
        return cls([claim for chunk in chunks for claim in cls._query().filter(article_id__in=chunk)])


class _Context:
    """What a linking pass needs about actors: who belongs to whom, and the names that mean them."""

    def __init__(self, window: dt.timedelta) -> None:
        self.window = window
        rows = list(Actor.objects.values_list("id", "affiliation_id", "kind"))
        self.parent = {actor_id: parent for actor_id, parent, _ in rows}
        self.kind = {actor_id: kind for actor_id, _, kind in rows}
        self.children: dict[int, list[int]] = {}
        for actor_id, parent in self.parent.items():
            if parent:
                self.children.setdefault(parent, []).append(actor_id)
        self.names = _NameIndex()

    def family(self, actor_id: int) -> set[int]:
        """The actor and every actor affiliated to it, at any depth."""
        found, todo = set(), [actor_id]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(self.children.get(current, ()))
        return found

    def up(self, actor_id: int) -> set[int]:
        found: set[int] = set()
        current: int | None = actor_id
        while current and current not in found:
            found.add(current)
            current = self.parent.get(current)
        return found

    def own_side(self, denial: Statement) -> set[int]:
        """The denier and whom it belongs to; its members too, unless it is a whole country."""
        if not denial.speaker_id:
            return set()
        side = self.up(denial.speaker_id)
        if self.kind.get(denial.speaker_id) != ActorKind.COUNTRY:
            side |= self.family(denial.speaker_id)
        return side

    def weights(self, denial: Statement, own_side: set[int], claimants: set[int]) -> dict[int, float]:
        """Speakers whose claims this denial may reject, with how sure we are it rejects them."""
        named = {d.denied_actor_id for d in denial.denials.all() if d.denied_actor_id} - own_side
        weights: dict[int, float] = {}
        for target in named:
            for member in self.family(target) - own_side:
                weights[member] = max(weights.get(member, 0), _NAMED if member == target else _NAMED_MEMBER)
        for target in claimants - own_side - named:
            for member in self.family(target) - own_side:
                weights.setdefault(member, _MENTIONED if member == target else _MENTIONED_MEMBER)
        return weights

    def claims_for(self, denial: Statement, pool: _Pool) -> list[tuple[Statement, float]]:
        """The claims this denial rejects, best first: by whom it denies if that finds any, else by
        anyone outside its own side whose words match closely (the target may have been misread)."""
        own_side = self.own_side(denial)
        claimants = self.names.claimants(_sentence(denial)) - own_side
        weights = self.weights(denial, own_side, claimants)
        words = _stems(denial.content) | _stems(_sentence(denial))
        targeted = lambda speaker_id, claim: weights.get(speaker_id)  # noqa: E731
        found = self._scored(denial, pool.of(weights), pool, words, own_side, targeted) if weights else []
        if not found:
            # A rebuttal rejects a denial, but only count one when we know whose: two denials of a
            # claim by strangers to each other read alike without one rejecting the other.
            anyone = lambda speaker_id, claim: None if claim.is_denial else _ANYONE  # noqa: E731
            found = self._scored(denial, pool.claims, pool, words, own_side, anyone)
        if not found and claimants:
            found = self._claimant_said(denial, pool, words, claimants)
        found.sort(key=lambda pair: (-pair[1], pair[0].pk))
        return found[:LINKS_PER_DENIAL]

    def _claimant_said(
        self, denial: Statement, pool: _Pool, words: set[str], claimants: set[int]
    ) -> list[tuple[Statement, float]]:
        """ "The claims made on Monday by X were groundless", in words that share little with what X
        said: still X's claims, so X's likeliest claim before it, at the lowest confidence linked."""
        latest = _latest_day(denial)
        said = [
            claim
            for claim in pool.of(claimants)
            if claim.article_id != denial.article_id
            and not claim.is_denial
            and latest - self.window <= claim.timeline_date <= latest
        ]
        if not said:
            return []
        best = max(
            said, key=lambda claim: (_similarity(words, pool.stems[claim.pk]), claim.timeline_date, -claim.pk)
        )
        return [(best, LINK_THRESHOLD)]

    def _scored(
        self,
        denial: Statement,
        claims: Iterable[Statement],
        pool: _Pool,
        words: set[str],
        own_side: set[int],
        weight_of: Callable[..., float | None],
    ) -> list[tuple[Statement, float]]:
        latest = _latest_day(denial)
        earliest = latest - self.window
        scored = []
        for claim in claims:
            if claim.article_id == denial.article_id or claim.speaker_id in own_side:
                continue
            if not earliest <= claim.timeline_date <= latest:
                continue
            weight = weight_of(claim.speaker_id, claim)
            if weight is None:
                continue
            age = (latest - claim.timeline_date).days / max(1, self.window.days)
            similarity = _similarity(words, pool.stems[claim.pk])
            confidence = weight * (0.35 + 0.65 * similarity) * (1 - 0.25 * age)
            if confidence >= LINK_THRESHOLD:
                scored.append((claim, round(min(confidence, 1.0), 3)))
        return scored


class _NameIndex:
    """Actor names as they may appear in running text: every alias, and the last two or more
    words of longer ones ("dockworkers union" for the Port Alder Dockworkers' Union) when only
    one actor ends that way. Loaded on first use."""

    def __init__(self) -> None:
        self._index: dict[str, int] | None = None

    def _load(self) -> dict[str, int]:
        exact: dict[str, set[int]] = {}
        tails: dict[str, set[int]] = {}
        for actor_id, key in ActorAlias.objects.values_list("actor_id", "normalized"):
            words = key.split()
            if not words or key in _GENERIC:
                continue
            exact.setdefault(key, set()).add(actor_id)
            for cut in range(1, len(words) - 1):
                tails.setdefault(" ".join(words[cut:]), set()).add(actor_id)
        index = {key: next(iter(ids)) for key, ids in tails.items() if len(ids) == 1 and key not in _GENERIC}
        index.update({key: next(iter(ids)) for key, ids in exact.items() if len(ids) == 1})
        return index

    def claimants(self, sentence: str) -> set[int]:
        """Actors named as the source of what is denied: "claims by X", "X's allegation"."""
        found: set[int] = set()
        for pattern in (_CLAIMANT_AFTER, _CLAIMANT_BEFORE):
            for match in pattern.finditer(sentence):
                found |= self.named_in(match.group("who"))
        return found

    def named_in(self, text: str) -> set[int]:
        if self._index is None:
            self._index = self._load()
        words = normalize_name(text).split()
        found = set()
        for size in range(5, 0, -1):
            for start in range(len(words) - size + 1):
                actor_id = self._index.get(" ".join(words[start : start + size]))
                if actor_id:
                    found.add(actor_id)
        return found


# Descriptions too common to point at one actor, even when only one stored actor is called that.
_GENERIC = frozenset(
    {
        *("foreign ministry", "ministry", "government", "official", "officials", "spokesman", "spokeswoman"),
        *("statement", "company", "council", "union", "police", "army", "military", "state media"),
    }
)
_NAME_WORD = r"[^\s,;:.\"“”()]+"
# "claims by the Harbour Council that...", "a report from the watchdog": the words up to the claim.
_CLAIMANT_AFTER = re.compile(
    rf"\b(?:by|from)\s+(?P<who>(?:{_NAME_WORD}\s*){{1,8}}?)(?=\s*(?:\bthat\b|\bas\b|\bwere\b|\bwas\b|[,;:.\"“”]|$))"
)
# "a security researcher's claim", "Valdoria's allegations"
_CLAIMANT_BEFORE = re.compile(
    rf"(?P<who>(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}?)['’]s?\s+"
    r"(?:claims?|allegations?|accusations?|assertions?|reports?|suggestions?|charges?)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’)]*)\s|\n")


def _sentence(statement: Statement) -> str:
    """The sentence(s) the statement sits in: a short denial's sentence often spells out the claim."""
    text = statement.article.text
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, statement.start)), default=0)
    after = _SENTENCE_END.search(text, statement.end)
    return text[start : after.start() + 1 if after else len(text)]


def _links_replace(
    denial: Statement, found: list[tuple[Statement, float]], result: LinkResult, *, prune: bool
) -> None:
    """Make the denial's extracted cross-article links the ones found; editors' links stay as they are.

    `prune` drops extracted links to other articles that were not found again;
    without it, links are only added, up to LINKS_PER_DENIAL across articles.
    """
    rows = list(denial.denials.all())
    existing = {d.denied_statement_id for d in rows if d.denied_statement_id}
    across = [d for d in rows if d.denied_statement_id and d.claim_article_id != denial.article_id]
    actor_only = [d for d in rows if d.denied_statement_id is None]
    wanted = {claim.pk: (claim, confidence) for claim, confidence in found}
    if prune:
        stale = [
            d.pk for d in across if d.denied_statement_id not in wanted and d.origin == DenialOrigin.EXTRACTED
        ]
        result.removed += Denial.objects.filter(pk__in=stale).delete()[0]
        room = LINKS_PER_DENIAL
    else:
        room = LINKS_PER_DENIAL - len(across)
    # Whom it denies, as extraction read it; never guessed from the claim found, or the guess would
    # narrow the next pass to that speaker.
    denied_actor_id = next((d.denied_actor_id for d in rows if d.denied_actor_id), None)
    for claim_id, (claim, confidence) in wanted.items():
        if claim_id in existing:
            continue
        if room <= 0:
            break
        room -= 1
        Denial.objects.create(
            statement=denial, denied_statement=claim, denied_actor_id=denied_actor_id, confidence=confidence
        )
        result.created += 1
        result.links.append((denial.pk, claim_id, confidence))
    if wanted and actor_only:  # a statement found: the row that only named the actor gives way
        Denial.objects.filter(
            pk__in=[d.pk for d in actor_only if d.origin == DenialOrigin.EXTRACTED]
        ).delete()


# Words that say a claim is false, or carry no content: they never make two statements alike.
_STOP_WORDS = """
    a an the and or but of to in on at by for with from as is are was were be been being has have had
    do does did not no nor that this these those it its they them their he she his her we our us you your
    i me my will would could should may might can shall than then there here which who whom whose what when
    where why how all any some such very also just only said says say told claim claims claimed allegation
    allegations alleged accusation accusations accused groundless baseless false untrue absurd fabrication
    fabricated rumour rumor rumours rumors deny denies denied denial dismiss dismissed dismisses reject
    rejected rejects refute refuted dispute disputed never lie lies report reports reported statement
    monday tuesday wednesday thursday friday saturday sunday week month year"""
_STOP = frozenset(_STOP_WORDS.split())
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")


def _stems(text: str) -> set[str]:
    """Content words cut to a crude stem: "supplies" and "supplying" both give "suppl"."""
    words = _WORD.findall(unicodedata.normalize("NFKD", text).lower())
    stems = set()
    for word in words:
        if len(word) > 2 and word not in _STOP:
            bare = _SUFFIX.sub("", word)
            stems.add((bare if len(bare) >= 4 else word)[:5])
    return stems


def _similarity(a: set[str], b: set[str]) -> float:
    shared = len(a & b)
    if not shared:
        return 0.0
    return shared / min(len(a), len(b)) * min(1.0, shared / 4)


def claim_similarity(denial: str, claim: str) -> float:
    """How much of the shorter statement's content words the other shares, 0..1.

    Fewer than four shared words count for less, so two short statements that
    happen to share a word or two are not alike.
    """
    return _similarity(_stems(denial), _stems(claim))
