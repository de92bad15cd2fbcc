"""Denials: denial verbs, words calling a claim untrue, first-person rebuttals, links."""

import datetime as dt

import pytest

from claims.extraction import extract, extract_many

pytestmark = pytest.mark.nlp


def by_speaker(text: str) -> dict:
    return {s.speaker: s for s in extract(text).statements}


@pytest.mark.parametrize("verb", ["denied", "rejected", "dismissed", "refuted", "disputed"])
def test_denial_verbs_with_a_claim(verb: str) -> None:
    (s,) = extract(f"The mining company {verb} claims that it had polluted the river.").statements
    assert s.is_denial
    assert s.cue == verb


def test_denied_that_it_plans_is_a_denial_not_a_decision() -> None:
    (s,) = extract("The port operator denied that it plans to cut jobs at the quay.").statements
    assert s.is_denial


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


def test_rejecting_what_someone_said_is_a_denial() -> None:
    text = (
        "Councillor Piet Haas said the tram plan would cost 40 million.\n\n"
        "Mayor Ines Roder rejected the figures."
    )
    denial = extract(text).statements[-1]
    assert denial.is_denial
    assert denial.denies == ("s1",)


def test_dismissing_a_person_is_not_a_denial() -> None:
    (s,) = extract("The club dismissed its coach, Arno Lehto, after the defeat.").statements or (None,)
    assert s is None or not s.is_denial


def test_calling_an_account_speculative() -> None:
    text = 'Analyst Mira Sol said the data had leaked.\n\nThe bank called her account "speculative."'
    denial = extract(text).statements[-1]
    assert denial.is_denial
    assert denial.denied_actor == "Mira Sol"


def test_standing_by_a_story_answers_the_denial() -> None:
    text = (
        "The Harbour Courier reported that the port had hidden a fuel spill.\n\n"
        "The port authority denied the report.\n\n"
        "The Courier said it stood by its story."
    )
    statements = extract(text).statements
    stand = statements[-1]
    assert stand.is_denial
    assert statements[1].id in stand.denies


def test_negative_subject_rebuts_a_claim() -> None:
    text = (
        "Researcher Alma Berg said the stolen file held customer passwords.\n\n"
        "The operator, Netfield Mobile, insisted that no passwords had been taken."
    )
    denial = extract(text).statements[-1]
    assert denial.is_denial
    assert denial.denies == ("s1",)


def test_own_side_never_did_it() -> None:
    text = (
        "Estmark's defence ministry said an Orlan jet had crossed its border on Sunday.\n\n"
        '"The Orlan air force has never sent a jet across that border," Orlan\'s foreign ministry said.'
    )
    denial = extract(text).statements[-1]
    assert denial.is_denial


def test_a_maxim_with_nobody_is_not_a_denial() -> None:
    text = (
        "The space agency said the first launch had failed.\n\n"
        '"Nobody reaches orbit on the first attempt," Science Minister Oren Falk told parliament.'
    )
    assert not extract(text).statements[-1].is_denial


def test_a_bare_negative_answer_is_not_a_denial() -> None:
    text = (
        "Critic Hal Brenner said the lake survey had overstated the warming.\n\n"
        '"We had not expected such a clear signal. The warming is real," said the survey leader, Ada Finn.'
    )
    assert not extract(text).statements[-1].is_denial


def test_what_a_denier_says_next_in_the_paragraph_explains_the_denial() -> None:
    text = (
        "Hydrologist Karl Weiss said the survey had overstated the warming.\n\n"
        "Survey leader Ada Finn rejected the criticism, saying the team had corrected for the season."
    )
    statements = extract(text).statements
    assert [s.is_denial for s in statements] == [False, True, True]


def test_a_promise_after_a_denial_is_not_a_denial() -> None:
    text = (
        "Hydrologist Karl Weiss said the survey had overstated the warming.\n\n"
        "Survey leader Ada Finn rejected the criticism and said the team would publish its raw data."
    )
    statements = extract(text).statements
    assert statements[-1].cue == "said"
    assert not statements[-1].is_denial


def test_the_claim_answers_the_claim_just_made() -> None:
    text = (
        "Engineer Rolf Amdal said the valve had failed twice in tests.\n\n"
        "Former pilot Nils Vik wrote that managers had ignored the warnings.\n\n"
        'The agency said the claim was "simply untrue."'
    )
    statements = extract(text).statements
    assert statements[-1].is_denial
    assert statements[-1].denies == (statements[1].id,)


def test_a_side_that_denied_goes_on_denying_in_other_words() -> None:
    text = (
        "Orlan rejected accusations by Estmark that its drones had crossed the border.\n\n"
        "Estmark's defence ministry said three drones had flown into its airspace on Sunday.\n\n"
        "Orlan's foreign ministry said no Orlan aircraft had been operating near the frontier."
    )
    assert extract(text).statements[-1].is_denial


def test_never_of_someone_the_other_side_accused() -> None:
    text = (
        "The witness, Lena Dorsch, said Marek Ivers had ordered her to hide the invoices.\n\n"
        '"You hid them yourself. Mr Ivers never ordered anything of the kind," '
        "defence lawyer Ole Brandt said."
    )
    assert extract(text).statements[-1].is_denial


@pytest.mark.parametrize(
    "words",
    [
        "were without merit",
        "had no basis in fact",
        "were misinformation",
        "were a distortion of the facts",
    ],
)
def test_more_ways_of_calling_a_claim_untrue(words: str) -> None:
    (s,) = extract(f"The clinic said the allegations {words}.").statements
    assert s.is_denial


def test_that_is_not_true() -> None:
    text = (
        "Critic Ola Berg said the clinic had lost records.\n\n"
        '"That is not true," the clinic\'s director, Siv Lund, said.'
    )
    assert extract(text).statements[-1].is_denial


def test_did_nothing_wrong() -> None:
    text = (
        "Regulator Ada Holm said the mill had dumped waste.\n\nThe mill insisted it had done nothing wrong."
    )
    assert extract(text).statements[-1].is_denial


def test_true_statement_is_no_denial() -> None:
    (s,) = extract("The clinic said it was true that waiting times had grown.").statements
    assert not s.is_denial


def test_own_words_that_reject() -> None:
    text = (
        "The regulator said the ferry firm's boats had been late on one sailing in four.\n\n"
        '"We reject the regulator\'s figures entirely," chief executive Mara Quist said.'
    )
    denial = extract(text).statements[-1]
    assert denial.is_denial
    assert denial.denies == ("s1",)


def test_owner_of_the_claim_is_an_organisation_met_before() -> None:
    text = (
        "Brenmouth's transport regulator said the ferry firm had ignored two warnings.\n\n"
        "The firm disputed the regulator's account."
    )
    denial = extract(text).statements[-1]
    assert denial.denied_actor == "Brenmouth's transport regulator"


def test_the_headline_is_no_claim_to_deny() -> None:
    text = (
        "Minister denies role in contract\n\n"
        "Opposition MP Carla Ruiz said the minister had approved the contract.\n\n"
        "Health Minister Tomas Ekberg denied any role in the award of the contract."
    )
    statements = extract(text).statements
    assert statements[0].speaker == "Minister"
    assert statements[-1].denies == (statements[1].id,)


def test_at_no_point() -> None:
    text = (
        "Witness Ola Brun said officers had struck the man after he was restrained.\n\n"
        '"At no point did officers strike this man once he had been restrained," police chief Alf Lode said.'
    )
    assert extract(text).statements[-1].is_denial


def test_claims_being_made_are_not_true() -> None:
    text = (
        "Campaigners said online that the police had beaten a man.\n\n"
        '"The claims being made online are simply not true," police chief Alf Lode said.'
    )
    assert extract(text).statements[-1].is_denial


def test_a_lawyer_for_the_client() -> None:
    text = (
        "Prosecutors said the official had taken bribes from a contractor.\n\n"
        '"My client has never taken a penny from anyone," her lawyer, Dag Ruud, told reporters.'
    )
    assert extract(text).statements[-1].is_denial


def test_there_was_no_agreement() -> None:
    text = (
        "Ostmark's presidency said the two leaders had reached an agreement on the border crossing.\n\n"
        '"There was no agreement on the crossing," Vesland\'s foreign minister, Lea Holm, said.'
    )
    assert extract(text).statements[-1].is_denial


def test_stood_by_every_word() -> None:
    text = (
        "The ministry said the readout of the meeting was wrong.\n\n"
        "The presidency said it stood by every word of the readout."
    )
    assert extract(text).statements[-1].is_denial


def test_calling_a_report_a_disgrace() -> None:
    text = (
        "The panel said the coach had bullied players.\n\n"
        'The coach, Aksel Dahl, called the report "a disgrace."'
    )
    assert extract(text).statements[-1].is_denial


def test_being_denied_entry_is_no_denial() -> None:
    text = "Two aid workers were denied entry at the Ostrava border crossing on Monday."
    assert extract(text).statements == ()


def test_a_denial_opening_the_story_links_to_the_claim_reported_below() -> None:
    text = (
        "The Dunlin water company denied on Tuesday that it had poisoned the river Esk.\n\n"
        "Angler Bo Lindgren said on Monday that the company had poisoned the river with sludge."
    )
    denial, claim = extract(text).statements
    assert denial.is_denial
    assert denial.denies == (claim.id,)
    assert denial.denied_actor == "Bo Lindgren"


