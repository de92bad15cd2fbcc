"""Reported speech: speech verbs with their clauses, mixed quotes, parenthetical cues."""

import datetime as dt

import pytest

from claims.extraction import extract

pytestmark = pytest.mark.nlp


def statements(text: str):
    return extract(text).statements


def only(text: str):
    found = statements(text)
    assert len(found) == 1, [(s.speaker, s.content) for s in found]
    return found[0]


def test_said_that_clause() -> None:
    s = only("Harbour master Ola Lindqvist said that the ferry would resume service on Friday.")
    assert s.speaker == "Ola Lindqvist"
    assert s.type == "indirect"
    assert s.content == "that the ferry would resume service on Friday"
    assert s.cue == "said"


def test_said_without_that() -> None:
    s = only("The regional council said the new bus lanes had cut travel times.")
    assert s.content == "the new bus lanes had cut travel times"


def test_told_reporters_keeps_the_addressee_out_of_the_content() -> None:
    s = only("Police chief Amara Nwosu told reporters the suspect had left the city.")
    assert s.speaker == "Amara Nwosu"
    assert s.cue == "told"
    assert s.content == "the suspect had left the city"


@pytest.mark.parametrize("verb", ["warned", "insisted", "claimed", "alleged", "argued", "wrote", "testified"])
def test_speech_verbs_with_a_clause(verb: str) -> None:
    s = only(f"The auditor, Petra Novak, {verb} that the accounts had been altered.")
    assert s.speaker == "Petra Novak"
    assert s.cue == verb
    assert s.content == "that the accounts had been altered"


def test_auxiliaries_and_adverbs_before_the_verb_belong_to_the_cue() -> None:
    s = only("The union has repeatedly said that the plant is unsafe.")
    assert s.cue == "has repeatedly said"


def test_cue_after_the_clause() -> None:
    s = only("The storm will reach the coast by Sunday, forecasters said.")
    assert s.speaker == "forecasters"
    assert s.content == "The storm will reach the coast by Sunday"


def test_parenthetical_cue_splits_the_content() -> None:
    text = "The new terminal, the airport's director said, will open in the spring."
    s = only(text)
    assert [text[a:b] for a, b in s.fragments] == ["The new terminal", "will open in the spring"]


def test_accused_x_of() -> None:
    s = only("The opposition leader, Ruth Ambler, accused the minister of hiding the report.")
    assert s.speaker == "Ruth Ambler"
    assert s.cue == "accused"
    assert s.content == "the minister of hiding the report"


def test_called_x_quote() -> None:
    s = only('Councillor Hana Sato called the decision "a betrayal of the voters."')
    assert s.speaker == "Hana Sato"
    assert s.content.startswith("the decision")
    assert s.type == "mixed"


def test_mixed_quote_inside_reported_speech() -> None:
    s = only('The coach, Leon Marsh, said the team had played "without any fear at all" in the final.')
    assert s.type == "mixed"
    assert "without any fear at all" in s.content


def test_saying_takes_the_subject_of_the_main_verb() -> None:
    found = statements(
        "The tenants' association sent a letter to the landlord, saying the heating had failed."
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("tenants' association", "the heating had failed"),
    ]


def test_negated_speech_verb_is_no_statement() -> None:
    assert statements("The club did not say when the stadium would reopen.") == ()


def test_declined_to_say_is_no_statement() -> None:
    assert statements("The bank declined to say how many branches would close.") == ()


def test_narrative_clause_without_speech_verb_is_no_statement() -> None:
    assert statements("The council approved the budget after a long debate on Tuesday.") == ()


def test_trailing_background_relative_clause_is_left_out() -> None:
    s = only("The mayor said the repairs would take a year, which is longer than the council had planned.")
    assert s.content == "the repairs would take a year"


def test_speech_aside_on_a_noun_of_the_reported_clause_is_a_statement_of_its_own() -> None:
    found = statements(
        "Irena Kowal said the delays came from the storm, which she said was the worst in years."
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("Irena Kowal", "the delays came from the storm"),
        ("Irena Kowal", "was the worst in years"),
    ]


def test_speech_aside_on_a_noun_of_an_adverbial_clause_goes_with_the_words() -> None:
    found = statements(
        "Ansel Dorn said the mills were closing as they face rising fuel costs, which he said is "
        "also why bread prices went up."
    )
    assert len(found) == 1
    assert found[0].speaker == "Ansel Dorn"


def test_subject_nearest_the_verb_when_the_parser_finds_several() -> None:
    s = only("Under questioning, the defence lawyer, Ines Morrow, suggested that the witness had been paid.")
    assert s.speaker == "Ines Morrow"


def test_two_that_clauses_of_one_verb_are_one_statement() -> None:
    s = only("The coach said that the pitch had been poor and that his players had been tired.")
    assert s.content == "that the pitch had been poor and that his players had been tired"


def test_that_clause_after_a_filing_belongs_to_the_verb() -> None:
    text = "Tenants alleged in a complaint filed with the housing court on Monday that the boiler had failed."
    s = only(text)
    assert s.speaker == "Tenants"
    assert s.content.endswith("the boiler had failed")


def test_blamed_x_for_y() -> None:
    s = only("The airline blamed the storm for the cancellations.")
    assert s.cue == "blamed"
    assert s.content == "the storm for the cancellations"


def test_citing_gives_the_reasons() -> None:
    found = extract("The club withdrew from the league, its chairman said, citing unpaid debts.").statements
    assert any(s.cue == "citing" and s.content == "unpaid debts" for s in found)


def test_clause_before_a_trailing_cue_however_it_is_parsed() -> None:
    text = (
        "The town's first attempt to build a tidal barrier with local steel ended in failure on Monday "
        "when the gates jammed, the harbour authority said."
    )
    s = only(text)
    assert s.content.startswith("The town's first attempt")
    assert s.content.endswith("when the gates jammed")


def test_conjoined_accusation_keeps_the_subject_of_the_first_verb() -> None:
    text = (
        "Nurse leader Ada Quist said the letter was unfair. She insisted that wards would stay open, "
        "and accused the board of wasting money on agency staff."
    )
    accusation = next(s for s in extract(text).statements if s.cue == "accused")
    assert accusation.speaker == "Ada Quist"


