"""Re-ingest keeps what editors did, and the history of it (through the fake engine: no spaCy)."""

import io
import json

import pytest
from django.core.management import call_command

from claims.editing import statement_link_denials, statement_review, statement_tag
from claims.models import Denial, ReviewStatus, Statement
from tests.factories import editor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fake_engine")]

HARBOUR = {
    "id": "hc-21",
    "url": "https://harbour.example/fees",
    "published": "2026-04-03",
    "title": "Harbour fees",
    "text": (
        "Ilse Varga said on 2026-04-02 that ferry fees would rise in June. "
        "Pia Noor said that the quay would close for repairs. "
        "Tomas Reyl said that cargo traffic had doubled. "
        "Valdoria said that the bridge was safe."
    ),
}
CLAIM = {
    "id": "hc-31",
    "url": "https://harbour.example/rifles",
    "published": "2026-04-03",
    "text": "Ilse Varga said on 2026-04-02 that Brenmoor ferries were carrying rifles to the islands.",
}
DENIAL = {
    "id": "gz-32",
    "url": "https://gazette.example/rifles",
    "published": "2026-04-06",
    "text": "Tomas Reyl dismissed claims by Harbour Council that Brenmoor ferries were carrying rifles.",
}


def ingest(tmp_path, *records, force=False) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records))
    call_command("ingest", str(feed), force=force, stdout=io.StringIO(), stderr=io.StringIO())


def said(words: str) -> Statement:
    return Statement.objects.get(content__contains=words)


def history(statement: Statement) -> list[tuple[str | None, str | None]]:
    rows = Statement.history.filter(id=statement.pk).order_by("history_date", "history_id")
    return list(rows.values_list("history_user__username", "history_change_reason"))


def test_a_new_version_of_an_article_keeps_edited_statements_and_their_history(tmp_path):
    ingest(tmp_path, HARBOUR)
    alice = editor("alice")
    fees, quay, cargo, bridge = (said(w) for w in ("ferry fees", "the quay", "cargo", "the bridge"))
    statement_review(statement=fees, editor=alice, status="confirmed", version=1)
    statement_tag(statement=quay, editor=alice, version=1, add=["ports"])
    statement_review(statement=cargo, editor=alice, status="rejected", version=1)
    statement_review(statement=cargo, editor=alice, status="extracted", version=2)  # looked at, then let be

    ingest(tmp_path, HARBOUR | {"text": "The harbour was busy on Monday. " + HARBOUR["text"]})

    for kept in (fees, quay, cargo):
        assert Statement.objects.filter(pk=kept.pk).exists(), kept.content
    assert not Statement.objects.filter(pk=bridge.pk).exists()  # untouched: extracted afresh
    assert said("the bridge").pk != bridge.pk
    moved = Statement.objects.get(pk=fees.pk)
    assert moved.start == fees.start + len("The harbour was busy on Monday. ")
    assert moved.review_status == ReviewStatus.CONFIRMED
    assert list(Statement.objects.get(pk=quay.pk).tags.values_list("name", flat=True)) == ["ports"]
    # The history is whole: as extracted, the editor's review, then ingest moving it.
    assert history(moved) == [
        (None, "as extracted"),
        ("alice", "review: confirmed"),
        (None, "re-ingest: moved to where its words are now"),
    ]
    last = Statement.history.filter(id=fees.pk).latest("history_date", "history_id")
    assert (last.start, last.version) == (moved.start, moved.version)
    assert history(Statement.objects.get(pk=cargo.pk))[1:3] == [
        ("alice", "review: rejected"),
        ("alice", "review: extracted"),
    ]


def test_forced_re_extraction_keeps_a_link_an_editor_removed_removed(tmp_path):
    ingest(tmp_path, CLAIM, DENIAL)
    claim, denial = said("carrying rifles to the islands"), said("claims by Harbour Council")
    assert Denial.objects.filter(statement=denial, denied_statement=claim).exists()  # linked across articles
    statement_link_denials(statement=denial, editor=editor(), version=1, remove=[claim])
    ingest(tmp_path, CLAIM, DENIAL, force=True)
    assert Statement.objects.get(pk=denial.pk).review_status == ReviewStatus.CORRECTED  # kept, same id
    assert not Denial.objects.filter(statement=denial, denied_statement__isnull=False).exists()


def test_without_editors_a_forced_re_extraction_links_again(tmp_path):
    ingest(tmp_path, CLAIM, DENIAL)
    claim, denial = said("carrying rifles to the islands"), said("claims by Harbour Council")
    Denial.objects.filter(statement=denial, denied_statement=claim).delete()
    ingest(tmp_path, CLAIM, DENIAL, force=True)
    assert Denial.objects.filter(
        denied_statement__content__contains="carrying rifles to the islands"
    ).exists()
