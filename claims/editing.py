"""Editors' writes: review, tags, corrections, denial links, restores, actor edits and merges.

Service functions in the `<entity>_<verb>` style, keyword-only, each in one
transaction. Each takes the `version` the editor's form was built from and
raises `Conflict` when the row has changed since (optimistic locking: the row
is locked, its version compared, then bumped). Bad input the forms cannot see
(a span another statement holds, an alias another actor has) raises
`EditError` with a one-line message. Every change writes a history row with
the editor and a reason (claims.history).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils.text import slugify

from claims.history import RESTORED, history_baseline, history_record
from claims.models import (
    Actor,
    ActorAlias,
    ActorKind,
    ActorRedirect,
    Denial,
    DenialOrigin,
    ReviewStatus,
    Statement,
    Tag,
)
from claims.names import normalize_name

REVIEWABLE = [ReviewStatus.CONFIRMED, ReviewStatus.REJECTED, ReviewStatus.EXTRACTED]
TAG_MAX = 100


class Conflict(Exception):
    """The row changed since the editor loaded it; `current` is what it is now."""

    def __init__(self, current: Statement | Actor) -> None:
        super().__init__(f"{type(current).__name__} {current.pk} is at version {current.version} now")
        self.current = current


class EditError(ValueError):
    """An edit that cannot be made, in one line an editor understands."""


# --- statements ----------------------------------------------------------------------


Versioned = TypeVar("Versioned", Statement, Actor)


def _locked(rows: QuerySet[Versioned], pk: int, version: int) -> Versioned:
    """The row, locked until the transaction ends, if it is still at `version`; else Conflict."""
    current = rows.select_for_update().get(pk=pk)
    if current.version != version:
        raise Conflict(current)
    return current


def _saved(row: Versioned, *, editor: Any, reason: str) -> Versioned:
    """Save an edit: one version on, and a history row naming the editor and why."""
    row.version += 1
    row._history_user = editor
    row._change_reason = reason
    row.save()
    return row


def _statement_locked(statement: Statement, version: int) -> Statement:
    current = _locked(Statement.objects.select_related("article"), statement.pk, version)
    history_baseline([current])
    return current


def _statement_save(statement: Statement, *, editor: Any, reason: str) -> Statement:
    return _saved(statement, editor=editor, reason=reason)


def statement_review(*, statement: Statement, editor: Any, status: str, version: int) -> Statement:
    """Confirm or reject a statement, or send it back to "extracted". Nothing is ever deleted."""
    if status not in REVIEWABLE:
        raise EditError(f"{status!r} is not a review status (confirmed, rejected, extracted).")
    with transaction.atomic():
        current = _statement_locked(statement, version)
        if current.review_status == status:
            return current
        current.review_status = status
        return _statement_save(current, editor=editor, reason=f"review: {ReviewStatus(status).label.lower()}")


def tag_name(text: str) -> str:
    """A tag as typed, tidied: spaces collapsed, at most TAG_MAX characters."""
    return " ".join(text.split())[:TAG_MAX]


def tags_find_or_create(names: Iterable[str], *, create: bool) -> list[Tag]:
    """The tags with these names (any case; or the same slug), made if `create`, else EditError."""
    tags = []
    for name in dict.fromkeys(filter(None, map(tag_name, names))):
        slug = slugify(name)[:120]
        if not slug:
            raise EditError(f"The tag {name!r} needs at least one letter or digit.")
        tag = Tag.objects.filter(Q(name__iexact=name) | Q(slug=slug)).first()
        if tag is None:
            if not create:
                raise EditError(f"There is no tag {name!r}, and you may not create tags.")
            tag = Tag.objects.create(name=name, slug=slug)
        tags.append(tag)
    return tags


def statement_tag(
    *,
    statement: Statement,
    editor: Any,
    version: int,
    add: Sequence[str] = (),
    remove: Sequence[str] = (),
    create: bool = True,
) -> Statement:
    """Add tags (by name, made when new and `create`) and remove tags (by name or slug)."""
    with transaction.atomic():
        current = _statement_locked(statement, version)
        adding = tags_find_or_create(add, create=create)
        removing = [t for t in current.tags.all() if {t.name.lower(), t.slug} & {r.lower() for r in remove}]
        have = set(current.tags.all())
        added = [t for t in adding if t not in have]
        removed = [t for t in removing if t not in adding]
        if not added and not removed:
            return current
        current.tags.add(*added)
        current.tags.remove(*removed)
        words = [f"+{t.name}" for t in added] + [f"−{t.name}" for t in removed]
        return _statement_save(current, editor=editor, reason="tags: " + " ".join(words))


@dataclass(frozen=True)
class Correction:
    """What an editor may correct in a statement; the form builds it."""

    speaker: Actor | None
    kind: str
    said_on: dt.date | None
    said_on_precision: str
    start: int
    end: int
    is_denial: bool


def statement_correct(
    *, statement: Statement, editor: Any, version: int, correction: Correction
) -> Statement:
    """Correct speaker, kind, date and span: the statement becomes "corrected" (a rejected one stays so)."""
    with transaction.atomic():
        current = _statement_locked(statement, version)
        _span_check(current, correction.start, correction.end)
        before = _corrected_fields(current)
        current.speaker = correction.speaker
        current.kind = correction.kind
        current.said_on = correction.said_on
        current.said_on_precision = correction.said_on_precision if correction.said_on else ""
        current.start, current.end = correction.start, correction.end
        current.content = current.article.text[correction.start : correction.end]
        current.is_denial = correction.is_denial
        current.timeline_date = Statement.timeline_date_for(current.said_on, current.article)
        changed = [name for name, value in _corrected_fields(current).items() if before[name] != value]
        if not changed:
            return current
        if current.review_status != ReviewStatus.REJECTED:
            current.review_status = ReviewStatus.CORRECTED
        return _statement_save(current, editor=editor, reason="corrected " + ", ".join(changed))


def _corrected_fields(statement: Statement) -> dict[str, object]:
    return {
        "speaker": statement.speaker_id,
        "kind": statement.kind,
        "date": (statement.said_on, statement.said_on_precision),
        "words": (statement.start, statement.end),
        "denial": statement.is_denial,
    }


def _span_check(statement: Statement, start: int, end: int) -> None:
    if not 0 <= start < end <= len(statement.article.text):
        raise EditError("The words must be a stretch of the article's text.")
    other = (
        Statement.objects.filter(article_id=statement.article_id, start=start, end=end)
        .exclude(pk=statement.pk)
        .first()
    )
    if other:
        raise EditError(f"Statement {other.pk} already covers exactly these words.")


def statement_link_denials(
    *,
    statement: Statement,
    editor: Any,
    version: int,
    add: Sequence[Statement] = (),
    remove: Sequence[Statement] = (),
    add_actors: Sequence[Actor] = (),
    remove_actors: Sequence[Actor] = (),
) -> Statement:
    """Change what a denial rejects: claims (statements) or an actor's claims in general.

    Links an editor makes are marked as the editor's (ingest never replaces
    them). Linking makes the statement a denial; any change to its links makes
    it "corrected", so re-extraction keeps it.
    """
    with transaction.atomic():
        current = _statement_locked(statement, version)
        links = list(Denial.objects.filter(statement=current))
        words = _claims_unlink(links, remove) + _actors_unlink(links, remove_actors)
        words += _claims_link(current, links, add) + _actors_link(current, links, add_actors)
        if not words:
            return current
        if add or add_actors:
            current.is_denial = True
        if current.review_status != ReviewStatus.REJECTED:
            current.review_status = ReviewStatus.CORRECTED
        return _statement_save(current, editor=editor, reason="denies: " + "; ".join(words))


def _claims_link(statement: Statement, links: list[Denial], claims: Sequence[Statement]) -> list[str]:
    words = []
    linked = {d.denied_statement_id for d in links}
    for claim in claims:
        if claim.pk == statement.pk:
            raise EditError("A statement cannot deny itself.")
        if claim.pk in linked:
            continue
        Denial.objects.create(
            statement=statement,
            denied_statement=claim,
            denied_actor=claim.speaker,
            confidence=1.0,
            origin=DenialOrigin.EDITOR,
        )
        # A specific claim of that actor now stands where "the actor's claims" stood.
        Denial.objects.filter(
            statement=statement, denied_statement__isnull=True, denied_actor_id=claim.speaker_id
        ).delete()
        linked.add(claim.pk)
        words.append(f"+statement {claim.pk}")
    return words


def _claims_unlink(links: list[Denial], claims: Sequence[Statement]) -> list[str]:
    gone = {c.pk for c in claims}
    dropped = [d for d in links if d.denied_statement_id in gone]
    Denial.objects.filter(pk__in=[d.pk for d in dropped]).delete()
    return [f"−statement {d.denied_statement_id}" for d in dropped]


def _actors_link(statement: Statement, links: list[Denial], actors: Sequence[Actor]) -> list[str]:
    words = []
    named = {d.denied_actor_id for d in links}
    for actor in actors:
        if actor.pk in named:
            continue  # already denied, in general or through one of their claims
        Denial.objects.create(
            statement=statement, denied_actor=actor, confidence=1.0, origin=DenialOrigin.EDITOR
        )
        named.add(actor.pk)
        words.append(f"+claims by {actor.name}")
    return words


def _actors_unlink(links: list[Denial], actors: Sequence[Actor]) -> list[str]:
    gone = {a.pk for a in actors}
    dropped = [d for d in links if d.denied_statement_id is None and d.denied_actor_id in gone]
    Denial.objects.filter(pk__in=[d.pk for d in dropped]).delete()
    return [f"−claims by {d.denied_actor.name}" for d in dropped]


def statement_restore(*, statement: Statement, editor: Any, version: int, history_id: int) -> Statement:
    """Put back the statement as a history row recorded it: its columns, tags and denial links."""
    with transaction.atomic():
        current = _statement_locked(statement, version)
        record = Statement.history.filter(id=current.pk, history_id=history_id).first()
        if record is None:
            raise EditError(f"History entry {history_id} is not one of statement {current.pk}'s.")
        _span_check(current, record.start, record.end)
        for name in RESTORED:
            setattr(current, name, getattr(record, name))
        current.speaker = actor_current(record.speaker_id)
        current.timeline_date = Statement.timeline_date_for(current.said_on, current.article)
        current.tags.set(tags_find_or_create(record.tags_snapshot, create=True))
        _denials_restore(current, record.denials_snapshot)
        when = record.history_date.strftime("%Y-%m-%d %H:%M")
        return _statement_save(current, editor=editor, reason=f"restored version {record.version} ({when})")


def _denials_restore(statement: Statement, links: list[dict[str, int | None]]) -> None:
    wanted = set()
    for link in links:
        claim_id = link.get("statement")
        if claim_id and not Statement.objects.filter(pk=claim_id).exists():
            continue  # the claim is gone (re-extracted away): nothing to link to
        actor = actor_current(link.get("actor"))
        if claim_id or actor:
            wanted.add((claim_id, actor.pk if actor else None))
    have = {(d.denied_statement_id, d.denied_actor_id): d for d in Denial.objects.filter(statement=statement)}
    Denial.objects.filter(pk__in=[d.pk for key, d in have.items() if key not in wanted]).delete()
    Denial.objects.bulk_create(
        [
            Denial(
                statement=statement,
                denied_statement_id=claim_id,
                denied_actor_id=actor_id,
                confidence=1.0,
                origin=DenialOrigin.EDITOR,
            )
            for claim_id, actor_id in wanted
            if (claim_id, actor_id) not in have
        ]
    )


# --- actors ----------------------------------------------------------------------------


def actor_current(actor_id: int | None) -> Actor | None:
    """The actor with this id, or the one it was merged into (through its old slug), or None."""
    if actor_id is None:
        return None
    actor = Actor.objects.filter(pk=actor_id).first()
    if actor:
        return actor
    last = Actor.history.filter(id=actor_id).order_by("-history_date", "-history_id").first()
    redirect = (
        ActorRedirect.objects.filter(old_slug=last.slug).select_related("actor").first() if last else None
    )
    return redirect.actor if redirect else None


def actors_named(text: str) -> list[Actor]:
    """Actors this text names: an exact slug, else any name or alias (case and accents aside)."""
    text = text.strip()
    by_slug = list(Actor.objects.filter(slug=text))
    if by_slug:
        return by_slug
    key = normalize_name(text)
    if not key:
        return []
    by_alias = ActorAlias.objects.filter(normalized=key).values("actor_id")
    return list(Actor.objects.filter(Q(name__iexact=text) | Q(id__in=by_alias)).order_by("name", "id"))


def _slug_free(name: str) -> str:
    base = slugify(name)[:300].strip("-") or "actor"
    taken = set(Actor.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= set(ActorRedirect.objects.filter(old_slug__startswith=base).values_list("old_slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _alias_add(actor: Actor, name: str) -> None:
    """Make `name` find this actor again, unless it already names an actor of this kind."""
    key = normalize_name(name)
    if key and not ActorAlias.objects.filter(normalized=key, actor_kind=actor.kind).exists():
        ActorAlias.for_actor(actor, name).save()


def actor_create(*, name: str, kind: str, editor: Any) -> Actor:
    """A new actor an editor names, findable by that name from then on."""
    name = " ".join(name.split())[:300]
    if not normalize_name(name):
        raise EditError("An actor needs a name with at least one letter or digit.")
    with transaction.atomic():
        actor = Actor(name=name, slug=_slug_free(name), kind=kind)
        actor._history_user = editor
        actor._change_reason = "created by an editor"
        actor.save()
        _alias_add(actor, name)
        return actor


def _actor_locked(actor: Actor, version: int) -> Actor:
    return _locked(Actor.objects.all(), actor.pk, version)


def _actor_save(actor: Actor, *, editor: Any, reason: str) -> Actor:
    return _saved(actor, editor=editor, reason=reason)


def _belongs_to(actor: Actor, other: Actor | None) -> bool:
    """Whether `other` is `actor` or belongs to it, however indirectly (a loop in the making)."""
    seen: set[int] = set()
    while other is not None and other.pk not in seen and len(seen) < 50:
        if other.pk == actor.pk:
            return True
        seen.add(other.pk)
        other = other.affiliation
    return False


def actor_update(
    *,
    actor: Actor,
    editor: Any,
    version: int,
    name: str,
    kind: str,
    role: str,
    affiliation: Actor | None,
) -> Actor:
    """Edit an actor. Its aliases follow a change of kind; its old name stays an alias."""
    name = " ".join(name.split())[:300]
    if not normalize_name(name):
        raise EditError("An actor needs a name with at least one letter or digit.")
    with transaction.atomic():
        current = _actor_locked(actor, version)
        if _belongs_to(current, affiliation):
            raise EditError(f"{affiliation.name} belongs to {current.name}: that would make a loop.")
        changed = [
            label
            for label, old, new in [
                ("name", current.name, name),
                ("kind", current.kind, kind),
                ("role", current.role, role),
                ("affiliation", current.affiliation_id, affiliation.pk if affiliation else None),
            ]
            if old != new
        ]
        if not changed:
            return current
        if kind != current.kind:
            aliases_rekind(current, kind)
        current.name, current.kind, current.role, current.affiliation = name, kind, role[:300], affiliation
        _alias_add(current, name)
        return _actor_save(current, editor=editor, reason="edited " + ", ".join(changed))


def aliases_rekind(actor: Actor, kind: str) -> None:
    """Aliases carry their actor's kind (the uniqueness of a name is per kind)."""
    keys = list(actor.aliases.values_list("normalized", flat=True))
    clash = (
        ActorAlias.objects.filter(normalized__in=keys, actor_kind=kind)
        .exclude(actor=actor)
        .select_related("actor")
    ).first()
    if clash:
        raise EditError(
            f"“{clash.alias}” already names {clash.actor.name} ({ActorKind(kind).label.lower()}): "
            f"merge the two actors instead."
        )
    actor.aliases.update(actor_kind=kind)


