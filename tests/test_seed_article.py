"""The article the project started from, ingested with the real engine and read on the pages.

The article is not part of the project (it is a real news report): it is read
where every developer and CI have it, `../shared/seed/article.txt`, or where
`NEWSROOM_SEED_ARTICLE` points. CI sets `NEWSROOM_REQUIRE_SEED=1`, so there
a missing article fails the run instead of skipping these tests.
"""

import io
import os
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.models import Actor, ActorKind, Article, Denial, Statement

pytestmark = [pytest.mark.nlp, pytest.mark.django_db]

SEED = Path(
    os.environ.get("NEWSROOM_SEED_ARTICLE")
    or Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "article.txt"
)


@pytest.fixture
def seed() -> Article:
    if not SEED.is_file():
        reason = f"the seed article is not at {SEED} (set NEWSROOM_SEED_ARTICLE)"
        if os.environ.get("NEWSROOM_REQUIRE_SEED"):
            pytest.fail(reason)
        pytest.skip(reason)
    call_command("ingest", str(SEED), stdout=io.StringIO(), stderr=io.StringIO())
    return Article.objects.get()


def test_the_seed_gives_one_kirby_one_north_korea_and_a_denial_of_kirby(seed):
    kirby = Actor.objects.get(name="John Kirby")
    assert kirby.kind == ActorKind.PERSON
    assert kirby.statements.count() >= 4
    assert (kirby.affiliation.name, kirby.affiliation.affiliation.name) == ("White House", "United States")
    north_korea = Actor.objects.get(name="North Korea")
    assert {"DPRK", "Pyongyang"} <= set(north_korea.aliases.values_list("alias", flat=True))
    assert not Actor.objects.filter(name__in=["DPRK", "Pyongyang", "Kirby"]).exists()
    denial = Denial.objects.filter(denied_statement__speaker=kirby).select_related("statement__speaker")
    deniers = {d.statement.speaker for d in denial}
    assert deniers and all(_belongs_to(actor, north_korea) for actor in deniers)


def test_in_the_seed_only_north_koreas_side_denies(seed):
    """Kirby repeats and explains the US claims after North Korea's denials; none of his
    statements is a denial (the learned denial model must not take his restatements for one)."""
    north_korea = Actor.objects.get(name="North Korea")
    denials = Statement.objects.filter(article=seed, is_denial=True).select_related("speaker")
    deniers = {s.speaker for s in denials}
    assert deniers and all(_belongs_to(actor, north_korea) for actor in deniers)


def test_the_seed_dispute_shows_on_disputes_timelines_and_the_article(seed, signed_in):
    kirby, north_korea = Actor.objects.get(name="John Kirby"), Actor.objects.get(name="North Korea")
    disputes = signed_in.get("/disputes/", {"a": north_korea.slug, "b": kirby.slug}).content.decode()
    assert "John Kirby" in disputes and "North Korea" in disputes
    kirby_page = signed_in.get(kirby.get_absolute_url()).content.decode()
    denier_page = signed_in.get(north_korea.get_absolute_url()).content.decode()
    assert "groundless" in kirby_page  # North Korea's denial, marked on the timeline of the actor it denies
    assert "groundless" in denier_page
    article = signed_in.get(f"/articles/{seed.pk}/").content.decode()
    highlighted = set(re.findall(r'<mark\b[^>]*data-statement="(\d+)"', article))
    statements = Statement.objects.filter(article=seed)
    assert highlighted == {str(pk) for pk in statements.values_list("pk", flat=True)}
    for statement in Statement.objects.filter(article=seed, speaker__in=[kirby, north_korea]):
        assert f"/statements/{statement.pk}/" in article


def _belongs_to(actor: Actor, country: Actor) -> bool:
    while actor is not None:
        if actor == country:
            return True
        actor = actor.affiliation
    return False
