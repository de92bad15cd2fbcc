"""POST /statements/<id>/denials/: link and unlink what a denial rejects; search for the claim."""

import pytest

from claims.models import Denial, DenialOrigin, ReviewStatus, Statement
from tests.factories import StatementFactory

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def post(client, statement, headers=None, **data):
    data.setdefault("version", Statement.objects.get(pk=statement.pk).version)
    return client.post(f"/statements/{statement.pk}/denials/", data, headers=headers)


def targets(statement) -> set[tuple[int | None, int | None]]:
    return set(
        Denial.objects.filter(statement=statement).values_list("denied_statement_id", "denied_actor_id")
    )


def test_linking_a_claim_makes_an_editor_link_and_a_corrected_denial(as_editor, world):
    response = post(as_editor, world.tallis_denial, add=str(world.drones.pk))
    assert response.status_code == 302
    link = Denial.objects.get(statement=world.tallis_denial, denied_statement=world.drones)
    assert (link.origin, link.confidence, link.denied_actor) == (DenialOrigin.EDITOR, 1.0, world.brenner)
    tallis = Statement.objects.get(pk=world.tallis_denial.pk)
    assert (tallis.review_status, tallis.version) == (ReviewStatus.CORRECTED, 2)


def test_linking_makes_a_plain_statement_a_denial(as_editor, world):
    post(as_editor, world.ferries, add=f"#{world.manifests.pk}")
    assert Statement.objects.get(pk=world.ferries.pk).is_denial


def test_unlinking_a_claim_and_an_actor(as_editor, world):
    post(as_editor, world.tallis_denial, remove=str(world.manifests.pk))
    assert targets(world.tallis_denial) == set()
    post(as_editor, world.lies, remove_actor=world.estmark.slug)
    assert targets(world.lies) == set()
    assert Statement.objects.filter(pk=world.manifests.pk).exists()  # the claim itself stays


def test_denying_an_actor_in_general_and_then_one_of_their_claims(as_editor, world):
    post(as_editor, world.ferries, add_actor=world.brenner.slug)
    assert targets(world.ferries) == {(None, world.brenner.pk)}
    post(as_editor, world.ferries, add=str(world.drones.pk))
    assert targets(world.ferries) == {
        (world.drones.pk, world.brenner.pk)
    }  # the claim replaces "their claims"


def test_a_statement_cannot_deny_itself(as_editor, world):
    response = post(as_editor, world.lies, headers=HTMX, add=str(world.lies.pk))
    assert response.status_code == 200
    assert "A statement cannot deny itself." in response.content.decode()
    assert Statement.objects.get(pk=world.lies.pk).version == 1


def test_unknown_statements_and_actors_are_named_in_the_error(as_editor, world):
    response = post(as_editor, world.lies, add="424242", add_actor="nobody-at-all")
    html = response.content.decode()
    assert response.status_code == 400
    assert "No statement 424242." in html and "No actor nobody-at-all." in html
    response = post(as_editor, world.lies, add="drones")
    assert "“drones” is not a statement number." in response.content.decode()


def test_the_search_finds_claims_to_link_and_leaves_out_the_statement_itself(as_editor, world):
    url = f"/statements/{world.tallis_denial.pk}/denials/"
    headers = {**HTMX, "HX-Target": f"statement-{world.tallis_denial.pk}-candidates"}
    html = as_editor.get(url, {"q": "cargo"}, headers=headers).content.decode()
    assert f'name="add" value="{world.manifests.pk}"' in html
    assert f'value="{world.tallis_denial.pk}"' not in html  # "cargo flights" is its own words
    assert f'form="statement-{world.tallis_denial.pk}-denials-form"' in html
    by_number = as_editor.get(url, {"q": f"#{world.drones.pk}"}, headers=headers).content.decode()
    assert f'name="add" value="{world.drones.pk}"' in by_number


def test_the_search_leaves_out_rejected_statements(as_editor, world):
    words = "told reporters in Halvik"
    start = world.claims.text.index(words)
    rejected = StatementFactory(
        article=world.claims, start=start, end=start + len(words), review_status=ReviewStatus.REJECTED
    )
    html = as_editor.get(f"/statements/{world.lies.pk}/denials/", {"q": "reporters"}).content.decode()
    assert f'name="add" value="{rejected.pk}"' not in html
    assert "No statement matches “reporters”." in html


def test_the_editor_page_works_without_javascript(as_editor, world):
    page = as_editor.get(f"/statements/{world.tallis_denial.pk}/denials/", {"q": "cargo manifests"})
    html = page.content.decode()
    assert "<h1>What a statement denies</h1>" in html
    assert f'name="remove" value="{world.manifests.pk}"' in html  # the current link, with Unlink
    assert f'name="add" value="{world.manifests.pk}"' in html  # found by the search


def test_the_history_shows_the_links_before_and_after(as_editor, world):
    post(as_editor, world.tallis_denial, add=str(world.drones.pk))
    html = as_editor.get(f"/statements/{world.tallis_denial.pk}/history/").content.decode()
    assert f"denies: +statement {world.drones.pk}" in html
    assert f"#{world.drones.pk} Tomas Brenner: “Norland had sent armed drones" in html
