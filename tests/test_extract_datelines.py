"""Datelines are blanked before parsing, keeping every offset."""

import pytest

from claims.extraction.datelines import blank_datelines


@pytest.mark.parametrize(
    "dateline",
    [
        "PORTVALE, June 3 (Coastline Wire) — ",
        "NEW HAVERSHAM — ",
        "KORLA, Estmark (Coastline Wire) — ",
        "PORTVALE (Coastline Wire) - ",
    ],
)
def test_datelines_become_spaces(dateline: str) -> None:
    text = dateline + "The council said the ferry would run."
    blanked = blank_datelines(text)
    assert len(blanked) == len(text)
    assert blanked.strip() == "The council said the ferry would run."


def test_dash_inside_a_sentence_is_kept() -> None:
    text = "The plan — drawn up in May — was dropped."
    assert blank_datelines(text) == text


def test_acronym_with_a_dash_aside_is_kept() -> None:
    text = "UNESCO — the cultural agency — said the site was safe."
    assert blank_datelines(text) == text


@pytest.mark.parametrize("dateline", ["MARSHFIELD - ", "OLD KERRAN, Nov 6 - "])
def test_spaced_hyphen_without_agency_ends_a_dateline(dateline: str) -> None:
    text = dateline + "A county inspector testified that the wiring was old."
    assert blank_datelines(text).strip() == "A county inspector testified that the wiring was old."


def test_acronym_with_a_hyphen_aside_is_kept() -> None:
    text = "UNESCO - the cultural agency - said the site was safe."
    assert blank_datelines(text) == text
