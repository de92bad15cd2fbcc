"""Attribution phrases: "according to", "X reported", "in a statement", conduits, anonymous sources."""

import pytest

from claims.extraction import extract

pytestmark = pytest.mark.nlp


def only(text: str):
    found = extract(text).statements
    assert len(found) == 1, [(s.speaker, s.content) for s in found]
    return found[0]


def test_according_to_gives_the_rest_of_the_sentence() -> None:
    s = only("The river rose by two metres overnight, according to the Flood Control Office.")
    assert s.speaker == "Flood Control Office"
    assert s.cue == "according to"
    assert s.content == "The river rose by two metres overnight"
    assert s.type == "indirect"


def test_according_to_at_the_start_of_the_sentence() -> None:
    s = only("According to the fire brigade, the blaze started in a kitchen.")
    assert s.speaker == "fire brigade"
    assert s.content == "the blaze started in a kitchen"


def test_according_to_on_a_speech_verb_names_the_conduit() -> None:
    s = only(
        "The port director, Selma Aydin, said the cranes were repaired, according to the Harbour Gazette."
    )
    assert s.speaker == "Selma Aydin"
    assert s.conduit == "Harbour Gazette"


def test_outlet_reporting_a_statement_is_its_conduit() -> None:
    text = (
        "The Alder Valley Water Company said on Monday that the supply was safe, the Valley Courier reported."
    )
    s = only(text)
    assert s.speaker == "Alder Valley Water Company"
    assert s.conduit == "Valley Courier"


def test_outlet_reporting_without_inner_speaker_is_the_speaker() -> None:
    s = only("The Valley Courier reported that the mill would close in March.")
    assert s.speaker == "Valley Courier"
    assert s.speaker_kind == "media"


def test_state_media_speak_for_their_state() -> None:
    s = only("State media KCNA reported that the new railway line was finished.")
    assert s.speaker == "North Korea"
    assert s.conduit == "KCNA"


def test_in_a_statement_then_the_statement_added() -> None:
    text = (
        "The Meridian Rail Company said in a statement that the line would reopen on Friday.\n\n"
        '"Passengers should expect short delays," the statement added.'
    )
    first, second = extract(text).statements
    assert first.speaker == second.speaker == "Meridian Rail Company"
    assert second.speaker_text == "the statement"


def test_anonymous_official_keeps_the_organisation() -> None:
    result = extract("A Transport Ministry official said the tender had been cancelled.")
    (s,) = result.statements
    assert "Transport Ministry" in s.speaker
    assert s.speaker_kind == "person"
    actor = result.actor(s.speaker)
    assert actor.role == "official"


def test_anonymous_group_of_sources() -> None:
    s = only("Diplomats familiar with the talks said a deal was close.")
    assert s.speaker == "Diplomats familiar with the talks"
    assert s.speaker_kind == "group"
    assert s.content == "a deal was close"


def test_an_unsigned_document_in_a_report_is_what_the_outlet_reported() -> None:
    s = only(
        "The Harlow Examiner reported that a memo drafted inside the treasury proposed closing nine depots."
    )
    assert s.speaker == "Harlow Examiner"
    assert s.content == "that a memo drafted inside the treasury proposed closing nine depots"
    assert s.conduit is None


def test_speech_captured_in_a_recording_is_part_of_the_report_not_relayed() -> None:
    s = only(
        "The news site Ledgerline, which published the clip on Monday, reported that it captured Interior "
        'Minister Pavel Grint telling a dinner of donors in March that Osmia would "wait until the spring" '
        "before signing the treaty."
    )
    assert s.speaker == "Ledgerline"
    assert s.conduit is None
    assert s.content.startswith("that it captured Interior Minister Pavel Grint telling")


def test_according_to_on_a_decision_named_by_a_denial_verb_is_the_source_of_it() -> None:
    s = only(
        "Tarnland has rejected Ostria's requests for a joint border commission since 2021, "
        "according to Ostrian diplomats."
    )
    assert s.speaker == "Ostrian diplomats"
    assert s.cue == "according to"
    assert s.content == "Tarnland has rejected Ostria's requests for a joint border commission since 2021"


def test_according_to_results_published_by_a_body_is_that_bodys() -> None:
    text = "According to results published by the Velm Electoral Board, turnout in the north was 64 percent."
    (s,) = extract(text).statements
    assert s.speaker == "Velm Electoral Board"
    assert s.content == "turnout in the north was 64 percent"