def test_second_speech_act_is_its_own_statement() -> None:
    text = (
        "The transport ministry said it had offered the city generous loans, and accused the mayor of "
        '"playing games" with commuters.'
    )
    found = extract(text).statements
    assert [s.cue for s in found] == ["said", "accused"]
    assert found[0].content == "it had offered the city generous loans"


def test_dateline_is_not_the_speaker() -> None:
    s = only("PORTVALE, June 3 (Coastline Wire) — Fishermen on Tuesday said the new quotas were unfair.")
    assert s.speaker == "Fishermen"


def test_clause_continued_after_a_parenthetical_cue() -> None:
    text = (
        "The middle fifth paid 8.9 percent, the agency said in a June report, "
        "and the bottom fifth paid 0.8 percent."
    )
    s = only(text)
    assert [text[a:b] for a, b in s.fragments] == [
        "The middle fifth paid 8.9 percent",
        "the bottom fifth paid 0.8 percent",
    ]


def test_what_a_study_found_is_a_finding_not_a_statement() -> None:
    assert statements("A study by the Lake Institute found that the water had warmed by two degrees.") == ()


def test_what_a_study_warns_is_a_statement() -> None:
    s = only("A study by the Lake Institute warns that the char could vanish from forty lakes.")
    assert s.speaker == "Lake Institute"
    assert s.content.endswith("the char could vanish from forty lakes")


def test_found_of_a_person_is_no_statement() -> None:
    assert statements("The fisherman found that the nets had been cut.") == ()


def test_quoted_as_saying() -> None:
    s = only("The minister, Lars Vik, was quoted as saying the border would stay open.")
    assert s.speaker == "Lars Vik"
    assert s.content == "the border would stay open"


def test_comma_participle_the_parser_hung_on_a_noun_takes_the_clause_subject() -> None:
    text = (
        "The regulator on Monday fined the ferry operator two million crowns for late sailings, "
        'accusing the company of "treating passengers with contempt."'
    )
    s = only(text)
    assert s.cue == "accusing"
    assert s.speaker == "regulator"


def test_figures_published_by_someone_are_theirs() -> None:
    s = only("One sailing in four was late, according to figures published by the Harbour Board.")
    assert s.speaker == "Harbour Board"


def test_clause_then_comma_then_a_cue_read_as_a_coordination() -> None:
    text = (
        "The anti-corruption office has opened an inquiry, the prosecutor's spokesman, Leif Moe, "
        "told the Nordic Times on Friday."
    )
    s = only(text)
    assert s.speaker == "Leif Moe"
    assert s.content == "The anti-corruption office has opened an inquiry"


def test_told_reporters_somewhere_that() -> None:
    s = only('The minister told reporters in the regional capital that he expected "clear answers."')
    assert s.type == "mixed"
    assert s.content == 'that he expected "clear answers."'


def test_participle_the_parser_made_the_main_verb() -> None:
    text = "The line was shut again. Passengers interviewed at the station on Thursday said they were angry."
    s = only(text)
    assert s.speaker == "Passengers"
    assert s.content == "they were angry"


def test_passive_participle_describing_a_noun_is_no_cue() -> None:
    found = statements("The figures announced by the ministry in April showed that exports had fallen.")
    assert [s.cue for s in found] == []


def test_subject_the_parser_found_inside_the_quotation_is_replaced() -> None:
    text = '"At no point did we see the data or the analysis," its director, Wendell Amaro, said.'
    s = only(text)
    assert s.speaker == "Wendell Amaro"


def test_someone_else_s_that_clause_in_a_phrase_is_not_taken() -> None:
    text = (
        "Larchfield Homes was responding to the Meadow group, which told the inquiry last Thursday "
        "that the company had left out eight years of readings."
    )
    found = statements(text)
    assert [s.cue for s in found if s.content.endswith("readings")] == ["told"]


def test_reporter_gloss_after_a_dash_ends_the_content() -> None:
    s = only(
        "The fisheries minister said the quota cut would hurt the northern fleet — which has lost "
        "a third of its boats since 2015 — more than any other."
    )
    assert s.content == "the quota cut would hurt the northern fleet"


def test_reporter_gloss_in_brackets_ends_the_content() -> None:
    s = only("Union leader Priit Sander said the strike would close the port (which handles most exports).")
    assert s.content == "the strike would close the port"


def test_apposition_between_dashes_is_cut_out_of_the_content() -> None:
    s = only("The coastguard said the trawler — a steel vessel built in 1988 — had sunk within minutes.")
    assert s.fragments == (
        (s.start, s.start + len("the trawler")),
        (s.end - len("had sunk within minutes"), s.end),
    )


def test_dash_inside_quoted_words_is_the_speaker_own() -> None:
    s = only('The inspector said the bridge was "safe — which is all that matters to us."')
    assert s.content == 'the bridge was "safe — which is all that matters to us."'


def test_subject_of_a_passive_speech_verb_is_not_its_speaker() -> None:
    assert statements("Fishermen were told that the harbour would stay closed until spring.") == ()


def test_cue_the_parser_read_as_a_modifier_of_the_subject() -> None:
    s = only("The dam operator, Norda Power, denied on Tuesday that the dam had leaked.")
    assert s.speaker == "Norda Power"
    assert s.speaker_text == "The dam operator, Norda Power"


def test_a_concurrent_act_set_beside_the_words_by_the_reporter() -> None:
    found = statements(
        "The Orrin Brewery said its profit had fallen by a fifth, as its chief executive, Mia Roos, "
        'dismissed reports of a takeover as "gossip."'
    )
    assert [(s.speaker, s.content) for s in found] == [
        ("Orrin Brewery", "its profit had fallen by a fifth"),
        ("Mia Roos", 'reports of a takeover as "gossip."'),
    ]


def test_said_only_that() -> None:
    s = only(
        "In a notice to customers, the Orbel phone company had said only that it was investigating a fault."
    )
    assert s.content.endswith("it was investigating a fault")


def test_clause_before_a_trailing_cue_the_parser_read_as_its_modifier() -> None:
    s = only(
        "The former harbour master took cash from a dredging firm, prosecutors alleged on Monday as "
        "the trial opened."
    )
    assert s.speaker == "prosecutors"
    assert s.content == "The former harbour master took cash from a dredging firm"


