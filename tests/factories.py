"""factory_boy factories: each test creates only the rows it needs."""

import datetime as dt
import hashlib

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
