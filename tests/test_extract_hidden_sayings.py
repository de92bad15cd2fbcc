"""Statement candidates, round 4: sayings the parser hides, and look-alikes that say nothing."""

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claims.extraction import extract
from claims.extraction.reported import content_heads, subject_of

pytestmark = pytest.mark.nlp


def statements(text: str):
    return extract(text).statements


def contents(text: str) -> list[str]:
    return [s.content for s in statements(text)]


def test_according_to_on_a_passive_speech_verb_reports_the_event() -> None:
    text = (
        "According to a spokeswoman for the Trevan consulate in Ostmark, the envoy was denied "
        "a visa at the border crossing on Monday."
    )
    (s,) = statements(text)
    assert s.cue == "According to"
    assert s.content.startswith("the envoy was denied a visa")


def test_did_not_confirm_or_deny_reports_nothing() -> None:
    text = "The harbour authority did not confirm or deny that it had fined the ferry operator."
    assert statements(text) == ()


def test_repeated_that_is_a_saying() -> None:
    text = "Mayor Ilse Brandt spoke to reporters and repeated that the depot would not close."
    (s,) = statements(text)
    assert s.cue == "repeated"
    assert s.content.endswith("the depot would not close")


def test_repeated_the_claim_has_no_content() -> None:
    assert statements("Councillor Odd Rask repeated the claim at a meeting in Selby.") == ()


def test_said_in_a_statement_posted_on_a_day_that() -> None:
    text = (
        "The Harrow Valley Front said in a statement posted late on Friday that its members had "
        "blocked the northern road near the town of Kell."
    )
    (s,) = statements(text)
    assert s.content.endswith("its members had blocked the northern road near the town of Kell")


def test_says_with_a_clause_read_as_its_object() -> None:
    text = (
        "The lawsuit says Halloran, who chairs the state water board, pressed county engineers in "
        "March to award the dredging contract to Vell Marine, whose owner is married to Halloran's niece."
    )
    (s,) = statements(text)
    assert s.content.startswith("Halloran, who chairs the state water board, pressed county engineers")


@pytest.mark.parametrize("thing", ["nothing", "a prayer", "goodbye"])
def test_said_a_noun_phrase_is_no_clause(thing: str) -> None:
    assert statements(f"The old ferryman Ansgar Holm said {thing} at the harbour wall in the rain.") == ()


def test_said_x_and_had_done_y_is_one_saying() -> None:
    text = (
        'The Medicines Board said it was "studying the report closely" and had asked Orlen for its '
        "trial data."
    )
    (s,) = statements(text)
    assert s.content.endswith("had asked Orlen for its trial data")


def test_participle_with_a_that_clause_after_a_comma_is_the_main_verb() -> None:
    text = (
        "The tribunal, convened by the league, announced on June 2 that four players, all from Dunmore, "
        'had taken money from a betting firm "on at least six occasions," and recommended that the '
        "league ban them."
    )
    found = statements(text)
    assert any(s.cue == "announced" and s.content.startswith("that four players") for s in found)


def test_parenthetical_cue_hung_on_an_auxiliary() -> None:
    text = "The ledger, Lena Oakes said, had been re-checked against the bank statements every week."
    (s,) = statements(text)
    assert s.fragments[-1] == (text.index("had been"), len(text) - 1)


def test_surname_read_as_an_adverb_is_the_speaker() -> None:
    text = '"I have never taken money from a developer," Hensly said.'
    found = [s for s in statements(text) if s.content.startswith("I have never")]
    assert found and found[0].speaker == "Hensly"
    assert found[0].cue == "said"


def test_called_the_account_untrue_with_no_object_in_the_parse() -> None:
    text = (
        "A health ministry spokeswoman, Ada Lind, called the nurses' account of the night shifts "
        '"entirely untrue" and said the wards were staffed.'
    )
    found = contents(text)
    assert 'the nurses\' account of the night shifts "entirely untrue"' in found


def test_called_a_strike_says_nothing() -> None:
    text = "The Dockers' Union, which called the three-day strike over pay, rejected the port's figures."
    assert [s.cue for s in statements(text)] == ["rejected"]


def test_called_the_object_with_its_complement_inside() -> None:
    text = 'The ministry called the accusation "absurd" and said the talks would go on.'
    assert 'the accusation "absurd"' in contents(text)


def test_a_clause_set_off_by_a_colon_is_the_writers_lead_in() -> None:
    text = (
        "Her tenure was not without trouble: in 2021 the league denied accreditation to three "
        "reporters who had written about its debts."
    )
    assert statements(text) == ()