def test_quoted_someone_as_saying_names_the_speaker_and_the_conduit() -> None:
    result = extract("State radio quoted Interior Minister Ivo Marek as saying the border would stay shut.")
    (s,) = result.statements
    assert s.speaker == "Ivo Marek"
    assert s.conduit == "State radio"


def test_passive_speech_verb_in_a_relative_clause_has_no_speaker() -> None:
    text = 'The council met after a long debate in which the mayor was accused of "hiding the cost."'
    assert statements(text) == ()


def test_a_name_given_is_no_statement() -> None:
    text = 'The scheme, which Mayor Ruth Aber has branded the "Green Loop," would scrap bus fares.'
    assert statements(text) == ()


def test_describing_something_without_saying_what_it_is_is_no_statement() -> None:
    assert statements("The witness, Hanna Berg, described the scene at the river.") == ()


def test_a_second_verb_with_would_goes_on_with_what_was_said() -> None:
    s = only(
        'The Orlen Water Board said it was "aware of the leak" and would ask its staff to inspect the pipes.'
    )
    assert s.content == 'it was "aware of the leak" and would ask its staff to inspect the pipes'
    assert s.type == "mixed"


def test_a_second_speech_act_keeps_the_quote_that_ends_the_first() -> None:
    first, second = statements(
        'Councillor Ada Wren said the audit would be published "in due course" once it had been checked, '
        'and dismissed the petition as "a stunt".'
    )
    assert first.content == 'the audit would be published "in due course" once it had been checked'
    assert second.cue == "dismissed"


def test_an_absolute_phrase_after_the_cue_is_the_reporter_s() -> None:
    text = 'Grete Holm lost her son in the fire. "He was nineteen," she said, her voice breaking.'
    (s,) = statements(text)
    assert s.content == "He was nineteen,"


def test_called_a_noun_read_as_a_clause_keeps_its_quoted_complement() -> None:
    first, _ = statements(
        "The driver's brother, Aled Fenwick, called the council report 'a whitewash from start to finish' "
        "and said the family would appeal."
    )
    assert first.content == "the council report 'a whitewash from start to finish'"
    assert first.type == "mixed"


def test_with_x_saying_a_and_y_saying_b_is_two_statements() -> None:
    first, second = statements(
        "The two clubs gave different accounts of the meeting, with Dunmere saying the fee had been agreed "
        "and Holtby saying no such deal existed."
    )
    assert (first.speaker, first.content) == ("Dunmere", "the fee had been agreed")
    assert (second.speaker, second.content) == ("Holtby", "no such deal existed")


def test_a_court_finding_given_as_a_ground_is_a_statement() -> None:
    _, second = statements(
        "The judge rejected the argument, finding that the blogger had believed every word she wrote."
    )
    assert second.cue == "finding"
    assert second.content == "that the blogger had believed every word she wrote"


def test_what_a_study_finds_is_still_no_statement() -> None:
    assert statements("The study found that the drink raised blood pressure.") == ()


def test_a_verb_after_an_apposition_read_as_a_modifier_is_the_main_verb() -> None:
    s = only(
        "The commission's chairman, Vilmos Arkadi, dismissed as groundless claims that the count was rigged."
    )
    assert s.speaker == "Vilmos Arkadi"
    assert s.content.endswith("claims that the count was rigged")


def test_a_which_clause_followed_by_and_that_is_no_trailing_gloss() -> None:
    s = only(
        "Ines Marrow said four of the shops were run by one family, which explained the shared addresses, "
        "and that the auditor had checked them in 2022."
    )
    assert s.content.endswith("and that the auditor had checked them in 2022")


def test_a_court_dismissing_a_claim_is_a_decision() -> None:
    assert statements("Mrs Justice Ilsa Warrender dismissed the claim at the High Court in Corrib.") == ()


def test_a_court_dismissing_claims_that_is_a_statement() -> None:
    s = only("The judge dismissed claims that the count had been rigged.")
    assert s.content == "claims that the count had been rigged"


def test_a_second_verb_have_or_be_goes_on_with_what_was_said() -> None:
    s = only('The Orlen Water Board said it would "study the report" but had no plans to raise charges.')
    assert s.content == 'it would "study the report" but had no plans to raise charges'


@pytest.mark.parametrize(
    "text",
    [
        "A magistrate denied him bail on Thursday, but he was released on Friday.",
        'The minister did not rule out checks on contracts to stop what he called "speculative hoarding."',
    ],
)
def test_refusing_and_naming_are_no_statements(text: str) -> None:
    assert extract(text).statements == ()


MORE_CUES = [
    (
        "Under cross-examination, Ostrow put it to Pelling that Marsh's company had won a contract "
        "a month after the dinner.",
        "Ostrow",
    ),
    (
        "At the close of the day, the judge reminded jurors that Halloran had no previous convictions.",
        "judge",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), MORE_CUES)
def test_putting_it_to_someone_and_reminding_them_are_cues(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text).statements] == [speaker]


def test_according_to_closing_the_content_is_no_part_of_it() -> None:
    text = (
        "Pellam, who is due to give evidence next week, told investigators in 2022 that he had never "
        "asked Dorsey for any favour, according to a transcript read to the court."
    )
    assert [s.content for s in extract(text).statements] == ["that he had never asked Dorsey for any favour"]


def test_a_label_set_before_a_long_object_belongs_to_the_content() -> None:
    s = only(
        'The ferry company Nordlink on Monday branded as "a fairy story for tourists" a union report '
        "that its crews had skipped safety drills."
    )
    assert (
        s.content == 'as "a fairy story for tourists" a union report that its crews had skipped safety drills'
    )


def test_a_quoted_label_right_after_called_runs_on_to_the_object() -> None:
    s = only(
        'The Ostravan trade ministry on Friday called "groundless" an accusation by the Lenar opposition '
        "that it had rigged the port tender."
    )
    assert s.content.startswith('"groundless" an accusation by the Lenar opposition that it had rigged')
    assert s.is_denial


def test_a_fronted_label_object_ends_before_the_next_clause() -> None:
    found = statements(
        'Mayor Ida Voss rejected as "nonsense" rumours that she would resign, but her deputy said the party '
        "was divided."
    )
    assert found[0].content == 'as "nonsense" rumours that she would resign'


