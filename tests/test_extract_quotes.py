"""Direct quotations: marks, speakers before/after/inside, continuations, scare quotes."""

import pytest

from claims.extraction import extract
from claims.extraction.quotes import find_quotes


def statements(text: str):
    return extract(text).statements


def only(text: str):
    found = statements(text)
    assert len(found) == 1, [s.content for s in found]
    return found[0]


def test_straight_quote_marks_pair_by_context() -> None:
    text = 'She said "we will rebuild" and left.'
    (quote,) = find_quotes(text)
    assert text[quote.inner_start : quote.inner_end] == "we will rebuild"


def test_curly_quote_marks() -> None:
    text = "“The bridge is safe,” he said."
    (quote,) = find_quotes(text)
    assert text[quote.inner_start : quote.inner_end] == "The bridge is safe,"
    assert quote.closed


def test_nested_single_quotes_stay_inside_the_quotation() -> None:
    text = "“They called it a ‘temporary’ fix,” she said."
    (quote,) = find_quotes(text)
    assert text[quote.inner_start : quote.inner_end] == "They called it a ‘temporary’ fix,"


def test_unclosed_quotation_stops_at_paragraph_end_and_next_paragraph_continues_it() -> None:
    text = "“We did everything we could.\n\n“Nobody expected the flood,” she said."
    first, second = find_quotes(text)
    assert not first.closed
    assert second.continues


def test_apostrophes_are_not_quotation_marks() -> None:
    assert find_quotes("The mayor’s office said it won’t comment on the council's plan.") == []


def test_single_quotes_delimit_quotations_in_a_text_without_double_quotes() -> None:
    text = "'We are ready for the season,' the coach said."
    (quote,) = find_quotes(text)
    assert text[quote.inner_start : quote.inner_end] == "We are ready for the season,"


@pytest.mark.nlp
def test_speaker_after_the_quotation() -> None:
    s = only('"The harbour will reopen next month," Mayor Elena Varga said.')
    assert s.speaker == "Elena Varga"
    assert s.type == "direct"
    assert s.content == "The harbour will reopen next month,"
    assert s.cue == "said"


@pytest.mark.nlp
def test_inverted_cue_after_the_quotation() -> None:
    s = only('"The vote was fair," said Tomas Reyes, the election commissioner.')
    assert s.speaker == "Tomas Reyes"
    assert s.content == "The vote was fair,"


@pytest.mark.nlp
def test_speaker_before_the_quotation_with_a_colon() -> None:
    s = only('Marta Okafor told the council: "We cannot afford another delay."')
    assert s.speaker == "Marta Okafor"
    assert s.type == "direct"
    assert s.content == "We cannot afford another delay."


@pytest.mark.nlp
def test_speaker_inside_a_split_quotation_gives_fragments() -> None:
    text = '"We expected rain," said Ines Calder, "but not a storm of this size."'
    s = only(text)
    assert s.speaker == "Ines Calder"
    assert len(s.fragments) == 2
    assert [text[a:b] for a, b in s.fragments] == ["We expected rain,", "but not a storm of this size."]
    assert s.content == text[s.start : s.end]


@pytest.mark.nlp
def test_quotation_of_several_sentences() -> None:
    s = only('"The pumps failed at noon. The backup failed an hour later," the engineer Paul Dekker said.')
    assert s.speaker == "Paul Dekker"
    assert s.content.startswith("The pumps failed at noon.")
    assert s.content.endswith("an hour later,")


@pytest.mark.nlp
def test_next_sentence_quotation_continues_the_same_statement() -> None:
    text = '"Ticket sales doubled," said Anika Berg, the festival director. "We had to add a third stage."'
    s = only(text)
    assert s.speaker == "Anika Berg"
    assert s.content.endswith("We had to add a third stage.")


@pytest.mark.nlp
def test_paragraph_of_quotation_without_cue_continues_the_previous_speaker() -> None:
    text = (
        '"The reservoir is at its lowest level in decades," said Jonas Feld, the water board chairman.\n\n'
        '"Every household will have to cut its use by a fifth."'
    )
    first, second = statements(text)
    assert second.speaker == first.speaker == "Jonas Feld"
    assert second.content == "Every household will have to cut its use by a fifth."
    assert second.cue is None