def test_rejected_a_takeover_approach_is_a_decision() -> None:
    text = "Brewer Falk & Sons yesterday rejected a takeover approach from the investment firm Dunmore."
    assert statements(text) == ()


def test_a_subordinate_clause_is_no_parenthetical_cue() -> None:
    text = (
        "Vitamin sprays do not have to pass the safety tests required of drugs before they are sold, "
        "although sellers must report serious reactions they hear about."
    )
    assert statements(text) == ()


def test_what_the_speaker_would_not_say_is_no_part_of_the_content() -> None:
    text = (
        "The Audit Office confirmed on Monday that it had received the letter but, as is its custom, "
        "would not say whether it had opened a case."
    )
    (s,) = statements(text)
    assert s.content == "that it had received the letter"


def test_a_closing_speech_participle_belongs_to_the_main_cue() -> None:
    text = (
        "Fire Chief Ada Moss on Monday disputed residents' claims that crews took 50 minutes to reach "
        "a burning barn on June 3, saying radio logs show the first engine arrived 12 minutes after "
        "the first call."
    )
    found = extract(text, dt.date(2026, 3, 6)).statements
    assert [s.content for s in found] == [
        "residents' claims that crews took 50 minutes to reach a burning barn on June 3",
        "radio logs show the first engine arrived 12 minutes after the first call",
    ]
    assert {s.speaker for s in found} == {"Ada Moss"}
    assert {s.said_on for s in found} == {dt.date(2026, 3, 2)}


def test_citing_a_source_is_no_saying() -> None:
    text = (
        "The state agency reported on Friday that the two men had paid a clerk for the files, "
        "citing the Interior Security Office."
    )
    (s,) = statements(text)
    assert s.content == "that the two men had paid a clerk for the files"


def test_citing_a_reason_is_a_saying() -> None:
    (s,) = statements("Mayor Hal Breck withdrew the plan, citing soaring costs.")
    assert s.content == "soaring costs"


def test_a_date_hung_on_the_subject_dates_the_cue() -> None:
    text = (
        "Orrin Mining's chief executive on Wednesday rejected a short seller's claim that the firm had lied."
    )
    (s,) = extract(text, dt.date(2026, 3, 6)).statements
    assert s.said_on == dt.date(2026, 3, 4)


def test_a_claimants_name_between_commas_stays_in_the_rejected_claim() -> None:
    text = (
        "Vask on Tuesday also dismissed a suggestion by a Norran senator, Ilse Marek, that the "
        'trucks had carried rifles, calling it "a story for children."'
    )
    found = statements(text)
    assert found[0].content.endswith("Ilse Marek, that the trucks had carried rifles")
    assert found[1].content == 'it "a story for children."'
    assert {s.speaker for s in found} == {"Vask"}


def test_a_verbless_phrase_after_according_to_is_the_writers() -> None:
    text = (
        "Bread prices rose 3.2% in the year to May, according to the national statistics office, "
        "down from a peak of 9% a year earlier."
    )
    (s,) = statements(text)
    assert s.content == "Bread prices rose 3.2% in the year to May"


def test_a_clause_split_by_according_to_keeps_both_parts() -> None:
    (s,) = statements("The new bridge, according to the council, will open in June.")
    assert s.fragments == ((0, 14), (42, 59))


def test_said_x_and_expected_y_is_one_saying() -> None:
    text = 'Harl Shipping said it was "watching the talks closely" and expected a deal by the summer.'
    (s,) = statements(text)
    assert s.content.endswith("expected a deal by the summer")


def test_said_in_a_statement_that_a_and_that_b() -> None:
    text = (
        "The Nurses' Union said in a statement that the staff had been \"coping with a fast and chaotic "
        'night" and that "a few minutes of video" could not tell the full story.'
    )
    (s,) = statements(text)
    assert s.content.endswith("could not tell the full story")