def test_a_lawyer_does_not_deny_the_client() -> None:
    text = (
        "The tribunal said the jockey Ivo Marsh had bet on his own races.\n\n"
        "Marsh said he would appeal.\n\n"
        "His lawyer, Greta Holm, disputed the tribunal's findings."
    )
    statements = extract(text).statements
    denial = statements[-1]
    assert denial.is_denial
    assert denial.denies == (statements[0].id,)


def test_standing_by_a_report_links_to_its_denial_and_names_the_denier() -> None:
    text = (
        "The Wexley Courier reported that the mayor had hired his nephew.\n\n"
        "Mayor Otto Brand called the report false.\n\n"
        "The Courier said it stood by its reporting."
    )
    statements = extract(text).statements
    stand = statements[-1]
    assert stand.denies == (statements[1].id,)
    assert stand.denied_actor == "Otto Brand"


def test_a_claim_said_after_the_denial_is_not_what_it_denies() -> None:
    text = (
        "Inspector Lea Wik said on Monday that the dam had leaked.\n\n"
        "The dam operator, Norda Power, denied on Tuesday that the dam had leaked.\n\n"
        "Wik's colleague Per Aas said on Wednesday that the dam had leaked again."
    )
    statements = extract(text, dt.date(2024, 5, 9)).statements
    assert statements[1].denies == (statements[0].id,)


def test_dismissed_as_untrue_a_report_named_after_the_words() -> None:
    (s,) = extract(
        'The Orsa Rowing Club on Monday dismissed as "groundless" a newspaper report that its coach '
        "had doped rowers."
    ).statements
    assert s.is_denial
    assert s.content.startswith('as "groundless" a newspaper report')


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors rejected the cabinet's bid to close the library by 30 votes to 21.",
        "The tribunal denied a request from the club to hear the case in private.",
    ],
)
def test_a_decision_on_a_bid_or_request_is_no_statement(sentence: str) -> None:
    assert extract(sentence).statements == ()


def test_a_headline_ending_in_a_quotation_is_no_denial_of_its_own() -> None:
    text = (
        'Mill owner Per Sand calls sludge claim "false"\n\n'
        "Regulator Ada Holm said the Sand mill had dumped sludge into the river Esk.\n\n"
        "Per Sand said the mill had never dumped sludge into the Esk."
    )
    headline, claim, denial = extract(text).statements
    assert not headline.is_denial  # it sums up the body, where the denial is judged
    assert headline.denies == ()
    assert denial.denies == (claim.id,)


@pytest.mark.parametrize(
    "phrase",
    [
        "pushed back on the union's complaints",
        "brushed aside the union's complaints",
        "hit back at the union's complaints",
    ],
)
def test_phrasal_verbs_that_reject(phrase: str) -> None:
    text = (
        "The Dock Workers' Union said its members had not been paid since March.\n\n"
        f"Harbour director Ilse Varg {phrase} on Monday."
    )
    denial = extract(text).statements[-1]
    assert denial.is_denial
    assert denial.content == "the union's complaints"
    assert denial.denies == ("s1",)


def test_pushing_back_a_date_is_no_denial() -> None:
    assert extract("The Dock Workers' Union pushed back the vote by a week.").statements == ()


@pytest.mark.parametrize("verb", ["contested", "contradicted"])
def test_more_verbs_that_dispute_a_claim(verb: str) -> None:
    (s,) = extract(f"The ferry operator {verb} the inspector's account of the collision.").statements
    assert s.is_denial
    assert s.content == "the inspector's account of the collision"


def test_an_explanation_of_a_denial_does_not_pass_it_on() -> None:
    text = (
        "Hydrologist Karl Weiss said the survey had overstated the warming.\n\n"
        "Survey leader Ada Finn rejected the criticism, saying the team had corrected for the season. "
        "She suggested that Weiss had read an early draft."
    )
    statements = extract(text).statements
    assert [s.is_denial for s in statements] == [False, True, True, False]


def test_a_second_act_about_ones_own_doing_is_not_a_denial() -> None:
    text = (
        "Hydrologist Karl Weiss said the survey had overstated the warming.\n\n"
        'Survey leader Ada Finn called the criticism "nonsense" and said she had asked a lawyer to '
        "look at his remarks."
    )
    statements = extract(text).statements
    assert [s.is_denial for s in statements] == [False, True, False]


def test_what_does_not_exist_rebuts_a_report_of_it() -> None:
    text = (
        "People familiar with the matter said Stenholt Foods had made a takeover offer for the brewer.\n\n"
        'Chief executive Mia Roos called the reports "gossip." "We cannot weigh an offer that does '
        'not exist," she said.'
    )
    statements = extract(text).statements
    assert statements[-1].is_denial


def test_a_denial_quoted_over_two_paragraphs_denies_in_both() -> None:
    text = (
        "The Halden Post reported that police had detained two aid workers.\n\n"
        '"No aid worker has been detained by the police this year," the interior ministry said.\n\n'
        '"Those who spread such stories bear responsibility for the consequences."'
    )
    statements = extract(text).statements
    assert [s.is_denial for s in statements] == [False, True, True]


def test_not_one_of_them_is_a_negative_subject() -> None:
    text = (
        "Ostmark's army said Vesland's artillery had shelled the village of Harn.\n\n"
        "Vesland's defence ministry rejected the accusation. \"Not one shell has been fired from our "
        'positions," the ministry said.'
    )
    assert extract(text).statements[-1].is_denial


def test_the_next_sentence_of_a_denying_quotation_goes_on_denying() -> None:
    text = (
        "Opposition leader Marek Tolv said the treasury memo put the deficit at 6 percent.\n\n"
        "Finance Minister Elena Drav said the treasury had never produced such a memo. "
        '"I have read every forecast this ministry has made," she said. "None of them says 6 percent."'
    )
    assert extract(text).statements[-1].is_denial


def test_the_allegations_are_what_someone_alleged() -> None:
    text = (
        "Villagers alleged in a court filing that the Varn mine had poisoned the river.\n\n"
        '"My grandchildren used to swim there," said farmer Ilir Dodi, one of the plaintiffs.\n\n'
        'Varn Minerals called the allegations "a fabrication."'
    )
    statements = extract(text).statements
    assert statements[-1].is_denial
    assert statements[0].id in statements[-1].denies


@pytest.mark.parametrize(
    "words", ["described the claims as baseless", 'branded the claims "a smear"', "labelled the claims false"]
)
def test_describing_a_claim_as_untrue(words: str) -> None:
    text = f"Regulator Ada Holm said the mill had dumped waste.\n\nThe Esk Paper Mill {words}."
    denial = extract(text).statements[-1]
    assert denial.is_denial
    assert denial.denies == ("s1",)


RAIL_CLAIM = "The Velgard Rail Workers' Union said the operator had cut safety checks on night trains.\n\n"


@pytest.mark.parametrize(
    "answer",
    [
        "Nordbane took issue with the union's account.",
        "Nordbane said it did not recognise the union's figures.",
        "Nordbane said the claims were politically motivated.",
        'Nordbane said the union\'s statement contained "several errors."',
    ],
)
def test_more_ways_of_rejecting_a_claim(answer: str) -> None:
    denial = extract(RAIL_CLAIM + answer).statements[-1]
    assert denial.is_denial
    assert denial.denies == ("s1",)


def test_the_act_reported_negated() -> None:
    denial = extract(RAIL_CLAIM + "A Nordbane spokeswoman said safety checks had not been cut.").statements[
        -1
    ]
    assert denial.is_denial


def test_negating_another_act_is_no_denial() -> None:
    other = extract(
        RAIL_CLAIM + "A Nordbane spokeswoman said the night trains had not been full."
    ).statements[-1]
    assert not other.is_denial


def test_not_knowing_is_no_denial() -> None:
    text = RAIL_CLAIM + "Transport Minister Ida Lunde said she did not know whether checks had been cut."
    assert not extract(text).statements[-1].is_denial


def test_two_sides_deny_each_other() -> None:
    text = (
        "Ostmark's army said Vesland's artillery had shelled the village of Harn.\n\n"
        "Vesland's defence ministry rejected the accusation.\n\n"
        "Ostmark's foreign ministry dismissed the Vesland account as absurd."
    )
    claim, denial, counter = extract(text).statements
    assert denial.denies == (claim.id,)
    assert counter.denies == (denial.id,)
    assert counter.denied_actor == "Vesland"


def test_calling_claims_groundless_when_the_parser_loses_the_complement() -> None:
    text = (
        "The United Provinces accused Marlova of jamming satellite signals over the Tesh strait.\n\n"
        "A spokesman for Marlova's foreign ministry, Ilja Vorn, called the claims by the United "
        "Provinces groundless."
    )
    denial = extract(text).statements[-1]
    assert denial.is_denial
    assert denial.denies == ("s1",)


def test_no_such_thing_answers_what_the_other_side_said() -> None:
    text = (
        "Ardia's presidency said the two leaders had agreed to reopen the border crossing.\n\n"
        "Brenland's foreign ministry said no such agreement had been reached."
    )
    claim, denial = extract(text).statements
    assert denial.is_denial
    assert denial.denies == (claim.id,)