@dataclass(frozen=True)
class MergeResult:
    target: Actor
    statements: int
    aliases: int
    denials: int


def actors_merge(*, source: Actor, target: Actor, editor: Any, version: int) -> MergeResult:
    """Fold `source` into `target`: statements, conveyed statements, aliases, denials, members move;
    `source`'s URL redirects to `target`; `source` is deleted (its history stays)."""
    with transaction.atomic():
        source = _actor_locked(source, version)
        target = Actor.objects.select_for_update().get(pk=target.pk)
        if source.pk == target.pk:
            raise EditError("An actor cannot be merged into itself.")
        reason = f"merged {source.name} ({source.slug}) into {target.name} ({target.slug})"
        touched = list(
            Statement.objects.filter(
                Q(speaker=source) | Q(conduit=source) | Q(denials__denied_actor=source)
            ).distinct()
        )
        history_baseline(touched)
        denials = _denials_move(source, target)
        said = Statement.objects.filter(speaker=source).update(speaker=target)
        Statement.objects.filter(conduit=source).update(conduit=target)
        Statement.objects.filter(pk__in=[s.pk for s in touched]).update(version=F("version") + 1)
        aliases = _aliases_move(source, target)
        _details_fill(source, target)
        Actor.objects.filter(affiliation=source).exclude(pk=target.pk).update(affiliation=target)
        ActorRedirect.objects.filter(actor=source).update(actor=target)
        ActorRedirect.objects.update_or_create(old_slug=source.slug, defaults={"actor": target})
        history_record(
            list(Statement.objects.filter(pk__in=[s.pk for s in touched])), user=editor, reason=reason
        )
        source._history_user = editor
        source._change_reason = reason
        source.delete()
        _actor_save(target, editor=editor, reason=reason)
        return MergeResult(target, said, aliases, denials)


