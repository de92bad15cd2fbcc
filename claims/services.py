"""Writes that span models: ingesting an article, resolving actors, linking denials.

Service functions in the `<entity>_<verb>` style, keyword-only. Each article
is written in its own `transaction.atomic()`, so a failure never leaves half an
article. Nothing an editor did is lost: a statement an editor confirmed,
corrected, rejected, tagged or linked by hand survives re-extraction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, NamedTuple

from django.db import transaction
from django.db.models import F, Prefetch, Q, QuerySet
from django.utils.text import slugify
from rapidfuzz import fuzz

from claims.extraction.types import DocumentExtraction, ExtractedActor, ExtractedStatement
from claims.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Article,
    DatePrecision,
    Denial,
    DenialOrigin,
    ReviewStatus,
    Statement,
)
from claims.names import normalize_name
from claims.readers import ArticleRecord

Outcome = Literal["new", "unchanged", "updated"]

# A link the extraction made inside one document: it read the words, so trust it.
IN_DOCUMENT_CONFIDENCE = 0.9
# How far back a denial looks for the claim it rejects, and how sure a link must be.
LINK_WINDOW_DAYS = 42
LINK_THRESHOLD = 0.5
LINKS_PER_DENIAL = 3


# --- articles --------------------------------------------------------------------------


def content_hash(text: str) -> str:
    """The dedup key: SHA-256 of the body with Unicode and whitespace normalised."""
    normal = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class ArticleMatch(NamedTuple):
    article: Article | None
    same_text: bool


def article_match(*, record: ArticleRecord) -> ArticleMatch:
    """The stored article this record is: the same text first, else the same URL (a new version)."""
    key = content_hash(record.text)
    same = Q(content_hash=key) | Q(url=record.url[:2000]) if record.url else Q(content_hash=key)
    found = list(Article.objects.filter(same).order_by()[:2])
    by_text = next((a for a in found if a.content_hash == key), None)
    if by_text:
        return ArticleMatch(by_text, True)
    return ArticleMatch(found[0] if found else None, False)


@dataclass(frozen=True)
class IngestResult:
    article: Article
    outcome: Outcome
    statements: int = 0  # statement rows written
    denials: int = 0  # of which denials
    links: int = 0  # denial-to-statement links written inside the document
    kept: int = 0  # editor-touched statements carried over from the previous version
    warnings: tuple[str, ...] = ()


class ExtractionNeeded(ValueError):
    """article_ingest was given no extraction for an article that is new or changed."""


class ActorCache:
    """Actors already resolved in this run, so a name seen again costs no query.

    Keyed by everything actor_resolve is given, so a hit is what the database
    would answer. Emptied when an article's transaction rolls back, since the
    actors it made are gone with it.
    """

    def __init__(self) -> None:
        self.actors: dict[tuple[object, ...], Actor] = {}

    def clear(self) -> None:
        self.actors.clear()


def article_ingest(
    *,
    record: ArticleRecord,
    extraction: DocumentExtraction | None,
    force: bool = False,
    actors: ActorCache | None = None,
) -> IngestResult:
    """Write one article and its statements, actors and in-document denials, or nothing.

    The same text again changes nothing (unless `force`); a new text under a
    known URL replaces the extracted statements and keeps the editors' ones.
    """
    cache = actors if actors is not None else ActorCache()
    try:
        with transaction.atomic():
            existing, same_text = article_match(record=record)
            if existing and same_text and not force:
                return IngestResult(existing, "unchanged")
            if extraction is None:
                raise ExtractionNeeded("no extraction for a new or changed article")
            if existing:
                return _article_replace(existing, record, extraction, cache)
            article = Article.objects.create(**_article_fields(record, extraction))
            written = _statements_write(article, extraction, kept=[], cache=cache)
            return IngestResult(article, "new", *written)
    except Exception:
        cache.clear()
        raise


def _article_fields(record: ArticleRecord, extraction: DocumentExtraction) -> dict[str, object]:
    return {
        "title": record.title[:500],
        "byline": record.byline[:300],
        "source": record.source[:200],
        "url": record.url[:2000],
        "external_id": record.id[:300],
        "published": record.published,
        "text": record.text,
        "caption": record.caption,
        "content_hash": content_hash(record.text),
        "extractor_version": extraction.extractor_version[:40],
    }


def _article_replace(
    article: Article, record: ArticleRecord, extraction: DocumentExtraction, cache: ActorCache
) -> IngestResult:
    old_text = article.text
    for name, value in _article_fields(record, extraction).items():
        if name != "url" or value:  # a record without a URL does not erase the one we have
            setattr(article, name, value)
    article.save()
    kept = list(_statements_to_keep(article))
    dropped = article.statements.exclude(id__in=[s.id for s in kept])
    _denial_targets_preserve(article, dropped)
    dropped.delete()
    warnings = _statements_remap(kept, article, old_text)
    statements, denials, links = _statements_write(article, extraction, kept=kept, cache=cache)
    return IngestResult(article, "updated", statements, denials, links, len(kept), tuple(warnings))


def _statements_to_keep(article: Article) -> Iterable[Statement]:
    """Statements an editor touched: reviewed, tagged, or part of a Denial an editor made."""
    by_editor = Denial.objects.filter(origin=DenialOrigin.EDITOR)
    return (
        article.statements.filter(
            ~Q(review_status=ReviewStatus.EXTRACTED)
            | Q(tags__isnull=False)
            | Q(id__in=by_editor.values("statement_id"))
            | Q(id__in=by_editor.values("denied_statement_id"))
        )
        .distinct()
        .order_by("start")
    )


def _denial_targets_preserve(article: Article, dropped: QuerySet[Statement]) -> None:
    """Denials elsewhere that lose their claim here keep whom they deny, to be linked again."""
    losing = (
        Denial.objects.filter(denied_statement__in=dropped, denied_actor__isnull=False)
        .exclude(statement__in=dropped)
        .values_list("statement_id", "denied_actor_id")
        .distinct()
    )
    for statement_id, actor_id in losing:
        Denial.objects.get_or_create(
            statement_id=statement_id, denied_actor_id=actor_id, denied_statement=None
        )


def _statements_remap(kept: Sequence[Statement], article: Article, old_text: str) -> list[str]:
    """Move kept statements to where their words are in the new text; warn where they are gone."""
    warnings = []
    for statement in kept:
        before = _placement(statement)
        span = _relocate(statement.content, article.text, statement.start, old_text)
        if span is None:
            warnings.append(f"statement {statement.pk} no longer appears in the new text: kept as it was")
        else:
            _statement_move(statement, article.text, span, old_text)
        statement.timeline_date = Statement.timeline_date_for(statement.said_on, article)
        if _placement(statement) != before:
            statement.version += 1  # an editor's open form on the old placement must see a conflict
            statement.save()
    return warnings


def _placement(statement: Statement) -> tuple[object, ...]:
    return (
        statement.start,
        statement.end,
        statement.content,
        statement.speaker_start,
        statement.speaker_end,
        statement.cue_start,
        statement.cue_end,
        statement.timeline_date,
    )


def _relocate(content: str, text: str, old_start: int, old_text: str) -> tuple[int, int] | None:
    if old_text == text:
        return old_start, old_start + len(content)
    scaled = old_start * len(text) // max(1, len(old_text))
    found = [m.start() for m in re.finditer(re.escape(content), text)] if content else []
    if found:
        start = min(found, key=lambda pos: abs(pos - scaled))
        return start, start + len(content)
    # Words edited inside the statement: the closest span of the new text, if close enough.
    alignment = fuzz.partial_ratio_alignment(content, text, score_cutoff=85)
    if alignment is None:
        return None
    return alignment.dest_start, alignment.dest_end


def _statement_move(statement: Statement, text: str, span: tuple[int, int], old_text: str) -> None:
    shift = span[0] - statement.start
    statement.start, statement.end = span
    statement.content = text[span[0] : span[1]]
    for prefix in ("speaker", "cue"):
        start, end = getattr(statement, f"{prefix}_start"), getattr(statement, f"{prefix}_end")
        if start is None or end is None:
            continue
        moved = (start + shift, end + shift)
        if text[moved[0] : moved[1]] != old_text[start:end]:
            moved = (None, None)
        setattr(statement, f"{prefix}_start", moved[0])
        setattr(statement, f"{prefix}_end", moved[1])


def _statements_write(
    article: Article, extraction: DocumentExtraction, *, kept: Sequence[Statement], cache: ActorCache
) -> tuple[int, int, int]:
    """Create the extracted statements (where no kept statement covers them) and their in-document denials."""
    actors = _document_actors(extraction, cache)
    by_ext_id: dict[str, Statement] = {}
    by_span: dict[tuple[int, int], Statement] = {}
    new_rows: list[tuple[ExtractedStatement, Statement]] = []
    for ext in extraction.statements:
        if not _span_ok(ext, article.text):
            continue
        covering = next((s for s in kept if _overlap(s.start, s.end, ext.start, ext.end) > 0.5), None)
        if covering or (ext.start, ext.end) in by_span:  # an editor's version, or a repeat of the same words
            by_ext_id[ext.id] = covering or by_span[(ext.start, ext.end)]
            continue
        row = _statement_row(article, ext, actors)
        by_ext_id[ext.id] = by_span[(ext.start, ext.end)] = row
        new_rows.append((ext, row))
    Statement.objects.bulk_create([row for _, row in new_rows])
    denials = [_denial_rows(ext, row, by_ext_id, actors) for ext, row in new_rows if ext.is_denial]
    rows = Denial.objects.bulk_create([d for rows in denials for d in rows])
    links = sum(1 for d in rows if d.denied_statement_id)
    return len(new_rows), sum(1 for ext, _ in new_rows if ext.is_denial), links


def _span_ok(ext: ExtractedStatement, text: str) -> bool:
    return 0 <= ext.start < ext.end <= len(text)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Shared characters as a share of the shorter span."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    return max(0, shared) / max(1, min(a_end - a_start, b_end - b_start))


def _statement_row(article: Article, ext: ExtractedStatement, actors: dict[str, Actor]) -> Statement:
    speaker_start, speaker_end = ext.speaker_span or (None, None)
    cue_start, cue_end = ext.cue_span or (None, None)
    return Statement(
        article=article,
        speaker=actors.get(ext.speaker) if ext.speaker else None,
        speaker_text=(ext.speaker_text or ext.speaker or "")[:500],
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        conduit=actors.get(ext.conduit) if ext.conduit else None,
        cue=(ext.cue or "")[:200],
        cue_start=cue_start,
        cue_end=cue_end,
        kind=ext.type,
        content=article.text[ext.start : ext.end],
        start=ext.start,
        end=ext.end,
        said_on=ext.said_on,
        said_on_precision=ext.said_on_precision or "",
        timeline_date=Statement.timeline_date_for(ext.said_on, article),
        is_denial=ext.is_denial,
    )


def _denial_rows(
    ext: ExtractedStatement, row: Statement, by_ext_id: dict[str, Statement], actors: dict[str, Actor]
) -> list[Denial]:
    denied_actor = actors.get(ext.denied_actor) if ext.denied_actor else None
    targets = [by_ext_id[t] for t in ext.denies if t in by_ext_id and by_ext_id[t] is not row]
    if not targets:
        return [Denial(statement=row, denied_actor=denied_actor)] if denied_actor else []
    return [
        Denial(
            statement=row,
            denied_statement=target,
            denied_actor=denied_actor or target.speaker,
            confidence=IN_DOCUMENT_CONFIDENCE,
        )
        for target in dict.fromkeys(targets)
    ]


# --- actors ------------------------------------------------------------------------------

# Words that name someone only in context: never stored as an alias (compared after normalize_name,
# which drops a leading "the").
_NOT_NAMES = frozenset(
    {
        *("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "its", "their", "us"),
        *("statement", "ministry", "company", "government", "official", "officials", "spokesman"),
        *("spokeswoman", "spokesperson", "source", "sources"),
    }
)
_KINDS = {choice.value for choice in ActorKind}


def _document_actors(extraction: DocumentExtraction, cache: ActorCache) -> dict[str, Actor]:
    """Every actor the extraction names (speakers, conduits, denied actors, affiliations), resolved."""
    profiles = _actor_profiles(extraction)
    resolved: dict[str, Actor] = {}

    def resolve(name: str, seen: frozenset[str]) -> Actor:
        if name not in resolved:
            profile = profiles[name]
            parent = profile.affiliation
            affiliation = (
                resolve(parent, seen | {name}) if parent in profiles and parent not in seen else None
            )
            role, country, aliases = profile.role or "", profile.country_code or "", profile.aliases
            key = (name, profile.kind, role, affiliation.pk if affiliation else None, country, aliases)
            if key not in cache.actors:
                cache.actors[key] = actor_resolve(
                    name=name,
                    kind=profile.kind,
                    role=role,
                    affiliation=affiliation,
                    country_code=country,
                    aliases=aliases,
                )
            resolved[name] = cache.actors[key]
        return resolved[name]

    for name in profiles:
        resolve(name, frozenset())
    return resolved


def _actor_profiles(extraction: DocumentExtraction) -> dict[str, ExtractedActor]:
    """One ExtractedActor per name, filled in from the statements where the actor list is silent."""
    profiles = {actor.name: actor for actor in extraction.actors if actor.name.strip()}
    for ext in extraction.statements:
        if ext.speaker:
            profile = profiles.get(ext.speaker) or ExtractedActor(name=ext.speaker)
            if profile.kind == "unknown" and ext.speaker_kind != "unknown":
                profile = replace(profile, kind=ext.speaker_kind)
            if not profile.affiliation and ext.affiliation and ext.affiliation != ext.speaker:
                profile = replace(profile, affiliation=ext.affiliation)
            profiles[ext.speaker] = profile
        if ext.conduit and ext.conduit not in profiles:
            profiles[ext.conduit] = ExtractedActor(name=ext.conduit, kind="media")
        if ext.denied_actor and ext.denied_actor not in profiles:
            profiles[ext.denied_actor] = ExtractedActor(name=ext.denied_actor)
    for profile in list(profiles.values()):
        if profile.affiliation and profile.affiliation not in profiles:
            profiles[profile.affiliation] = ExtractedActor(name=profile.affiliation)
    return profiles


def actor_resolve(
    *,
    name: str,
    kind: str = ActorKind.UNKNOWN,
    role: str = "",
    affiliation: Actor | None = None,
    country_code: str = "",
    aliases: Iterable[str] = (),
) -> Actor:
    """The one Actor this name means, found through ActorAlias or created; missing details filled in.

    By country code, then by the name or any alias (kinds must agree unless one
    is unknown), then a bare surname ("Varga") to the one person of that
    surname with a compatible affiliation. A full name also upgrades a lone
    bare-surname actor made earlier.
    """
    kind = kind if kind in _KINDS else ActorKind.UNKNOWN
    names = [name, *(a for a in aliases if _alias_ok(a))]
    actor = (
        _actor_by_country(country_code, kind)
        or _actor_by_alias(names, kind)
        or _actor_by_surname(name, kind, affiliation)
        or _actor_by_full_name(name, kind, affiliation)
    )
    if actor is None:
        actor = Actor.objects.create(
            name=name[:300],
            slug=_unique_slug(name, kind),
            kind=kind,
            role=role[:300],
            affiliation=affiliation,
            country_code=country_code.upper()[:2],
        )
    else:
        _actor_complete(actor, kind=kind, role=role, affiliation=affiliation, country_code=country_code)
    _aliases_add(actor, names)
    return actor


def _alias_ok(alias: str) -> bool:
    key = normalize_name(alias)
    return bool(key) and key not in _NOT_NAMES and any(ch.isupper() or ch.isdigit() for ch in alias)


def _kinds_agree(a: str, b: str) -> bool:
    return a == b or ActorKind.UNKNOWN in (a, b)


def _actor_by_country(country_code: str, kind: str) -> Actor | None:
    if not country_code or not _kinds_agree(kind, ActorKind.COUNTRY):
        return None
    return Actor.objects.filter(country_code=country_code.upper(), kind=ActorKind.COUNTRY).first()


def _actor_by_alias(names: Sequence[str], kind: str) -> Actor | None:
    keys = list(dict.fromkeys(k for k in map(normalize_name, names) if k))
    rows = ActorAlias.objects.filter(normalized__in=keys).select_related("actor")
    candidates = [row for row in rows if _kinds_agree(kind, row.actor.kind)]
    if not candidates:
        return None
    # The canonical name before other aliases, the same kind before an unknown one.
    best = min(candidates, key=lambda row: (keys.index(row.normalized), row.actor.kind != kind, row.actor_id))
    return best.actor


def _is_bare_surname(name: str) -> bool:
    return len(name.split()) == 1 and name[:1].isupper()


def _actor_by_surname(name: str, kind: str, affiliation: Actor | None) -> Actor | None:
    """ "Varga" in a later article: the one person named "... Varga" whose affiliation fits."""
    if not _is_bare_surname(name) or not _kinds_agree(kind, ActorKind.PERSON):
        return None
    key = normalize_name(name)
    people = (
        Actor.objects.filter(
            kind=ActorKind.PERSON,
            aliases__normalized__endswith=f" {key}",
            aliases__actor_kind=ActorKind.PERSON,
        )
        .select_related("affiliation")
        .distinct()
    )
    fitting = [p for p in people if _affiliations_fit(p.affiliation, affiliation)]
    return fitting[0] if len(fitting) == 1 else None


def _actor_by_full_name(name: str, kind: str, affiliation: Actor | None) -> Actor | None:
    """ "Ilse Varga" after a lone "Varga" was stored: that actor, renamed to the full name."""
    words = name.split()
    if len(words) < 2 or kind != ActorKind.PERSON or not words[-1][:1].isupper():
        return None
    bare = Actor.objects.filter(
        kind=ActorKind.PERSON,
        aliases__normalized=normalize_name(words[-1]),
        aliases__actor_kind=ActorKind.PERSON,
    ).select_related("affiliation")
    fitting = [a for a in bare if _is_bare_surname(a.name) and _affiliations_fit(a.affiliation, affiliation)]
    if len(fitting) != 1:
        return None
    actor = fitting[0]
    actor.name = name[:300]
    actor.save(update_fields=["name"])
    actor.aliases.filter(normalized=normalize_name(words[-1])).delete()
    return actor


def _affiliations_fit(stored: Actor | None, given: Actor | None) -> bool:
    """Unknown fits anything; otherwise one must be the other or contain it (White House in United States)."""
    if stored is None or given is None:
        return True
    return stored.pk in _chain_ids(given) or given.pk in _chain_ids(stored)


def _chain_ids(actor: Actor) -> list[int]:
    """The actor and everything it belongs to, upwards (Ilse Varga, City Council, Valdoria)."""
    ids: list[int] = []
    current: Actor | None = actor
    while current is not None and current.pk not in ids and len(ids) < 10:
        ids.append(current.pk)
        current = current.affiliation
    return ids


def _actor_complete(
    actor: Actor, *, kind: str, role: str, affiliation: Actor | None, country_code: str
) -> None:
    """Fill in what the stored actor lacks; never overwrite what it has (an editor may have set it)."""
    changed = []
    if actor.kind == ActorKind.UNKNOWN and kind != ActorKind.UNKNOWN:
        actor.kind = kind
        changed.append("kind")
        _aliases_rekind(actor)
    if not actor.role and role:
        actor.role = role[:300]
        changed.append("role")
    if actor.affiliation_id is None and affiliation and actor.pk not in _chain_ids(affiliation):
        actor.affiliation = affiliation
        changed.append("affiliation")
    if not actor.country_code and country_code and actor.kind == ActorKind.COUNTRY:
        actor.country_code = country_code.upper()[:2]
        changed.append("country_code")
    if changed:
        actor.save(update_fields=changed)


def _aliases_rekind(actor: Actor) -> None:
    taken = set(
        ActorAlias.objects.filter(actor_kind=actor.kind)
        .exclude(actor=actor)
        .values_list("normalized", flat=True)
    )
    actor.aliases.filter(normalized__in=taken).delete()
    actor.aliases.update(actor_kind=actor.kind)


def _aliases_add(actor: Actor, names: Iterable[str]) -> None:
    """Store the names under which this actor is found again; never a full-named person's bare surname,
    which would send every later "Varga" to this Varga whatever the context (the surname rule decides)."""
    person = actor.kind == ActorKind.PERSON and len(actor.name.split()) > 1
    wanted = {}
    for alias in names:
        key = normalize_name(alias)
        if person and len(key.split()) == 1:
            continue
        if key and key not in wanted:
            wanted[key] = alias.strip()[:300]
    taken = set(
        ActorAlias.objects.filter(normalized__in=list(wanted), actor_kind=actor.kind).values_list(
            "normalized", flat=True
        )
    )
    ActorAlias.objects.bulk_create(
        [ActorAlias.for_actor(actor, alias) for key, alias in wanted.items() if key not in taken]
    )


def _unique_slug(name: str, kind: str) -> str:
    base = slugify(name)[:300].strip("-") or "actor"
    candidates = [base, f"{base}-{slugify(kind)}"]
    taken = set(Actor.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    number = 2
    while not (free := [c for c in candidates if c not in taken]):
        candidates = [f"{base}-{number}"]
        number += 1
    return free[0]


# --- denials across articles -----------------------------------------------------------


@dataclass
class LinkResult:
    created: int = 0
    removed: int = 0
    links: list[tuple[int, int, float]] = field(default_factory=list)  # (denial, claim, confidence)


def denials_link(*, articles: Iterable[int], window_days: int = LINK_WINDOW_DAYS) -> LinkResult:
    """Link denials to the claims they reject in other articles, after `articles` were written.

    Denials in `articles` are (re)linked against every earlier claim; older
    denials are checked against the claims that `articles` brought in, so a
    claim and its denial meet in any order, in one run or in separate runs.
    A claim is a candidate when it was said in the `window_days` before the
    denial (never after it), by the denied actor or an actor affiliated with
    it; the confidence weighs who said it, how alike the words are, and time.
    Links an editor made are never touched.
    """
    article_ids = sorted(set(articles))
    result = LinkResult()
    if not article_ids:
        return result
    tree = _AffiliationTree()
    window = dt.timedelta(days=window_days)
    # In chunks, so a run of any size stays under the databases' limits on query parameters.
    chunks = [article_ids[i : i + _CHUNK] for i in range(0, len(article_ids), _CHUNK)]
    with transaction.atomic():
        for chunk in chunks:
            for denial in _denials_in(chunk):
                found = _claims_for(denial, tree, window, Statement.objects.all())
                _links_replace(denial, found, result, prune=True)
        for denial in _denials_near(chunks, window):
            pools = [Statement.objects.filter(article_id__in=chunk) for chunk in chunks]
            found = [pair for pool in pools for pair in _claims_for(denial, tree, window, pool)]
            found.sort(key=lambda pair: (-pair[1], pair[0].pk))
            _links_replace(denial, found[:LINKS_PER_DENIAL], result, prune=False)
    return result


_CHUNK = 500


def _with_links(statements: QuerySet[Statement]) -> QuerySet[Statement]:
    links = Denial.objects.annotate(claim_article_id=F("denied_statement__article_id"))
    return statements.select_related("article").prefetch_related(Prefetch("denials", queryset=links))


def _denials_in(article_ids: Sequence[int]) -> Iterable[Statement]:
    return _with_links(Statement.objects.denials().visible().filter(article_id__in=article_ids))


def _denials_near(chunks: Sequence[Sequence[int]], window: dt.timedelta) -> Iterable[Statement]:
    """Denials of earlier runs said up to `window` after the new claims."""
    dates = set()
    for chunk in chunks:
        claims = Statement.objects.filter(article_id__in=chunk)
        dates.update(claims.values_list("timeline_date", flat=True))
    if not dates:
        return []
    # A year-dated denial sorts on 1 January: reach back a year so it is not missed.
    since, until = min(dates) - dt.timedelta(days=366), max(dates) + window
    this_run = {article_id for chunk in chunks for article_id in chunk}
    older = Statement.objects.denials().visible().filter(timeline_date__gte=since, timeline_date__lte=until)
    return [denial for denial in _with_links(older) if denial.article_id not in this_run]


class _AffiliationTree:
    """Who belongs to whom, loaded once per linking pass."""

    def __init__(self) -> None:
        self.parent = dict(Actor.objects.values_list("id", "affiliation_id"))
        self.children: dict[int, list[int]] = {}
        for child, parent in self.parent.items():
            if parent:
                self.children.setdefault(parent, []).append(child)

    def family(self, actor_id: int) -> set[int]:
        """The actor and every actor affiliated to it, at any depth."""
        found, todo = set(), [actor_id]
        while todo:
            current = todo.pop()
            if current not in found:
                found.add(current)
                todo.extend(self.children.get(current, ()))
        return found

    def up(self, actor_id: int | None) -> set[int]:
        found: set[int] = set()
        while actor_id and actor_id not in found:
            found.add(actor_id)
            actor_id = self.parent.get(actor_id)
        return found


def _latest_day(statement: Statement) -> dt.date:
    """The last day a statement dated only to its month or year can have been said."""
    day = statement.timeline_date
    if statement.said_on and statement.said_on_precision == DatePrecision.YEAR:
        return dt.date(day.year, 12, 31)
    if statement.said_on and statement.said_on_precision == DatePrecision.MONTH:
        following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return day


def _claims_for(
    denial: Statement, tree: _AffiliationTree, window: dt.timedelta, pool: QuerySet[Statement]
) -> list[tuple[Statement, float]]:
    latest = _latest_day(denial)
    targets = {d.denied_actor_id for d in denial.denials.all() if d.denied_actor_id}
    own_side = tree.up(denial.speaker_id) | tree.family(denial.speaker_id) if denial.speaker_id else set()
    candidates = (
        pool.filter(timeline_date__lte=latest, timeline_date__gte=latest - window)
        .exclude(article_id=denial.article_id)
        .exclude(review_status=ReviewStatus.REJECTED)
        .exclude(speaker_id__in=own_side)
        .exclude(speaker__isnull=True)
        .only("id", "content", "speaker_id", "timeline_date", "article_id")
    )
    weights: dict[int, float] = {}
    for target in targets:
        for member in tree.family(target):
            weights.setdefault(member, 1.0 if member == target else 0.85)
    # A rebuttal rejects a denial, but only count one when we know whose: two denials of one claim by
    # strangers to each other read alike without one rejecting the other.
    only = Q(speaker_id__in=weights) if targets else Q(is_denial=False)
    candidates = candidates.filter(only)
    scored = []
    for claim in candidates:
        similarity = claim_similarity(denial.content, claim.content)
        age = (latest - claim.timeline_date).days / max(1, window.days)
        confidence = weights.get(claim.speaker_id, 0.6) * (0.35 + 0.65 * similarity) * (1 - 0.25 * age)
        if confidence >= LINK_THRESHOLD:
            scored.append((claim, round(min(confidence, 1.0), 3)))
    scored.sort(key=lambda pair: (-pair[1], pair[0].pk))
    return scored[:LINKS_PER_DENIAL]


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
            statement=denial,
            denied_statement=claim,
            denied_actor_id=denied_actor_id,
            confidence=confidence,
        )
        result.created += 1
        result.links.append((denial.pk, claim_id, confidence))
    if wanted and actor_only:
        Denial.objects.filter(
            pk__in=[d.pk for d in actor_only if d.origin == DenialOrigin.EXTRACTED]
        ).delete()


# Words that say a claim is false, or carry no content: they never make two statements alike.
_STOP_WORDS = """
    a an the and or but of to in on at by for with from as is are was were be been being has have had
    do does did not no nor that this these those it its they them their he she his her we our us you your
    i me my will would could should may might can shall than then there here which who whom whose what when
    where why how all any some such very also just only said says say told claim claims claimed allegation
    allegations alleged groundless baseless false untrue absurd fabrication fabricated rumour rumor rumours
    rumors deny denies denied denial dismiss dismissed dismisses reject rejected rejects refute refuted
    dispute disputed never lie lies report reports reported statement"""
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


def claim_similarity(denial: str, claim: str) -> float:
    """How much of the shorter statement's content words the other shares, 0..1.

    Fewer than four shared words count for less, so two short statements that
    happen to share a word or two are not alike.
    """
    a, b = _stems(denial), _stems(claim)
    shared = len(a & b)
    if not shared:
        return 0.0
    return shared / min(len(a), len(b)) * min(1.0, shared / 4)
