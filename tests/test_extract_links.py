"""Denial links: the sides of a dispute (no spaCy needed)."""

from claims.extraction.links import Linker

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
