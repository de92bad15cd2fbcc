"""Rebuttals: the accused side negating, or contradicting, what it is accused of."""

import pytest

from claims.extraction import extract, extract_many

pytestmark = pytest.mark.nlp


def speaking(text: str, speaker: str):
    return next(s for s in extract(text).statements if s.speaker == speaker)


def by_rules(text: str, speaker: str):
    """The statement as the wording rules alone mark it (the learned model may add denials)."""
    (result,) = extract_many([(text, None)], learned_denials=False)
    return next(s for s in result.statements if s.speaker == speaker)


def test_a_negation_with_a_curly_apostrophe_rebuts_like_a_straight_one() -> None:
    text = (
        "Auditor Lena Strand said the charity had moved donations into private accounts.\n\n"
        "“We didn’t move a single donation into a private account,” said the charity’s founder, "
        "Marco Bellini."
    )
    assert speaking(text, "Marco Bellini").is_denial


def test_never_once_in_quotation_marks_is_never() -> None:
    text = (
        "A former harbour commissioner yesterday told councillors he had ‘never once’ discussed the "
        "dredging contract with his cousin.\n\n"
        "The inquiry was opened after engineer Hilde Brun said the commissioner had discussed the "
        "contract with his cousin in March."
    )
    assert extract(text).statements[0].is_denial


def test_the_accused_negating_the_very_act_alleged_is_a_denial() -> None:
    text = (
        "In their written report, the two wardens said Petra Lund had trespassed on the reserve.\n\n"
        '"I did not trespass. I stayed on the footpath the whole time," Lund said on Monday.'
    )
    assert speaking(text, "Petra Lund").is_denial


def test_nobody_did_the_act_a_denial_rejected() -> None:
    text = (
        "The coast guard denied that smugglers had seized the lighthouse at Varn.\n\n"
        '"Nobody has been seized. Every keeper reported for duty this morning," Captain Olaf Rask said.'
    )
    assert speaking(text, "Olaf Rask").is_denial


def test_the_same_verb_done_to_something_else_is_not_the_act_alleged() -> None:
    text = (
        "Farmers in Pellow said the sluice gate on the Marrin dam had opened during the storm.\n\n"
        "The Marrin water board said it had not opened a formal inquiry."
    )
    assert not by_rules(text, "Marrin water board").is_denial


def test_the_act_alleged_done_to_the_same_thing_is_negated() -> None:
    text = (
        "Farmers in Pellow said the water board had opened the sluice gate on the Marrin dam.\n\n"
        '"We did not open the sluice gate. It was shut all night," said Olle Varrin, the board\'s engineer.'
    )
    assert by_rules(text, "Olle Varrin").is_denial


def test_the_accused_negating_another_act_is_no_denial() -> None:
    text = (
        "In their written report, the two wardens said Petra Lund had trespassed on the reserve.\n\n"
        '"I did not sleep that night. I was frightened," Lund said on Monday.'
    )
    assert not speaking(text, "Petra Lund").is_denial


def test_what_was_not_done_to_oneself_is_a_complaint_not_a_denial() -> None:
    text = (
        "The interior minister said a consul could visit the detained surveyor as soon as the "
        "investigation allows.\n\n"
        "The surveyor's lawyer, Ines Moro, said she had not been allowed to see her client."
    )
    assert not speaking(text, "Ines Moro").is_denial


def test_a_general_verb_is_not_the_act_alleged() -> None:
    text = (
        "In their written report, the two wardens said Petra Lund had come onto the reserve at night.\n\n"
        '"I did not come into farming to fight my neighbours," Lund said on Monday.'
    )
    assert not speaking(text, "Petra Lund").is_denial


def test_an_official_quoted_after_the_denial_of_their_organisation_goes_on_denying() -> None:
    text = (
        "Ferry operator Nordline said on Monday that reports of a fire on board the Varna were untrue.\n\n"
        "“The crew and every passenger came ashore at Holm as planned,” said Ruth Engel, "
        "Nordline’s head of operations."
    )
    assert speaking(text, "Ruth Engel").is_denial


def test_insisting_on_a_negation_opens_a_denial() -> None:
    text = (
        "Bus operator Ridgeway insisted yesterday that its drivers had not been asked to skip "
        "brake checks.\n\n"
        "A union official, Mara Olsen, said managers had told drivers to skip the checks in March."
    )
    assert extract(text).statements[0].is_denial


def test_the_accused_always_having_done_right_is_a_denial() -> None:
    text = (
        "The watchdog said councillor Ivo Brandt had hidden gifts from developers.\n\n"
        'Brandt\'s office said he "has always declared every gift and always will."'
    )
    assert extract(text).statements[-1].is_denial


