"""GET /statements/<id>/history/: every change, who and when, before and after; restore an earlier state."""

import datetime as dt

import pytest

from claims.editing import (
    Correction,
    EditError,
    actors_merge,
    statement_correct,
    statement_link_denials,
    statement_restore,
    statement_review,
    statement_tag,
)
from claims.models import Denial, ReviewStatus, Statement
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    StatementFactory,
    TagFactory,
    editor,
)

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def as_ingest_writes_it(article, words, speaker) -> Statement:
    """A statement written the way ingest writes them: bulk_create, so no history row yet."""
    start = article.text.index(words)
    (statement,) = Statement.objects.bulk_create(
        [
            Statement(
                article=article,
                speaker=speaker,
                speaker_text=speaker.name,
                content=words,
                start=start,
                end=start + len(words),
                timeline_date=article.published,
            )
        ]
    )
    return Statement.objects.get(pk=statement.pk)


def edit_history(statement):
    """(user, reason) of each row, oldest first."""
    rows = Statement.history.filter(id=statement.pk).order_by("history_date", "history_id")
    return list(rows.values_list("history_user__username", "history_change_reason"))


def test_the_first_edit_of_an_extracted_statement_records_it_as_extracted_first():
    article = ArticleFactory(text="Mayor Ilse Varga said the harbour bridge would reopen in spring.")
    statement = as_ingest_writes_it(
        article, "the harbour bridge would reopen in spring", ActorFactory(name="Ilse Varga")
    )
    assert not Statement.history.filter(id=statement.pk).exists()
    statement_review(statement=statement, editor=editor("alice"), status="confirmed", version=1)
    assert edit_history(statement) == [(None, "as extracted"), ("alice", "review: confirmed")]
    first = Statement.history.filter(id=statement.pk).earliest("history_date")
    assert (first.review_status, first.version, first.history_date) == ("extracted", 1, statement.created_at)


def test_every_edit_shows_with_the_editors_username_before_and_after(client, world):
    alice, bob = editor("alice"), editor("bob")
    statement_review(statement=world.drones, editor=alice, status="confirmed", version=1)
    statement_tag(statement=world.drones, editor=bob, version=2, add=["drones"])
    correction = Correction(
        world.estmark, "mixed", dt.date(2026, 2, 8), "day", world.drones.start, world.drones.end, False
    )
    statement_correct(statement=world.drones, editor=alice, version=3, correction=correction)
    client.force_login(bob)
    html = client.get(f"/statements/{world.drones.pk}/history/").content.decode()
    order = [html.index(s) for s in ("corrected speaker, kind, date", "tags: +drones", "review: confirmed")]
    assert order == sorted(order)  # newest first
    assert html.count("<strong>alice</strong>") == 2 and html.count("<strong>bob</strong>") == 1
    assert (
        '<th scope="row">Speaker</th><td class="before">Tomas Brenner</td><td class="after">Estmark</td>'
        in html
    )
    assert (
        '<th scope="row">Kind</th><td class="before">Reported speech</td><td class="after">Mixed</td>' in html
    )
    assert (
        '<th scope="row">Said on</th><td class="before">2026-02-09</td><td class="after">2026-02-08</td>'
        in html
    )
    assert (
        '<th scope="row">Review</th><td class="before">Extracted</td><td class="after">Confirmed</td>' in html
    )
    assert '<th scope="row">Tags</th><td class="before">—</td><td class="after">drones</td>' in html


def test_restore_puts_back_columns_tags_and_denial_links(world):
    alice = editor("alice")
    tallis = world.tallis_denial
    statement_tag(statement=tallis, editor=alice, version=1, add=["cargo"])
    before = (
        Statement.history.filter(id=tallis.pk).latest("history_date").history_id
    )  # tagged, linked to manifests
    statement_link_denials(
        statement=tallis, editor=alice, version=2, add=[world.drones], remove=[world.manifests]
    )
    statement_tag(statement=tallis, editor=alice, version=3, add=["drones"], remove=["cargo"])
    start = world.denials.text.index("Estmark had produced")
    correction = Correction(
        world.norland, "direct", None, "", start, start + len("Estmark had produced"), False
    )
    statement_correct(statement=tallis, editor=alice, version=4, correction=correction)

    restored = statement_restore(statement=tallis, editor=editor("bob"), version=5, history_id=before)
    restored = Statement.objects.select_related("speaker").get(pk=tallis.pk)
    assert (restored.speaker, restored.kind, restored.content, restored.is_denial) == (
        world.tallis,
        "indirect",
        "Estmark had produced no evidence of any cargo flights",
        True,
    )
    assert list(restored.tags.values_list("name", flat=True)) == ["cargo"]
    assert set(Denial.objects.filter(statement=tallis).values_list("denied_statement_id", flat=True)) == {
        world.manifests.pk
    }
    assert restored.version == 6
    assert edit_history(tallis)[-1] == ("bob", f"restored version 2 ({_when(before)})")


