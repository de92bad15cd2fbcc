"""POST /statements/<id>/edit/: correct speaker, kind, date and words; the statement becomes "corrected"."""

import datetime as dt

import pytest

from claims.models import Actor, ActorAlias, ActorKind, ReviewStatus, Statement
from tests.factories import ActorAliasFactory, ActorFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def correct(client, statement, headers=None, **changes):
    data = {
        "speaker": statement.speaker.name if statement.speaker else "",
        "kind": statement.kind,
        "said_on": statement.said_on.isoformat() if statement.said_on else "",
        "said_on_precision": statement.said_on_precision or "day",
        "content": statement.content,
        "is_denial": "on" if statement.is_denial else "",
        "version": statement.version,
    }
    data.update(changes)
    return client.post(
        f"/statements/{statement.pk}/edit/", {k: v for k, v in data.items() if v != ""}, headers=headers
    )


def fresh(statement) -> Statement:
    return Statement.objects.select_related("speaker").get(pk=statement.pk)


def test_the_speaker_is_picked_by_an_alias_and_the_statement_becomes_corrected(as_editor, world):
    response = correct(as_editor, world.drones, speaker="republic of norland")  # an alias, any case
    assert response.status_code == 302
    drones = fresh(world.drones)
    assert drones.speaker == world.norland
    assert (drones.review_status, drones.version) == (ReviewStatus.CORRECTED, 2)


def test_the_speaker_is_picked_by_slug_when_a_name_names_two_actors(as_editor, world):
    ActorAliasFactory(
        actor=ActorFactory(name="Tallis Holdings", kind=ActorKind.ORGANIZATION), alias="Mira Tallis"
    )
    response = correct(as_editor, world.drones, speaker="Mira Tallis", headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "names several actors" in html and "mira-tallis" in html and "tallis-holdings" in html
    assert fresh(world.drones).speaker == world.brenner
    correct(as_editor, world.drones, speaker="tallis-holdings")
    assert fresh(world.drones).speaker.name == "Tallis Holdings"


def test_an_unknown_speaker_is_refused_unless_the_editor_asks_to_create_it(as_editor, world):
    response = correct(as_editor, world.drones, speaker="Anna Kovel", headers=HTMX)
    assert "No actor is called “Anna Kovel”" in response.content.decode()
    assert not Actor.objects.filter(name="Anna Kovel").exists()
    correct(as_editor, world.drones, speaker="Anna Kovel", create_speaker="on", speaker_kind="person")
    kovel = Actor.objects.get(name="Anna Kovel")
    assert (kovel.slug, kovel.kind) == ("anna-kovel", ActorKind.PERSON)
    assert ActorAlias.objects.filter(actor=kovel, normalized="anna kovel").exists()  # ingest finds her again
    assert fresh(world.drones).speaker == kovel


def test_an_empty_speaker_means_no_one_identified(as_editor, world):
    correct(as_editor, world.drones, speaker="")
    assert fresh(world.drones).speaker is None


def test_kind_date_and_denial_flag_are_corrected_and_the_timeline_date_follows(as_editor, world):
    correct(
        as_editor,
        world.manifests,
        kind="indirect",
        said_on="2026-02-08",
        said_on_precision="day",
        is_denial="on",
    )
    manifests = fresh(world.manifests)
    assert (manifests.kind, manifests.said_on, manifests.is_denial) == ("indirect", dt.date(2026, 2, 8), True)
    assert manifests.timeline_date == dt.date(2026, 2, 8)
    correct(as_editor, manifests, said_on="")
    manifests = fresh(world.manifests)
    assert (manifests.said_on, manifests.said_on_precision) == (None, "")
    assert manifests.timeline_date == world.claims.published


def test_the_words_are_found_in_the_article_and_the_offsets_follow(as_editor, world):
    correct(as_editor, world.drones, content="  armed drones to rebels  ")
    drones = fresh(world.drones)
    assert drones.content == "armed drones to rebels"
    assert world.claims.text[drones.start : drones.end] == "armed drones to rebels"


def test_words_that_are_not_in_the_article_are_refused(as_editor, world):
    response = correct(as_editor, world.drones, content="Norland sent tanks")
    assert response.status_code == 400
    assert "These words are not in the article" in response.content.decode()
    assert fresh(world.drones).version == 1


def test_offsets_can_be_given_instead_of_words(as_editor, world):
    start = world.claims.text.index("armed drones")
    correct(as_editor, world.drones, content="", start=start, end=start + len("armed drones"))
    assert fresh(world.drones).content == "armed drones"


def test_the_words_of_another_statement_are_refused(as_editor, world):
    response = correct(as_editor, world.drones, content=world.manifests.content)
    assert response.status_code == 400
    assert f"Statement {world.manifests.pk} already covers exactly these words." in response.content.decode()


def test_an_invalid_inline_edit_rerenders_its_form_with_status_200(as_editor, world):
    response = correct(as_editor, world.drones, kind="rumour", headers=HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="edit-form"' in html and "Select a valid choice" in html
    assert f'id="statement-{world.drones.pk}-speaker"' in html  # ids unique to this card


def test_the_form_opens_filled_in(as_editor, world):
    html = as_editor.get(f"/statements/{world.drones.pk}/edit/", headers=HTMX).content.decode()
    assert 'value="Tomas Brenner"' in html
    assert 'value="2026-02-09"' in html
    assert world.drones.content in html
    assert f'hx-post="/statements/{world.drones.pk}/edit/"' in html


def test_saving_unchanged_values_writes_nothing(as_editor, world):
    correct(as_editor, world.drones)
    assert fresh(world.drones).version == 1
    assert fresh(world.drones).review_status == ReviewStatus.EXTRACTED


def test_a_rejected_statement_stays_rejected_when_corrected(as_editor, world):
    Statement.objects.filter(pk=world.drones.pk).update(review_status=ReviewStatus.REJECTED)
    correct(as_editor, fresh(world.drones), kind="direct")
    assert fresh(world.drones).review_status == ReviewStatus.REJECTED


def test_actor_suggestions_offer_names_and_aliases(as_editor, world):
    html = as_editor.get("/actors/suggest/", {"speaker": "republic"}).content.decode()
    assert '<option value="Norland">Norland · Country</option>' in html
    html = as_editor.get("/actors/suggest/", {"into": "norl", "by": "slug"}).content.decode()
    assert (
        '<option value="norland">' in html and '<option value="norland-ministry-of-foreign-affairs">' in html
    )
