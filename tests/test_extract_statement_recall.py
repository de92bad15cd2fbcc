"""Statements and speakers, round 5: how news copy frames a saying (an age beside the name, the
speaker's manner after the cue, a clause said in a posted video) and who the words of a
description, a passive or a lede stand for."""

import pytest

from claims.extraction import extract

pytestmark = pytest.mark.nlp


def said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.content) for s in extract(text).statements]


def test_an_age_between_the_name_and_the_cue_keeps_the_name_as_speaker() -> None:
    text = "“I never moved the barrier. Not Tomas, not anyone,” Dorota Vell, 47, said."
    assert said(text) == [("Dorota Vell", "I never moved the barrier. Not Tomas, not anyone,")]


def test_the_speakers_manner_after_the_cue_is_not_what_was_said() -> None:
    text = '"The cables were sound when we left," said Dorota Vell from the dock, her hands shaking.'
    assert said(text) == [("Dorota Vell", "The cables were sound when we left,")]


def test_a_clause_said_in_a_video_posted_online_is_the_content() -> None:
    text = "The militia said Sunday in a clip posted online that its fighters held the airport."
    assert said(text) == [("militia", "that its fighters held the airport")]


def test_a_second_clause_of_a_saying_in_a_video_goes_on_with_the_content() -> None:
    text = (
        "The Harlin Front said Sunday in a video posted online that its fighters controlled “every "
        "road into Tarsk” and had captured 12 soldiers."
    )
    [(_, content)] = said(text)
    assert content.endswith("had captured 12 soldiers")


def test_a_relative_clause_with_that_as_its_subject_is_no_reported_clause() -> None:
    text = (
        "The Morrow Gazette reported last week that she had claimed 9,000 crowns in housing allowance "
        "for a flat in Lenz owned by a company that belongs to her brother, and that the rent was high."
    )
    [(speaker, content)] = said(text)
    assert speaker == "Morrow Gazette"
    assert content.startswith("that she had claimed")


def test_gender_comes_from_the_persons_own_title_not_from_a_relative_clause() -> None:
    text = (
        "Councillor Brenn Ostrow said he had played no part in the tender.\n\n"
        "The firm's director, Tomas Hedlund, who is married to the councillor's sister, said the bid "
        "was the cheapest.\n\n"
        '"We have planted the town\'s verges for twenty years," he added.'
    )
    assert [s for s, _ in said(text)][-1] == "Tomas Hedlund"


def test_the_agent_of_a_passive_is_who_she_refers_to() -> None:
    text = (
        "The mayor of Dunmarrow has denied favouring his cousin's firm.\n\n"
        "The complaint was made at a council meeting on Tuesday by Councillor Ada Keswick.\n\n"
        '"The cousin\'s firm was the dearest bidder and still won," she told the meeting.'
    )
    assert [s for s, _ in said(text)][-1] == "Ada Keswick"


def test_a_lede_role_goes_to_the_person_who_opens_the_next_paragraph_with_a_background() -> None:
    text = (
        "Inspector tells jury he warned of rot\n\n"
        "A building inspector testified on Monday that he had warned the owners that the joists "
        "were rotting.\n\n"
        "Martin Fairley, who inspected the block for its insurer in May, told jurors he had sent his "
        "report by email."
    )
    assert [s for s, _ in said(text)][-2:] == ["Martin Fairley", "Martin Fairley"]


def test_a_role_later_in_the_story_is_not_a_lede() -> None:
    text = (
        "The port authority said on Monday that two cranes had failed.\n\n"
        "A diplomat at the embassy said the crews had been turned away.\n\n"
        "Martin Fairley, who heads the dockers' union, said the cranes were old."
    )
    assert [s for s, _ in said(text)][1] != "Martin Fairley"


def test_a_name_a_group_gives_itself_is_no_statement_and_names_the_speaker() -> None:
    text = (
        "Mobile operator Brackwell insisted on Tuesday that its systems had not been breached.\n\n"
        "The group, which calls itself Grey Lantern, posted a sample of records on a forum on Monday "
        "and said the full set would be sold by Friday."
    )
    assert said(text)[-1] == ("Grey Lantern", "the full set would be sold by Friday")
    assert not any("itself" in content for _, content in said(text))


def test_a_rejection_dated_with_on_says_what_its_participle_says() -> None:
    text = (
        "Ostrel Motors pushed back on Wednesday, saying that most of the cells had failed its own "
        "safety tests."
    )
    [statement] = extract(text).statements
    assert statement.content == "that most of the cells had failed its own safety tests"
    assert statement.is_denial


def test_citing_people_familiar_with_the_matter_is_no_statement_of_theirs() -> None:
    text = (
        "The Lenz Courier reported on Wednesday, citing two people familiar with the matter, that the "
        "board had discussed replacing its chairman."
    )
    assert said(text) == [("Lenz Courier", "that the board had discussed replacing its chairman")]


def test_the_report_goes_to_the_author_named_with_it_before() -> None:
    text = (
        "The ministry was answering a confidential report by the Varn Council's panel of experts. "
        "The report, first described last week by the broadcaster KTV, says that the freighter "
        "carried 48 drone engines."
    )
    assert said(text)[-1][0] == "Varn Council's panel of experts"