def _when(history_id: int) -> str:
    return Statement.history.get(history_id=history_id).history_date.strftime("%Y-%m-%d %H:%M")


def test_restore_through_the_page_with_htmx_returns_the_history_with_the_new_entry(client, world):
    statement_review(statement=world.drones, editor=editor("alice"), status="rejected", version=1)
    first = Statement.history.filter(id=world.drones.pk).earliest("history_date").history_id
    client.force_login(editor("bob"))
    response = client.post(
        f"/statements/{world.drones.pk}/history/", {"restore": first, "version": 2}, headers=HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<div id="history">')
    assert "Restored: the statement is at version 3 now." in html
    assert "<strong>bob</strong>" in html
    assert Statement.objects.get(pk=world.drones.pk).review_status == ReviewStatus.EXTRACTED


def test_a_plain_restore_redirects_to_the_history(client, world):
    statement_review(statement=world.drones, editor=editor("alice"), status="rejected", version=1)
    first = Statement.history.filter(id=world.drones.pk).earliest("history_date").history_id
    client.force_login(editor("bob"))
    response = client.post(f"/statements/{world.drones.pk}/history/", {"restore": first, "version": 2})
    assert response.status_code == 302
    assert response["Location"] == f"/statements/{world.drones.pk}/history/"


def test_an_entry_of_another_statement_cannot_be_restored(world):
    statement_review(statement=world.manifests, editor=editor(), status="rejected", version=1)
    other = Statement.history.filter(id=world.manifests.pk).latest("history_date").history_id
    with pytest.raises(EditError, match="is not one of statement"):
        statement_restore(statement=world.drones, editor=editor(), version=1, history_id=other)


def test_restoring_words_another_statement_now_holds_is_refused(client, world):
    user = editor()
    statement_review(statement=world.drones, editor=user, status="confirmed", version=1)
    first = Statement.history.filter(id=world.drones.pk).earliest("history_date").history_id
    moved = Correction(world.brenner, "indirect", None, "", world.drones.start, world.drones.start + 7, False)
    statement_correct(statement=world.drones, editor=user, version=2, correction=moved)
    StatementFactory(
        article=world.claims, start=world.drones.start, end=world.drones.end
    )  # now someone else's
    client.force_login(user)
    response = client.post(f"/statements/{world.drones.pk}/history/", {"restore": first, "version": 3})
    assert response.status_code == 400
    assert "already covers exactly these words" in response.content.decode()


def test_a_speaker_merged_away_is_restored_as_the_actor_it_became(world):
    user = editor()
    first = Statement.history.filter(id=world.drones.pk).earliest("history_date").history_id
    statement_review(statement=world.drones, editor=user, status="rejected", version=1)
    actors_merge(source=world.brenner, target=world.estmark, editor=user, version=1)
    statement_review(statement=world.drones, editor=user, status="confirmed", version=3)
    Statement.objects.filter(pk=world.drones.pk).update(speaker=None)
    statement_restore(statement=world.drones, editor=user, version=4, history_id=first)
    assert Statement.objects.get(pk=world.drones.pk).speaker_id == world.estmark.pk


def test_restore_recreates_a_missing_tag(world):
    user = editor()
    statement_tag(statement=world.drones, editor=user, version=1, add=["cargo"])
    tagged = Statement.history.filter(id=world.drones.pk).latest("history_date").history_id
    TagFactory(name="unrelated")
    from claims.models import Tag

    Tag.objects.filter(name="cargo").delete()
    statement_restore(statement=world.drones, editor=user, version=2, history_id=tagged)
    assert list(Statement.objects.get(pk=world.drones.pk).tags.values_list("name", flat=True)) == ["cargo"]


def test_a_statement_never_edited_says_so(client, world):
    client.force_login(editor())
    Statement.history.filter(id=world.drones.pk).delete()
    html = client.get(f"/statements/{world.drones.pk}/history/").content.decode()
    assert "No changes yet" in html


def test_history_rows_written_by_save_copy_the_links_too(world):
    world.drones.tags.add(TagFactory(name="ships"))
    world.drones.save()  # any save(): admin, ingest moving a statement
    row = Statement.history.filter(id=world.drones.pk).latest("history_date")
    assert row.tags_snapshot == ["ships"]
    tallis = world.tallis_denial
    tallis.save()
    row = Statement.history.filter(id=tallis.pk).latest("history_date")
    assert row.denials_snapshot == [{"statement": world.manifests.pk, "actor": world.brenner.pk}]
