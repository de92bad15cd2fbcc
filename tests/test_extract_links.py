"""Denial links: the sides of a dispute (no spaCy needed)."""

import datetime as dt
from types import SimpleNamespace

import pytest

from claims.extraction.actors import ActorInfo
from claims.extraction.candidates import Candidate
from claims.extraction.links import Linker, same_bodies

PLACES = {"Norvanian": "Norvane", "Norvane": "Norvane", "Jordan": "Jordan"}


def side_of(speaker: str) -> set[str]:
    return Linker([], [], lambda name: None, place_of=PLACES.get)._side(speaker)


def test_a_body_named_by_its_demonym_speaks_for_its_state() -> None:
    official = "Norvanian foreign ministry official"
    assert side_of(official) == {official, "Norvane"}


def test_a_body_named_by_its_state_in_the_possessive_speaks_for_it() -> None:
    assert side_of("Norvane's interior ministry") == {"Norvane's interior ministry", "Norvane"}


def test_a_person_whose_given_name_is_a_place_speaks_for_no_state() -> None:
    assert side_of("Jordan Pike") == {"Jordan Pike"}


def test_a_demonym_anywhere_in_a_description_names_its_state() -> None:
    assert side_of("senior Norvanian official") == {"senior Norvanian official", "Norvane"}
    assert side_of("Norvanian") == {"Norvanian", "Norvane"}


def test_a_body_under_its_short_and_long_name_is_one_side() -> None:
    head, body = same_bodies([{"Food Standards Office", "Ilse Darrow"}, {"Norvane's Food Standards Office"}])
    assert "Norvane's Food Standards Office" in head
    assert "Food Standards Office" in body


def test_a_short_name_two_bodies_end_with_joins_neither() -> None:
    short, north, _south = same_bodies(
        [{"Foreign Ministry", "Olaf Brenner"}, {"Norvane's Foreign Ministry"}, {"Trevesa's Foreign Ministry"}]
    )
    assert short == {"Foreign Ministry", "Olaf Brenner"}
    assert north == {"Norvane's Foreign Ministry"}


def _said(speaker: str, when: str, *, denial: bool = False) -> Candidate:
    cand = Candidate(fragments=[(0, 1)], type="indirect", speaker=speaker, is_denial=denial)
    cand.dates = [SimpleNamespace(text=when)]  # the time expression on the cue
    return cand


def test_a_denial_answers_a_denial_the_text_tells_later_but_dated_earlier() -> None:
    # "Norvik Shipping on Tuesday rejected the report [...] The Harbour Ledger reported on Monday,
    # against Norvik's statement of Sunday that its chief had left of his own accord, that the
    # board forced him out": the report attacks Norvik before Norvik answers it.
    rejection = _said("Norvik Shipping", "on Tuesday", denial=True)
    announcement = _said("Norvik Shipping", "on Sunday")
    report = _said("Harbour Ledger", "on Monday", denial=True)
    topics = [{"board", "inquiry", "leave"}, {"chief", "leave"}, {"board", "inquiry", "leave"}]
    cands = [rejection, announcement, report]
    Linker(cands, topics, lambda name: None, published=dt.date(2025, 10, 15)).link()
    assert report.denies == [announcement]
    assert rejection.denies == [report]


def test_a_body_called_by_its_common_noun_is_the_one_body_named_so() -> None:
    # "The front's spokesman said ..." after "the Kelvar Liberation Front said ..."
    spokesman, front = same_bodies([{"front", "front's spokesman"}, {"Kelvar Liberation Front"}])
    assert "Kelvar Liberation Front" in spokesman
    assert "front" in front


def test_a_common_noun_two_bodies_end_with_joins_neither() -> None:
    spokesman, _, _ = same_bodies(
        [{"ministry", "ministry spokesman"}, {"Norvane's Interior Ministry"}, {"Trevesa's Foreign Ministry"}]
    )
    assert spokesman == {"ministry", "ministry spokesman"}


def _stated(speaker: str, *, denial: bool = False) -> Candidate:
    return Candidate(fragments=[(0, 1)], type="indirect", speaker=speaker, is_denial=denial)