def test_a_fronted_label_object_ends_before_the_source_of_the_report() -> None:
    s = only(
        'The Brisk government dismissed as "fake news" a report that its army had shelled a market in '
        "Tarnow, state radio reported."
    )
    assert s.content == 'as "fake news" a report that its army had shelled a market in Tarnow'


def test_adverbial_after_a_that_clause_hung_on_the_addressee_goes_on_with_it() -> None:
    s = only(
        "Porter Ivan Dosh told the inquest that the hotel had called the fire brigade at 5.10am, more "
        "than three hours after the night manager's own log showed the alarm had sounded."
    )
    assert s.content.endswith("showed the alarm had sounded")


def test_reporters_contrast_after_a_that_clause_is_not_the_words() -> None:
    found = statements(
        "Porter Ivan Dosh told the inquest that the hotel had called the fire brigade at 5.10am, "
        "while the manager said it was later."
    )
    assert found[0].content == "that the hotel had called the fire brigade at 5.10am"


def test_accused_of_hung_on_the_place_after_the_object_is_the_charge() -> None:
    s = only("Police in Valdora accused the Ostrian embassy in Velmar of funding the riots.")
    assert s.content == "the Ostrian embassy in Velmar of funding the riots"


def test_quoted_as_saying_with_as_read_as_the_mark_of_a_later_verb() -> None:
    s = only(
        "Local television quoted the border police chief, Colonel Arno Vitt, as saying the lorry had "
        "crossed the Delmish frontier with its headlights turned off and had ignored two warnings."
    )
    assert s.speaker == "Arno Vitt"
    assert s.content.startswith("the lorry had crossed")
    assert s.content.endswith("with its headlights turned off and had ignored two warnings")


def test_object_of_said_whose_verb_the_parser_hung_elsewhere_takes_its_predicate() -> None:
    s = only(
        "The figures are broadly in line with a study by economists at Harlow College, who said rents "
        "for flats under forty square metres, which make up most of the city's stock, had risen by 12 "
        "per cent, while larger flats cost slightly less."
    )
    assert s.content.startswith("rents for flats")
    assert s.content.endswith("had risen by 12 per cent, while larger flats cost slightly less")


def test_speech_verb_hung_as_an_adverbial_on_a_noun_read_as_the_main_verb_keeps_the_subject() -> None:
    s = only(
        "Oskar Brandl, a 24-year-old sprinter who has climbed more than 80 places in the world rankings "
        "this year, denied Monday that he had taken banned substances before the Delmar Games."
    )
    assert s.speaker == "Oskar Brandl"
    assert s.content == "that he had taken banned substances before the Delmar Games"


def test_claim_clause_the_parser_made_the_head_of_the_sentence_goes_with_the_claim() -> None:
    s = only(
        "The manager, Tomas Rell, gave evidence on Tuesday. He denied an allegation, made in Miss Hollin's "
        "written statement, that staff had been told not to call a doctor at night without his permission."
    )
    assert s.content.startswith("an allegation, made in Miss Hollin's written statement, that staff")
    assert s.content.endswith("without his permission")


def test_closing_participle_without_words_does_not_report_the_clause_before_it() -> None:
    assert (
        statements("The tribunal refused the union's application on Monday, ruling on procedural grounds.")
        == ()
    )


def test_that_read_as_a_preposition_after_the_cue_opens_the_words() -> None:
    s = only(
        "Earlier, the coroner, Ana Corvel, refused an application by Dornet Care to exclude the logbook "
        "from evidence, ruling that the company's suggestion that it had been filled in long after the "
        "events 'had no evidential basis'."
    )
    assert s.speaker == "Ana Corvel"
    assert s.content.startswith("that the company's suggestion that it had been filled in")


def test_accepted_that_is_a_concession() -> None:
    s = only(
        "Under questioning by the union's lawyer, Dr Ilse Marrow accepted that the safety checks had been "
        "logged after the flights concerned."
    )
    assert s.speaker == "Ilse Marrow"
    assert s.content == "that the safety checks had been logged after the flights concerned"


def test_accepted_an_offer_is_no_statement() -> None:
    assert statements("The council accepted the offer on Monday.") == ()


def test_clause_before_a_semicolon_is_not_what_the_next_clause_called_something() -> None:
    found = statements(
        "Ostria runs the flights, it says, to track fishing boats in open waters; "
        'Delmark has long called the flights "snooping with a view".'
    )
    assert [s.content for s in found if s.speaker == "Delmark"] == ['the flights "snooping with a view"']


def test_name_read_as_an_adverb_before_a_who_clause_is_the_subject() -> None:
    s = only(
        "The contract went to a rival bidder. Early, who was sacked in May, says he was dismissed "
        "because he complained."
    )
    assert s.speaker == "Early"
    assert s.content == "he was dismissed because he complained"


def test_heard_saying_in_a_recording_is_said_by_the_one_heard() -> None:
    s = only(
        "In the recording, Marta Velling, who is also fisheries minister, can be heard saying: "
        '"We sign the pact, and then we walk away in March."'
    )
    assert s.speaker == "Marta Velling"
    assert s.content == "We sign the pact, and then we walk away in March."


def test_citing_a_reason_for_a_refusal_is_no_statement() -> None:
    assert statements("The ministry declined to publish the audit, citing security rules.") == ()


def test_citing_a_reason_for_a_decision_named_by_a_denial_verb_is_no_statement() -> None:
    assert (
        statements(
            "The archive denied a request by the museum for the letters, citing a deal with the family."
        )
        == ()
    )


def test_citing_a_reason_given_with_a_speech_act_is_a_statement() -> None:
    found = statements(
        "Port Vell has withdrawn its bid to host the regatta, its mayor, Ida Roon, said on Sunday, "
        "citing rising costs."
    )
    assert [(s.cue, s.content) for s in found if s.cue == "citing"] == [("citing", "rising costs")]


def test_second_charge_read_as_a_verb_is_part_of_what_is_denied() -> None:
    s = only("Marek Sollt denies murder and perverting the course of justice.")
    assert s.content == "murder and perverting the course of justice"


