import re

import pytest

from claims.models import ReviewStatus
from tests.factories import disputed_corpus

pytestmark = pytest.mark.django_db


def disputes(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<article class="dispute" id="dispute-(\d+)">', html)]


def test_disputes_pair_each_claim_with_its_denial(signed_in, world):
    html = signed_in.get("/disputes/").content.decode()
    drones = world.ministry_denial.denials.get()
    row = html.split(f'id="dispute-{drones.pk}"')[1].split("</article>")[0]
    claim, denial = row.split('<div class="denial">')
    assert "Tomas Brenner</a>" in claim and "Norland had sent armed drones" in claim
    assert "The Estmark Herald" in claim and '<time datetime="2026-02-09">' in claim
    assert (
        "Norland Ministry of Foreign Affairs</a>" in denial and "a fabrication from start to finish" in denial
    )
    assert "Northern Wire" in denial


def test_a_denial_of_an_actor_without_a_statement_is_a_dispute_too(signed_in, world):
    html = signed_in.get("/disputes/").content.decode()
    lies = world.lies.denials.get()
    row = html.split(f'id="dispute-{lies.pk}"')[1].split("</article>")[0]
    assert "No single statement identified: claims by Estmark." in row


def test_newest_first(signed_in):
    older, newer = disputed_corpus(2)
    assert disputes(signed_in.get("/disputes/").content.decode()) == [newer.pk, older.pk]


def test_filter_by_actor_pair_either_way_round(signed_in, world):
    tallis_vs_brenner = world.tallis_denial.denials.get().pk
    one_way = disputes(signed_in.get("/disputes/?a=tomas-brenner&b=mira-tallis").content.decode())
    other_way = disputes(signed_in.get("/disputes/?a=mira-tallis&b=tomas-brenner").content.decode())
    assert one_way == other_way == [tallis_vs_brenner]


def test_filter_by_one_actor(signed_in, world):
    html = signed_in.get("/disputes/?a=estmark").content.decode()
    assert disputes(html) == [world.lies.denials.get().pk]


def test_an_actor_outside_every_dispute_is_refused_with_a_message(signed_in, world):
    html = signed_in.get("/disputes/?a=halvik-harbour-authority").content.decode()
    assert "Some filters were ignored" in html
    assert len(disputes(html)) == 3


def test_rejected_claims_and_denials_leave_the_list(signed_in, world):
    world.drones.review_status = ReviewStatus.REJECTED
    world.drones.save()
    world.tallis_denial.review_status = ReviewStatus.REJECTED
    world.tallis_denial.save()
    assert disputes(signed_in.get("/disputes/").content.decode()) == [world.lies.denials.get().pk]


def test_filtering_gets_the_results_fragment(signed_in, world):
    response = signed_in.get("/disputes/?a=estmark", headers={"HX-Request": "true"})
    assert response.content.decode().lstrip().startswith('<section id="results"')
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize("n", [2, 60])
def test_disputes_run_a_bounded_number_of_queries(signed_in, django_assert_max_num_queries, n):
    disputed_corpus(n)
    with django_assert_max_num_queries(6):
        signed_in.get("/disputes/")