def test_a_denial_of_someone_else_is_answered_for_the_claim_it_makes_in_turn() -> None:
    # "Prosecutors allege that Lind falsified the mill's safety log. / Her lawyer denied it: the
    # valve had been shut by the mill's owner. / The owner said its staff never touched the valve."
    charge = _stated("prosecutors")
    defence = _stated("Bo Tessen", denial=True)
    owner = _stated("Grevholt Paper", denial=True)
    topics = [
        {"falsify", "log", "mill", "safety"},
        {"valve", "shut", "owner", "mill"},
        {"valve", "staff", "touch"},
    ]
    Linker([charge, defence, owner], topics, lambda name: None).link()
    assert defence.denies == [charge]
    assert defence in owner.denies


def test_a_fellow_denier_of_the_same_claim_is_not_answered() -> None:
    # "Ardenia said dead fish filled the river below the Kolvar plant. / Gresland's ministry said no
    # poison from the plant had reached the river. / Kolvar said no poison of its plant had reached
    # the river." Kolvar shares more words with the ministry than with Ardenia, but denies with it.
    claim = _stated("Ardenia")
    ministry = _stated("Gresland environment ministry", denial=True)
    plant = _stated("Kolvar Chemie", denial=True)
    topics = [{"fish", "river"}, {"plant", "poison", "reach", "river"}, {"plant", "poison", "reach", "river"}]
    Linker([claim, ministry, plant], topics, lambda name: None).link()
    assert ministry.denies == [claim]
    assert plant.denies == [claim]


def test_a_side_that_answered_one_voice_of_a_state_answers_its_other_voices() -> None:
    # "Marvenia's presidential office announced a prisoner swap. / The president's chief of staff
    # said the text was initialled. / Sudrava denied the swap the office announced. / Sudrava's
    # spokesman said talks had not reached names."
    marvenia = ActorInfo("Marvenia", kind="country")
    actors = {
        "Marvenian presidential office": ActorInfo("Marvenian presidential office", affiliation=marvenia),
        "Ruben Kastell": ActorInfo("Ruben Kastell", kind="person", affiliation=marvenia),
    }
    office = _stated("Marvenian presidential office")
    chief = _stated("Ruben Kastell")
    denial = _stated("Sudravan foreign ministry", denial=True)
    denial.denied_actor = "Marvenian presidential office"
    talks = _stated("Sudravan foreign ministry", denial=True)
    topics = [{"prisoner", "swap", "talk"}, {"text", "initial"}, {"prisoner", "swap"}, {"talk", "name"}]
    Linker([office, chief, denial, talks], topics, actors.get).link()
    assert talks.denies == [office, chief]


def test_a_minister_whose_title_names_the_one_ministry_speaking_speaks_for_it() -> None:
    # "Teleria's defence ministry said a Morvanian patrol crossed the border. / Morvania denied it.
    # / Defence Minister Ilse Varga said the farmer was shot on Telerian land."
    teleria = ActorInfo("Teleria", kind="country")
    actors = {
        "Teleria's defence ministry": ActorInfo("Teleria's defence ministry", affiliation=teleria),
        "Ilse Varga": ActorInfo("Ilse Varga", kind="person", role="Defence Minister"),
    }
    claim = _stated("Teleria's defence ministry")
    denial = _stated("Morvania's interior ministry", denial=True)
    reply = _stated("Ilse Varga", denial=True)
    topics = [{"patrol", "border", "farmer"}, {"patrol", "border"}, {"farmer", "land", "border"}]
    linker = Linker([claim, denial, reply], topics, actors.get)
    assert "Teleria" in linker.sides[2]
    linker.link()
    assert reply.denies == [denial]


def test_a_spokesman_whose_title_names_a_ministry_is_not_filed_under_it() -> None:
    actors = {
        "Quessia's foreign ministry": ActorInfo("Quessia's foreign ministry"),
        "Kasimir Wend": ActorInfo("Kasimir Wend", kind="person", role="foreign ministry spokesman"),
    }
    cands = [_stated("Quessia's foreign ministry"), _stated("Kasimir Wend")]
    linker = Linker(cands, [set(), set()], actors.get)
    assert linker.sides[1] == {"Kasimir Wend"}


