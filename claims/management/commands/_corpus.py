"""Invented corpora built straight through the ORM (no NLP): for the timeline
benchmark and for looking at the pages without ingesting anything.

Every person, organisation, place and outlet here is invented.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass

from django.utils.text import slugify

from claims.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Article,
    DatePrecision,
    Denial,
    Statement,
    StatementKind,
    Tag,
)

# (name, kind, role, affiliation, aliases)
CAST = [
    ("Norland", ActorKind.COUNTRY, "", None, ["Republic of Norland", "Norlandic government"]),
    ("Estmark", ActorKind.COUNTRY, "", None, ["Estmarkian government"]),
    (
        "Norland Ministry of Foreign Affairs",
        ActorKind.ORGANIZATION,
        "",
        "Norland",
        ["Norland foreign ministry"],
    ),
    ("Mira Tallis", ActorKind.PERSON, "vice foreign minister", "Norland Ministry of Foreign Affairs", []),
    ("Tomas Brenner", ActorKind.PERSON, "government spokesman", "Estmark", ["Brenner"]),
    ("Halvik Harbour Authority", ActorKind.ORGANIZATION, "", None, []),
    ("Ilse Varga", ActorKind.PERSON, "mayor of Halvik", None, ["Mayor Varga"]),
    ("Northern Wire", ActorKind.MEDIA, "news agency", None, []),
    ("Piet Olm", ActorKind.PERSON, "opposition leader", "Estmark", []),
]
OUTLETS = ["The Estmark Herald", "Northern Wire", "The Valdoria Courier", "Halvik Evening Post"]
TAGS = ["Drones", "Border", "Harbour", "Trade", "Elections"]
SUBJECTS = ["the border crossings", "the harbour bridge", "the grain convoy", "the ferry timetable",
            "the drone flights", "the trade talks", "the fishing quota", "the election count"]  # fmt: skip
PREDICATES = ["would reopen within a month", "had been delayed by the storms", "was never discussed",
              "would be reviewed by an independent panel", "had cost far more than announced",
              "was going ahead as planned", "had been approved in secret"]  # fmt: skip
CUES = ["said", "told reporters", "announced", "insisted", "claimed", "wrote"]


def cast() -> dict[str, Actor]:
    """The invented actors, created once (get-or-create by slug)."""
    actors: dict[str, Actor] = {}
    for name, kind, role, affiliation, aliases in CAST:
        actor, created = Actor.objects.get_or_create(
            slug=slugify(name),
            defaults={"name": name, "kind": kind, "role": role, "affiliation": actors.get(affiliation)},
        )
        if created:
            ActorAlias.objects.bulk_create([ActorAlias.for_actor(actor, alias) for alias in [name, *aliases]])
        actors[name] = actor
    return actors


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS)} {rng.choice(PREDICATES)}"


@dataclass
class Built:
    articles: int = 0
    statements: int = 0
    denials: int = 0


def fake_corpus(*, articles: int, seed: int, start: dt.date) -> Built:
    """`articles` invented articles, 2-5 statements each, some denying an earlier claim."""
    rng = random.Random(seed)
    actors = list(cast().values())
    speakers = [a for a in actors if a.kind != ActorKind.MEDIA]
    tags = [Tag.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0] for name in TAGS]
    built, claims = Built(), []
    for index in range(articles):
        day = start + dt.timedelta(days=index // 3)
        article, spans = _article(rng, speakers, day, index, seed)
        built.articles += 1
        for speaker, cue, start_at, words in spans:
            kind = rng.choice([StatementKind.INDIRECT, StatementKind.INDIRECT, StatementKind.DIRECT])
            target = rng.choice(claims) if claims and rng.random() < 0.25 else None
            if target and target.speaker_id == speaker.pk:
                target = None
            statement = Statement.objects.create(
                article=article,
                speaker=speaker,
                speaker_text=speaker.name,
                cue="denied" if target else cue,
                kind=kind,
                content=words,
                start=start_at,
                end=start_at + len(words),
                said_on=day,
                said_on_precision=DatePrecision.DAY,
                timeline_date=day,
                is_denial=bool(target),
            )
            if rng.random() < 0.4:
                statement.tags.add(rng.choice(tags))
            if target:
                Denial.objects.create(
                    statement=statement, denied_statement=target, denied_actor=target.speaker
                )
                built.denials += 1
            else:
                claims.append(statement)
            built.statements += 1
    return built


def _article(
    rng: random.Random, speakers: list[Actor], day: dt.date, index: int, seed: int
) -> tuple[Article, list[tuple[Actor, str, int, str]]]:
    angle = rng.choice(["a week of claims", "the row deepens", "what was said"])
    title = f"{rng.choice(SUBJECTS).capitalize()}: {angle}"
    text, spans = f"{title}\n", []
    for _ in range(rng.randint(2, 5)):
        speaker, cue, words = rng.choice(speakers), rng.choice(CUES), sentence(rng)
        lead = f"{speaker.name} {cue} that "
        spans.append((speaker, cue, len(text) + len(lead), words))
        text += f"{lead}{words}.\n"
    article = Article.objects.create(
        title=title,
        source=rng.choice(OUTLETS),
        published=day,
        text=text,
        url=f"https://news.example/{seed}/{index}",
        content_hash=hashlib.sha256(f"{seed}:{index}:{text}".encode()).hexdigest(),
    )
    return article, spans


def bulk_timeline(
    actor: Actor, n: int, *, first_day: dt.date, label: str, denier: Actor | None = None
) -> None:
    """`n` statements by `actor`, ten per article, a few per day; every 20th denied by `denier`."""
    per_article = 10
    articles = Article.objects.bulk_create(
        Article(
            title=f"{label} article {i}",
            source=OUTLETS[i % len(OUTLETS)],
            published=first_day + dt.timedelta(days=i // 3),
            text=" ".join(f"{sentence(random.Random(i * 100 + j))}." for j in range(per_article)),
            content_hash=hashlib.sha256(f"{label}:{i}".encode()).hexdigest(),
        )
        for i in range((n + per_article - 1) // per_article)
    )
    statements = []
    for i in range(n):
        article = articles[i // per_article]
        start = i % per_article  # distinct spans: (start, start + 1 + ...) are unique per article
        statements.append(
            Statement(
                article=article,
                speaker=actor,
                speaker_text=actor.name,
                cue="said",
                kind=StatementKind.INDIRECT,
                content=article.text[start : start + 40],
                start=start,
                end=start + 40,
                timeline_date=article.published,
            )
        )
    statements = Statement.objects.bulk_create(statements)
    if denier is None:
        return
    denials = Statement.objects.bulk_create(
        Statement(
            article=claim.article,
            speaker=denier,
            speaker_text=denier.name,
            cue="denied",
            is_denial=True,
            content=claim.article.text[50:90],
            start=50 + k % per_article,
            end=90 + k % per_article,
            timeline_date=claim.timeline_date + dt.timedelta(days=1),
        )
        for k, claim in enumerate(statements[::20])
    )
    Denial.objects.bulk_create(
        Denial(statement=denial, denied_statement=claim, denied_actor=actor)
        for denial, claim in zip(denials, statements[::20], strict=True)
    )