@pytest.mark.nlp
def test_quotation_over_two_paragraphs_with_the_cue_in_the_second() -> None:
    text = (
        "“The first paragraph of the speech covered the budget.\n\n"
        "“The second one covered the schools,” said Councillor Dana Whitlow."
    )
    found = statements(text)
    assert [s.speaker for s in found] == ["Dana Whitlow", "Dana Whitlow"]


@pytest.mark.nlp
def test_quotation_inside_a_quotation_belongs_to_the_outer_speaker() -> None:
    text = "\"My neighbours told me, 'You should leave tonight,' and I did,\" said Rosa Imbert."
    s = only(text)
    assert s.speaker == "Rosa Imbert"
    assert "You should leave tonight" in s.content


@pytest.mark.nlp
def test_speech_verb_inside_a_quotation_is_not_a_separate_statement() -> None:
    text = '"The inspectors said the wiring was fine, so we opened," the owner, Karl Vance, said.'
    s = only(text)
    assert s.speaker == "Karl Vance"


@pytest.mark.nlp
def test_scare_quotes_are_not_statements() -> None:
    assert statements('The so-called "reform" package passed the assembly on Friday.') == ()


@pytest.mark.nlp
def test_titles_in_quotes_are_not_statements() -> None:
    assert statements('The orchestra will perform "Winter Lights" at the new hall in May.') == ()


@pytest.mark.nlp
def test_nicknames_in_quotes_are_not_statements() -> None:
    assert statements('Felix "The Hammer" Grünberg won the regional title again.') == ()


@pytest.mark.nlp
def test_quotation_marks_do_not_pair_across_paragraphs() -> None:
    text = 'Minister calls port plan "reckless"\n\nThe minister said the plan was rushed.'
    (s,) = statements(text)[-1:]
    assert s.content == "the plan was rushed"
    assert s.type == "indirect"


@pytest.mark.nlp
def test_colon_at_the_end_of_a_paragraph_introduces_the_next_one() -> None:
    text = 'The union leader, Mona Falk, added:\n\n"We will not give up our pensions."'
    s = only(text)
    assert s.speaker == "Mona Falk"
    assert s.content == "We will not give up our pensions."


def test_went_on_introduces_a_quotation() -> None:
    text = (
        "Farm leader Lorcan Ferenc said the deal was dead.\n\n"
        'He went on: "If the minister wants our votes, she knows where to find me."'
    )
    statements = extract(text).statements
    assert statements[-1].speaker == "Lorcan Ferenc"
    assert statements[-1].content == "If the minister wants our votes, she knows where to find me."


@pytest.mark.nlp
def test_a_quotation_going_on_in_lower_case_after_the_object_completes_a_reported_clause() -> None:
    (s,) = extract("The mayor has insisted the town's old pier “is not for sale”.").statements
    assert s.content == "the town's old pier “is not for sale”"
    assert s.type == "mixed"


@pytest.mark.nlp
def test_a_quotation_whose_speaker_the_next_sentence_names() -> None:
    text = (
        "Councillor Bryn Ashby opened the debate.\n\n"
        '"The bridge is older than the town hall." That is the view of Professor Elin Carrow, '
        "an engineer who surveyed it."
    )
    *_, s = extract(text).statements
    assert s.content == "The bridge is older than the town hall."
    assert s.speaker == "Elin Carrow"


@pytest.mark.nlp
def test_a_quotation_whose_speaker_a_following_that_warning_came_from_sentence_names() -> None:
    text = (
        "Councillor Bryn Ashby opened the debate.\n\n"
        '"The bridge will not last another winter." That warning came from Elin Carrow, '
        "who surveyed it for the council."
    )
    *_, s = extract(text).statements
    assert s.speaker == "Elin Carrow"


@pytest.mark.nlp
def test_a_quotation_after_a_short_tail_of_the_cues_sentence_continues_it() -> None:
    text = (
        "“There is no plan to sell the port,” Talvik said in the address, recorded at his desk. "
        "“I have read what was printed this week. It is simply not true.”"
    )
    (s,) = extract(text).statements
    assert s.speaker == "Talvik" and s.content.endswith("It is simply not true.")


