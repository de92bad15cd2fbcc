"""Denials: denial verbs, words calling a claim untrue, first-person rebuttals, links."""

import pytest

from claims.extraction import extract

pytestmark = pytest.mark.nlp


def by_speaker(text: str) -> dict:
    return {s.speaker: s for s in extract(text).statements}


@pytest.mark.parametrize("verb", ["denied", "rejected", "dismissed", "refuted", "disputed"])
def test_denial_verbs_with_a_claim(verb: str) -> None:
    (s,) = extract(f"The mining company {verb} claims that it had polluted the river.").statements
    assert s.is_denial
    assert s.cue == verb


def test_denied_that_clause() -> None:
    (s,) = extract("The referee denied that he had been paid by either club.").statements
    assert s.is_denial
    assert s.content == "that he had been paid by either club"


def test_rejecting_a_proposal_is_not_a_denial() -> None:
    found = extract("The council rejected the budget proposal on Thursday.").statements
    assert not any(s.is_denial for s in found)


@pytest.mark.parametrize("word", ["groundless", "baseless", "false", "absurd", "untrue"])
def test_calling_a_claim_untrue(word: str) -> None:
    (s,) = extract(f"The hospital said the allegations about its waiting lists were {word}.").statements
    assert s.is_denial


def test_calling_a_report_a_fabrication() -> None:
    text = '"This report is a complete fabrication," the agency\'s director, Omar Haddad, said.'
    (s,) = extract(text).statements
    assert s.is_denial


def test_plain_statement_is_not_a_denial() -> None:
    (s,) = extract("The hospital said the new wing would open in the autumn.").statements
    assert not s.is_denial


def test_denial_links_to_the_claim_it_answers_and_names_its_author() -> None:
    text = (
        "Consumer group FairPrice said the bakery chain Kornblum had raised bread prices twice this year.\n\n"
        "Kornblum rejected the claims by FairPrice, saying its prices had not changed since January."
    )
    statements = extract(text).statements
    claim = next(s for s in statements if s.speaker == "FairPrice")
    denial = next(s for s in statements if s.is_denial)
    assert denial.speaker == "Kornblum"
    assert denial.denied_actor == "FairPrice"
    assert denial.denies == (claim.id,)


def test_denial_before_the_claim_in_the_text_still_links() -> None:
    text = (
        "The Orvik Football Club denied allegations by league official Hanne Moe that it had broken "
        "spending rules.\n\n"
        "Moe said on Monday that the club had spent twice its limit on transfers."
    )
    statements = extract(text).statements
    denial = statements[0]
    claim = statements[-1]
    assert denial.is_denial
    assert claim.speaker == "Hanne Moe"
    assert claim.id in denial.denies
    assert denial.denied_actor == "Hanne Moe"


def test_first_person_rebuttal_of_an_accusation_is_a_denial() -> None:
    text = (
        "Auditor Lena Strand said the charity had moved donations into private accounts.\n\n"
        '"We have never moved a single donation into a private account," said the charity\'s founder, '
        "Marco Bellini."
    )
    statements = extract(text).statements
    rebuttal = next(s for s in statements if s.speaker == "Marco Bellini")
    claim = next(s for s in statements if s.speaker == "Lena Strand")
    assert rebuttal.is_denial
    assert rebuttal.denies == (claim.id,)


def test_first_person_promise_is_not_a_denial() -> None:
    text = (
        "Auditor Lena Strand said the charity had moved donations into private accounts.\n\n"
        '"We will never stop helping families," said the charity\'s founder, Marco Bellini.'
    )
    rebuttal = next(s for s in extract(text).statements if s.speaker == "Marco Bellini")
    assert not rebuttal.is_denial


def test_first_person_negation_on_another_subject_is_not_a_denial() -> None:
    text = (
        "Auditor Lena Strand said the charity had moved donations into private accounts.\n\n"
        '"We did not expect so much snow this winter," said the ski instructor Paul Amsel.'
    )
    other = next(s for s in extract(text).statements if s.speaker == "Paul Amsel")
    assert not other.is_denial
