"""POST /actors/<slug>/edit/: name, kind, role and affiliation; aliases follow the kind."""

import pytest

from claims.models import Actor, ActorAlias, ActorKind
from tests.factories import ActorAliasFactory, ActorFactory, dispute_scenario, editor

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def world():
    world = dispute_scenario()
    ActorAliasFactory(actor=world.tallis, alias="Mira Tallis")
    ActorAliasFactory(actor=world.tallis, alias="M. Tallis")
    return world


@pytest.fixture
def as_editor(client):
    client.force_login(editor("alice"))
    return client


def edit(client, actor, headers=None, **changes):
    data = {
        "name": actor.name,
        "kind": actor.kind,
        "role": actor.role,
        "affiliation": actor.affiliation.slug if actor.affiliation else "",
        "version": actor.version,
    }
    return client.post(f"/actors/{actor.slug}/edit/", data | changes, headers=headers)


def test_name_role_and_affiliation_are_saved_and_the_slug_stays(as_editor, world):
    response = edit(
        as_editor, world.tallis, name="Mira Tallis-Berg", role="foreign minister", affiliation="Norland"
    )
    assert response.status_code == 302
    assert response["Location"] == "/actors/mira-tallis/"
    tallis = Actor.objects.get(pk=world.tallis.pk)
    assert (tallis.name, tallis.role, tallis.affiliation, tallis.version) == (
        "Mira Tallis-Berg",
        "foreign minister",
        world.norland,
        2,
    )
    # Both names find her again when ingest meets them.
    names = set(ActorAlias.objects.filter(actor=tallis).values_list("normalized", flat=True))
    assert {"mira tallis", "mira tallis berg"} <= names
    last = Actor.history.filter(id=tallis.pk).latest("history_date")
    assert (last.history_user.username, last.history_change_reason) == (
        "alice",
        "edited name, role, affiliation",
    )


def test_aliases_follow_a_change_of_kind(as_editor, world):
    edit(as_editor, world.tallis, kind=ActorKind.ORGANIZATION)
    kinds = set(ActorAlias.objects.filter(actor=world.tallis).values_list("actor_kind", flat=True))
    assert kinds == {ActorKind.ORGANIZATION}


def test_a_kind_whose_names_another_actor_has_is_refused(as_editor, world):
    ActorAliasFactory(actor=ActorFactory(name="Tallis Group", kind=ActorKind.GROUP), alias="M. Tallis")
    response = edit(as_editor, world.tallis, headers=HTMX, kind=ActorKind.GROUP)
    assert response.status_code == 200
    assert (
        "“M. Tallis” already names Tallis Group (group): merge the two actors instead."
        in response.content.decode()
    )
    assert Actor.objects.get(pk=world.tallis.pk).kind == ActorKind.PERSON


def test_an_affiliation_loop_is_refused(as_editor, world):
    response = edit(
        as_editor, world.norland, affiliation=world.tallis.slug
    )  # Tallis is in the ministry, in Norland
    assert response.status_code == 400
    assert "belongs to Norland: that would make a loop." in response.content.decode()
    response = edit(as_editor, world.norland, affiliation="norland")
    assert "that would make a loop" in response.content.decode()


def test_an_unknown_affiliation_and_an_empty_name_are_form_errors(as_editor, world):
    response = edit(as_editor, world.tallis, affiliation="Atlantis", name="  ")
    html = response.content.decode()
    assert response.status_code == 400
    assert "No actor is called “Atlantis”." in html
    assert "This field is required." in html


def test_the_form_opens_filled_in_inline(as_editor, world):
    html = as_editor.get(f"/actors/{world.tallis.slug}/edit/", headers=HTMX).content.decode()
    assert html.lstrip().startswith('<div id="actor-editor"')
    assert 'value="Mira Tallis"' in html and 'value="vice foreign minister"' in html
    assert f'value="{world.ministry.slug}"' in html


def test_saving_unchanged_values_writes_nothing(as_editor, world):
    edit(as_editor, world.tallis)
    assert Actor.objects.get(pk=world.tallis.pk).version == 1
