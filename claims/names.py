"""Name normalisation shared by the models, ingest and the extraction package.

Kept free of Django imports so the extraction package can use it on plain text.
"""

import re
import unicodedata

_POSSESSIVE = re.compile(r"['\u2019]s\b|(?<=s)['\u2019](?=\s|$)", re.UNICODE)
_NON_WORD = re.compile(r"[^\w&]+", re.UNICODE)
_LEADING_ARTICLE = re.compile(r"^the\s+")


def normalize_name(name: str) -> str:
    """The key under which aliases of one actor meet: "The U.S.'s" -> "us".

    Accents are folded, case is dropped, possessives and punctuation removed,
    a leading "the" dropped and dotted abbreviations joined ("U.S." -> "us").
    """
    folded = unicodedata.normalize("NFKD", name or "")
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower().strip()
    folded = re.sub(r"\b(\w)\.(?=\w\.)", r"\1", folded)  # U.S.A. -> USA.
    folded = re.sub(r"\b(\w)\.(?=\s|$)", r"\1", folded)
    folded = _POSSESSIVE.sub("", folded)
    folded = _NON_WORD.sub(" ", folded).strip()
    return _LEADING_ARTICLE.sub("", folded)
