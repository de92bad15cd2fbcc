"""denials_link: a denial meets the claim it rejects across articles, in any order, in any run."""

import datetime as dt

import pytest

from claims.extraction.types import ExtractedActor
from claims.models import Denial, DenialOrigin, ReviewStatus
from claims.services import article_ingest, claim_similarity, denials_link
from tests.extraction_builders import doc, record, said

pytestmark = pytest.mark.django_db

ACTORS = (
    ExtractedActor("Valdoria", "country"),
    ExtractedActor("Harbour Council", "organization", affiliation="Valdoria"),
    ExtractedActor("Ilse Varga", "person", role="mayor", affiliation="Harbour Council"),
    ExtractedActor("Brenmoor", "country"),
    ExtractedActor("Tomas Reyl", "person", affiliation="Brenmoor"),
)
CLAIM = "Mayor Ilse Varga said Brenmoor ferries were smuggling rifles to the northern islands."
CLAIM_WORDS = "Brenmoor ferries were smuggling rifles to the northern islands"
DENIAL = "Tomas Reyl dismissed claims by Valdoria that Brenmoor ferries smuggle rifles to the islands."
DENIAL_WORDS = "claims by Valdoria that Brenmoor ferries smuggle rifles to the islands"
UNRELATED = "Mayor Ilse Varga said the harbour bridge would reopen in spring."


def ingest_claim(published=dt.date(2026, 3, 2), text=CLAIM, words=CLAIM_WORDS, url="https://c.example/claim"):
    extraction = doc(said(text, words, "Ilse Varga"), actors=ACTORS)
    return article_ingest(record=record(text, url=url, published=published), extraction=extraction).article


def ingest_denial(published=dt.date(2026, 3, 9), denied_actor="Valdoria", **fields):
    statement = said(DENIAL, DENIAL_WORDS, "Tomas Reyl", is_denial=True, denied_actor=denied_actor, **fields)
    extraction = doc(statement, actors=ACTORS)
    return article_ingest(
        record=record(DENIAL, url="https://d.example/denial", published=published), extraction=extraction
    ).article


def links():
    return list(
        Denial.objects.filter(denied_statement__isnull=False).values_list(
            "statement__article__url", "denied_statement__article__url"
        )
    )


def test_denial_links_to_an_earlier_claim_by_a_member_of_the_denied_actor():
    claim, denial = ingest_claim(), ingest_denial()
    result = denials_link(articles=[claim.pk, denial.pk])
    assert result.created == 1
    link = Denial.objects.get(denied_statement__isnull=False)
    assert link.statement.article == denial and link.denied_statement.article == claim
    assert link.denied_actor.name == "Valdoria"
    assert 0.5 <= link.confidence <= 1
    assert link.origin == DenialOrigin.EXTRACTED
    assert not Denial.objects.filter(denied_statement__isnull=True).exists()  # the actor-only row gave way


