"""`format=csv` and `format=json` on the timeline, search and disputes, with the same filters."""

import csv
import io
import json

import pytest

from tests.factories import disputed_corpus

pytestmark = pytest.mark.django_db


def body(response) -> str:
    return b"".join(response.streaming_content).decode()


def as_json(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response["Content-Type"] == "application/json"
    return json.loads(body(response))["results"]


def as_csv(client, url: str) -> list[dict]:
    response = client.get(url)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return list(csv.DictReader(io.StringIO(body(response).lstrip("\ufeff"))))


def test_timeline_json_has_every_row_newest_first_with_links(signed_in, world):
    rows = as_json(signed_in, "/actors/tomas-brenner/?format=json")
    assert [r["id"] for r in rows] == [
        world.tallis_denial.pk,
        world.ministry_denial.pk,
        world.manifests.pk,
        world.drones.pk,
    ]
    drones = rows[-1]
    assert drones["url"] == f"http://testserver/statements/{world.drones.pk}/"
    assert drones["speaker"] == "Tomas Brenner" and drones["speaker_slug"] == "tomas-brenner"
    assert drones["said_on"] == "2026-02-09" and drones["timeline_date"] == "2026-02-09"
    assert drones["denied_by_statements"] == [world.ministry_denial.pk]
    assert drones["outlet"] == "The Estmark Herald"
    assert drones["denies_actor"] is False
    assert rows[0]["denies_actor"] is True
    assert rows[1]["denies_statements"] == [world.drones.pk]


def test_timeline_csv_keeps_the_filters(signed_in, world):
    rows = as_csv(signed_in, "/actors/tomas-brenner/?kind=direct&format=csv")
    assert [int(r["id"]) for r in rows] == [world.manifests.pk]
    assert rows[0]["content"] == "We have seen the cargo manifests and the flight records,"
    assert rows[0]["kind"] == "direct"
    assert rows[0]["denied_by_statements"] == str(world.tallis_denial.pk)


def test_timeline_export_is_not_limited_to_one_page(signed_in):
    denials = disputed_corpus(60, speaker=None)
    speaker = denials[0].denied_statement.speaker
    denier = denials[0].statement.speaker
    for denial in denials:
        denial.denied_statement.speaker = speaker
        denial.denied_statement.save()
        denial.statement.speaker = denier
        denial.statement.save()
    assert len(as_json(signed_in, f"{speaker.get_absolute_url()}?format=json")) == 120


def test_search_exports_ranked_results(signed_in, world):
    rows = as_csv(signed_in, "/search/?q=drones&format=csv")
    assert {int(r["id"]) for r in rows} == {world.drones.pk, world.ministry_denial.pk}
    assert list(rows[0]) == [
        "id", "url", "timeline_date", "said_on", "said_on_precision", "speaker", "speaker_slug",
        "speaker_text", "conduit", "cue", "kind", "content", "is_denial", "denies_statements",
        "denies_actors", "denied_by_statements", "tags", "review_status", "article_id",
        "article_title", "article_url", "outlet", "published",
    ]  # fmt: skip
    denials_only = as_json(signed_in, "/search/?q=drones&denials=1&format=json")
    assert [r["id"] for r in denials_only] == [world.ministry_denial.pk]


def test_disputes_export_pairs_with_the_same_filters(signed_in, world):
    rows = as_json(signed_in, "/disputes/?a=mira-tallis&format=json")
    assert len(rows) == 1
    row = rows[0]
    assert row["claimant"] == "Tomas Brenner" and row["denier"] == "Mira Tallis"
    assert row["claim_id"] == world.manifests.pk and row["denial_statement_id"] == world.tallis_denial.pk
    assert row["claim_outlet"] == "The Estmark Herald" and row["denial_outlet"] == "Northern Wire"
    everything = as_csv(signed_in, "/disputes/?format=csv")
    assert len(everything) == 3
    lies = next(r for r in everything if r["claimant"] == "Estmark")
    assert lies["claim_id"] == "" and lies["denier"] == "Norland"


def test_export_links_carry_the_filters(signed_in, world):
    html = signed_in.get("/actors/tomas-brenner/?kind=direct").content.decode()
    assert 'href="?kind=direct&amp;format=csv"' in html
    assert 'href="?kind=direct&amp;format=json"' in html


def test_an_unknown_format_gets_the_page(signed_in, world):
    response = signed_in.get("/disputes/?format=xml")
    assert response["Content-Type"].startswith("text/html")


def test_export_streams_in_bounded_queries(signed_in, django_assert_max_num_queries):
    disputed_corpus(30)
    with django_assert_max_num_queries(12):
        body(signed_in.get("/search/?format=json"))
    with django_assert_max_num_queries(8):
        body(signed_in.get("/disputes/?format=csv"))