def test_always_of_a_habit_nobody_disputes_is_no_denial() -> None:
    text = (
        "The watchdog said councillor Ivo Brandt had hidden gifts from developers.\n\n"
        "The baker Lotte Sand said she had always opened her shop at six."
    )
    assert not speaking(text, "Lotte Sand").is_denial


def test_always_of_the_one_the_claim_names_is_a_denial() -> None:
    text = (
        "The competition authority said Tarnwick Cement had fixed its prices with two rivals.\n\n"
        '"Tarnwick has always set its prices on its own," chief executive Lise Holm said.'
    )
    assert speaking(text, "Lise Holm").is_denial


def test_the_accused_saying_it_won_fairly_is_a_denial() -> None:
    text = (
        "The watchdog Civic Ledger said the Brenholt council had steered a bridge contract to "
        "Tarvik Builders.\n\n"
        'Tarvik Builders said it had won the contract "fairly and in open competition."'
    )
    assert speaking(text, "Tarvik Builders").is_denial


def test_the_ones_the_claim_names_acting_within_the_law_is_a_denial() -> None:
    text = (
        "Rights monitor Ola Penn said harbour police had beaten three fishermen in Osvik.\n\n"
        "A ministry spokesman, Karl Idun, said the harbour police had acted “strictly within the "
        "law” at every stage."
    )
    assert speaking(text, "Karl Idun").is_denial


def test_a_promise_to_compete_fairly_is_no_denial() -> None:
    text = (
        "The watchdog Civic Ledger said the Brenholt council had steered a bridge contract to "
        "Tarvik Builders.\n\n"
        'Tarvik Builders said it would bid "fairly and in open competition" for the next contract.'
    )
    assert not speaking(text, "Tarvik Builders").is_denial


def test_acting_lawfully_said_of_someone_the_claim_never_names_is_no_denial() -> None:
    text = (
        "Rights monitor Ola Penn said harbour police had beaten three fishermen in Osvik.\n\n"
        "The ferry operator Sund Lines said its crews had acted lawfully during the storm."
    )
    assert not speaking(text, "Sund Lines").is_denial


def test_no_such_thing_exists_is_said_flatly_like_there_is_none() -> None:
    text = (
        "Velland's trade ministry said on Monday that Orsk had sold it the fishing rights in the Sound.\n\n"
        '"No agreement exists, and we will say so in Velland," said Ivo Brel, a spokesman for Orsk\'s '
        "fisheries board."
    )
    assert by_rules(text, "Ivo Brel").is_denial


def test_a_thing_that_no_longer_exists_is_no_denial() -> None:
    text = (
        "Velland's trade ministry said on Monday that Orsk had sold it the fishing rights in the Sound.\n\n"
        '"The agreement that no longer exists was signed in 1990," said Ivo Brel, a spokesman for Orsk\'s '
        "fisheries board."
    )
    assert not by_rules(text, "Ivo Brel").is_denial


def test_not_one_word_of_it_rules_out_every_case_like_a_single_word() -> None:
    text = (
        "Harbour inspector Nils Oddo said on Monday that Ana Freil had filled out the cargo manifest "
        "herself.\n\n"
        '"I did not write one word of that document," said the clerk, Ana Freil.'
    )
    assert by_rules(text, "Ana Freil").is_denial


def test_never_having_seen_the_like_is_a_lament_not_a_rebuttal() -> None:
    text = (
        "Anglers said the Varro paper mill had caused the fish kill in the Sella river.\n\n"
        "A bait shop owner, Jan Kosk, said he had never seen a kill like it."
    )
    assert not by_rules(text, "Jan Kosk").is_denial


def test_never_having_seen_the_very_thing_at_issue_disowns_it() -> None:
    text = (
        "Inspectors said the plant manager, Eda Rinn, had been sent the safety report in March.\n\n"
        "Eda Rinn said she had never seen the safety report."
    )
    assert by_rules(text, "Eda Rinn").is_denial


SWAP = (
    "Orsk's foreign ministry said the jailed engineer Tomas Reyl would be freed in a prisoner exchange.\n\n"
)


def test_one_thing_put_in_place_of_another_corrects_the_other_side() -> None:
    text = (
        SWAP + 'Velland\'s minister, Ada Korr, said Reyl was "a convicted saboteur, not a bargaining chip."'
    )
    assert by_rules(text, "Ada Korr").is_denial


def test_ones_own_loss_put_in_place_of_another_corrects_nobody() -> None:
    text = SWAP + '"We have lost a round, not the argument," said Velland\'s justice minister, Ada Korr.'
    assert not by_rules(text, "Ada Korr").is_denial


