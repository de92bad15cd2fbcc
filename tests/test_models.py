import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from claims.models import Actor, ActorAlias, ActorKind, Denial, ReviewStatus, Statement
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    ArticleFactory,
    DenialFactory,
    StatementFactory,
)

pytestmark = pytest.mark.django_db


def raises_integrity_error(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def test_statement_span_is_unique_within_its_article():
    statement = StatementFactory(start=0, end=5)
    assert raises_integrity_error(lambda: StatementFactory(article=statement.article, start=0, end=5))
    other_article = ArticleFactory()
    assert StatementFactory(article=other_article, start=0, end=5).pk


def test_statement_span_must_not_be_empty():
    assert raises_integrity_error(lambda: StatementFactory(start=7, end=7))


def test_article_url_is_unique_only_when_present():
    ArticleFactory(url="https://example.test/harbour")
    assert raises_integrity_error(lambda: ArticleFactory(url="https://example.test/harbour"))
    ArticleFactory(url="")
    assert ArticleFactory(url="").pk  # many articles may lack a URL


def test_article_content_hash_is_the_dedup_key():
    article = ArticleFactory()
    assert raises_integrity_error(lambda: ArticleFactory(content_hash=article.content_hash))


def test_alias_is_unique_per_actor_kind():
    country = ActorFactory(name="Norland", kind=ActorKind.COUNTRY)
    ActorAliasFactory(actor=country, alias="Norland")
    other_country = ActorFactory(name="Norland Republic", kind=ActorKind.COUNTRY)
    assert raises_integrity_error(lambda: ActorAliasFactory(actor=other_country, alias="norland"))
    # the same words may name an actor of another kind (a newspaper called Norland)
    paper = ActorFactory(name="Norland newspaper", kind=ActorKind.MEDIA)
    assert ActorAliasFactory(actor=paper, alias="Norland").pk


def test_alias_for_actor_fills_derived_columns():
    actor = ActorFactory(name="Harbour Authority", kind=ActorKind.ORGANIZATION)
    alias = ActorAlias.for_actor(actor, "The Harbour Authority's")
    assert (alias.normalized, alias.actor_kind) == ("harbour authority", "organization")


def test_actor_matching_finds_aliases():
    country = ActorFactory(name="Republic of Estmark", kind=ActorKind.COUNTRY)
    ActorAliasFactory(actor=country, alias="Estmark")
    ActorFactory(name="Someone else")
    assert list(Actor.objects.matching("estmark")) == [country]


def test_actor_cannot_be_its_own_affiliation():
    actor = ActorFactory()
    actor.affiliation = actor
    assert raises_integrity_error(actor.save)


def test_affiliation_chain():
    country = ActorFactory(name="Estmark", kind=ActorKind.COUNTRY, country_code="")
    office = ActorFactory(name="Estmark Palace", kind=ActorKind.ORGANIZATION, affiliation=country)
    spokesman = ActorFactory(name="Tomas Brandt", affiliation=office, role="spokesman")
    assert spokesman.affiliation.affiliation == country
    assert list(country.members.all()) == [office]


def test_denial_pair_is_unique():
    denial = DenialFactory()
    assert raises_integrity_error(
        lambda: Denial.objects.create(statement=denial.statement, denied_statement=denial.denied_statement)
    )


def test_denial_cannot_deny_itself():
    statement = StatementFactory(is_denial=True)
    assert raises_integrity_error(
        lambda: Denial.objects.create(statement=statement, denied_statement=statement)
    )


def test_denial_needs_a_statement_or_an_actor():
    statement = StatementFactory(is_denial=True)
    assert raises_integrity_error(lambda: Denial.objects.create(statement=statement))
    actor = ActorFactory()
    assert Denial.objects.create(statement=statement, denied_actor=actor).pk


def test_denial_confidence_is_a_probability():
    statement = StatementFactory(is_denial=True)
    assert raises_integrity_error(
        lambda: Denial.objects.create(statement=statement, denied_actor=ActorFactory(), confidence=1.5)
    )


def test_visible_leaves_out_rejected_statements():
    kept = StatementFactory()
    StatementFactory(review_status=ReviewStatus.REJECTED)
    assert list(Statement.objects.visible()) == [kept]


def test_timeline_orders_by_when_said_then_newest_id():
    speaker = ActorFactory()
    article = ArticleFactory(published=dt.date(2026, 3, 10), text="Alpha beta gamma delta epsilon.")
    older = StatementFactory(article=article, speaker=speaker, start=0, end=5, said_on=dt.date(2026, 3, 1))
    undated = StatementFactory(article=article, speaker=speaker, start=6, end=10)
    StatementFactory(article=article, start=11, end=16)  # someone else's
    assert undated.timeline_date == dt.date(2026, 3, 10)  # falls back to publication
    assert list(Statement.objects.by_speaker(speaker).timeline()) == [undated, older]


def test_between_filters_on_timeline_date():
    speaker = ActorFactory()
    article = ArticleFactory(text="One two three four five six.")
    early = StatementFactory(article=article, speaker=speaker, start=0, end=3, said_on=dt.date(2026, 1, 5))
    StatementFactory(article=article, speaker=speaker, start=4, end=7, said_on=dt.date(2026, 2, 5))
    found = Statement.objects.by_speaker(speaker).between(dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert list(found) == [early]


def test_timeline_date_falls_back_to_ingest_day_without_publication():
    article = ArticleFactory(published=None)
    assert Statement.timeline_date_for(None, article) == article.ingested_at.date()


def test_disputes_leave_out_rejected_claims():
    shown = DenialFactory()
    DenialFactory(denied_statement=StatementFactory(review_status=ReviewStatus.REJECTED))
    assert list(Denial.objects.disputes()) == [shown]


def test_every_model_has_a_readable_str():
    denial = DenialFactory()
    assert str(denial.statement).startswith(denial.statement.speaker.name + ": ")
    assert "denies statement" in str(denial)
    assert str(denial.statement.article) == denial.statement.article.title