def test_saying_one_did_what_the_other_side_says_one_failed_to_do() -> None:
    text = (
        "The aviation authority said Cormorant Air had failed to refund passengers for cancelled flights.\n\n"
        "Cormorant Air said it had refunded every passenger who applied."
    )
    claim, denial = extract(text).statements
    assert denial.is_denial
    assert denial.denies == (claim.id,)


def test_a_report_of_what_someone_else_did_is_no_rebuttal() -> None:
    text = (
        '"I have never met Imre Szalk," party leader Lorcan Ferenc said.\n\n'
        "The Bastel Courant reported that he had met Szalk at a hotel."
    )
    assert not extract(text).statements[-1].is_denial


def test_a_demonym_names_the_country_whose_claim_is_denied() -> None:
    text = (
        "Norvane's interior minister, Alda Renk, said on Monday that Trevese patrol boats had entered "
        "Norvanian waters.\n\n"
        "Trevesa's navy rejected a Norvanian accusation that its boats had crossed the sea border."
    )
    statements = extract(text).statements
    claim = next(s for s in statements if s.speaker == "Alda Renk")
    denial = next(s for s in statements if s.is_denial)
    assert denial.denied_actor == "Norvane"
    assert denial.denies == (claim.id,)


def test_standing_by_every_one_of_its_results() -> None:
    text = "The laboratory said it stood by every one of its results."
    (s,) = extract(text).statements
    assert s.is_denial


@pytest.mark.parametrize(
    "sentence",
    [
        "The trade body said the paper's conclusions were not supported by its own data.",
        "The judge said the builder's evidence was not credible.",
    ],
)
def test_a_claim_said_not_to_hold(sentence: str) -> None:
    (s,) = extract(sentence).statements
    assert s.is_denial


def test_a_lawyer_voicing_her_clients_denial() -> None:
    text = 'His lawyer, Mira Tolson, said Osric Vail "strongly denies any wrongdoing."'
    (s,) = extract(text).statements
    assert s.is_denial


def test_a_lawyer_voicing_the_clients_denial_in_quotation_marks() -> None:
    text = (
        "Prosecutors in Kessby accused harbour master Ilse Marek of taking bribes from shipping agents.\n\n"
        '"She denies every word of it," her lawyer, Tomas Vell, said on Monday.'
    )
    assert by_speaker(text)["Tomas Vell"].is_denial


def test_quoting_what_the_accused_denied_back_then_is_no_denial() -> None:
    text = (
        "Harbour master Ilse Marek said she had never taken money from shipping agents.\n\n"
        '"She denied it at the time too. The ledger shows every payment," said prosecutor Anna Holt.'
    )
    assert not by_speaker(text)["Anna Holt"].is_denial


@pytest.mark.parametrize(
    "sentence",
    [
        'The mayor called the Harlow statement "creative bookkeeping."',
        'An aide said the company\'s explanation was "a tale nobody here believes."',
    ],
)
def test_someones_claim_described_in_quotation_marks(sentence: str) -> None:
    (s,) = extract(sentence).statements
    assert s.is_denial


def test_a_report_described_without_quotation_marks_is_no_denial() -> None:
    (s,) = extract("The mayor called the audit report a useful start.").statements
    assert not s.is_denial


def test_denying_someone_access_is_no_denial() -> None:
    text = "The ministry said Trevesa had denied its diplomats consular access to the prisoner."
    (s,) = extract(text).statements
    assert not s.is_denial


def test_what_the_other_state_did_does_not_explain_a_denial() -> None:
    text = (
        "Norvane's interior ministry said Trevese boats had entered its waters.\n\n"
        'Trevesa\'s foreign ministry called the accusation "absurd" and said Norvane had detained '
        "two Trevese fishermen without charge."
    )
    statements = extract(text).statements
    accusation = next(s for s in statements if s.content.startswith("Norvane had detained"))
    assert not accusation.is_denial
    assert any(s.is_denial for s in statements)


def test_a_rebuttal_naming_a_party_answers_that_partys_denial() -> None:
    text = (
        "Norvane's interior ministry said on Monday that it had arrested a Trevese surveyor.\n\n"
        'Trevesa\'s foreign ministry rejected the charge, calling it "a fabrication."\n\n'
        'At his weekly briefing, Olaf Brenner said Trevesa\'s statement was "an attempt to bury the facts."'
    )
    statements = extract(text).statements
    rejection = next(s for s in statements if s.content == "the charge")
    rebuttal = next(s for s in statements if s.speaker == "Olaf Brenner")
    assert rebuttal.is_denial
    assert rejection.id in rebuttal.denies


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry would neither confirm nor deny that talks had taken place.",
        "The court denied him bail on Tuesday.",
    ],
)
def test_look_alikes_of_a_denial_deny_nothing(sentence: str) -> None:
    assert not any(s.is_denial for s in extract(sentence).statements)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Nothing could be further from the truth," the harbour master said.',
        "The brewery said the price rise had nothing to do with the new tax.",
    ],
)
def test_idioms_that_reject_a_claim(sentence: str) -> None:
    (s,) = extract(sentence).statements
    assert s.is_denial


def test_a_denial_rejects_each_earlier_statement_of_the_claimant_on_the_matter() -> None:
    text = (
        "Mara Lind, the ferry union leader, said on Monday that the operator had cut safety checks on "
        "its night crossings.\n\n"
        '"Safety checks on the night crossings now take ten minutes instead of forty," Lind said.\n\n'
        "Lind also said the union would elect a new treasurer in March.\n\n"
        "A harbour official, Pieter Vos, said the night crossings had carried 4,000 passengers.\n\n"
        "Brisk Ferries rejected the union leader's claims about safety checks on its night crossings "
        "on Tuesday."
    )
    claim, evidence, _treasurer, _other, denial = extract(text).statements
    assert denial.is_denial
    assert denial.denies == (claim.id, evidence.id)


def test_a_negation_of_what_a_denier_did_goes_on_denying() -> None:
    text = (
        "Trevesa on Tuesday denied that its navy had rammed a Norvanian trawler.\n\n"
        '"At no point has Trevesa or any Trevese vessel rammed a fishing boat," spokesman Olaf Brenner '
        "told a briefing.\n\n"
        "Norvane's fisheries ministry said on Sunday that a Trevese patrol boat had rammed the trawler."
    )
    _denial, negation, claim = extract(text).statements
    assert negation.is_denial
    assert negation.denies == (claim.id,)


def test_ruling_out_the_plan_the_other_side_reported() -> None:
    text = (
        "The Lindgard Courier reported on Monday that a cabinet paper proposed closing twelve rural "
        "railway stations.\n\n"
        'Prime Minister Ada Holm said her government "will not close rural railway stations, this year '
        'or any year."\n\n'
        '"We will not appeal the ruling," the rail operator said.'
    )
    claim, ruled_out, promise = extract(text).statements
    assert ruled_out.is_denial
    assert ruled_out.denies == (claim.id,)
    assert not promise.is_denial


def test_who_defends_a_denier_is_on_its_side() -> None:
    text = (
        "Trevesa on Tuesday denied that its navy had rammed a Norvanian trawler.\n\n"
        '"At no point has Trevesa or any Trevese vessel rammed a fishing boat," spokesman Olaf Brenner '
        "told a briefing.\n\n"
        "Brenner said the navy had kept its patrol boats in port all weekend.\n\n"
        "Norvane's fisheries ministry said on Sunday that a Trevese patrol boat had rammed the trawler."
    )
    denial, defence, _ground, claim = extract(text).statements
    assert denial.denies == (claim.id,)
    assert defence.denies == (claim.id,)


def test_a_description_names_the_claimant_it_was_set_beside() -> None:
    text = (
        "Ashgrove Research, a short seller, said on Monday that Fenmoor Foods had inflated its sales.\n\n"
        "The Daily Wren reported that Fenmoor had fired its auditor.\n\n"
        "Fenmoor Foods rejected the short seller's report on Tuesday.\n\n"
        'Fenmoor also dismissed the newspaper\'s story as "fiction".'
    )
    report, story, rejection, dismissal = extract(text).statements
    assert (rejection.denied_actor, rejection.denies) == ("Ashgrove Research", (report.id,))
    assert (dismissal.denied_actor, dismissal.denies) == ("Daily Wren", (story.id,))


def test_not_denying_in_reported_words_is_no_denial() -> None:
    (s,) = extract("The club said it did not deny that talks had taken place.").statements
    assert not s.is_denial


@pytest.mark.parametrize(
    "sentence",
    [
        '"That is simply not what happened," the coach said.',
        'The bank said the report "bears no relation to reality."',
        "The company denied the allegations, its lawyer said.",
    ],
)
def test_further_ways_of_rejecting_a_claim(sentence: str) -> None:
    (s,) = extract(sentence).statements
    assert s.is_denial


def test_a_newspaper_report_names_the_outlet_as_its_author() -> None:
    text = (
        "The Daily Wren reported on Thursday that two of Fenmoor's auditors had resigned.\n\n"
        "Ashgrove Research, a short seller, said Fenmoor's auditors had resigned over its sales figures.\n\n"
        "Fenmoor Foods on Friday dismissed a newspaper report about its auditors as false."
    )
    report, _claim, dismissal = extract(text).statements
    assert dismissal.denied_actor == "Daily Wren"
    assert dismissal.denies == (report.id,)


