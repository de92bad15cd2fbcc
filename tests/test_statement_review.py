"""POST /statements/<id>/review/: confirm, reject, undo; rejected statements leave analysts' lists."""

import pytest

from claims.editing import EditError, statement_review
from claims.models import ReviewStatus, Statement
from claims.timeline import PAGE_SIZE
from tests.factories import StatementFactory, analyst, editor

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true", "HX-Current-URL": "http://testserver/search/?q=drones"}


def review(client, statement, status, version=None, **headers):
    data = {"status": status, "version": statement.version if version is None else version}
    return client.post(f"/statements/{statement.pk}/review/", data, headers=headers or None)


def test_confirming_sets_the_status_bumps_the_version_and_returns_to_the_page(as_editor, world):
    response = review(as_editor, world.drones, "confirmed")
    assert response.status_code == 302
    assert response["Location"] == world.drones.get_absolute_url()
    drones = Statement.objects.get(pk=world.drones.pk)
    assert (drones.review_status, drones.version) == (ReviewStatus.CONFIRMED, 2)


def test_a_plain_form_goes_back_to_next_when_it_is_on_this_site(as_editor, world):
    data = {"status": "confirmed", "version": 1, "next": "/actors/tomas-brenner/?kind=direct"}
    response = as_editor.post(f"/statements/{world.drones.pk}/review/", data)
    assert response["Location"] == "/actors/tomas-brenner/?kind=direct"
    data = {"status": "rejected", "version": 2, "next": "https://elsewhere.example/"}
    response = as_editor.post(f"/statements/{world.drones.pk}/review/", data)
    assert response["Location"] == world.drones.get_absolute_url()


def test_htmx_gets_the_card_back_with_the_new_state(as_editor, world):
    response = review(as_editor, world.drones, "confirmed", **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(
        f'<article class="statement kind-indirect" id="statement-{world.drones.pk}"'
    )
    assert "badge review-confirmed" in html
    assert 'name="version" value="2"' in html
    assert 'value="confirmed"' not in html  # already confirmed: no Confirm button
    assert "Statement confirmed." in html
    # a plain post from this card would come back to the page the editor is on
    assert 'name="next" value="/search/?q=drones"' in html


def test_a_rejected_statement_leaves_analysts_lists_but_is_never_deleted(client, as_editor, world):
    review(as_editor, world.drones, "rejected")
    client.force_login(analyst())
    assert world.drones.content not in client.get(world.brenner.get_absolute_url()).content.decode()
    assert world.drones.content not in client.get("/search/?q=drones").content.decode()
    page = client.get(world.drones.get_absolute_url()).content.decode()
    assert "Editors rejected this statement" in page
    assert Statement.objects.filter(pk=world.drones.pk).exists()


def test_back_to_unreviewed_undoes_a_rejection(as_editor, world):
    review(as_editor, world.drones, "rejected")
    review(as_editor, Statement.objects.get(pk=world.drones.pk), "extracted")
    assert Statement.objects.get(pk=world.drones.pk).review_status == ReviewStatus.EXTRACTED


def test_an_unknown_status_is_refused_with_the_form_error(as_editor, world):
    response = review(as_editor, world.drones, "corrected")  # set by corrections, not by review
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    fragment = review(as_editor, world.drones, "deleted", **HTMX)
    assert fragment.status_code == 200  # htmx swaps only 2xx: the card shows the error
    assert 'class="form-errors"' in fragment.content.decode()
    assert Statement.objects.get(pk=world.drones.pk).version == 1


def test_a_missing_version_is_refused(as_editor, world):
    response = as_editor.post(f"/statements/{world.drones.pk}/review/", {"status": "confirmed"})
    assert response.status_code == 400
    assert Statement.objects.get(pk=world.drones.pk).review_status == ReviewStatus.EXTRACTED


def test_reviewing_to_the_same_status_changes_nothing(world):
    user = editor()
    statement_review(statement=world.drones, editor=user, status="confirmed", version=1)
    again = statement_review(statement=world.drones, editor=user, status="confirmed", version=2)
    assert again.version == 2
    assert Statement.history.filter(id=world.drones.pk).count() == 2  # created, confirmed


def test_the_service_refuses_a_status_that_is_not_a_review(world):
    with pytest.raises(EditError, match="not a review status"):
        statement_review(statement=world.drones, editor=editor(), status="corrected", version=1)


def test_get_is_not_allowed(as_editor, world):
    assert as_editor.get(f"/statements/{world.drones.pk}/review/").status_code == 405


def test_an_unknown_statement_is_404(as_editor):
    assert (
        as_editor.post("/statements/999999/review/", {"status": "confirmed", "version": 1}).status_code == 404
    )


def test_the_timeline_shows_review_buttons_to_editors_without_extra_queries_per_row(
    as_editor, django_assert_max_num_queries, world
):
    for _ in range(PAGE_SIZE):
        StatementFactory(speaker=world.brenner)
    with django_assert_max_num_queries(16):
        html = as_editor.get(world.brenner.get_absolute_url()).content.decode()
    assert html.count('name="status" value="confirmed"') == PAGE_SIZE


def test_on_the_statements_own_page_the_notice_and_details_follow_out_of_band(as_editor, world):
    here = {"HX-Request": "true", "HX-Current-URL": f"http://testserver{world.drones.get_absolute_url()}"}
    html = review(as_editor, world.drones, "rejected", **here).content.decode()
    assert '<div id="statement-notice" hx-swap-oob="true">' in html
    assert "Editors rejected this statement" in html
    assert 'id="statement-details" hx-swap-oob="true"' in html
    elsewhere = review(as_editor, Statement.objects.get(pk=world.drones.pk), "confirmed", **HTMX)
    assert "statement-details" not in elsewhere.content.decode()
