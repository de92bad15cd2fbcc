"""factory_boy factories: each test creates only the rows it needs."""

import datetime as dt
import hashlib
from types import SimpleNamespace

import factory
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from claims.models import (
    Actor,
    ActorAlias,
    ActorKind,
    Article,
    Denial,
    Statement,
    StatementKind,
    Tag,
)
from claims.names import normalize_name


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery staple")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Harbour council report {n}")
    source = "The Valdoria Courier"
    byline = "Staff reporter"
    published = dt.date(2026, 3, 2)
    text = factory.Sequence(
        lambda n: f"Mayor Ilse Varga said the harbour bridge would reopen in spring. (Report {n}.)"
    )
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.text.encode()).hexdigest())


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    slug = factory.LazyAttribute(lambda a: slugify(a.name))
    kind = ActorKind.PERSON


class ActorAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorAlias

    actor = factory.SubFactory(ActorFactory)
    alias = factory.LazyAttribute(lambda a: a.actor.name)
    normalized = factory.LazyAttribute(lambda a: normalize_name(a.alias))
    actor_kind = factory.LazyAttribute(lambda a: a.actor.kind)


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"topic {n}")
    slug = factory.LazyAttribute(lambda t: slugify(t.name))


class StatementFactory(factory.django.DjangoModelFactory):
    """A statement whose span really is in its article's text."""

    class Meta:
        model = Statement

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(ActorFactory)
    speaker_text = factory.LazyAttribute(lambda s: s.speaker.name if s.speaker else "")
    cue = "said"
    kind = StatementKind.INDIRECT
    start = 0
    end = factory.LazyAttribute(lambda s: len(s.article.text))
    content = factory.LazyAttribute(lambda s: s.article.text[s.start : s.end])
    said_on = None
    timeline_date = factory.LazyAttribute(lambda s: Statement.timeline_date_for(s.said_on, s.article))


class DenialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Denial

    statement = factory.SubFactory(StatementFactory, is_denial=True)
    denied_statement = factory.SubFactory(StatementFactory)
    denied_actor = factory.LazyAttribute(lambda d: d.denied_statement.speaker if d.denied_statement else None)
    confidence = 0.9


def say(article: Article, words: str, speaker: Actor | None, **fields: object) -> Statement:
    """A statement on `words` where they first occur in `article.text` (so offsets are real)."""
    start = article.text.index(words)
    return StatementFactory(
        article=article,
        speaker=speaker,
        speaker_text=fields.pop("speaker_text", speaker.name if speaker else ""),
        start=start,
        end=start + len(words),
        content=words,
        **fields,
    )


CLAIM_TEXT = (
    "Estmark accuses Norland over drone shipments\n"
    "Tomas Brenner, the Estmark government spokesman, said on Monday that Norland had sent "
    "armed drones to rebels in the border province. “We have seen the cargo manifests and "
    "the flight records,” Brenner told reporters in Halvik.\n"
    "The harbour authority said ferry traffic was normal."
)
DENIAL_TEXT = (
    "Norland rejects drone claims\n"
    "Norland's Ministry of Foreign Affairs denied that it had supplied drones to any armed group, "
    "calling the accusation “a fabrication from start to finish”.\n"
    "Vice Foreign Minister Mira Tallis said Estmark had produced no evidence of any cargo flights. "
    "Norland also dismissed what it called Estmark's campaign of lies."
)


