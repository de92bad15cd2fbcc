"""Parses written by hand, for rules that answer a parser's mistake the parser makes only on some
texts: each token is `word/field/field...`, the fields in the order `fields` names."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PLURAL = {"dep": "deps", "head": "heads", "pos": "pos", "tag": "tags", "ent": "ents"}


def parsed(parse: str, fields: str = "dep head pos tag ent") -> Doc:
    """A Doc of `parse` ("Porrit/4/conj/PROPN/I-PERSON ..." with fields "head dep pos ent"); heads
    are token numbers in the whole parse, lemmas the lower-cased words."""
    from spacy.tokens import Doc

    from claims.extraction.pipeline import default_model, load

    columns = list(zip(*(t.split("/") for t in parse.split()), strict=True))
    words, values = list(columns[0]), dict(zip(fields.split(), columns[1:], strict=True))
    given = {_PLURAL[name]: list(column) for name, column in values.items()}
    if "heads" in given:
        given["heads"] = [int(h) for h in given["heads"]]
    return Doc(load(default_model()).vocab, words=words, lemmas=[w.lower() for w in words], **given)