def test_pointing_to_evidence_after_the_words_is_the_reporters_frame() -> None:
    s = only(
        'Governor Ada Ruhl had told a business lunch in Vell on May 3 that the cut had "paid for itself '
        'twice over," pointing to 9,000 jobs added in the state over the previous year.'
    )
    assert s.content == 'that the cut had "paid for itself twice over,"'


def test_neither_confirm_nor_deny_is_no_statement() -> None:
    assert (
        statements(
            "A spokeswoman for the harbour board would neither confirm nor deny that the pier was sold."
        )
        == ()
    )


def test_neither_confirm_nor_deny_closes_the_content_of_a_saying() -> None:
    s = only(
        "The envoy, Matthias Rendl, said the two delegations had narrowed their differences "
        "but would neither confirm nor deny that a draft had been signed."
    )
    assert s.content == "the two delegations had narrowed their differences"


@pytest.mark.parametrize("refusal", ["would not confirm or deny", "refused to confirm or deny"])
def test_a_refusal_to_confirm_or_deny_closes_the_content_of_a_saying(refusal: str) -> None:
    s = only(f"The coach, Ivo Tamm, said the team was ready but {refusal} that the captain was injured.")
    assert s.content == "the team was ready"


def test_the_subject_of_an_unsaid_clause_is_the_next_pronoun() -> None:
    text = (
        "Ilse Marwood, the league's secretary, would neither confirm nor deny that Tomas Brenck had been "
        "suspended. She said only that the league would publish its findings in May."
    )
    assert [(s.speaker, s.content) for s in statements(text)] == [
        ("Ilse Marwood", "only that the league would publish its findings in May")
    ]


def test_could_not_confirm_or_deny_is_said_when_said() -> None:
    s = only("A police spokesman said the force could not confirm or deny whether a report had been filed.")
    assert s.content == "the force could not confirm or deny whether a report had been filed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The regime denied foreign reporters any interviews with the prisoners.",
        "Customs officers denied the Ostrian attaché in Pellburg access to the impounded lorries.",
    ],
)
def test_denying_someone_something_is_no_statement(sentence: str) -> None:
    assert statements(sentence) == ()


def test_denying_a_claim_named_with_its_claimant_is_a_statement() -> None:
    s = only("The mayor denied the ex-treasurer's claim that the pool fund had been raided.")
    assert s.content.startswith("the ex-treasurer's claim")


def test_the_document_hung_on_a_rejected_claim_is_the_frame() -> None:
    s = only("Tessel Foods dismissed the council's allegations in a statement.")
    assert s.content == "the council's allegations"


def test_a_name_in_ly_opening_the_sentence_is_the_speaker() -> None:
    s = only("Ashly says it has about two million customers in Norland.")
    assert (s.speaker, s.cue) == ("Ashly", "says")
    assert s.content == "it has about two million customers in Norland"


def test_a_name_in_ly_tagged_as_a_proper_noun_but_hung_as_an_adverb_is_the_speaker() -> None:
    s = only("Glimly said it had never sold data.")
    assert (s.speaker, s.cue, s.content) == ("Glimly", "said", "it had never sold data")


def test_a_name_in_ly_before_its_apposition_is_the_speaker() -> None:
    # "Wrenly" read as an adverb and "the delivery app" as the subject
    s = only("Wrenly, the delivery app, says it has two million users.")
    assert (s.speaker, s.content) == ("Wrenly", "it has two million users")
    assert only("Separately, the company said it had two million users.").speaker == "company"


def test_a_that_clause_past_a_time_clause_is_the_content() -> None:
    s = only("The two airlines had said when the merger was announced that it would close in the spring.")
    assert s.content == "that it would close in the spring"


def test_a_date_in_what_was_said_at_the_time_does_not_date_the_saying() -> None:
    s = only("The minister said at the time that the line would open in 2025.")
    assert s.content == "that the line would open in 2025"
    assert s.said_on is None


def test_quoted_as_saying_goes_on_past_a_quotation_hung_on_quoted() -> None:
    s = only(
        'Radio Velm quoted the harbour master, Ona Pelt, as saying the ferry had struck the pier "at full '
        'speed," and that two crew had been hurt.'
    )
    assert s.content == 'the ferry had struck the pier "at full speed," and that two crew had been hurt'


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            'The agency quoted the mayor, Ana Kell, as saying the bridge had been closed "for good" '
            "and that repairs would cost millions.",
            "and that repairs would cost millions",
        ),
        (
            "The Velm Post quoted Ana Kell as saying that the bridge had been closed, that repairs would "
            "cost millions and that nobody was hurt.",
            "that repairs would cost millions and that nobody was hurt",
        ),
    ],
)
def test_quoted_as_saying_goes_on_with_that_clauses_the_parser_hung_on_quoted(text: str, end: str) -> None:
    assert only(text).content.endswith(end)


@pytest.mark.parametrize(
    "text",
    [
        "State television, quoting the interior ministry, said the border would reopen.",
        "Quoting the interior ministry, state television said on Saturday that the border would reopen.",
    ],
)
def test_a_medium_quoting_a_named_source_relays_its_words(text: str) -> None:
    s = only(text)
    assert (s.speaker, s.conduit is not None) == ("interior ministry", True)
    assert only("The agency, quoting unnamed officials, said the talks had failed.").speaker == "agency"


def test_quoted_as_saying_stops_before_a_clause_of_its_own() -> None:
    text = (
        "The agency quoted the port authority as saying no ship had been turned away, "
        "a day after a shipping group said three tankers had been refused."
    )
    quoted = statements(text)[0]
    assert quoted.content == "no ship had been turned away"


def test_a_question_put_to_the_speaker_stays_in_the_content() -> None:
    text = (
        "Councillor Mira Oduya said she had not heard of the payment until a journalist asked her about it. "
        '"I have nothing to hide," she said.'
    )
    assert [(s.speaker, s.content) for s in statements(text)] == [
        ("Mira Oduya", "she had not heard of the payment until a journalist asked her about it"),
        ("Mira Oduya", "I have nothing to hide,"),
    ]


def test_a_stray_clause_goes_on_with_its_own_adverbial_clause() -> None:
    s = only(
        "The Open Data Society alleged in a complaint filed on Monday with the regulator that the fitness "
        "app shares the home address of its users with two brokers, even when they switch off tracking."
    )
    assert s.content.endswith("even when they switch off tracking")