def test_separate_runs_claim_first():
    claim = ingest_claim()
    denials_link(articles=[claim.pk])
    denial = ingest_denial()
    denials_link(articles=[denial.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]


def test_separate_runs_denial_first_then_the_earlier_claim_arrives():
    denial = ingest_denial()
    denials_link(articles=[denial.pk])
    assert links() == []
    claim = ingest_claim()
    denials_link(articles=[claim.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]


def test_never_links_to_a_claim_made_after_the_denial():
    denial = ingest_denial(published=dt.date(2026, 3, 1))
    claim = ingest_claim(published=dt.date(2026, 3, 2))
    denials_link(articles=[denial.pk, claim.pk])
    assert links() == []


def test_month_dated_denial_can_reject_a_claim_later_that_month():
    denial = ingest_denial(
        said_on=dt.date(2026, 3, 1), said_on_precision="month", published=dt.date(2026, 4, 20)
    )
    claim = ingest_claim(published=dt.date(2026, 3, 10))
    denials_link(articles=[denial.pk, claim.pk])
    assert len(links()) == 1


def test_claim_outside_the_window_is_not_linked():
    claim = ingest_claim(published=dt.date(2026, 1, 2))
    denial = ingest_denial(published=dt.date(2026, 3, 9))
    denials_link(articles=[claim.pk, denial.pk])
    assert links() == []
    denials_link(articles=[denial.pk], window_days=90)
    assert len(links()) == 1


def test_unrelated_claim_by_the_denied_side_is_not_linked():
    claim = ingest_claim(text=UNRELATED, words="the harbour bridge would reopen in spring")
    denial = ingest_denial()
    denials_link(articles=[claim.pk, denial.pk])
    assert links() == []


def test_a_close_claim_by_someone_else_is_linked_only_when_the_denied_actor_said_nothing_like_it():
    olsen = ingest_olsen_claim()
    denial = ingest_denial()
    denials_link(articles=[olsen.pk, denial.pk])
    assert links() == [("https://d.example/denial", "https://o.example/")]  # the denied actor may be misread
    weak = Denial.objects.get(denied_statement__isnull=False).confidence
    claim = ingest_claim()
    denials_link(articles=[claim.pk, denial.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]
    assert Denial.objects.get(denied_statement__isnull=False).confidence > weak


def test_without_a_denied_actor_only_a_close_match_is_linked():
    claim = ingest_claim()
    denial = ingest_denial(denied_actor=None)
    denials_link(articles=[claim.pk, denial.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]
    loose = "Ilse Varga said the ferries from the islands were late."
    extraction = doc(said(loose, "the ferries from the islands were late", "Ilse Varga"), actors=ACTORS)
    other = article_ingest(record=record(loose, url="https://l.example/"), extraction=extraction).article
    denials_link(articles=[other.pk])
    assert len(links()) == 1


def test_relinking_is_idempotent_and_keeps_editor_links():
    claim, denial = ingest_claim(), ingest_denial()
    denials_link(articles=[claim.pk, denial.pk])
    other = ingest_claim(
        text=UNRELATED, words="the harbour bridge would reopen in spring", url="https://u.example/"
    )
    editor_link = Denial.objects.create(
        statement=denial.statements.get(),
        denied_statement=other.statements.get(),
        origin=DenialOrigin.EDITOR,
        confidence=1,
    )
    result = denials_link(articles=[claim.pk, denial.pk, other.pk])
    assert (result.created, result.removed) == (0, 0)
    assert Denial.objects.filter(pk=editor_link.pk).exists()
    assert Denial.objects.count() == 2


def test_rejected_claims_are_not_linked():
    claim, denial = ingest_claim(), ingest_denial()
    claim.statements.update(review_status=ReviewStatus.REJECTED)
    denials_link(articles=[claim.pk, denial.pk])
    assert links() == []


def test_claim_article_re_extracted_is_linked_again():
    claim, denial = ingest_claim(), ingest_denial()
    denials_link(articles=[claim.pk, denial.pk])
    new_text = CLAIM + " The council said nothing more."
    extraction = doc(said(new_text, CLAIM_WORDS, "Ilse Varga"), actors=ACTORS)
    updated = article_ingest(
        record=record(new_text, url="https://c.example/claim"), extraction=extraction
    ).article
    assert links() == []  # the old claim statement went, and its link with it
    assert Denial.objects.filter(denied_statement__isnull=True, denied_actor__name="Valdoria").exists()
    denials_link(articles=[updated.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]


def test_a_denial_links_to_at_most_three_claims_the_most_recent_first():
    for number in range(5):
        ingest_claim(
            text=f"Report {number}. {CLAIM}",
            url=f"https://c.example/{number}",
            published=dt.date(2026, 3, 2 + number),
        )
    denial = ingest_denial()
    denials_link(articles=[denial.pk])
    linked = Denial.objects.order_by("-confidence").values_list("denied_statement__article__url", flat=True)
    assert list(linked) == ["https://c.example/4", "https://c.example/3", "https://c.example/2"]


def test_claim_similarity():
    assert claim_similarity(DENIAL_WORDS, CLAIM_WORDS) >= 0.6
    assert claim_similarity(DENIAL_WORDS, "the harbour bridge would reopen in spring") == 0
    assert claim_similarity("claims that it is false", "it is false") == 0
    assert claim_similarity("rifles", "rifles") < 0.5  # one shared word is weak evidence


def test_linking_in_chunks_finds_the_same_links(monkeypatch):
    monkeypatch.setattr("claims.services.denials._CHUNK", 1)
    other = ingest_claim(
        text=UNRELATED, words="the harbour bridge would reopen in spring", url="https://u.example/"
    )
    claim, denial = ingest_claim(), ingest_denial()
    denials_link(articles=[other.pk, denial.pk, claim.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]


def test_a_rebuttal_links_to_the_denial_it_rejects():
    claim, denial = ingest_claim(), ingest_denial()
    rebuttal_text = (
        "Ilse Varga dismissed claims by Brenmoor that its ferries carry fish, not rifles, to the islands."
    )
    words = "claims by Brenmoor that its ferries carry fish, not rifles, to the islands"
    statement = said(rebuttal_text, words, "Ilse Varga", is_denial=True, denied_actor="Brenmoor")
    extraction = doc(statement, actors=ACTORS)
    record_ = record(rebuttal_text, url="https://r.example/", published=dt.date(2026, 3, 12))
    rebuttal = article_ingest(record=record_, extraction=extraction).article
    denials_link(articles=[claim.pk, denial.pk, rebuttal.pk])
    assert sorted(links()) == [
        ("https://d.example/denial", "https://c.example/claim"),
        ("https://r.example/", "https://d.example/denial"),
    ]


def test_two_denials_of_one_claim_by_unrelated_actors_are_not_linked_to_each_other():
    ingest_denial(denied_actor=None)
    text = "Marek Olsen dismissed claims that Brenmoor ferries smuggle rifles to the northern islands."
    words = "claims that Brenmoor ferries smuggle rifles to the northern islands"
    extraction = doc(said(text, words, "Marek Olsen", is_denial=True), actors=ACTORS)
    second = article_ingest(
        record=record(text, url="https://m.example/", published=dt.date(2026, 3, 10)), extraction=extraction
    ).article
    denials_link(articles=[second.pk])
    assert links() == []


def ingest_denial_text(text, words, speaker="Tomas Reyl", published=dt.date(2026, 3, 9), **fields):
    statement = said(text, words, speaker, is_denial=True, **fields)
    extraction = doc(statement, actors=ACTORS)
    record_ = record(text, url="https://d.example/denial", published=published)
    return article_ingest(record=record_, extraction=extraction).article


def ingest_olsen_claim():
    text = "Marek Olsen said Brenmoor ferries were smuggling rifles to the northern islands."
    extraction = doc(said(text, CLAIM_WORDS, "Marek Olsen"), actors=ACTORS)
    return article_ingest(record=record(text, url="https://o.example/"), extraction=extraction).article


def test_claimant_named_in_the_sentence_stands_in_for_a_missing_denied_actor():
    claims = [ingest_claim().pk, ingest_olsen_claim().pk]
    words = "accusations by the Harbour Council that Brenmoor ferries smuggle rifles"
    denial = ingest_denial_text(f"Tomas Reyl rejected {words}, the ministry said.", words)
    denials_link(articles=[*claims, denial.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]  # not Olsen's


def test_possessive_claimant_is_read_too():
    claims = [ingest_claim().pk, ingest_olsen_claim().pk]
    words = "the Harbour Council's claims about Brenmoor ferries smuggling rifles absurd"
    denial = ingest_denial_text(f"Tomas Reyl called {words}.", words)
    denials_link(articles=[*claims, denial.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]


def test_without_any_claimant_anyone_saying_the_same_thing_may_be_linked():
    claims = [ingest_claim().pk, ingest_olsen_claim().pk]
    words = "claims that Brenmoor ferries smuggle rifles to the northern islands"
    denial = ingest_denial_text(f"Tomas Reyl dismissed {words}.", words)
    denials_link(articles=[*claims, denial.pk])
    assert len(links()) == 2


def test_short_denial_is_matched_through_its_sentence():
    claim = ingest_claim()
    text = 'Brenmoor called it "a fabrication" that its ferries smuggle rifles to the northern islands.'
    denial = ingest_denial_text(text, "a fabrication", speaker="Brenmoor", denied_actor="Valdoria")
    denials_link(articles=[claim.pk, denial.pk])
    assert len(links()) == 1


def test_a_denied_actor_on_the_deniers_own_side_is_ignored():
    claim = ingest_claim()
    text = "Tomas Reyl dismissed claims by the Harbour Council that Brenmoor ferries smuggle rifles."
    words = "claims by the Harbour Council that Brenmoor ferries smuggle rifles"
    denial = ingest_denial_text(text, words, denied_actor="Brenmoor")  # his own country: a misreading
    denials_link(articles=[claim.pk, denial.pk])
    assert len(links()) == 1


def test_a_country_denying_does_not_rule_out_its_own_citizens():
    claim = ingest_claim()
    text = "Valdoria dismissed claims by the Harbour Council that Brenmoor ferries smuggle rifles."
    words = "claims by the Harbour Council that Brenmoor ferries smuggle rifles"
    denial = ingest_denial_text(text, words, speaker="Valdoria", denied_actor="Harbour Council")
    denials_link(articles=[claim.pk, denial.pk])
    assert len(links()) == 1


def test_a_denial_naming_the_claimant_but_not_the_claim_links_to_their_likeliest_claim():
    claim = ingest_claim(text=UNRELATED, words="the harbour bridge would reopen in spring")
    words = "the claims made on Monday by Ilse Varga were groundless and designed to distract voters"
    denial = ingest_denial_text(f"Tomas Reyl said {words}.", words)
    denials_link(articles=[claim.pk, denial.pk])
    assert links() == [("https://d.example/denial", "https://c.example/claim")]
    assert Denial.objects.get(denied_statement__isnull=False).confidence == 0.5


def test_a_named_claimant_who_spoke_only_after_the_denial_is_not_linked():
    claim = ingest_claim(
        text=UNRELATED, words="the harbour bridge would reopen in spring", published=dt.date(2026, 3, 20)
    )
    words = "the claims made on Monday by Ilse Varga were groundless and designed to distract voters"
    denial = ingest_denial_text(f"Tomas Reyl said {words}.", words)
    denials_link(articles=[claim.pk, denial.pk])
    assert links() == []