@pytest.mark.parametrize(
    "denial",
    [
        "Fenmoor Foods rejected a report in the Harnsted Courier that it had fired its auditor.",
        "Fenmoor Foods on Tuesday denied a report published by the Harnsted Courier about its auditor.",
        "Fenmoor Foods rejected suggestions circulating online that it had fired its auditor.",
    ],
)
def test_a_denial_of_a_claim_made_elsewhere_links_to_nothing(denial: str) -> None:
    text = "Ashgrove Research said on Monday that Fenmoor Foods had fired its auditor.\n\n" + denial
    _claim, rejection = extract(text).statements
    assert rejection.is_denial
    assert rejection.denies == ()


def test_a_denial_opening_the_story_answers_the_claim_reported_next() -> None:
    text = (
        'Fenmoor Foods on Tuesday rejected the accusations as "absurd".\n\n'
        "Ashgrove Research said on Monday that Fenmoor had inflated its sales."
    )
    denial, claim = extract(text).statements
    assert denial.denies == (claim.id,)


def test_a_denial_rejects_the_claimants_camp_where_it_repeats_the_claim() -> None:
    text = (
        "Norvane's army said on Monday that Trevese artillery had shelled the village of Osk, killing "
        "two farmers.\n\n"
        "Trevesa's defence ministry on Tuesday rejected the accusation that its guns had fired on Osk.\n\n"
        "Norvane's interior minister, Ilse Darrow, said radar had tracked 14 shells fired from Trevese "
        "gun positions near Osk.\n\n"
        "A harbour official, Pieter Vos, said two ships had docked on Tuesday."
    )
    claim, denial, evidence, _other = extract(text).statements
    assert denial.denies == (claim.id, evidence.id)


@pytest.mark.parametrize(
    "sentence",
    [
        'The senator called Mayor Ilse Darrow "a disgrace."',
        "The minister called her vote for the dam a mistake.",
        "The envoy dismissed Norvane as a small country with big friends.",
        'The fact-checker said the claim was "mostly true."',
        '"This just isn\'t right," the union leader said.',
        'The senator called the bank\'s behaviour "outrageous."',
        '"We are worried he may lie and spread misinformation," the campaign manager said.',
        '"There is no one more experienced than Mara Lind at winning votes," the analyst said.',
        "The campaign manager said that the senator tells so many lies that nobody can keep up.",
    ],
)
def test_insults_regrets_and_ratings_deny_nothing(sentence: str) -> None:
    assert not any(s.is_denial for s in extract(sentence).statements)


@pytest.mark.parametrize(
    "sentence",
    [
        '"These claims are ridiculous," the mayor said.',
        'The minister called the report "outrageous propaganda."',
    ],
)
def test_a_claim_called_ridiculous_is_denied(sentence: str) -> None:
    (s,) = extract(sentence).statements
    assert s.is_denial


def test_not_having_done_something_denies_only_a_charge_against_oneself() -> None:
    talk = "A harbour official, Pieter Vos, said the new ferry timetable would start in June.\n\n"
    charge = "A harbour official, Pieter Vos, said Mara Lind had seen the new ferry timetable early.\n\n"
    answer = '"I have not seen the new ferry timetable," the novelist Mara Lind said.'
    assert not extract(talk + answer).statements[-1].is_denial
    assert extract(charge + answer).statements[-1].is_denial


def test_that_pointing_at_a_claim_still_refers_to_it() -> None:
    (s,) = extract('"That is false," the mayor said.').statements
    assert s.is_denial


def test_the_charge_reaches_back_to_the_claimants_camp() -> None:
    text = (
        "Norvane's interior ministry said on Monday that it had arrested a Trevese surveyor for spying.\n\n"
        "The surveyor, Olaf Brenner, had been spying on the naval base for a year, "
        "Norvane's interior minister Ilse Darrow said.\n\n"
        "Trevesa's foreign ministry rejected the charge that its surveyor had been spying."
    )
    charge, detail, rejection = extract(text).statements
    assert rejection.denies == (charge.id, detail.id)


def test_what_the_claimants_camp_said_on_another_matter_is_not_denied() -> None:
    text = (
        "The new border post will open in June, Norvane's interior minister Ilse Darrow said.\n\n"
        "Norvane's interior ministry said on Monday that it had arrested a Trevese surveyor for spying.\n\n"
        "Trevesa's foreign ministry rejected the charge that its surveyor had been spying."
    )
    _border, charge, rejection = extract(text).statements
    assert rejection.denies == (charge.id,)


_GIFTS = (
    "The Askel Herald reported that the harbour master, Tove Lindqvist, had taken gifts from a shipper.\n\n"
)


def _last_is_denial(text: str) -> bool:
    return extract(text).statements[-1].is_denial


@pytest.mark.parametrize("word", ["falsehoods", "untruths", "innuendo"])
def test_words_of_falsehood_call_a_claim_untrue(word: str) -> None:
    assert _last_is_denial(_GIFTS + f"Lindqvist said the report was full of {word}.")


@pytest.mark.parametrize("word", ["flawed", "misguided", "selective", "overblown"])
def test_weak_words_said_of_a_claim_or_an_analysis(word: str) -> None:
    assert _last_is_denial(_GIFTS + f"Lindqvist said the Herald's analysis was {word}.")


def test_weak_words_said_of_a_policy_are_no_denial() -> None:
    (s,) = extract("The port director, Aksel Brun, said the old berthing system was flawed.").statements
    assert not s.is_denial


def test_errors_in_an_article_deny_it() -> None:
    assert _last_is_denial(_GIFTS + "Lindqvist said the article contained serious factual errors.")


def test_it_was_wrong_to_do_something_judges_an_act() -> None:
    assert not _last_is_denial(_GIFTS + "Lindqvist said it was wrong to close the ferry terminal.")


def test_not_with_a_quoted_predicate() -> None:
    assert _last_is_denial(_GIFTS + 'Lindqvist said the report was "not accurate".')


@pytest.mark.parametrize("subject", ["None of this", "Not one word of it"])
def test_a_negative_subject_says_a_claim_is_not_true(subject: str) -> None:
    assert _last_is_denial(_GIFTS + f'"{subject} is true," Lindqvist said.')


def test_could_not_be_further_from_the_truth() -> None:
    assert _last_is_denial(_GIFTS + 'Lindqvist said the story "could not be further from the truth".')


def test_not_a_shred_of_truth() -> None:
    assert _last_is_denial(_GIFTS + '"There is not a shred of truth in it," Lindqvist said.')


@pytest.mark.parametrize("words", ["It never happened.", "This did not happen."])
def test_the_claimed_event_never_happened(words: str) -> None:
    assert _last_is_denial(_GIFTS + f'Lindqvist said: "{words}"')


def test_happened_later_is_no_denial() -> None:
    (s,) = extract('"It did not happen overnight," the port director, Aksel Brun, said.').statements
    assert not s.is_denial


@pytest.mark.parametrize(
    "words",
    [
        "the story does not stand up to scrutiny",
        "the numbers do not add up",
        "that argument does not hold water",
    ],
)
def test_a_claim_that_does_not_hold(words: str) -> None:
    assert _last_is_denial(_GIFTS + f"Lindqvist said {words}.")


@pytest.mark.parametrize(
    "words",
    [
        "the Herald had misrepresented her dealings with the shipper",
        "the reporters were lying",
        "her remarks had been twisted",
        "the story had been made up",
    ],
)
def test_someone_else_got_the_facts_wrong(words: str) -> None:
    assert _last_is_denial(_GIFTS + f"Lindqvist said {words}.")


def test_an_accusation_of_misconduct_is_no_denial() -> None:
    text = "Prosecutors alleged that the clerk, Jon Aas, had lied to the harbour board about his shifts."
    (s,) = extract(text).statements
    assert not s.is_denial


def test_a_subsidy_that_distorts_a_market_is_no_denial() -> None:
    text = "The economist Hedda Moen said the subsidy would distort the fish market."
    (s,) = extract(text).statements
    assert not s.is_denial


def test_got_it_wrong() -> None:
    assert _last_is_denial(_GIFTS + 'Lindqvist said the Herald had "got its facts wrong".')


@pytest.mark.parametrize(
    "words",
    ['the report was "at odds with the facts"', 'the Herald\'s account "does not correspond to reality"'],
)
def test_at_odds_with_reality(words: str) -> None:
    assert _last_is_denial(_GIFTS + f"Lindqvist said {words}.")


def test_the_facts_say_otherwise() -> None:
    assert _last_is_denial(_GIFTS + 'Lindqvist said: "The facts say otherwise."')


def test_peddling_myths() -> None:
    assert _last_is_denial(_GIFTS + 'Lindqvist said the Herald was "peddling myths".')


def test_disagreeing_with_a_claim() -> None:
    assert _last_is_denial(_GIFTS + "Lindqvist said she strongly disagreed with the Herald's account.")


def test_not_borne_out_with_the_subject_on_were() -> None:
    assert _last_is_denial(
        _GIFTS + 'Lindqvist said the Herald\'s claims were "simply not borne out by the facts".'
    )