def test_a_subject_and_cue_the_parser_read_as_a_noun_and_its_participle_still_allege() -> None:
    # "The watchdog alleged ..." parsed as a root noun with a participle ("the watchdog alleged")
    s = only(
        "The watchdog alleged in a report published on Friday that the bank had misled savers, "
        "even after it was warned."
    )
    assert (s.speaker, s.cue) == ("watchdog", "alleged")
    assert s.content == "that the bank had misled savers, even after it was warned"


def test_what_stands_between_two_that_clauses_is_said() -> None:
    s = only(
        "The transport office said in a statement that the tender had been reopened after three firms "
        "complained of errors in the forms, and that the mayor had played no part in the decision."
    )
    assert s.content.endswith("and that the mayor had played no part in the decision")
    assert "after three firms complained" in s.content


def test_a_saying_in_a_relative_clause_after_a_closing_quote_is_its_own() -> None:
    text = (
        'Marlow Shipping said the inspection had "nothing to do with the shipment," '
        "which it said was loaded in Varnholm in May."
    )
    assert [s.content for s in statements(text)] == [
        'the inspection had "nothing to do with the shipment,"',
        "was loaded in Varnholm in May",
    ]


def test_a_who_said_clause_inside_a_reported_clause_is_the_outer_speakers() -> None:
    text = (
        "The Tenants Union said that it had gathered 40 complaints from residents who said the boilers "
        "had failed in January, and that its own inspector had found two broken valves."
    )
    s = only(text)
    assert s.speaker == "Tenants Union"
    assert s.content.endswith("its own inspector had found two broken valves")


def test_a_which_said_clause_the_parser_hung_on_a_claim_is_its_authors() -> None:
    rejected, said = statements("The ministry rejected claims by the union, which said wages had fallen.")
    assert rejected.content == "claims by the union"
    assert (said.speaker, said.content) == ("union", "wages had fallen")


def test_a_sentence_after_an_abbreviation_is_a_sentence_of_its_own() -> None:
    text = (
        "The fire service said crews had reached the mill between 6:10 and 6:40 a.m. "
        "It said nobody had been inside the building."
    )
    assert [s.content for s in statements(text)] == [
        "crews had reached the mill between 6:10 and 6:40 a.m.",
        "nobody had been inside the building",
    ]


def test_a_reported_clause_keeps_the_am_after_an_hour() -> None:
    text = "The ministry said the shipment left at 9 a.m. The ministry said it was inspected twice."
    assert [s.content for s in statements(text)] == ["the shipment left at 9 a.m.", "it was inspected twice"]


def test_an_opener_after_an_abbreviation_starts_a_sentence_in_the_parse() -> None:
    from claims.extraction.pipeline import default_model, load

    doc = load(default_model())(
        "Crews left the Varnholm Mill's yard at 7:05 p.m. It was dark. The U.S. Navy said so."
    )
    assert [s.text for s in doc.sents] == [
        "Crews left the Varnholm Mill's yard at 7:05 p.m.",
        "It was dark.",
        "The U.S. Navy said so.",
    ]


def test_the_writers_clause_after_a_rejected_claim_is_left_out() -> None:
    s = only(
        "The water board has rejected claims that hundreds of homes were overcharged because meters "
        "were read twice, as pressure grows on it to refund customers."
    )
    assert s.content == "claims that hundreds of homes were overcharged because meters were read twice"


def test_the_writers_amid_phrase_after_a_rejected_claim_is_left_out() -> None:
    s = only(
        "The hospital trust has denied claims that patients waited 12 hours in corridors, "
        "amid growing calls for an inquiry."
    )
    assert s.content == "claims that patients waited 12 hours in corridors"


def test_the_writers_summary_after_a_reported_clause_is_left_out() -> None:
    s = only(
        "Mara Quist said her party had closed three offices in 2019, "
        'a decision she called "the hardest of my career."'
    )
    assert s.content == "her party had closed three offices in 2019"


def test_the_writers_summary_described_as_something_is_left_out() -> None:
    s = only(
        "Ola Brandt said the council had sold the library in 2020, "
        "a move he described as \u201ca terrible mistake.\u201d"
    )
    assert s.content == "the council had sold the library in 2020"


@pytest.mark.parametrize(
    "text",
    [
        "Ana Kell said the council had cut bus routes, a step she called 'a betrayal'.",
        "Ana Kell said the council had cut bus routes, a decision she called \u201cthe worst of all.\u201d",
    ],
)
def test_the_writers_summary_with_a_quoted_label_stays_out_of_the_statement(text: str) -> None:
    s = only(text)
    assert (s.type, s.content) == ("indirect", "the council had cut bus routes")


def test_a_noun_someone_called_something_is_a_label() -> None:
    text = 'The ministry closed the border crossing, a step Lena Marsk called "reckless."'
    assert statements(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        'The council shut the pool, a decision residents called "shameful."',
        'The council shut the pool, a decision that swimmers described as "shameful."',
    ],
)
def test_a_summary_noun_labelled_by_a_group_is_no_statement(text: str) -> None:
    assert statements(text) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Finance minister Ulla Brandt appeared to tell donors that the tax would rise in May.",
        "In the recording, Ulla Brandt seems to say the vote was rigged.",
    ],
)
def test_appeared_to_say_is_no_statement(sentence: str) -> None:
    assert statements(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The mayor appeared on television to say that the figures were wrong.", "to say"),
        ("Ana Kell took to social media on Friday to deny that she had lied.", "to deny"),
    ],
)
def test_appearing_somewhere_to_say_something_is_saying_it(sentence: str, cue: str) -> None:
    assert only(sentence).cue == cue


def test_the_present_act_after_a_past_reported_clause_is_the_speakers_next_act() -> None:
    s = only(
        "The Greens' leaflet, which went out on Friday, says Mayor Ivo Darr "
        '"sold the park to a friend" '
        "and shows a photograph of the two men at a golf club."
    )
    assert s.content == 'Mayor Ivo Darr "sold the park to a friend"'


def test_a_present_speech_act_after_a_past_reported_clause_is_the_speakers() -> None:
    says, urges = statements('The mailer says Breck "raised taxes twice" and urges voters to back her rival.')
    assert says.content == 'Breck "raised taxes twice"'
    assert (urges.speaker, urges.cue, urges.content) == (says.speaker, "urges", "voters to back her rival")


