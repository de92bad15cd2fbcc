import pytest

from claims.names import normalize_name


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("U.S.", "us"),
        ("the U.S.A.", "usa"),
        ("The United States", "united states"),
        ("Estmark's", "estmark"),
        ("the Islands'", "islands"),
        ("Côte d’Ivoire", "cote d ivoire"),
        ("  Ilse   VARGA ", "ilse varga"),
        ("Smith & Partners", "smith & partners"),
    ],
)
def test_normalize_name(name, key):
    assert normalize_name(name) == key
