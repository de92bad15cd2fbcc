"""Optimistic locking: an edit made on a stale `version` is refused (409) and nothing is lost."""

import threading

import pytest
from django.db import OperationalError, connection
from django.test import Client

from claims.editing import Conflict, statement_review
from claims.models import Actor, ReviewStatus, Statement
from tests.factories import StatementFactory, editor

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def signed_in(username: str) -> Client:
    client = Client()
    client.force_login(editor(username))
    return client


def correction(world, **changes) -> dict[str, object]:
    unchanged = {"speaker": "Tomas Brenner", "kind": "indirect", "said_on": "2026-02-09", "version": 1}
    return unchanged | {"content": world.drones.content} | changes


def test_two_editors_correct_the_same_statement_and_the_second_stale_edit_is_refused(world):
    alice, bob = signed_in("alice"), signed_in("bob")
    url = f"/statements/{world.drones.pk}/edit/"
    # Both open the form on version 1.
    assert 'name="version" value="1"' in alice.get(url).content.decode()
    assert 'name="version" value="1"' in bob.get(url).content.decode()
    assert alice.post(url, correction(world, speaker="Estmark")).status_code == 302
    stale = bob.post(url, correction(world, kind="direct", said_on="2026-02-08"))
    assert stale.status_code == 409
    html = stale.content.decode()
    # Nothing lost: Alice's correction stands, Bob sees it, and his own input is still in his form.
    drones = Statement.objects.select_related("speaker").get(pk=world.drones.pk)
    assert (drones.speaker, drones.kind, drones.said_on.isoformat(), drones.version) == (
        world.estmark,
        "indirect",
        "2026-02-09",
        2,
    )
    assert "alice changed this" in html and "Your change was not saved" in html
    assert '<a class="speaker" href="/actors/estmark/">Estmark</a>' in html  # the newer data
    assert 'value="2026-02-08"' in html and '<option value="direct" selected>' in html  # his input
    assert 'name="version" value="2"' in html  # saving again applies it on top, knowingly
    again = bob.post(
        url, correction(world, speaker="Estmark", kind="direct", said_on="2026-02-08", version=2)
    )
    assert again.status_code == 302
    drones.refresh_from_db()
    assert (drones.speaker_id, drones.kind, drones.version) == (world.estmark.pk, "direct", 3)
    who = list(
        Statement.history.filter(id=drones.pk)
        .order_by("history_date")
        .values_list("history_user__username", flat=True)
    )
    assert who[-2:] == ["alice", "bob"]


def test_an_htmx_conflict_swaps_the_card_with_the_message(world):
    alice, bob = signed_in("alice"), signed_in("bob")
    alice.post(f"/statements/{world.drones.pk}/review/", {"status": "rejected", "version": 1})
    response = bob.post(
        f"/statements/{world.drones.pk}/review/", {"status": "confirmed", "version": 1}, headers=HTMX
    )
    assert response.status_code == 409
    html = response.content.decode()
    assert html.lstrip().startswith("<article")
    assert 'class="conflict" role="alert"' in html
    assert "badge review-rejected" in html
    assert Statement.objects.get(pk=world.drones.pk).review_status == ReviewStatus.REJECTED


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("review/", {"status": "confirmed"}),
        ("tags/", {"add": "late"}),
        ("denials/", {"add_actor": "estmark"}),
        ("history/", {"restore": "0"}),
    ],
)
def test_every_statement_endpoint_refuses_a_stale_version(world, path, data):
    bob = signed_in("bob")
    statement_review(statement=world.drones, editor=editor("alice"), status="confirmed", version=1)
    if path == "history/":
        data = {"restore": Statement.history.filter(id=world.drones.pk).earliest("history_date").history_id}
    response = bob.post(f"/statements/{world.drones.pk}/{path}", data | {"version": 1})
    assert response.status_code == 409
    drones = Statement.objects.get(pk=world.drones.pk)
    assert (drones.version, drones.review_status, drones.tags.count()) == (2, ReviewStatus.CONFIRMED, 0)


def test_actor_edit_and_merge_refuse_a_stale_version(world):
    alice, bob = signed_in("alice"), signed_in("bob")
    edit = {
        "name": "Mira Tallis",
        "kind": "person",
        "role": "deputy minister",
        "affiliation": "",
        "version": 1,
    }
    assert alice.post(f"/actors/{world.tallis.slug}/edit/", edit).status_code == 302
    stale = bob.post(f"/actors/{world.tallis.slug}/edit/", edit | {"role": "minister"})
    assert stale.status_code == 409
    assert "alice changed this" in stale.content.decode()
    assert Actor.objects.get(pk=world.tallis.pk).role == "deputy minister"
    merge = bob.post(f"/actors/{world.tallis.slug}/merge/", {"into": world.ministry.slug, "version": 1})
    assert merge.status_code == 409
    assert Actor.objects.filter(pk=world.tallis.pk).exists()


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_reviews_of_one_version_let_exactly_one_through():
    statement = StatementFactory()
    users = [editor("alice"), editor("bob")]
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def review(user, status):
        start.wait()
        try:
            statement_review(statement=statement, editor=user, status=status, version=1)
            outcomes.append("saved")
        except Conflict:
            outcomes.append("conflict")
        except OperationalError as error:
            # SQLite's in-memory test database refuses a second writer at once ("table is locked")
            # where a file database (WAL, busy_timeout) waits its turn and then sees the conflict.
            assert connection.vendor == "sqlite", error
            outcomes.append("conflict")
        finally:
            connection.close()

    threads = [
        threading.Thread(target=review, args=(users[0], "confirmed")),
        threading.Thread(target=review, args=(users[1], "rejected")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["conflict", "saved"]
    assert Statement.objects.get(pk=statement.pk).version == 2