@pytest.mark.parametrize(
    "words",
    [
        '"I never said that," Lindqvist said.',
        "Lindqvist said she had never promised to give the shipper a berth.",
    ],
)
def test_disowning_words_one_is_said_to_have_said(words: str) -> None:
    text = "The Askel Herald reported that Tove Lindqvist had promised to give the shipper a berth.\n\n"
    assert _last_is_denial(text + words)


def test_not_saying_when_is_no_denial() -> None:
    text = "The Askel Herald reported that Tove Lindqvist had promised to give the shipper a berth.\n\n"
    assert not _last_is_denial(text + '"I would not say that," Lindqvist said.')


def test_the_facts_do_not_bear_it_out() -> None:
    assert _last_is_denial(_GIFTS + 'Lindqvist said: "The facts do not bear that out."')


def test_insisting_on_the_contrary_of_the_other_side() -> None:
    text = (
        "Ostmark's trade minister said there had never been a fishing accord with Brelia.\n\n"
        'A Brelish negotiator, Ilsa Varga, insisted the fishing accord had been "signed and sealed".'
    )
    assert _last_is_denial(text)


def test_insisting_on_a_plan_is_no_denial() -> None:
    text = (
        "Ostmark's trade minister said there had never been a fishing accord with Brelia.\n\n"
        "A Brelish negotiator, Ilsa Varga, insisted the fishing accord would be signed in May."
    )
    assert not _last_is_denial(text)


_BRIBES = "Prosecutors in Askel said the harbour master, Tove Lindqvist, had taken bribes from a shipper.\n\n"


@pytest.mark.parametrize(
    "words",
    [
        'Lindqvist said she was "completely innocent" of the charges.',
        'Her lawyer, Jonas Brekke, said: "My client is innocent."',
        'Lindqvist said she had "nothing to hide".',
    ],
)
def test_the_accused_saying_they_are_innocent(words: str) -> None:
    assert _last_is_denial(_BRIBES + words)


def test_someone_else_innocent_is_no_denial() -> None:
    (s,) = extract(
        "The harbour master, Tove Lindqvist, said the shipper's crew were innocent men."
    ).statements
    assert not s.is_denial


def test_a_spokeswoman_voicing_her_principals_rejection() -> None:
    text = (
        "Prosecutors in Askel said the mayor, Tove Lindqvist, had taken bribes from a shipper.\n\n"
        'Lindqvist\'s spokeswoman said the mayor "rejects the allegations in the strongest terms".'
    )
    assert _last_is_denial(text)


def test_nothing_in_common_with_reality() -> None:
    assert _last_is_denial(_GIFTS + 'Lindqvist said the story "has nothing in common with reality".')


def test_making_things_up() -> None:
    assert _last_is_denial(_GIFTS + 'Lindqvist said the Herald was "simply making things up".')


def test_making_up_a_shortfall_is_no_denial() -> None:
    (s,) = extract("The harbour master, Tove Lindqvist, said the port had made up the shortfall.").statements
    assert not s.is_denial


def test_not_saying_something_now_is_no_disowning() -> None:
    text = "The Askel Herald reported that Tove Lindqvist had promised to give the shipper a berth.\n\n"
    assert not _last_is_denial(text + '"I am not saying the port should close," Lindqvist said.')


def test_having_lied_to_someone_is_an_accusation() -> None:
    text = "The harbour master, Tove Lindqvist, said the shipper had lied to the harbour board."
    (s,) = extract(text).statements
    assert not s.is_denial


def test_a_flawed_candidate_is_no_denial() -> None:
    text = '"It is not about her age. She is a flawed candidate," the councillor Per Olsen said.'
    (s,) = extract(text).statements
    assert not s.is_denial


def test_that_will_not_happen_forecasts() -> None:
    text = _GIFTS + '"I keep telling myself that will not happen," Lindqvist said.'
    assert not _last_is_denial(text)