def test_of_two_claims_scoring_alike_the_one_told_first_names_the_claimant() -> None:
    # "The club doctor denied pressuring players into injections. / A physiotherapist said players
    # were injected before matches. / A barrister put it to him that he bowed to pressure on players."
    denial = _stated("Martin Ferrier", denial=True)
    first = _stated("Leanne Corrigan")
    later = _stated("Nikhil Rao")
    topics = [{"player", "injection", "pressure"}, {"injection", "match"}, {"player", "pressure", "manager"}]
    Linker([denial, first, later], topics, lambda name: None).link()
    assert denial.denied_actor == "Leanne Corrigan"


def test_an_opening_denial_answers_the_claim_told_next_even_when_worded_as_a_denial() -> None:
    # "Fennick Rail rejected a union's claim that its signals were unsafe. / The Signallers' Guild
    # said the Harlow junction signal had not worked for a week. / A passenger, Ada Quist, said the
    # trains ran late." The guild's claim is negated, so it reads as a denial, yet it is the claim.
    rejection = _stated("Fennick Rail", denial=True)
    claim = _stated("Signallers' Guild", denial=True)
    passenger = _stated("Ada Quist")
    topics = [{"signal", "unsafe", "union"}, {"signal", "junction", "week", "work"}, {"train", "late"}]
    Linker([rejection, claim, passenger], topics, lambda name: None).link()
    assert rejection.denies == [claim]


def test_a_later_denial_is_not_answered_when_a_claim_was_told_first() -> None:
    # "The Guild said the signal was broken. / Fennick Rail said the signal was sound. / The
    # mayor said no passenger had been hurt." Fennick answers the guild, not the mayor after it.
    claim = _stated("Signallers' Guild")
    rejection = _stated("Fennick Rail", denial=True)
    mayor = _stated("mayor of Harlow", denial=True)
    topics = [{"signal", "break"}, {"signal", "sound"}, {"signal", "passenger", "hurt"}]
    Linker([claim, rejection, mayor], topics, lambda name: None).link()
    assert rejection.denies == [claim]


def test_a_claim_worded_as_a_denial_that_answers_only_what_follows_is_still_answered() -> None:
    # "The Veldt Chess Union said on Sunday that scans of the board found no engine. / Oren Baske
    # said on Saturday he had heard a buzz you do not get from a clock. / Radio Kell said its
    # studio footage showed the player calm." Baske's negated claim links only to the radio, told
    # after it and undated: it answers nothing yet, so it is no fellow denier of the union's.
    rejection = _said("Veldt Chess Union", "on Sunday", denial=True)
    claim = _said("Oren Baske", "on Saturday", denial=True)
    channel = _stated("Radio Kell")
    topics = [
        {"engine", "board", "scan", "player"},
        {"engine", "hear", "buzz", "player"},
        {"engine", "player", "studio"},
    ]
    Linker([rejection, claim, channel], topics, lambda name: None, published=dt.date(2025, 3, 4)).link()
    assert claim in rejection.denies


def test_an_accuser_s_other_attacks_on_the_same_matter_are_answered_with_the_one_named() -> None:
    # "Auditor Ida Rusk said no bid was opened in public. / Rusk said the mayor's office never
    # opened the tender's bids at all. / Mayor Olin Brecht said his office opened every bid of the
    # tender." Both of Rusk's statements attack Brecht (worded as denials); he answers the claim.
    first = _stated("Ida Rusk", denial=True)
    second = _stated("Ida Rusk", denial=True)
    first.denied_actor = second.denied_actor = "Olin Brecht"
    answer = _stated("Olin Brecht", denial=True)
    topics = [
        {"bid", "open", "public"},
        {"bid", "open", "office", "tender"},
        {"bid", "open", "office", "tender"},
    ]
    Linker([first, second, answer], topics, lambda name: None).link()
    assert answer.denies == [first, second]


def test_a_denial_answers_a_claim_worded_as_a_denial_told_later_but_said_earlier() -> None:
    # "Brindle Council on Friday rejected claims that its dam leaked. / Ona Pell said market prices
    # rose. / The Marsh Farmers' Union said on Thursday the dam had not held water for a week."
    rejection = _said("Brindle Council", "on Friday", denial=True)
    resident = _stated("Ona Pell")
    claim = _said("Marsh Farmers' Union", "on Thursday", denial=True)
    topics = [{"dam", "leak", "water", "week"}, {"market", "price"}, {"dam", "leak", "water", "hold"}]
    Linker([rejection, resident, claim], topics, lambda name: None, published=dt.date(2025, 3, 8)).link()
    assert claim in rejection.denies


