"""Rebuttals: the accused side negating, or contradicting, what it is accused of."""

import pytest

from claims.extraction import extract

pytestmark = pytest.mark.nlp


def speaking(text: str, speaker: str):
    return next(s for s in extract(text).statements if s.speaker == speaker)


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