def test_correction_frame_denies_a_description() -> None:
    text = (
        "Players at Dunmere Rowing Club said the coach, Ansel Fry, had bullied them.\n\n"
        '"That is not bullying. That is hard training," said the club chairman, Tobias Wren.'
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Tobias Wren")
    assert reply.is_denial


def test_there_is_no_x_there_is_y_denies() -> None:
    text = (
        "Residents of Pellow said the mayor had a secret plan to sell the park.\n\n"
        '"There is no secret plan. There is a gap in the budget," said the mayor, Ilse Varga.'
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Ilse Varga")
    assert reply.is_denial


def test_a_judgement_after_praise_is_no_correction() -> None:
    text = '"That is a fine idea. It is not cheap," said the treasurer of Pellow, Ilse Varga.'
    (s,) = extract(text).statements
    assert not s.is_denial


def test_a_figure_called_inaccurate_is_a_denial() -> None:
    text = (
        "The Orvale tenants' union said 900 flats stood empty.\n\n"
        "A housing office spokeswoman said the figure was wildly inaccurate."
    )
    reply = next(s for s in extract(text).statements if s.speaker != "Orvale tenants' union")
    assert reply.is_denial


def test_dismissing_whoever_says_otherwise_is_a_denial() -> None:
    text = (
        "The Harrowby tenants' group said the landlord had hidden the repair bills.\n\n"
        '"Anyone who says otherwise has not read our accounts," said the landlord, Piet Oland.'
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Piet Oland")
    assert reply.is_denial


def test_the_idea_that_called_grotesque_is_a_denial() -> None:
    text = (
        "Prosecutors in Varnby said the treasurer, Ida Kemp, had taken money from the choir.\n\n"
        '"The idea that I would take money from my own choir is grotesque," Ida Kemp said.'
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Ida Kemp")
    assert reply.is_denial


def test_a_figure_plucked_from_the_air_is_a_denial() -> None:
    text = (
        "The Kelmor dockers' union said 700 jobs would go.\n\n"
        "The port's chairman, Olaf Brenn, said the figure had been plucked from the air."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Olaf Brenn")
    assert reply.is_denial


def test_insisting_there_was_none_is_a_denial() -> None:
    text = (
        "Villagers in Dornby said a pipe at the Ashgrove dye works had burst.\n\n"
        "The owner of the works, Piet Oland, insisted there had been no burst pipe."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Piet Oland")
    assert reply.is_denial


def test_a_search_that_found_not_one_case_is_a_denial() -> None:
    text = (
        "The Varnby opposition said the count had been rigged.\n\n"
        'The commission chairman, Ida Kemp, said her staff had checked every ballot box and found "not '
        'one case" of fraud.'
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Ida Kemp")
    assert reply.is_denial


def test_finding_no_survivors_is_no_denial() -> None:
    (s,) = extract("Rescuers in Hallam said they had found no survivors in the wreck.").statements
    assert not s.is_denial


def test_an_analysis_kept_unchanged_answers_a_rejection() -> None:
    text = (
        "The Kelmor mill said the blogger's analysis was wrong.\n\n"
        "The blogger, Olaf Brenn, said his analysis was unchanged."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Olaf Brenn")
    assert reply.is_denial


def test_standing_by_a_post_answers_a_rejection() -> None:
    text = (
        "The Kelmor mill said the blogger's claims were wrong.\n\n"
        "The blogger, Olaf Brenn, said he stood by the post."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Olaf Brenn")
    assert reply.is_denial


def test_an_aside_inside_a_denial_is_not_a_denial() -> None:
    text = (
        "Villagers in Dornby said a pipe at the Ashgrove dye works had burst.\n\n"
        "The owner, Piet Oland, who said he heard of the claim from a neighbour, insisted there had "
        "been no burst pipe."
    )
    aside = next(
        s for s in extract(text).statements if "neighbour" in s.content and "insisted" not in s.content
    )
    assert not aside.is_denial


def test_not_just_x_it_is_y_adds_rather_than_corrects() -> None:
    text = '"It is not just a festival. It is a cause," said the organiser in Varnby, Olaf Brenn.'
    (s,) = extract(text).statements
    assert not s.is_denial


def test_a_denial_coordinated_with_an_announcement_is_a_denial() -> None:
    text = (
        "The Kelmor bakers' union said the bakery had misled workers.\n\n"
        "The bakery owner, Ostby Foods, yesterday announced plans to cut 40 jobs and flatly denied "
        "union claims that it had misled workers."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Ostby Foods")
    assert reply.is_denial


def test_a_plan_to_deny_bonuses_is_not_a_denial() -> None:
    text = (
        "The Kelmor bakers' union said the bakery had misled workers.\n\n"
        "The bakery owner, Ostby Foods, yesterday announced plans to cut 40 jobs and to deny bonuses "
        "to staff."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Ostby Foods")
    assert not reply.is_denial


def test_there_is_no_doubt_affirms() -> None:
    text = '"There are many of us. There is no doubt about that," said the Varnby organiser, Olaf Brenn.'
    (s,) = extract(text).statements
    assert not s.is_denial


def test_it_standing_for_a_clause_is_no_correction() -> None:
    text = (
        '"It was my task to plan the merger. It was not their task to plan it," said the Varnby '
        "chairman, Olaf Brenn."
    )
    (s,) = extract(text).statements
    assert not s.is_denial


def test_a_deal_that_exists_only_in_press_releases_is_denied() -> None:
    text = (
        "The Varnby government said it had agreed a trade deal with Ostmark.\n\n"
        "Opposition leader Ida Kemp said it was a deal that exists only in government press releases."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Ida Kemp")
    assert reply.is_denial


def test_a_frog_that_exists_only_in_one_place_is_no_denial() -> None:
    text = "The Varnby zoo keeper Ida Kemp said the green frog exists only in the Varnby hills."
    (s,) = extract(text).statements
    assert not s.is_denial


def test_a_report_planted_by_rivals_is_denied() -> None:
    text = (
        "The Kelmor Post said the mayor had sold the town park.\n\n"
        "The mayor, Olaf Brenn, said the report had been planted by his rivals."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Olaf Brenn")
    assert reply.is_denial


def test_trees_planted_by_rivals_deny_nothing() -> None:
    text = "The mayor of Kelmor, Olaf Brenn, said the trees had been planted by his rivals."
    (s,) = extract(text).statements
    assert not s.is_denial


def test_correction_frame_in_coordinated_clauses() -> None:
    text = (
        "The Varnby union said the closure list was only a draft.\n\n"
        '"I saw the papers. That is what it was, and it was not a draft," said the former minister, '
        "Olaf Brenn."
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Olaf Brenn")
    assert reply.is_denial


def test_the_other_side_has_misread_is_a_denial() -> None:
    text = (
        "The Varnby energy regulator said the fee broke its rules.\n\n"
        '"We believe the regulator has misread its own rules," the chief executive, Olaf Brenn, said.'
    )
    reply = next(s for s in extract(text).statements if s.speaker == "Olaf Brenn")
    assert reply.is_denial


def test_having_misread_a_map_oneself_is_no_denial() -> None:
    (s,) = extract("The Varnby walker Olaf Brenn said he had misread the map.").statements
    assert not s.is_denial


def test_a_plural_claimant_named_before_it_speaks_is_linked() -> None:
    text = (
        "The harbour master on Monday disputed residents' claims that the quay lights had been dark "
        "for a week.\n\n"
        "Several residents of the Saltgate flats told a council meeting that the quay lights had been dark "
        "since the storm."
    )
    statements = extract(text).statements
    denial, claim = statements[0], statements[-1]
    assert denial.is_denial
    assert claim.speaker.startswith("residents")
    assert denial.denied_actor == claim.speaker
    assert claim.id in denial.denies


def test_a_rival_does_not_speak_for_the_one_she_accuses() -> None:
    text = (
        "The mayor of Brenholt, Tomas Ferl, has denied using city contracts to reward donors, after "
        "his defeated rival, Ida Lund, accused him of handing paving work to three of his backers."
    )
    statements = extract(text).statements
    denial, claim = statements[0], statements[-1]
    assert claim.speaker == "Ida Lund"
    assert denial.is_denial
    assert claim.id in denial.denies


def test_never_of_ones_own_past_answers_the_other_side_in_other_words() -> None:
    text = (
        "The Tarnwick dockers' union said on Monday that crane drivers had been forced to work "
        "double shifts for a month.\n\n"
        '"We have never stretched a rota beyond the legal limit," the port company said.'
    )
    rebuttal = extract(text).statements[-1]
    assert rebuttal.is_denial


def test_never_having_seen_something_is_no_rebuttal() -> None:
    text = (
        "Analysts at Corvane Bank said on Monday that ferry bookings would fall this summer.\n\n"
        '"We have never seen demand like this," the ferry operator said.'
    )
    assert not extract(text).statements[-1].is_denial


def test_a_negation_ruling_out_every_case_answers_the_other_side() -> None:
    text = (
        "Rebels in the Orvane delta said on Sunday that their fighters had sunk a navy patrol boat "
        "with a mortar.\n\n"
        'The navy said on Monday that the boat "was not hit by any shell" and had run aground.'
    )
    rebuttal = extract(text).statements[-1]
    assert rebuttal.is_denial


def test_a_plain_negation_of_someone_elses_act_is_no_rebuttal() -> None:
    text = (
        "Rebels in the Orvane delta said on Sunday that their fighters had sunk a navy patrol boat "
        "with a mortar.\n\n"
        "The harbour office said on Monday that the ferry had not sailed because of the fog."
    )
    assert not extract(text).statements[-1].is_denial


def test_there_is_no_such_thing_said_flatly_answers_the_other_side() -> None:
    text = (
        "The Marrow Valley growers' association said on Friday that the water board had drawn up a "
        "secret order of farms to lose water first.\n\n"
        '"There is no hidden list," said Ada Brennick, who chairs the water board.'
    )
    assert extract(text).statements[-1].is_denial


def test_there_is_no_inside_a_condition_is_not_a_denial() -> None:
    text = (
        "The Marrow Valley growers' association said on Friday that the water board kept a secret "
        "list of farms to be cut off first.\n\n"
        '"If there is no list, the board can publish its rota," said Ada Brennick, who chairs the '
        "water board."
    )
    assert not extract(text).statements[-1].is_denial


def test_a_company_named_by_its_short_name_is_its_chief_executives_own_side() -> None:
    text = (
        "The Orlin Parents' Forum said on Monday that the dairy supplying Orlin schools had put stale "
        "cheese in pupils' lunches.\n\n"
        '"Halbeck has never shipped a product past its sell-by day," said Ivo Tamm, chief '
        "executive of Halbeck Dairies."
    )
    assert extract(text).statements[-1].is_denial


def test_a_denial_verb_the_tagger_reads_as_a_noun_still_denies() -> None:
    text = (
        "The Korlan miners' union said on Monday that the mine owner had switched off gas alarms "
        "to keep digging.\n\n"
        'A spokesman for the owner, Ivo Brent, said the firm "categorically" rejects suggestions '
        "that it had switched off any alarm."
    )
    assert extract(text).statements[-1].is_denial


@pytest.mark.parametrize("label", ["a fairy tale for the tabloids", "idle speculation"])
def test_calling_a_claim_a_tale_or_speculation(label: str) -> None:
    text = (
        "The Vestra Shipping Union said on Monday that the port had sacked forty dockers.\n\n"
        f'The port\'s director, Alma Ruud, called it "{label}."'
    )
    assert extract(text).statements[-1].is_denial


def test_calling_a_plan_a_tale_of_two_cities_is_no_denial() -> None:
    text = "The mayor, Alma Ruud, called the new budget a tale of two cities."
    assert not extract(text).statements[-1].is_denial


def test_that_is_not_what_the_records_show() -> None:
    text = (
        "The Orsk tenants' group said on Monday that the landlord had ignored 300 repair requests.\n\n"
        '"That is not what our logs show," said Pia Lund, the landlord\'s manager.'
    )
    assert extract(text).statements[-1].is_denial


def test_it_did_not_happen_the_way_they_tell_it() -> None:
    text = (
        "Residents of Holm Street said on Monday that the council had cut their water without "
        "warning.\n\n"
        '"That simply did not happen the way people are describing," said Ruth Alder, the '
        "council's water officer."
    )
    assert extract(text).statements[-1].is_denial


def test_none_of_that_is_x_it_is_y_corrects_the_other_side() -> None:
    text = (
        "A councillor, Eamon Wirth, said on Monday that the mayor had hidden the cost of the new "
        "bridge.\n\n"
        '"None of that is a secret. It is a public tender," said Mayor Ilse Brandt.'
    )
    assert extract(text).statements[-1].is_denial


@pytest.mark.parametrize("words", ["I did not do it.", "I will not apologise for something I did not do."])
def test_i_did_not_do_it(words: str) -> None:
    text = (
        "Prosecutors said on Monday that Ferran Osk had set fire to the warehouse.\n\n"
        f'"{words}" Osk told reporters outside the court.'
    )
    assert extract(text).statements[-1].is_denial


def test_we_did_not_do_enough_concedes() -> None:
    text = (
        "The Ashby flood group said on Monday that the council had ignored warnings.\n\n"
        '"We did not do enough," said Mara Pell, the council leader.'
    )
    assert not extract(text).statements[-1].is_denial


def test_we_have_not_spoken_to_anyone_answers_the_other_side() -> None:
    text = (
        "Rival club Dunmore Town said on Monday that Harlow United had approached its goalkeeper "
        "behind its back.\n\n"
        '"We have not spoken to the player or to anyone acting for him," said Vera Holm, '
        "Harlow United's chief executive."
    )
    assert extract(text).statements[-1].is_denial


def test_our_figure_not_the_one_they_announced() -> None:
    text = (
        "The interior ministry said on Sunday that 8,000 people had marched in Tarsk.\n\n"
        '"At least 40,000 people marched in Tarsk, not the 8,000 the ministry has announced," said '
        "the organiser, Lena Fors."
    )
    assert extract(text).statements[-1].is_denial


def test_false_invoices_in_an_accusation_are_no_denial() -> None:
    text = (
        "Prosecutors alleged on Monday that Ida Varn had created false invoices and moved the money "
        "out of the charity's account."
    )
    assert not extract(text).statements[-1].is_denial


def test_the_deniers_next_quote_after_a_paragraph_of_background_goes_on_denying() -> None:
    text = (
        "The Tolvar Farmers' League said on Monday that the grain board had sold reserve wheat "
        "abroad.\n\n"
        "The grain board's chair, Oda Renn, rejected the accusation on Tuesday.\n\n"
        "The board holds about 400,000 tonnes in six silos around the country.\n\n"
        '"Every tonne is where our inventory says it is, down to the last sack," Renn said.'
    )
    statements = extract(text).statements
    assert statements[-1].speaker == "Oda Renn"
    assert statements[-1].is_denial


def test_the_deniers_next_quote_after_someone_else_spoke_is_judged_on_its_own() -> None:
    text = (
        "The Tolvar Farmers' League said on Monday that the grain board had sold reserve wheat "
        "abroad.\n\n"
        "The grain board's chair, Oda Renn, rejected the accusation on Tuesday.\n\n"
        "A trader, Piet Alsen, said prices had risen by a tenth since March.\n\n"
        '"We will publish the harvest figures in June," Renn said.'
    )
    assert not extract(text).statements[-1].is_denial


@pytest.mark.parametrize(
    "sentence",
    [
        'The defence lawyer, Ana Pires, called the ruling "a verdict in search of evidence."',
        'The lawyer, Tomas Weir, called the sheriff\'s description "a bedtime story".',
        'Ole Brandt, the mill owner, called the flood warning "a scare story for the insurers."',
    ],
)
def test_a_ruling_a_description_or_a_warning_given_a_quoted_description(sentence: str) -> None:
    (s,) = extract(sentence).statements
    assert s.is_denial


def test_a_quoted_label_set_before_a_report_rejects_it() -> None:
    (s,) = extract(
        'The ferry company Nordlink on Monday branded as "a fairy story for tourists" a union report '
        "that its crews had skipped safety drills."
    ).statements
    assert s.is_denial


@pytest.mark.parametrize(
    "sentence",
    [
        'A spokeswoman, Rita Kell, said the bakery "flatly" rejects claims that it had mislabelled bread.',
        "Her lawyer, Jon Esk, said that Ms Varga ‘utterly rejects’ Mr Holm’s account of the meeting.",
    ],
)
def test_a_quoted_denial_verb_read_as_a_noun_still_denies(sentence: str) -> None:
    (s,) = extract(sentence).statements
    assert s.is_denial


def test_records_contradicting_an_account_deny_it() -> None:
    (s,) = extract(
        "The shipping registry Portwatch said its records contradicted the navy's account of the collision."
    ).statements
    assert s.is_denial


def test_standing_by_an_assessment() -> None:
    (s,) = extract("The rating agency Corvel said on Monday that it stood by its assessment.").statements
    assert s.is_denial


@pytest.mark.parametrize(
    "text",
    [
        '"The regulator can call it whatever it likes. The cracks are real," said Ana Holt.',
        '"Brisk can say what it likes. We have the shells," the minister, Ole Tarn, told reporters.',
    ],
)
def test_letting_the_other_side_say_what_it_likes_is_a_retort(text: str) -> None:
    (s,) = extract(text).statements
    assert s.is_denial


def test_laughing_off_an_account_denies_it() -> None:
    (s,) = extract("Rebel spokesman Ivo Dask laughed off the army’s account of the battle.").statements
    assert s.is_denial
    assert s.content == "the army’s account of the battle"


def test_standing_by_findings_whose_attacker_is_unclear_answers_the_denials() -> None:
    text = (
        "Investigator Pia Lund said the ferry company Nordlink had falsified its safety logs.\n\n"
        "Nordlink denied the claims.\n\n"
        "Transport analyst Emil Rask said ferry fares had risen by a tenth.\n\n"
        "The inspectors' office said it stood by its findings."
    )
    statements = extract(text).statements
    stand = statements[-1]
    assert stand.is_denial
    assert stand.denies == (statements[1].id,)


def test_a_denial_links_the_claim_it_spells_out_over_the_nearest_statement() -> None:
    text = (
        "Activist Tove Brun said the Hallern reservoir was contaminated with lead.\n\n"
        "She also said prices had risen twice this year.\n\n"
        "The water board rejected reports that the reservoir was contaminated."
    )
    statements = extract(text).statements
    assert statements[-1].is_denial
    assert statements[-1].denies == (statements[0].id,)


def test_the_accusation_is_the_claim_as_first_reported_not_only_its_last_detail() -> None:
    text = (
        "Auditor Lina Holt said the Verlund museum had sold old paintings without approval.\n\n"
        "She said the sales had raised about 2 million crowns.\n\n"
        "The museum rejected the accusation."
    )
    statements = extract(text).statements
    assert statements[-1].is_denial
    assert statements[0].id in statements[-1].denies


def test_accusing_the_claimant_of_inventing_it_is_a_denial() -> None:
    text = (
        "The Orvik Miners' Federation said on Monday that the company had paid a bribe to an inspector.\n\n"
        "The company accused the federation of inventing the bribe to win a pay rise."
    )
    answer = extract(text).statements[-1]
    assert answer.is_denial
    assert answer.denies == ("s1",)


def test_accusing_the_claimant_of_quoting_out_of_context_is_a_denial() -> None:
    text = (
        "Ms Halloran said the minister had mocked farmers at a dinner.\n\n"
        "The minister accused the newspaper of taking his joke out of its context."
    )
    assert extract(text).statements[-1].is_denial


def test_accusing_someone_of_lying_to_investigators_is_a_charge_not_a_denial() -> None:
    text = (
        "Prosecutors said the clerk had stolen the ledgers.\n\n"
        "The judge accused the clerk of lying to investigators."
    )
    assert not extract(text).statements[-1].is_denial


def _by_rules(text: str) -> dict:
    (result,) = extract_many([(text, None)], learned_denials=False)
    return {s.speaker: s for s in result.statements}


def test_telling_what_another_side_says_never_happened_is_no_denial() -> None:
    text = (
        "Kestria's navy said its patrol boats had fired on a Lorvan trawler. Lorva's coast guard denied "
        "that any trawler had been hit.\n\n"
        '"The families hear two stories. The navy says the boats fired, the coast guard says it never '
        'happened, and nobody calls us back," said Mila Dorn, whose brother is on the trawler.'
    )
    assert not _by_rules(text)["Mila Dorn"].is_denial


def test_a_lawyer_saying_the_client_says_it_never_happened_denies() -> None:
    text = (
        "Kestria's navy said the trawler captain, Oskar Vell, had rammed a patrol boat.\n\n"
        '"He says it never happened, and the logs back him," said Vell\'s lawyer, Rhea Munt.'
    )
    assert _by_rules(text)["Rhea Munt"].is_denial


def test_whatever_the_other_side_wants_to_call_it_sets_its_name_aside() -> None:
    text = (
        "The Dunmere docks company said the crane drivers had walked out on strike.\n\n"
        '"They were locked out at the gate. That is a lockout, whatever the company wants to call it," '
        "said union organiser Petra Holm."
    )
    assert _by_rules(text)["Petra Holm"].is_denial


def test_whatever_we_choose_to_call_it_sets_nothing_aside() -> None:
    text = (
        "The Dunmere docks company said the crane drivers had walked out on strike.\n\n"
        '"We will march on Friday, whatever we choose to call it," said union organiser Petra Holm.'
    )
    assert not _by_rules(text)["Petra Holm"].is_denial


def test_rejecting_as_something_a_claim_named_after_the_description() -> None:
    text = (
        "Orsk's harbour board on Monday rejected as \"theatre for the voters at home\" Velland's "
        "accusations that its tugs had blocked the channel."
    )
    assert _by_rules(text)["Orsk's harbour board"].is_denial


def test_rejecting_as_something_a_proposal_named_after_the_description_is_a_decision() -> None:
    text = (
        "Orsk's harbour board on Monday rejected as \"far too costly\" Velland's proposal that its tugs "
        "should patrol the channel."
    )
    assert not _by_rules(text)["Orsk's harbour board"].is_denial


def test_that_did_not_happen_answers_what_was_just_said() -> None:
    text = (
        "Orsk's navy said on Monday that tugs from Velland had blocked the Grey Sound channel.\n\n"
        "Velland's harbour board rejected the navy's account.\n\n"
        "Orsk's state radio later reported that Velland's pilots had boarded an Orsk ferry in the sound.\n\n"
        '"That did not happen," said Velland\'s harbour master, Ivo Brel.'
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    content = {s.id: s.content for s in result.statements}
    denial = next(s for s in result.statements if s.speaker == "Ivo Brel")
    assert [content[i] for i in denial.denies] == [
        "that Velland's pilots had boarded an Orsk ferry in the sound"
    ]


def test_an_outlet_noun_made_something_else_by_its_own_noun_names_no_outlet() -> None:
    text = (
        "Velland accused Orsk of building a naval base on Tern Reef.\n\n"
        "Orsk's foreign minister, Piet Olm, said the buildings were a weather station.\n\n"
        "Velland's foreign minister, Dalia Serrano, dismissed the weather-station explanation as "
        '"an insult to anyone with eyes."'
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    content = {s.id: s.content for s in result.statements}
    denial = next(s for s in result.statements if s.speaker == "Dalia Serrano")
    assert [content[i] for i in denial.denies] == ["the buildings were a weather station"]


def test_reports_spread_by_someone_named_are_no_claim_made_elsewhere() -> None:
    text = (
        "The Free Orsk party said on Monday that its jailed leader, Tomas Reyl, had refused food for three "
        "weeks.\n\n"
        "The prison service dismissed reports spread by his party that Reyl was starving."
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    denial = next(s for s in result.statements if s.speaker == "prison service")
    assert denial.denies and denial.denied_actor == "Free Orsk party"


def test_a_place_in_a_clause_about_the_accusers_is_not_their_name() -> None:
    text = (
        "Veldoria's interior ministry on Monday dismissed as \"lies from people who have never visited "
        'Tarnholm" a report that police had closed a newspaper.\n\n'
        'The press group Open Page said on Sunday that "police closed the Tarnholm Herald" last week.'
    )
    denial = next(s for s in extract(text).statements if s.is_denial)
    assert denial.denied_actor == "Open Page"


def test_an_account_said_not_to_match_the_evidence_is_rejected() -> None:
    text = (
        "The Dunmarsh harbour police said on Friday that the trawler had rammed the patrol boat.\n\n"
        'The trawler\'s owner, Kasia Orlen, said the police account "does not match the radar log."'
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    assert next(s for s in result.statements if s.speaker == "Kasia Orlen").is_denial


def test_ones_own_account_not_matching_denies_nothing() -> None:
    text = (
        "The Dunmarsh harbour police said on Friday that the trawler had rammed the patrol boat.\n\n"
        '"Our account does not match the radar log yet, so we are checking it again," said the trawler\'s '
        "owner, Kasia Orlen."
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    assert not next(s for s in result.statements if s.speaker == "Kasia Orlen").is_denial


def test_a_record_that_showed_nothing_rebuts_the_claim() -> None:
    text = (
        "A Brennick council member, Ulla Sorn, said on Tuesday that a lorry had dumped drums of oil in "
        "Felmarsh quarry.\n\n"
        "The quarry's operator, Ridgeway Stone, said its gate footage showed nothing of the kind."
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    assert next(s for s in result.statements if s.speaker == "Ridgeway Stone").is_denial


def test_standing_behind_a_report_answers_its_denial() -> None:
    text = (
        "The Harrowgate Bulletin reported on Monday that the Ostwick mayor had used council cars for "
        "family holidays.\n\n"
        "The mayor, Dario Fenn, denied the report.\n\n"
        "The Harrowgate Bulletin said it stands behind its report."
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    assert next(s for s in result.statements if s.content == "it stands behind its report").is_denial


def test_that_is_not_how_it_works_rejects_an_account() -> None:
    text = (
        "The Corvale port authority said on Monday that its pilots were free to refuse any night "
        "crossing.\n\n"
        '"That is not how it works on the night shift," said a harbour pilot, Edda Moravec.'
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    assert next(s for s in result.statements if s.speaker == "Edda Moravec").is_denial


def test_how_something_works_unnegated_is_no_denial() -> None:
    text = (
        "The Corvale port authority said on Monday that its pilots were free to refuse any night "
        "crossing.\n\n"
        '"That is how it works on the night shift," said a harbour pilot, Edda Moravec.'
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    assert not next(s for s in result.statements if s.speaker == "Edda Moravec").is_denial


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Harlow Mills flatly denied union claims that it had misled staff about the future of its "
            "Tenby plant.\n\nTenby's mayor, Ruth Calder, said the company had told her the plant had a "
            "future.\n\nThe Union of Loom Workers said managers had promised staff in May that the plant "
            "had a future.",
            "Union of Loom Workers",
        ),
        (
            "Dorrin Council dismissed police claims that its wardens had ignored warnings about the "
            "footbridge.\n\nA shopkeeper, Ines Marr, said the footbridge had been shaking for weeks and "
            "wardens had been warned.\n\nHarlock Police said two wardens had been told of cracks in the "
            "footbridge in March.",
            "Harlock Police",
        ),
        (
            "The village council rejected army claims that rebels had fired on a patrol from the school "
            "roof.\n\nA farmer, Oda Brun, said rebels had fired from the school roof before.\n\nThe "
            "Kessian Army said its patrol came under fire from the school roof on Sunday.",
            "Kessian Army",
        ),
    ],
)
def test_a_claim_noun_s_author_named_by_a_common_noun_is_the_body_so_named(text: str, author: str) -> None:
    # "union claims", "police claims": the noun before the claim names who made it, the one speaker
    # whose name has that noun, not whoever the story quotes next
    statements = extract(text).statements
    denial = statements[0]
    assert denial.denied_actor == author
    assert [s.speaker for s in statements if s.id in denial.denies] == [author]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Marl Dockers' Union said on Monday that two cranes at Berth 4 had failed safety checks."
            "\n\nUnion members said the cranes had shaken in high wind.\n\nThe port authority rejected "
            "the union's account, saying the cranes had passed inspection in May.",
            "Marl Dockers' Union",
        ),
        (
            "The Marl Dockers' Union said on Monday that two cranes at Berth 4 had failed safety checks."
            "\n\nCranes had shaken in high wind 40 times this year, according to union figures.\n\nThe "
            "port authority rejected the union's account, saying the cranes had passed inspection in May.",
            "Marl Dockers' Union",
        ),
        (
            "The Kessian Farmers' League said on Monday that the dam had flooded 300 hectares of barley."
            "\n\nLeague officials said the water had risen overnight.\n\nThe water board dismissed the "
            "league's claims, saying the sluices had stayed shut.",
            "Kessian Farmers' League",
        ),
    ],
)
def test_the_union_s_account_is_the_union_s_not_its_members_or_figures(text: str, body: str) -> None:
    # "the union's account" names the body whose name "union" heads, not "union members" or "union
    # figures" quoted nearer, whose names it only qualifies
    (result,) = extract_many([(text, None)], learned_denials=False)
    claim, _, denial, _ = result.statements
    assert denial.denied_actor == body
    assert claim.id in denial.denies


@pytest.mark.parametrize(
    "answer",
    [
        '"Those numbers are not real. They come from a leaflet his party printed," the mayor, Ida Brenn, '
        "said.",
        "The mayor, Ida Brenn, said the figures were not real and had been printed for the campaign.",
        '"None of those numbers is real," the mayor, Ida Brenn, said.',
    ],
)
def test_numbers_said_not_to_be_real_are_rejected(answer: str) -> None:
    text = f"The Corvin Party said crime had doubled in Lessa since March.\n\n{answer}"
    (result,) = extract_many([(text, None)], learned_denials=False)
    claim, denial = result.statements
    assert denial.is_denial
    assert denial.denies == (claim.id,)


def test_evidence_said_not_to_be_genuine_is_rejected() -> None:
    text = (
        "Prosecutors said the letter showed that Ansel Doyle had ordered the payments.\n\n"
        '"That evidence is not genuine," Doyle\'s lawyer, Rhea Moss, said.'
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    assert result.statements[1].is_denial


def test_a_danger_said_to_be_real_is_no_denial() -> None:
    (s,) = extract("The mayor, Ida Brenn, said the danger to the town was very real.").statements
    assert not s.is_denial


@pytest.mark.parametrize(
    "text",
    [
        'Valmor Hydro said on Monday it had warned Dessa "six hours before the first gate opened" that it '
        "would release water from the dam, rejecting Dessa's charge that a surprise release had flooded "
        "the valley.",
        "Brakko Foods said it had recalled every batch within a day, denying reports that it had kept "
        "selling tainted cheese.",
        "The pensions office said it had paid every pension on time, rejecting union claims that "
        "thousands of retirees had waited for months.",
    ],
)
def test_a_denial_participle_inside_what_was_said_makes_it_a_denial(text: str) -> None:
    found = extract_many([(text, None)], learned_denials=False)
    assert any(s.is_denial for s in next(found).statements)


def test_a_participle_rejecting_a_plan_is_no_denial() -> None:
    text = "The council said it had approved the new depot, rejecting a plan to close the old one."
    assert not any(s.is_denial for s in extract(text).statements)


def test_figures_cited_in_a_denial_do_not_name_whom_it_denies() -> None:
    # "police figures showed ..." is the denier's evidence, not a claim of the police it rejects
    text = (
        "Councillor Piet Oyen said crime in Lessa had risen by a third since March.\n\n"
        '"That is not true," the mayor, Ida Brenn, said. She said police figures showed crime had '
        "fallen 8% last year.\n\n"
        "Lessa Police said it would publish its yearly figures in May."
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    claim, _, evidence, _ = result.statements
    assert evidence.denied_actor == "Piet Oyen"
    assert evidence.denies == (claim.id,)


@pytest.mark.parametrize(
    ("denial", "claim"),
    [
        (
            "The election board on Monday rejected opposition allegations of ballot-stuffing in Marrick as "
            '"baseless."',
            "The Civic Alliance said it had photographs of ballot boxes stuffed with marked papers in "
            "Marrick.",
        ),
        (
            "The election board on Monday rejected opposition allegations that ballot boxes had been stuffed "
            "in Marrick.",
            "The Civic Alliance said it had photographs of ballot boxes stuffed with marked papers.",
        ),
    ],
)
def test_the_words_naming_whose_claim_it_is_are_not_what_it_is_about(denial: str, claim: str) -> None:
    # "opposition" says whose allegations they are: a statement about the opposition is not the claim
    text = (
        f"{denial}\n\n{claim}\n\nThe governing party's spokesman, Ivo Lund, accused the opposition of "
        "trying to win in the streets what it lost at the ballot box."
    )
    (result,) = extract_many([(text, None)], learned_denials=False)
    assert result.statements[0].denied_actor == "Civic Alliance"