def test_a_standing_dispute_is_no_statement() -> None:
    assert statements("The port and the dockers have disputed the price of the new cranes since June.") == ()


def test_declined_to_confirm_or_deny_is_no_statement() -> None:
    assert statements("The coast guard declined to confirm or deny whether a tanker had been boarded.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The defence lawyer, Ines Rudd, then asked why he had not declared the payments.",
        "Councillor Bram Tolle asked whether the pool would reopen in May.",
    ],
)
def test_a_question_put_is_no_statement(sentence: str) -> None:
    assert statements(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The rigs stand above what seismic surveys suggest are large oil reserves.",
        "If the second sample confirms the first result, the cyclist faces a four-year ban.",
    ],
)
def test_what_evidence_suggests_or_confirms_is_no_statement(sentence: str) -> None:
    assert statements(sentence) == ()


def test_what_a_person_confirms_is_a_statement() -> None:
    s = only("The club's doctor, Hanna Lusk, confirmed that the striker had torn a ligament.")
    assert s.speaker == "Hanna Lusk"


def test_a_stray_first_clause_starts_a_list_of_predicates() -> None:
    s = only(
        "His doctor, Anja Morel, said on Friday after visiting him at the Velm prison that Tomas Reiss "
        "had lost 9 kilograms, was sleeping badly, and had trouble walking."
    )
    assert s.content.startswith("that Tomas Reiss had lost 9 kilograms")
    assert s.content.endswith("had trouble walking")


def test_said_and_called_for_are_two_acts() -> None:
    text = (
        "The residents' association said on Monday that the tower's lifts had failed twice in a week "
        "and called for an independent inspection."
    )
    said, called = extract(text, dt.date(2024, 3, 13)).statements
    assert said.content == "that the tower's lifts had failed twice in a week"
    assert (called.speaker, called.cue) == ("residents' association", "called")
    assert called.said_on == said.said_on == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Police said the gang had kidnapped the boy and demanded a ransom of 2 million crowns.",
        "Witnesses said the protesters had blocked the road and called for the mayor's resignation.",
    ],
)
def test_a_demand_the_reported_clauses_own_subject_made_stays_in_what_was_said(text: str) -> None:
    s = only(text)
    assert s.content.endswith(text.rsplit(" and ", 1)[1].rstrip("."))


def test_said_and_called_on_someone_to_act_are_two_acts() -> None:
    text = (
        "The opposition on Thursday said the vote in Brell had been rigged and called on the election "
        "board to order a recount."
    )
    said, called = extract(text, dt.date(2024, 3, 11)).statements
    assert said.content == "the vote in Brell had been rigged"
    assert (called.cue, called.content) == ("called", "the election board to order a recount")
    assert called.said_on == said.said_on == dt.date(2024, 3, 7)


def test_a_date_after_by_is_a_deadline_not_who_tells() -> None:
    text = (
        "GrocerWire reported on Wednesday that the 200 workers would be told by the end of June "
        "that the plant was closing.\n"
    )
    found = extract(text).statements
    assert [s.speaker for s in found] == ["GrocerWire"]
    assert found[0].content.startswith("that the 200 workers")


def test_a_day_after_another_report_closes_the_content() -> None:
    text = (
        "Harrow Foods Chief Executive Lena Voss said Thursday that the company "
        '"has no plans to close the bakery," a day after a trade publication reported that the '
        "group was shutting its Fenwick plant.\n"
    )
    first, second = extract(text).statements
    assert (first.speaker, first.content) == (
        "Lena Voss",
        'that the company "has no plans to close the bakery,"',
    )
    assert second.speaker == "trade publication"


CLOSING_REFUSALS = [
    (
        'A clinic spokeswoman said the ward had "never been over capacity" and declined to say how many '
        "babies were there.",
        'the ward had "never been over capacity"',
    ),
    ("The minister said the plan was sound and declined to comment further.", "the plan was sound"),
    ("The company said sales had risen but refused to comment on profits.", "sales had risen"),
    (
        "Ms Dray said the board had approved the sale and declined to elaborate.",
        "the board had approved the sale",
    ),
]


@pytest.mark.nlp
@pytest.mark.parametrize(("text", "content"), CLOSING_REFUSALS)
def test_the_speaker_declining_to_say_more_closes_the_content(text: str, content: str) -> None:
    """The parser joins "declined to say" to the reported clause; it is the speaker's refusal."""
    assert only(text).content == content


@pytest.mark.nlp
def test_a_refusal_of_the_reported_clause_s_own_subject_stays_in_it() -> None:
    text = "Mr Orr said the owners had offered a bonus but refused to discuss the closure."
    assert only(text).content == "the owners had offered a bonus but refused to discuss the closure"


ACCORDING_THEN_ANOTHER_CLAUSE = [
    (
        "Drivers have been attacked 40 times this year, according to the Harwick Dockers' Union, and the "
        "port has refused to install cameras.",
        "Drivers have been attacked 40 times this year",
    ),
    (
        "Prices rose 7 percent, according to the Tamsk statistics bureau, and wages fell.",
        "Prices rose 7 percent",
    ),
    (
        "Prices rose 7 percent, according to the Tamsk statistics bureau, while wages fell.",
        "Prices rose 7 percent",
    ),
    (
        "About 60 per cent of customers could use the app again, according to the Harlow Bank, although card "
        "payments were still being declined.",
        "About 60 per cent of customers could use the app again",
    ),
    ("Exports fell, according to the Orvale Trade Council, though no reason was given.", "Exports fell"),
    (
        "Exports fell by a third last year, according to the Orvale Trade Council, but the ministry expects "
        "a recovery.",
        "Exports fell by a third last year",
    ),
]


@pytest.mark.nlp
@pytest.mark.parametrize(("text", "content"), ACCORDING_THEN_ANOTHER_CLAUSE)
def test_according_to_between_two_clauses_vouches_for_the_first(text: str, content: str) -> None:
    assert only(text).content == content


@pytest.mark.nlp
def test_according_to_after_two_clauses_vouches_for_both() -> None:
    text = "Prices rose 7 percent and wages fell, according to the Tamsk statistics bureau."
    assert only(text).content == "Prices rose 7 percent and wages fell"


