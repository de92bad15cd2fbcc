import pytest
from django.urls import reverse

from claims.models import ActorAlias, ActorKind
from tests.factories import ActorAliasFactory, ActorFactory, DenialFactory, TagFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="chief", is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize("model", ["article", "actor", "actoralias", "statement", "denial", "tag"])
def test_every_model_has_a_working_changelist(admin_client, model):
    denial = DenialFactory()
    TagFactory().statements.add(denial.statement)
    response = admin_client.get(reverse(f"admin:claims_{model}_changelist"))
    assert response.status_code == 200


def test_actors_are_searchable_by_alias(admin_client):
    country = ActorFactory(name="Republic of Estmark", kind=ActorKind.COUNTRY)
    ActorAliasFactory(actor=country, alias="Eastmarch")
    ActorFactory(name="Unrelated Person")
    response = admin_client.get(reverse("admin:claims_actor_changelist"), {"q": "Eastmarch"})
    assert list(response.context["cl"].result_list) == [country]


def test_alias_added_in_admin_gets_normalized_and_kind(admin_client):
    actor = ActorFactory(name="Harbour Authority", kind=ActorKind.ORGANIZATION)
    response = admin_client.post(
        reverse("admin:claims_actoralias_add"), {"actor": actor.pk, "alias": "The Harbour Board"}
    )
    assert response.status_code == 302
    alias = ActorAlias.objects.get(alias="The Harbour Board")
    assert (alias.normalized, alias.actor_kind) == ("harbour board", "organization")


def test_statement_change_page_renders(admin_client):
    denial = DenialFactory()
    response = admin_client.get(reverse("admin:claims_statement_change", args=[denial.statement.pk]))
    assert response.status_code == 200