def dispute_scenario() -> SimpleNamespace:
    """An invented dispute between two governments, like the one the project started from.

    Estmark's spokesman claims Norland armed rebels (a report and a direct quote);
    Norland's ministry and a vice minister deny each claim; Norland itself
    rejects "Estmark's campaign of lies" (a denial of an actor, no statement).
    The harbour authority's remark is noise that no dispute involves.
    """
    estmark = ActorFactory(name="Estmark", kind=ActorKind.COUNTRY, country_code="")
    norland = ActorFactory(name="Norland", kind=ActorKind.COUNTRY)
    ActorAliasFactory(actor=norland, alias="Republic of Norland")
    ministry = ActorFactory(
        name="Norland Ministry of Foreign Affairs", kind=ActorKind.ORGANIZATION, affiliation=norland
    )
    tallis = ActorFactory(name="Mira Tallis", role="vice foreign minister", affiliation=ministry)
    brenner = ActorFactory(name="Tomas Brenner", role="government spokesman", affiliation=estmark)
    harbour = ActorFactory(name="Halvik Harbour Authority", kind=ActorKind.ORGANIZATION)
    claims = ArticleFactory(
        title="Estmark accuses Norland over drone shipments",
        source="The Estmark Herald",
        url="https://herald.example/drones",
        published=dt.date(2026, 2, 9),
        text=CLAIM_TEXT,
    )
    denials = ArticleFactory(
        title="Norland rejects drone claims",
        source="Northern Wire",
        url="https://wire.example/norland-denies",
        published=dt.date(2026, 2, 11),
        text=DENIAL_TEXT,
    )
    drones = say(
        claims,
        "Norland had sent armed drones to rebels in the border province",
        brenner,
        cue="said",
        said_on=dt.date(2026, 2, 9),
        said_on_precision="day",
    )
    manifests = say(
        claims,
        "We have seen the cargo manifests and the flight records,",
        brenner,
        cue="told",
        kind=StatementKind.DIRECT,
    )
    ferries = say(claims, "ferry traffic was normal", harbour)
    ministry_denial = say(
        denials,
        "that it had supplied drones to any armed group, calling the accusation “a fabrication from "
        "start to finish”",
        ministry,
        cue="denied",
        kind=StatementKind.MIXED,
        is_denial=True,
    )
    tallis_denial = say(
        denials, "Estmark had produced no evidence of any cargo flights", tallis, cue="said", is_denial=True
    )
    lies = say(denials, "what it called Estmark's campaign of lies", norland, cue="dismissed", is_denial=True)
    DenialFactory(statement=ministry_denial, denied_statement=drones)
    DenialFactory(statement=tallis_denial, denied_statement=manifests)
    DenialFactory(statement=lies, denied_statement=None, denied_actor=estmark)
    return SimpleNamespace(**locals())


def analyst(username: str = "analyst") -> object:
    """A member of the Analysts group.

    Migration 0002 creates the group, but a transactional test (the browser
    tests) flushes it away, and serialized_rollback cannot bring it back there:
    under Playwright's event loop Django hands out another connection wrapper,
    one without the serialized data. So the group is made here if missing.
    """
    from django.contrib.auth.models import Group

    user = UserFactory(username=username)
    user.groups.add(Group.objects.get_or_create(name="Analysts")[0])
    return user


def disputed_corpus(n: int, *, speaker: Actor | None = None, denier: Actor | None = None) -> list[Denial]:
    """`n` claims, each denied by another statement, with a tag on each: rows for query-count tests."""
    tag = TagFactory(name="query count")
    denials = []
    for i in range(n):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=i)
        claim = StatementFactory(speaker=speaker or ActorFactory(), article=ArticleFactory(published=day))
        claim.tags.add(tag)
        denying = StatementFactory(
            speaker=denier or ActorFactory(), is_denial=True, article=ArticleFactory(published=day)
        )
        denials.append(DenialFactory(statement=denying, denied_statement=claim))
    return denials


def editor(username: str = "editor") -> object:
    """A member of the Editors group (made here if missing, as in `analyst`)."""
    from django.contrib.auth.models import Group, Permission

    user = UserFactory(username=username)
    group, created = Group.objects.get_or_create(name="Editors")
    if created:  # a transactional test flushed migration 0002's group: give it back its rights
        codenames = ["view_statement", "change_statement", "view_actor", "change_actor", "add_actor"]
        codenames += ["add_tag", "change_tag", "add_denial", "change_denial", "delete_denial"]
        codenames += ["add_actoralias", "change_actoralias", "delete_actoralias"]
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
        )
    user.groups.add(group)
    return user


def admin(username: str = "admin") -> object:
    """A superuser: staff, every right."""
    user = UserFactory(username=username, is_staff=True, is_superuser=True)
    return user