PAST_A_COLON = [
    (
        "Lise Marrow, who runs SkyCount, said the photograph was not new: its clouds matched an image taken "
        "in April.",
        "the photograph was not new: its clouds matched an image taken in April",
    ),
    (
        "The union said the offer was an insult: it amounted to a pay cut for most drivers.",
        "the offer was an insult: it amounted to a pay cut for most drivers",
    ),
    (
        "Mr Hale said the figures were wrong: the survey had counted only 40 households.",
        "the figures were wrong: the survey had counted only 40 households",
    ),
]


@pytest.mark.parametrize(("text", "content"), PAST_A_COLON)
def test_what_follows_a_colon_goes_on_with_the_reported_clause(text: str, content: str) -> None:
    """The parser makes the clause after the colon the head of the sentence and "said" its
    complement; the content still runs to the end."""
    assert only(text).content == content


OPENING_PARTICIPLES = [
    (
        "Told of the minister's remarks, a nurse at the clinic, who asked not to be named, said the ward had "
        "been full since May.",
        "nurse at the clinic",
    ),
    (
        "Told of the director's remarks, a former pilot at the airline, who left Dunmore last year and spoke "
        "on condition of anonymity, said the engines had not been serviced since March.",
        "former pilot",
    ),
    ("Shown the letter, the Harlow company's lawyer said it was a forgery.", "lawyer"),
]


@pytest.mark.parametrize(("text", "speaker"), OPENING_PARTICIPLES)
def test_the_subject_after_an_opening_participle_speaks(text: str, speaker: str) -> None:
    """ "Told of X, a nurse ..., said": the parser reads the subject as the participle's object."""
    statement = only(text)
    assert speaker in statement.speaker
    assert statement.content.startswith(text.split(" said ")[1][:12])


HELD_CLAIMS = [
    (
        "The Digital Secretary, Helena Marsh, last night stood by her claim that the blackout was the work "
        "of hostile hackers.",
        "her claim that the blackout was the work of hostile hackers",
    ),
    ("Mr Orr stood by his claim that the dam was unsafe.", "his claim that the dam was unsafe"),
    ("Ms Lee repeated her claim that the vote had been rigged.", "her claim that the vote had been rigged"),
]


@pytest.mark.parametrize(("text", "content"), HELD_CLAIMS)
def test_standing_by_one_s_claim_says_it_again(text: str, content: str) -> None:
    assert only(text).content == content


@pytest.mark.parametrize(
    "text", ["Ms Lee repeated the claim on Monday.", "The board stood by its decision to close the school."]
)
def test_standing_by_a_decision_or_repeating_a_bare_claim_says_nothing(text: str) -> None:
    assert statements(text) == ()


TITLED_FINDINGS = [
    (
        "Justice Marrow rejected the argument about re-registration, finding that customary titles had "
        "not lapsed.",
        "that customary titles had not lapsed",
    ),
    (
        "Judge Orr rejected the defence's argument, finding that the contract was valid.",
        "that the contract was valid",
    ),
    (
        "Magistrate Helen Dry dismissed the charge, finding that the police had no warrant.",
        "that the police had no warrant",
    ),
]


@pytest.mark.parametrize(("text", "content"), TITLED_FINDINGS)
def test_a_judge_by_title_and_name_finds_as_a_court_does(text: str, content: str) -> None:
    """ "Justice Marrow rejected ..., finding that ...": the finding is the ground of a ruling."""
    assert content in [s.content for s in statements(text)]


def test_a_doctor_finding_is_no_ruling() -> None:
    text = "Dr Orr rejected the argument, finding that the samples were clean."
    assert "that the samples were clean" not in [s.content for s in statements(text)]


@pytest.mark.parametrize(
    "text",
    [
        'Ola Brann dismissed as "pure invention" rumours that the krona would be devalued.',
        'Ola Brann on Monday dismissed as "pure invention" claims that the krona would be devalued.',
        'The Kessel Zoo rejected as "fantasy" suggestions that it would close.',
    ],
)
def test_a_fronted_label_keeps_a_claim_noun_the_parser_read_as_a_verb(text: str) -> None:
    """'dismissed as "pure invention" rumours that ...': "rumours" and "claims" may be tagged as
    verbs; the object is still what the label rejects."""
    statement = only(text)
    assert statement.content.startswith("as ")
    assert statement.content.endswith(("devalued", "close"))


GIVEN_NAMES_READ_AS_VERBS = [
    (
        "Ilya Varn, who chairs the farmers' branch of the Tolland Growers' Union, said some 400 farms "
        "depended on the canal.",
        "Ilya Varn",
    ),
    (
        "Ilya Marsk, who runs the port's branch of the Dockers' Union, said 900 jobs were at risk.",
        "Ilya Marsk",
    ),
    (
        "Oleg Pavlin, who heads the miners' branch of the Ostmark Workers' Union, said the pit was unsafe.",
        "Oleg Pavlin",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), GIVEN_NAMES_READ_AS_VERBS)
def test_a_given_name_read_as_a_verb_is_still_the_speaker(text: str, speaker: str) -> None:
    """ "Ilya Varn, who ..., said": the parser may read "Ilya" as a verb and "Varn" as its complement."""
    assert only(text).speaker == speaker


STATEMENTS_FROM_SOMEONE = [
    (
        'KTV later carried a statement from the Korvenian general staff dismissing as "panic-mongering" '
        "posts on social media that paratroopers had landed near Orsk.",
        "general staff",
    ),
    (
        "State radio broadcast a statement from the Tarnian army saying that no troops had crossed.",
        "army",
    ),
    ("The agency published a statement by the Orvale Water Board saying the supply was safe.", "Water Board"),
]


@pytest.mark.parametrize(("text", "speaker"), STATEMENTS_FROM_SOMEONE)
def test_a_statement_from_someone_is_theirs_not_the_carrier_s(text: str, speaker: str) -> None:
    """ "KTV carried a statement from the general staff dismissing ...": the staff speak."""
    assert speaker in only(text).speaker


def test_a_statement_its_issuer_issued_stays_the_issuer_s() -> None:
    assert only("The ministry issued a statement saying the talks had failed.").speaker == "ministry"
