"""actor_resolve: each name an extraction gives resolves to one Actor, across articles.

Through ActorAlias (normalised names), country codes, and for a bare surname
the one person of that name whose affiliation fits. Never overwrites what an
actor already has: an editor may have set it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from django.utils.text import slugify

from claims.extraction.types import DocumentExtraction, ExtractedActor
from claims.models import Actor, ActorAlias, ActorKind
from claims.names import normalize_name


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


def document_actors(extraction: DocumentExtraction, cache: ActorCache) -> dict[str, Actor]:
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
    names = _names_for(name, kind, aliases)
    keys = list(dict.fromkeys(k for k in map(normalize_name, names) if k))
    surname = _surname_key(name, kind)
    # One query answers the alias lookup, the bare-surname upgrade and which aliases are free.
    rows = list(
        ActorAlias.objects.filter(normalized__in=[*keys, surname] if surname else keys).select_related(
            "actor__affiliation"
        )
    )
    actor = (
        _actor_by_country(country_code, kind)
        or _actor_by_alias([r for r in rows if r.normalized in keys], keys, kind)
        or _actor_by_surname(name, kind, affiliation)
        or _actor_upgraded(name, [r for r in rows if r.normalized == surname], affiliation)
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
    _aliases_add(actor, names, rows)
    return actor


def _names_for(name: str, kind: str, aliases: Iterable[str]) -> list[str]:
    """The name and its usable aliases; never a full-named person's bare surname, which would send
    every later "Varga" to this Varga whatever the context (the surname rule decides those)."""
    full_person = kind == ActorKind.PERSON and len(name.split()) > 1
    usable = [a for a in aliases if _alias_ok(a, name)]
    return [name, *(a for a in usable if not (full_person and len(normalize_name(a).split()) == 1))]


def _surname_key(name: str, kind: str) -> str:
    words = name.split()
    if kind != ActorKind.PERSON or len(words) < 2 or not words[-1][:1].isupper():
        return ""
    return normalize_name(words[-1])


def _alias_ok(alias: str, name: str) -> bool:
    """A name to find this actor by again: not a pronoun or a description, not a date caught up in
    the name ("September Pyongyang"), not a pair ("the United States and South Korea")."""
    key = normalize_name(alias)
    words = key.split()
    if not words or key in _NOT_NAMES or not any(ch.isupper() or ch.isdigit() for ch in alias):
        return False
    if words[0] in _DATE_WORDS:
        return False
    return not ({"and", "&"} & set(words)) or bool({"and", "&"} & set(normalize_name(name).split()))


# Month and weekday names: a word the tagger glued to a name ("September Pyongyang" for Pyongyang).
# Not May, June or August, which are first names too.
_DATE_WORD_LIST = """january february march april july september october november december
    monday tuesday wednesday thursday friday saturday sunday"""
_DATE_WORDS = frozenset(_DATE_WORD_LIST.split())


def _kinds_agree(a: str, b: str) -> bool:
    return a == b or ActorKind.UNKNOWN in (a, b)


def _actor_by_country(country_code: str, kind: str) -> Actor | None:
    if not country_code or not _kinds_agree(kind, ActorKind.COUNTRY):
        return None
    return Actor.objects.filter(country_code=country_code.upper(), kind=ActorKind.COUNTRY).first()


def _actor_by_alias(rows: Sequence[ActorAlias], keys: Sequence[str], kind: str) -> Actor | None:
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


def _actor_upgraded(name: str, bare_rows: Sequence[ActorAlias], affiliation: Actor | None) -> Actor | None:
    """ "Ilse Varga" after a lone "Varga" was stored: that actor, renamed to the full name."""
    fitting = {
        row.actor
        for row in bare_rows
        if row.actor_kind in (ActorKind.PERSON, ActorKind.UNKNOWN)  # a lone "Reyl" is often of unknown kind
        and _is_bare_surname(row.actor.name)
        and _affiliations_fit(row.actor.affiliation, affiliation)
    }
    if len(fitting) != 1:
        return None
    actor = fitting.pop()
    actor.name = name[:300]
    actor.save(update_fields=["name"])
    actor.aliases.filter(normalized__in=[row.normalized for row in bare_rows]).delete()
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


def _aliases_add(actor: Actor, names: Iterable[str], rows: Sequence[ActorAlias]) -> None:
    """Store the names under which this actor is found again, where no other actor of its kind has them.

    `rows` are the aliases already stored under these names, of any actor and kind.
    """
    taken = {row.normalized for row in rows if row.actor_kind == actor.kind or row.actor_id == actor.pk}
    full_person = actor.kind == ActorKind.PERSON and len(actor.name.split()) > 1
    wanted = {}
    for alias in names:
        key = normalize_name(alias)
        if full_person and len(key.split()) == 1:
            continue  # "Varga" found Ilse Varga by the surname rule: that stays a rule, not an alias
        if key and key not in wanted and key not in taken:
            wanted[key] = alias.strip()[:300]
    ActorAlias.objects.bulk_create([ActorAlias.for_actor(actor, alias) for alias in wanted.values()])


def _unique_slug(name: str, kind: str) -> str:
    base = slugify(name)[:300].strip("-") or "actor"
    candidates = [base, f"{base}-{slugify(kind)}"]
    taken = set(Actor.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    number = 2
    while not (free := [c for c in candidates if c not in taken]):
        candidates = [f"{base}-{number}"]
        number += 1
    return free[0]
