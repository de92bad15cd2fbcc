"""Word lists and dependency labels shared by the reported-speech rules."""

from __future__ import annotations

from claims.extraction import lexicon as lx

CUE_LEMMAS = lx.SPEECH_VERBS | lx.QUOTE_ONLY_VERBS


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


# Children that belong to the cue's frame, not to what was said.
FRAME_DEPS = frozenset(
    {"aux", "auxpass", "neg", "advmod", "prt", "npadvmod", "agent", "dative", "prep", "dobj"}
)


ADDRESSEE_VERBS = lx.words("tell inform assure warn urge remind ask brief")


_TRIM = " \t\n,;:—–-"


# Participles that set the occasion of what follows ("Speaking to reporters on Monday, ...").
_OCCASIONS = lx.words(
    "speak talk address appear testify write respond answer brief ask question interview reach contact "
    "publish release issue quote"
)


_CLAUSES = frozenset({"relcl", "acl", "ccomp"})


_CUE_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})


# Prepositions that set where or when something was said, not whose claim it is.
_OCCASION_PREPS = lx.words("in on at during through via")


_REPORTED_MODALS = lx.words("would could might should")


# Speech verbs whose content can also be a noun phrase, besides lx.NP_CONTENT_VERBS: "reported a
# pre-tax loss of 21 million".
_NP_REPORTS = ("report",)


# Verbs that report speech only with a that-clause ("repeated that ...", not "repeated the claim";
# "accepted that the forms were signed late", a witness conceding, as "conceded" and "admitted" do,
# not "accepted the offer").
_CLAUSE_CUES = ("repeat", "accept")


_COMPLEMENTS = frozenset({"oprd", "xcomp", "advcl", "npadvmod", "dep", "attr", "acomp", "ccomp"})
