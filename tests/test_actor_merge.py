"""POST /actors/<slug>/merge/ with `into`: statements, aliases and denials move; the old URL redirects."""

import pytest

from claims.editing import EditError, actors_merge
from claims.models import Actor, ActorAlias, ActorKind, ActorRedirect, Denial, Statement
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    DenialFactory,
    StatementFactory,
    analyst,
    dispute_scenario,
    editor,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def world():
    """The scenario, plus a duplicate of Norland that ingest made from another spelling."""
    world = dispute_scenario()
    world.dup = ActorFactory(name="Republic of Nordland", slug="republic-of-nordland", kind=ActorKind.COUNTRY)
    ActorAliasFactory(actor=world.dup, alias="Republic of Nordland")
    ActorAliasFactory(actor=world.dup, alias="Nordland")
    world.dup_claim = StatementFactory(speaker=world.dup)
    world.conveyed = StatementFactory(speaker=world.tallis, conduit=world.dup)
    world.denied_dup = DenialFactory(statement=world.lies, denied_statement=None, denied_actor=world.dup)
    world.member = ActorFactory(name="Nordland Coast Guard", affiliation=world.dup)
    return world


def test_merging_moves_statements_conduits_aliases_denials_and_members(as_editor, world):
    response = as_editor.post(f"/actors/{world.dup.slug}/merge/", {"into": "norland", "version": 1})
    assert response.status_code == 302
    assert response["Location"] == "/actors/norland/"
    assert not Actor.objects.filter(pk=world.dup.pk).exists()
    assert Statement.objects.get(pk=world.dup_claim.pk).speaker == world.norland
    assert Statement.objects.get(pk=world.conveyed.pk).conduit == world.norland
    assert Denial.objects.get(pk=world.denied_dup.pk).denied_actor == world.norland
    assert Actor.objects.get(pk=world.member.pk).affiliation == world.norland
    aliases = set(ActorAlias.objects.filter(actor=world.norland).values_list("normalized", flat=True))
    assert {"republic of nordland", "nordland", "republic of norland"} <= aliases
    assert ActorAlias.objects.filter(actor=world.norland).values("actor_kind").distinct().count() == 1


def test_the_old_url_redirects_with_its_filters(client, as_editor, world):
    as_editor.post(f"/actors/{world.dup.slug}/merge/", {"into": "norland", "version": 1})
    client.force_login(analyst())
    response = client.get("/actors/republic-of-nordland/?kind=direct")
    assert response.status_code == 302
    assert response["Location"] == "/actors/norland/?kind=direct"
    assert client.get("/actors/never-existed/").status_code == 404


def test_a_second_merge_carries_earlier_redirects_along(world):
    user = editor()
    actors_merge(source=world.dup, target=world.norland, editor=user, version=1)
    actors_merge(source=world.norland, target=world.estmark, editor=user, version=2)
    redirects = dict(ActorRedirect.objects.values_list("old_slug", "actor__slug"))
    assert redirects == {"republic-of-nordland": "estmark", "norland": "estmark"}


def test_a_denial_of_both_actors_in_general_keeps_one_row(world):
    DenialFactory(statement=world.lies, denied_statement=None, denied_actor=world.norland)
    actors_merge(source=world.dup, target=world.norland, editor=editor(), version=1)
    rows = Denial.objects.filter(statement=world.lies, denied_statement=None)
    assert sorted(rows.values_list("denied_actor__slug", flat=True)) == ["estmark", "norland"]


def test_an_alias_that_already_names_another_actor_of_that_kind_is_dropped(world):
    ActorAliasFactory(actor=world.estmark, alias="Nordland Republic")
    ActorAliasFactory(actor=world.dup, alias="Nordland Republic", actor_kind=ActorKind.PERSON)
    world.dup.kind = ActorKind.PERSON
    world.dup.save()
    actors_merge(source=world.dup, target=world.norland, editor=editor(), version=1)
    assert not ActorAlias.objects.filter(actor=world.norland, normalized="nordland republic").exists()
    assert ActorAlias.objects.get(normalized="nordland republic").actor == world.estmark


def test_the_actor_kept_takes_details_it_lacked(world):
    bare = ActorFactory(name="N. Tallis", kind=ActorKind.UNKNOWN)
    actors_merge(source=world.tallis, target=bare, editor=editor(), version=1)
    bare.refresh_from_db()
    assert (bare.kind, bare.role, bare.affiliation) == (
        ActorKind.PERSON,
        "vice foreign minister",
        world.ministry,
    )


def test_merging_into_itself_or_an_unknown_actor_is_refused(as_editor, world):
    response = as_editor.post(f"/actors/{world.dup.slug}/merge/", {"into": world.dup.slug, "version": 1})
    assert response.status_code == 400
    assert "cannot be merged into itself" in response.content.decode()
    response = as_editor.post(
        f"/actors/{world.dup.slug}/merge/", {"into": "atlantis", "version": 1}, headers=HTMX
    )
    assert response.status_code == 200
    assert "No actor is called “atlantis”." in response.content.decode()
    assert Actor.objects.filter(pk=world.dup.pk).exists()
    with pytest.raises(EditError):
        actors_merge(source=world.dup, target=world.dup, editor=editor(), version=1)


def test_every_moved_statement_gets_a_history_row_and_a_new_version(world):
    actors_merge(source=world.dup, target=world.norland, editor=editor("merger"), version=1)
    for statement in (world.dup_claim, world.conveyed, world.lies):
        row = Statement.history.filter(id=statement.pk).latest("history_date", "history_id")
        assert row.history_user.username == "merger"
        assert row.history_change_reason == (
            "merged Republic of Nordland (republic-of-nordland) into Norland (norland)"
        )
        assert row.version == Statement.objects.get(pk=statement.pk).version == 2
    last = Actor.history.filter(id=world.dup.pk).latest("history_date")
    assert (last.history_type, last.history_user.username) == ("-", "merger")


def test_the_merge_page_says_what_will_move_and_works_without_javascript(as_editor, world):
    html = as_editor.get(f"/actors/{world.dup.slug}/merge/").content.decode()
    assert "<h1>Merge Republic of Nordland into another actor</h1>" in html
    assert "Every statement by Republic of Nordland (1), its aliases (2) and the denials of it (1)" in html
    fragment = as_editor.get(f"/actors/{world.dup.slug}/merge/", headers=HTMX).content.decode()
    assert fragment.lstrip().startswith('<div id="actor-editor"')


def test_an_htmx_merge_sends_the_browser_to_the_actor_kept(as_editor, world):
    response = as_editor.post(
        f"/actors/{world.dup.slug}/merge/", {"into": "Norland", "version": 1}, headers=HTMX
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == "/actors/norland/"


def test_the_actor_page_offers_edit_and_merge_to_editors_only(client, as_editor, world):
    assert (
        f'href="/actors/{world.dup.slug}/merge/"'
        in as_editor.get(world.dup.get_absolute_url()).content.decode()
    )
    client.force_login(analyst())
    assert "/merge/" not in client.get(world.dup.get_absolute_url()).content.decode()