def _denials_move(source: Actor, target: Actor) -> int:
    moving = Denial.objects.filter(denied_actor=source)
    # Where a statement denied both in general, one row stays (the unique actor-only constraint).
    both = Denial.objects.filter(denied_actor=target, denied_statement__isnull=True).values("statement_id")
    moving.filter(denied_statement__isnull=True, statement_id__in=both).delete()
    return moving.update(denied_actor=target)


def _aliases_move(source: Actor, target: Actor) -> int:
    """Source's aliases (and its name) become target's, except names target's kind already uses."""
    moved = 0
    for alias in list(source.aliases.all()):
        taken = ActorAlias.objects.filter(normalized=alias.normalized, actor_kind=target.kind).exclude(
            pk=alias.pk
        )
        if taken.exists():
            alias.delete()
        else:
            alias.actor, alias.actor_kind = target, target.kind
            alias.save()
            moved += 1
    _alias_add(target, source.name)
    return moved


def _details_fill(source: Actor, target: Actor) -> None:
    """What target lacks and source knew: kind, role, affiliation, country code."""
    if target.kind == ActorKind.UNKNOWN and source.kind != ActorKind.UNKNOWN:
        try:
            aliases_rekind(target, source.kind)
            target.kind = source.kind
        except EditError:
            pass  # a name of target's already means another actor of that kind: target stays unknown
    target.role = target.role or source.role
    target.country_code = target.country_code or source.country_code
    if target.affiliation_id == source.pk:
        target.affiliation = source.affiliation if source.affiliation_id != target.pk else None
    if target.affiliation_id is None and source.affiliation and not _belongs_to(target, source.affiliation):
        target.affiliation = source.affiliation