def test_what_someone_is_owed_rather_than_another_thing_is_a_demand() -> None:
    text = (
        SWAP + 'Velland\'s minister, Ada Korr, said the government owed the families "answers, not slogans."'
    )
    assert not by_rules(text, "Ada Korr").is_denial


def test_negating_what_another_sides_denial_puts_in_place_of_the_claim() -> None:
    text = (
        "The Safe Kettle Alliance said its testers had forced the lid of the Brewmax kettle open in four "
        "of ten trials.\n\n"
        "The maker, Ostra Appliances, said the testers had prised the lid "
        '"with a steel crowbar, not a hand."\n\n'
        "Hana Welk, who watched the trials for a consumer magazine, said no crowbar or tool of any kind "
        "had been used."
    )
    assert by_rules(text, "Hana Welk").is_denial


def test_a_negation_reported_inside_another_saying_answers_no_denial() -> None:
    text = (
        "The Safe Kettle Alliance said its testers had forced the lid of the Brewmax kettle open in four "
        "of ten trials.\n\n"
        "The maker, Ostra Appliances, said the testers had prised the lid "
        '"with a steel crowbar, not a hand."\n\n'
        "Hana Welk, who watched the trials for a consumer magazine, said the alliance had told her that no "
        "crowbar of any kind was used."
    )
    assert not by_rules(text, "Hana Welk").is_denial


def test_doing_what_another_says_it_does_not_do_itself_answers_nobody() -> None:
    text = (
        "Brightlark, the maker of the Lumen sleep app, said it does not keep recordings of its users.\n\n"
        "The Data Office, which received a complaint about the app, said it had kept a copy of the complaint."
    )
    assert not by_rules(text, "Data Office").is_denial


def test_having_no_plans_for_the_act_another_side_reports_is_a_denial() -> None:
    text = (
        "The Tamsfield Courier reported on Tuesday that Orlo Foods planned to close its bakery in Wenby.\n\n"
        "A spokesman for Orlo Foods, Bram Teller, said the company had no plans to close the Wenby bakery."
    )
    assert by_rules(text, "Bram Teller").is_denial


def test_having_no_plans_for_something_nobody_reported_is_no_denial() -> None:
    text = (
        "The Tamsfield Courier reported on Tuesday that Orlo Foods planned to close its bakery in Wenby.\n\n"
        "A spokesman for Orlo Foods, Bram Teller, said the company had no plans to raise bread prices."
    )
    assert not by_rules(text, "Bram Teller").is_denial


def test_there_being_no_need_to_act_is_advice_not_a_denial() -> None:
    text = (
        "Greenvale's water board said on Monday that a chemical spill had reached the Ossel river.\n\n"
        "The health office of Marrow County said there was no need for residents near the Ossel river to "
        "boil their water."
    )
    assert not by_rules(text, "Marrow County's health office").is_denial


def test_not_at_all_rules_out_every_case_like_any() -> None:
    text = (
        "Pelmont Rail said on Monday that it had offered every Carrow depot driver a transfer to Lisk.\n\n"
        "A Carrow depot driver, Nils Ambrose, said the notice he was sent had not mentioned a transfer "
        "at all."
    )
    assert by_rules(text, "Nils Ambrose").is_denial


def test_the_accused_saying_flatly_in_the_present_that_it_is_not_so() -> None:
    text = (
        "The Tervik rowing federation said on Monday that its captain, Jonas Brell, had gone on holiday.\n\n"
        '"I am not on holiday," said Jonas Brell.'
    )
    assert by_rules(text, "Jonas Brell").is_denial


def test_the_accused_saying_what_it_is_not_talking_about_denies_nothing() -> None:
    text = (
        "The Tervik rowing federation said on Monday that its captain, Jonas Brell, had gone on holiday.\n\n"
        '"I am not talking about a holiday," said Jonas Brell.'
    )
    assert not by_rules(text, "Jonas Brell").is_denial


def test_there_was_nothing_rebuts_like_nothing_was() -> None:
    text = (
        "A rival skipper, Oren Vask, said on Sunday that the Kestrel's keel had been packed with lead.\n\n"
        '"We opened the keel on Monday. There was nothing inside it but resin," said the Kestrel\'s '
        "skipper, Lotte Brink."
    )
    assert by_rules(text, "Lotte Brink").is_denial


def test_there_being_nothing_to_do_is_no_rebuttal() -> None:
    text = (
        "A rival skipper, Oren Vask, said on Sunday that the Kestrel's keel had been packed with lead.\n\n"
        '"There was nothing to discuss with him at the regatta," said the Kestrel\'s skipper, Lotte Brink.'
    )
    assert not by_rules(text, "Lotte Brink").is_denial