def test_a_name_opening_the_sentence_read_as_a_clause_is_the_subject() -> None:
    words = ["Orsic", ",", "reached", "by", "telephone", ",", "said", "he", "had", "left", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[6, 0, 0, 2, 3, 6, 6, 9, 9, 6, 6],
        deps=["advcl", "punct", "acl", "agent", "pobj", "punct", "ROOT", "nsubj", "aux", "ccomp", "punct"],
        pos=["PROPN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
        tags=["NNP", ",", "VBN", "IN", "NN", ",", "VBD", "PRP", "VBD", "VBN", "."],
        ents=["B-PERSON"] + ["O"] * 10,
    )
    assert subject_of(doc[6]).text == "Orsic"


def test_a_subject_read_as_a_participles_subject() -> None:
    text = "Halvard Moen, reached at his office, said the pumps had failed."
    (s,) = statements(text)
    assert s.speaker == "Halvard Moen"
    assert s.content == "the pumps had failed"


def test_a_participle_describing_the_subject_is_no_content() -> None:
    text = (
        "The board's final report, published the same day, says flight logs for the aircraft showed "
        '"a habit of delays" over nine months and that mechanics had flagged the fault twice.'
    )
    (s,) = statements(text)
    assert s.content.startswith("flight logs for the aircraft showed")


def test_a_commissions_finding_in_a_ruling_is_a_statement() -> None:
    text = (
        "The claims were set out in a ruling published on March 3 by the Fair Trade Commission, "
        "which found that Harl had sold steel below cost."
    )
    (s,) = extract(text, dt.date(2026, 3, 6)).statements
    assert s.content.endswith("Harl had sold steel below cost")
    assert s.said_on == dt.date(2026, 3, 3)


def test_what_a_study_found_is_no_statement() -> None:
    assert statements("The study, published on Monday, found that the lakes had warmed.") == ()


def test_a_saying_in_a_dated_filing_takes_its_day() -> None:
    text = (
        "Harl Power first disclosed the inquiry in a filing on March 2, in which it said it was "
        '"cooperating fully" with the regulator.'
    )
    found = extract(text, dt.date(2026, 3, 6)).statements
    said = [s for s in found if s.cue == "said"]
    assert said and said[0].said_on == dt.date(2026, 3, 2)


def test_reached_by_phone_on_a_day_dates_the_saying() -> None:
    text = "Reached by phone on Wednesday evening, Ilse Brennan said the chief was wrong."
    (s,) = extract(text, dt.date(2026, 3, 6)).statements
    assert s.said_on == dt.date(2026, 3, 4)


def test_a_clause_after_said_read_as_a_side_remark() -> None:
    text = (
        "The 40-page report, published last Wednesday by Prison Watch, said at least 30 men held at "
        "Varn jail, north of the capital, had described being beaten during roll calls and that "
        "several had been kept in cold cells."
    )
    (s,) = extract(text, dt.date(2026, 3, 6)).statements
    assert s.content.endswith("several had been kept in cold cells")
    assert s.said_on == dt.date(2026, 3, 4)


def test_reminded_that_read_as_a_relative_clause() -> None:
    text = (
        "The Aviation Board reminded the airline that passengers whose flights are cancelled less than "
        "two weeks before departure are entitled to compensation on top of a refund."
    )
    (s,) = statements(text)
    assert s.content.startswith("that passengers whose flights are cancelled")
    assert s.content.endswith("on top of a refund")


def test_accused_the_object_then_the_name_with_the_of_phrase() -> None:
    words = ["Brenn", "accused", "his", "rival", ",", "Mira", "Kest", ",", "of", "lying", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 1, 3, 1, 1, 6, 1, 6, 6, 8, 1],
        deps=[
            "nsubj",
            "ROOT",
            "poss",
            "dobj",
            "punct",
            "compound",
            "npadvmod",
            "punct",
            "prep",
            "pcomp",
            "punct",
        ],
        pos=["PROPN", "VERB", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "ADP", "VERB", "PUNCT"],
        lemmas=["Brenn", "accuse", "his", "rival", ",", "Mira", "Kest", ",", "of", "lie", "."],
    )
    assert [h.text for h in content_heads(doc[1])] == ["rival", "Kest"]


def test_a_reported_figure_is_a_statement() -> None:
    (s,) = statements("Dunmore Foods reported a pre-tax loss of 12 million for the six months to June.")
    assert s.content == "a pre-tax loss of 12 million for the six months to June"


@pytest.mark.parametrize(
    "text",
    [
        "The two clerks reported the approaches themselves and were suspended.",
        "Sellers of the pills must report 12 kinds of side effects to the board.",
    ],
)
def test_reporting_an_act_or_a_duty_is_no_statement(text: str) -> None:
    assert statements(text) == ()


def test_a_saying_in_a_filing_dated_by_the_parse_on_its_date() -> None:
    text = (
        "Calder Energy first disclosed the inquiry in a stock exchange filing on March 4, in which the "
        'company said it was "cooperating fully" with the regulator.'
    )
    found = extract(text, dt.date(2026, 3, 6)).statements
    said = [s for s in found if s.cue == "said"]
    assert said and said[0].said_on == dt.date(2026, 3, 4)