def test_so_says_opening_the_next_paragraph_takes_the_quotation_before_it() -> None:
    text = (
        "“Every feather is right: the grey crown, the pale wing bar. We did not want it to be the Holm "
        "warbler.”\n\nSo says Petra Lund, the ecologist who led the survey at the Delver Institute."
    )
    found = extract(text).statements
    assert [(s.speaker, s.type) for s in found] == [("Petra Lund", "direct")]
    assert found[0].content.startswith("Every feather is right")


@pytest.mark.nlp
def test_a_sentence_the_parser_ran_into_the_cues_clause_stays_out_of_the_quotation() -> None:
    # "a B." reads as an initial, so the parser joins the sentence to the quotation's cue
    text = (
        "Aled Brisco, who runs the tutoring centre, said the results were unfair.\n\n"
        "Tomas Vell, 17, needed an A to study medicine and was given a B. "
        "“My tutor marked my mock with the old key by mistake in May,” he said, "
        "“and I got the same mark again.”"
    )
    quote = statements(text)[-1]
    assert [text[a:b] for a, b in quote.fragments] == [
        "My tutor marked my mock with the old key by mistake in May,",
        "and I got the same mark again.",
    ]
    assert quote.speaker == "Tomas Vell"


@pytest.mark.nlp
def test_a_quotation_opening_a_paragraph_whose_next_sentence_names_a_person_is_theirs() -> None:
    text = (
        "The auditor, Nia Forsell, would not say whether she had opened an inquiry. Her office said it "
        "had received complaints about the contract.\n\n"
        '"She has my complete trust." Premier Tobias Renke was asked about Forsell at a press '
        "conference on Friday and gave the same reply.\n"
    )
    quote = statements(text)[-1]
    assert (quote.content, quote.speaker) == ("She has my complete trust.", "Tobias Renke")


@pytest.mark.nlp
def test_a_quotation_paragraph_keeps_its_speaker_when_the_next_sentence_is_another_saying() -> None:
    text = (
        '"The ruling ignores the evidence," said Tomas Reyes, the defence lawyer.\n\n'
        '"We will appeal." Judge Anna Berg said she would hear the motion next week.\n'
    )
    assert [s.speaker for s in statements(text)] == ["Tomas Reyes", "Tomas Reyes", "Anna Berg"]


@pytest.mark.nlp
def test_a_quotation_opening_a_sentence_the_parser_missed_starts_what_was_said() -> None:
    text = (
        "Mary Brisk, 17, applied to read law at Velmar and was given a C. "
        "\u201cI checked every answer twice,\u201d Brisk said."
    )
    s = only(text)
    assert (s.type, s.content) == ("direct", "I checked every answer twice,")


@pytest.mark.nlp
def test_she_after_a_quotation_the_parser_ran_into_the_writers_sentence_is_its_subject() -> None:
    s = only('Ines Lund wanted an A and was given a C. "I was robbed," she said.')
    assert (s.speaker, s.content) == ("Ines Lund", "I was robbed,")


RETORTS = [
    '"I have never cut a single nurse, and she knows it," Mr Dorr shot back, to cheers from the gallery.',
    '"I have never cut a single nurse," Mr Dorr hit back.',
    '"I have never cut a single nurse," Mr Dorr fired back.',
    'Mr Dorr snapped back: "I have never cut a single nurse."',
]


@pytest.mark.nlp
@pytest.mark.parametrize("sentence", RETORTS)
def test_a_retort_with_back_is_the_cue_of_its_quotation(sentence: str) -> None:
    """'"...," Dorr shot back': the answer is Dorr's, not the previous speaker's."""
    text = f"Ms Vale said the budget was a disgrace.\n\n{sentence}"
    assert [s.speaker for s in extract(text).statements] == ["Vale", "Dorr"]


@pytest.mark.nlp
def test_firing_back_at_someone_is_no_saying() -> None:
    text = "The rebels fired back at the convoy.\n\nThe army said two soldiers were hurt."
    assert [s.speaker for s in extract(text).statements] == ["army"]