@pytest.mark.parametrize(
    "claimant", ["Velmont's customs service", "Velmontian customs service", "Velmont's border police"]
)
def test_a_denial_of_a_body_its_state_names_attacks_that_state(claimant: str) -> None:
    # "Velmont's customs service said it found forty pistols in a van at Dorn. / Kastria's interior
    # ministry said there had been no pistols and no seizure at Dorn. / Its minister said that if
    # there were pistols, Velmontian officers had waved the van through. / A Velmontian official
    # said the pistols were real and in its store." The ministry attacks Velmont too.
    places = {"Velmont": "Velmont", "Velmontian": "Velmont", "Kastria": "Kastria"}
    claim = _stated(claimant)
    ministry = _stated("Kastria's interior ministry", denial=True)
    minister = _stated("Kastria's interior ministry", denial=True)
    minister.denied_actor = "Velmontian officers"
    official = _stated("Velmontian official", denial=True)
    topics = [
        {"pistol", "seizure", "van", "dorn"},
        {"pistol", "seizure", "dorn"},
        {"pistol", "van"},
        {"pistol", "real"},
    ]
    Linker([claim, ministry, minister, official], topics, lambda name: None, place_of=places.get).link()
    assert ministry in official.denies


@pytest.mark.parametrize(
    "member",
    [
        ActorInfo("Ada Sorn", kind="person", affiliation=ActorInfo("Frontier Watch")),  # its researcher
        ActorInfo("Ada Sorn", kind="person", principal=ActorInfo("Frontier Watch")),  # its lawyer
    ],
)
def test_a_denial_of_a_camp_s_evidence_rejects_the_camp_s_opening_claim_too(member: ActorInfo) -> None:
    # "Frontier Watch said it had documented 37 cases of people driven back across the border. /
    # Its researcher (its lawyer), Ada Sorn, said: 'We spoke to people with broken wrists by the
    # river.' / The guards' commander said: 'Our officers have never pushed people into that river.'"
    claim = _stated("Frontier Watch")
    evidence = _stated("Ada Sorn")
    denial = _stated("Tor Malm", denial=True)
    topics = [
        {"case", "document", "people", "border"},
        {"people", "wrist", "river"},
        {"officer", "people", "river", "push"},
    ]
    Linker([claim, evidence, denial], topics, {"Ada Sorn": member}.get).link()
    assert denial.denies == [claim, evidence]


def test_a_camp_s_opening_claim_on_another_matter_is_not_rejected() -> None:
    # as above, but the group's first statement was about its funding
    watch = ActorInfo("Frontier Watch")
    actors = {"Ada Sorn": ActorInfo("Ada Sorn", kind="person", affiliation=watch)}
    funding = _stated("Frontier Watch")
    evidence = _stated("Ada Sorn")
    denial = _stated("Tor Malm", denial=True)
    topics = [
        {"grant", "donor", "year"},
        {"people", "wrist", "river"},
        {"officer", "people", "river", "push"},
    ]
    Linker([funding, evidence, denial], topics, actors.get).link()
    assert denial.denies == [evidence]


@pytest.mark.parametrize("reporter", ["Halvik Post", "Ana Dahl"])
def test_an_opening_denial_rejects_the_claim_its_camp_tells_first(reporter: str) -> None:
    # "The Halvik Federation dismissed a newspaper report that its officials had ignored warnings
    # about fixed matches. / The Halvik Post (its editor, Ana Dahl) said two referees had written to
    # the federation's integrity unit in 2022. / The Post said a midfielder had been warned before
    # three fixed matches." The lede's denial answers the report as first told, whatever its words.
    post = ActorInfo("Halvik Post")
    actors = {"Halvik Post": post, "Ana Dahl": ActorInfo("Ana Dahl", kind="person", affiliation=post)}
    denial = _stated("Halvik Federation", denial=True)
    denial.denied_actor = "Halvik Post"
    report = _stated(reporter)
    detail = _stated("Halvik Post")
    topics = [
        {"official", "ignore", "warning", "fix", "match"},
        {"referee", "write", "integrity", "unit"},
        {"midfielder", "warning", "fix", "match"},
    ]
    Linker([denial, report, detail], topics, actors.get).link()
    assert denial.denies == [report, detail]