def test_a_report_in_a_named_outlet_that_is_the_outlets_statement() -> None:
    text = (
        "The bank's statement followed a report in the Sunday Courier on Monday that a fund had bought "
        "the bonds an hour before the announcement."
    )
    found = extract(text, dt.date(2026, 3, 6)).statements
    report = [s for s in found if s.cue == "report"]
    assert report and report[0].speaker == "Sunday Courier"
    assert report[0].content.endswith("a fund had bought the bonds an hour before the announcement")
    assert report[0].said_on == dt.date(2026, 3, 2)


def test_a_report_in_an_outlet_that_someone_denies_is_the_deniers_words() -> None:
    text = "The ministry dismissed a report in the Sunday Courier that its minister had resigned."
    assert [s.cue for s in statements(text)] == ["dismissed"]


def test_disclosed_a_noun_phrase_is_no_statement() -> None:
    text = "Castor Freight, which disclosed the approach on Monday, said its offer was fair."
    assert [s.cue for s in statements(text)] == ["said"]


def test_warnings_from_people_that_is_their_statement() -> None:
    text = (
        "The depot plan was approved yesterday, despite warnings from two councillors that the "
        "new road would be too narrow for buses."
    )
    (s,) = statements(text)
    assert s.speaker == "councillors"
    assert s.content.endswith("the new road would be too narrow for buses")


def test_a_saying_in_a_closing_after_clause_is_someone_elses() -> None:
    text = (
        "The Rowing Federation said on Friday it had opened an inquiry into the Kestrel club after "
        "a newspaper reported that rowers had been paid in cash at a private gym."
    )
    found = statements(text)
    assert [s.content for s in found] == [
        "it had opened an inquiry into the Kestrel club",
        "that rowers had been paid in cash at a private gym",
    ]
    assert found[1].speaker == "newspaper"


def test_gave_an_assurance_that_is_a_saying() -> None:
    text = (
        'In a call on Friday with the Ossian premier, Minister Ivo Darrel gave an assurance that "every '
        "signed contract will be honoured,\" according to a readout released by the premier's office."
    )
    found = extract(text, dt.date(2026, 3, 6)).statements
    assert [s.content for s in found] == ['that "every signed contract will be honoured,"']
    assert found[0].speaker == "Ivo Darrel"
    assert found[0].said_on == dt.date(2026, 3, 6)


def test_gave_a_promise_without_a_clause_is_no_saying() -> None:
    assert statements("The mayor gave a promise to the residents at the meeting in Selby.") == ()


def test_according_to_on_add_with_an_object_is_no_relay() -> None:
    text = "According to the operator, a 5 percent rise would add 90 million crowns a year to its wage bill."
    (s,) = statements(text)
    assert s.cue == "According to"
    assert s.content == "a 5 percent rise would add 90 million crowns a year to its wage bill"


def test_write_that_with_the_that_hung_on_an_auxiliary() -> None:
    text = (
        "In the paper, published in the Journal of Northern Archaeology, the authors write that the "
        "causeway was “almost certainly” built by a fishing community living on the shore to the north, "
        "which would have needed a dry route to the islands."
    )
    (s,) = statements(text)
    assert s.cue == "write"
    assert s.content.startswith("that the causeway was “almost certainly” built by a fishing community")


def test_a_participle_hung_on_a_subordinate_clause_about_a_thing_is_the_main_subjects() -> None:
    # "... until the window closes, saying ...": the window does not speak, the trust does
    words = [
        "The",
        "trust",
        "refused",
        "to",
        "publish",
        "it",
        "until",
        "the",
        "window",
        "closes",
        ",",
        "saying",
        "it",
        "would",
        "be",
        "unfair",
        ".",
    ]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 2, 2, 4, 2, 4, 9, 8, 9, 2, 9, 9, 14, 14, 11, 14, 2],
        deps=[
            *("det", "nsubj", "ROOT", "aux", "xcomp", "dobj", "mark", "det", "nsubj", "advcl", "punct"),
            *("advcl", "nsubj", "aux", "ccomp", "acomp", "punct"),
        ],
        pos=[
            *("DET", "NOUN", "VERB", "PART", "VERB", "PRON", "SCONJ", "DET", "NOUN", "VERB", "PUNCT"),
            *("VERB", "PRON", "AUX", "AUX", "ADJ", "PUNCT"),
        ],
        tags=[
            *("DT", "NN", "VBD", "TO", "VB", "PRP", "IN", "DT", "NN", "VBZ", ","),
            *("VBG", "PRP", "MD", "VB", "JJ", "."),
        ],
        lemmas=[
            *("the", "trust", "refuse", "to", "publish", "it", "until", "the", "window", "close", ","),
            *("say", "it", "would", "be", "unfair", "."),
        ],
    )
    assert subject_of(doc[11]).text == "trust"
