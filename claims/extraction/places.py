"""Countries, their capitals and demonyms, and the bodies that stand for them.

Country codes and official names come from pycountry (ISO 3166-1); the aliases
(capitals as metonyms, demonyms, short forms) and the government bodies and
state media are data files in `data/`, written by hand for this project.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pycountry

from claims.names import normalize_name

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Body:
    """A named institution that belongs to a country (White House, KCNA)."""

    name: str
    kind: str  # "organization" or "media"
    country: Country
    speaks_for_state: bool  # state media: its reports are the state's words


def _rows(filename: str) -> list[list[str]]:
    lines = (DATA / filename).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@functools.cache
def _countries() -> tuple[dict[str, Country], dict[str, Country]]:
    """(by normalised alias, by code)."""
    by_code: dict[str, Country] = {}
    by_alias: dict[str, Country] = {}
    overrides = {row[0]: row for row in _rows("countries.tsv")}
    for record in pycountry.countries:
        code = record.alpha_2
        row = overrides.get(code)
        name = (row[1] if row and row[1] else None) or getattr(record, "common_name", None) or record.name
        country = Country(code, name)
        by_code[code] = country
        names = [name, record.name, getattr(record, "common_name", ""), getattr(record, "official_name", "")]
        names += row[2].split("|") if row and len(row) > 2 else []
        for alias in names:
            key = normalize_name(alias)
            if key:
                by_alias.setdefault(key, country)
    for code, row in overrides.items():  # codes pycountry lacks (Kosovo)
        if code not in by_code and row[1]:
            by_code[code] = country = Country(code, row[1])
            for alias in [row[1], *row[2].split("|")]:
                by_alias.setdefault(normalize_name(alias), country)
    return by_alias, by_code


@functools.cache
def _bodies() -> dict[str, Body]:
    _, by_code = _countries()
    bodies = {}
    for row in _rows("bodies.tsv"):
        name, kind, code = row[0], row[1], row[2]
        state = len(row) > 3 and row[3] == "state"
        bodies[normalize_name(name)] = Body(name, kind, by_code[code], state)
    return bodies


@functools.lru_cache(maxsize=65536)  # asked for every name of every document
def country_named(text: str) -> Country | None:
    """The country a name, capital or demonym stands for: "Pyongyang" -> North Korea."""
    key = normalize_name(text)
    return _countries()[0].get(key) if key else None


def country_by_code(code: str) -> Country | None:
    return _countries()[1].get(code)


@functools.lru_cache(maxsize=65536)
def body_named(text: str) -> Body | None:
    """A government body or news outlet from the data list: "White House", "KCNA"."""
    key = normalize_name(text)
    return _bodies().get(key) if key else None
