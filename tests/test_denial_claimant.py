"""Denial.claimant: the denied statement's speaker, kept right by the database on every write path."""

import pytest
from django.db import connection

from claims import claimants
from claims.editing import actors_merge
from claims.models import Denial, Statement
from tests.factories import ActorFactory, DenialFactory, StatementFactory, editor

pytestmark = pytest.mark.django_db


def claimant_of(denial: Denial) -> int | None:
    return Denial.objects.values_list("claimant", flat=True).get(pk=denial.pk)


def test_a_new_denial_gets_the_denied_statements_speaker():
    denial = DenialFactory()
    assert claimant_of(denial) == denial.denied_statement.speaker_id


def test_bulk_created_denials_get_it_too():
    claim, denier = StatementFactory(), StatementFactory(is_denial=True)
    [denial] = Denial.objects.bulk_create([Denial(statement=denier, denied_statement=claim)])
    assert claimant_of(denial) == claim.speaker_id


def test_a_denial_of_an_actor_only_has_no_claimant():
    denial = Denial.objects.create(statement=StatementFactory(is_denial=True), denied_actor=ActorFactory())
    assert claimant_of(denial) is None


def test_a_value_written_by_hand_is_overruled():
    denial = DenialFactory()
    Denial.objects.filter(pk=denial.pk).update(claimant=ActorFactory())
    assert claimant_of(denial) == denial.denied_statement.speaker_id


def test_pointing_a_denial_at_another_claim_follows_its_speaker():
    denial, other = DenialFactory(), StatementFactory()
    denial.denied_statement = other
    denial.save()
    assert claimant_of(denial) == other.speaker_id


def test_a_corrected_speaker_carries_over_to_the_denials_of_the_claim():
    denial, corrected = DenialFactory(), ActorFactory()
    Statement.objects.filter(pk=denial.denied_statement_id).update(speaker=corrected)
    assert claimant_of(denial) == corrected.pk


def test_an_actor_merge_moves_the_claims_denied():
    denial, target = DenialFactory(), ActorFactory()
    source = denial.denied_statement.speaker
    actors_merge(source=source, target=target, editor=editor(), version=source.version)
    assert claimant_of(denial) == target.pk
    assert list(Denial.objects.against(target)) == [denial]


def test_a_lost_sqlite_trigger_is_recreated_after_migrate():
    if connection.vendor != "sqlite":
        assert claimants.ensure_sqlite_triggers(connection) is False  # PostgreSQL keeps its triggers
        return
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER claims_denial_claimant_insert")  # what an SQLite table remake does
    missed = DenialFactory()
    assert claimant_of(missed) is None
    assert claimants.ensure_sqlite_triggers(connection) is True
    assert claimants.ensure_sqlite_triggers(connection) is False
    assert claimant_of(missed) == missed.denied_statement.speaker_id  # the install filled it in
