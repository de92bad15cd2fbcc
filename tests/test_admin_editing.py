"""The admin as an editing path: versions, history rows, alias kinds, the export action."""

import json

import pytest
from django.urls import reverse

from claims.models import Actor, ActorAlias, ActorKind, Statement
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    StatementFactory,
    TagFactory,
    admin,
    dispute_scenario,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(admin("chief"))
    return client


def statement_form(statement, **changes) -> dict[str, object]:
    data = {
        "article": statement.article_id,
        "speaker": statement.speaker_id or "",
        "speaker_text": statement.speaker_text,
        "kind": statement.kind,
        "content": statement.content,
        "start": statement.start,
        "end": statement.end,
        "timeline_date": statement.timeline_date.isoformat(),
        "review_status": statement.review_status,
        "denials-TOTAL_FORMS": 0,
        "denials-INITIAL_FORMS": 0,
    }
    return data | changes


def test_a_statement_changed_in_the_admin_gets_a_new_version_and_one_history_row(admin_client):
    statement = StatementFactory()
    tag = TagFactory(name="ports")
    url = reverse("admin:claims_statement_change", args=[statement.pk])
    response = admin_client.post(url, statement_form(statement, review_status="confirmed", tags=[tag.pk]))
    assert response.status_code == 302, response.content[:2000]
    statement.refresh_from_db()
    assert (statement.version, statement.review_status) == (2, "confirmed")
    rows = Statement.history.filter(id=statement.pk).order_by("history_date", "history_id")
    last = rows.last()
    assert rows.count() == 2  # the factory's creation, then this change
    assert (last.history_user.username, last.history_change_reason, last.tags_snapshot) == (
        "chief",
        "changed in the admin",
        ["ports"],
    )
    assert admin_client.get(reverse("admin:claims_statement_history", args=[statement.pk])).status_code == 200


def test_an_actors_kind_changed_in_the_admin_carries_its_aliases(admin_client):
    actor = ActorFactory(name="Halvik Port", kind=ActorKind.UNKNOWN)
    ActorAliasFactory(actor=actor, alias="Halvik Port")
    data = {"name": "Halvik Port", "slug": actor.slug, "kind": "organization", "aliases-TOTAL_FORMS": 0}
    data |= {"aliases-INITIAL_FORMS": 0}
    response = admin_client.post(reverse("admin:claims_actor_change", args=[actor.pk]), data)
    assert response.status_code == 302
    assert ActorAlias.objects.get(actor=actor).actor_kind == "organization"
    assert Actor.objects.get(pk=actor.pk).version == 2


def test_an_actors_kind_whose_names_another_actor_has_is_refused_in_the_admin(admin_client):
    actor = ActorFactory(name="Halvik Port", kind=ActorKind.UNKNOWN)
    ActorAliasFactory(actor=actor, alias="Halvik Port")
    ActorAliasFactory(
        actor=ActorFactory(name="Port of Halvik", kind=ActorKind.ORGANIZATION), alias="Halvik Port"
    )
    data = {"name": "Halvik Port", "slug": actor.slug, "kind": "organization", "aliases-TOTAL_FORMS": 0}
    data |= {"aliases-INITIAL_FORMS": 0}
    response = admin_client.post(reverse("admin:claims_actor_change", args=[actor.pk]), data)
    assert response.status_code == 200
    assert "already names Port of Halvik" in response.content.decode()
    assert Actor.objects.get(pk=actor.pk).kind == ActorKind.UNKNOWN
    assert ActorAlias.objects.get(actor=actor).actor_kind == ActorKind.UNKNOWN


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_selected_statements(admin_client, fmt):
    world = dispute_scenario()
    chosen = [world.drones.pk, world.ministry_denial.pk]
    response = admin_client.post(
        reverse("admin:claims_statement_changelist"),
        {"action": f"export_{fmt}", "_selected_action": chosen},
    )
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="statements.{fmt}"'
    body = b"".join(response.streaming_content).decode()
    if fmt == "json":
        rows = json.loads(body)["results"]
        assert sorted(r["id"] for r in rows) == sorted(chosen)
        denial = next(r for r in rows if r["id"] == world.ministry_denial.pk)
        assert denial["denies_statements"] == [world.drones.pk]
    else:
        lines = body.lstrip("\ufeff").strip().splitlines()
        assert lines[0].startswith("id,url,timeline_date")
        assert len(lines) == 3
        assert world.ferries.content not in body
