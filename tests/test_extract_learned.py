"""The learned denial model: its features, its arithmetic, and where extraction asks it."""

import importlib.util
import itertools
import json
import math
import pathlib
from collections.abc import Iterable, Sequence

import pytest

from claims.extraction import extract_many
from claims.extraction.denials.learned import MODEL_PATH, WORD_VALUE, Model, Said, default_model, features

ROOT = pathlib.Path(__file__).resolve().parent.parent


def said(speaker: str, content: str, is_denial: bool = False, cue: str = "said") -> Said:
    return Said(
        speaker=speaker, kind="person", is_denial=is_denial, cue=cue, type="indirect", content=content
    )


CLAIM = said("Ida Roswell", "the ferry company had cancelled the winter timetable")
DENIAL = said("Harbour Lines", "the claim was untrue", is_denial=True, cue="rejected")
FOLLOW_UP = said("Harbour Lines", "the winter timetable would run as printed")


def test_features_see_the_speaker_deny_elsewhere() -> None:
    found = features([CLAIM, DENIAL, FOLLOW_UP], 2)
    assert found["speaker_denies"] == 1.0
    assert found["after_own_denial"] == 1.0
    assert features([CLAIM, DENIAL, FOLLOW_UP], 0)["speaker_denies"] == 0.0


def test_features_count_the_words_shared_with_the_other_side_before() -> None:
    # "winter", "timetable": two of the five that count
    assert features([CLAIM, DENIAL, FOLLOW_UP], 2)["shares_earlier"] == pytest.approx(2 / 5)
    assert features([CLAIM, DENIAL, FOLLOW_UP], 0)["shares_earlier"] == 0.0


def test_features_carry_the_cue_and_the_words() -> None:
    found = features([CLAIM, DENIAL, FOLLOW_UP], 1)
    assert found["cue=rejected"] == 1.0
    assert found["w=untrue"] == WORD_VALUE


def test_a_model_is_the_logistic_of_its_weighted_features() -> None:
    model = Model(weights={"negations": 2.0, "first": -1.0}, bias=-1.0, threshold=0.5)
    assert model.probability({"negations": 1.0}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.probability({"negations": 1.0, "first": 1.0, "unknown": 5.0}) == pytest.approx(0.5)


def test_a_model_answers_only_for_the_statements_open_to_it() -> None:
    model = Model(weights={"speaker_denies": 4.0}, bias=-1.0, threshold=0.5)
    assert model.denials([CLAIM, DENIAL, FOLLOW_UP], [0, 2]) == [2]
    assert model.denials([CLAIM, DENIAL, FOLLOW_UP], [0]) == []


def test_without_a_model_file_the_rules_work_alone(tmp_path: pathlib.Path) -> None:
    assert default_model(tmp_path / "missing.json") is None


def test_the_shipped_model_is_what_the_training_script_writes() -> None:
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert {"trained_on", "C", "threshold", "min_count", "bias", "weights"} <= data.keys()
    assert 0 < data["threshold"] < 1
    assert not any(part.startswith("holdout:97") for part in data["trained_on"])  # the untouched batch
    assert default_model() is not None


class Asked:
    """A model that records what extraction asks it and takes `speaker`'s open statements for denials."""

    def __init__(self, speaker: str = "") -> None:
        self.speaker = speaker
        self.open_to: list[int] = []
        self.said: list[Said] = []

    def denials(self, said: Sequence[Said], open_to: Iterable[int]) -> list[int]:
        self.said, self.open_to = list(said), list(open_to)
        return [n for n in self.open_to if said[n].speaker == self.speaker]


TENANTS = (
    "The Harlow Tenants' Association said on Monday that Brackwell Homes had left the boilers in "
    "its tower blocks broken for two winters.\n\n"
    "Brackwell Homes rejected the association's claims.\n\n"
    '"We will never stop investing in these homes," said its director, Sanne Voss.\n\n'
    "A heating engineer, Tomas Lehto, said every boiler in the blocks had been serviced in October."
)


@pytest.mark.nlp
def test_the_model_is_asked_only_about_statements_the_rules_left_open() -> None:
    asked = Asked()
    next(extract_many([(TENANTS, None)], learned_denials=asked))
    open_to = [asked.said[n].speaker for n in asked.open_to]
    assert "Tomas Lehto" in open_to  # the boilers, of which the association spoke
    assert "Brackwell Homes" not in open_to  # a denial already
    assert "Sanne Voss" not in open_to  # a promise goes on with no denial


@pytest.mark.nlp
def test_a_denial_the_model_adds_is_linked_like_any_other() -> None:
    (result,) = extract_many([(TENANTS, None)], learned_denials=Asked("Tomas Lehto"))
    engineer = next(s for s in result.statements if s.speaker == "Tomas Lehto")
    claim = next(s for s in result.statements if s.speaker == "Harlow Tenants' Association")
    assert engineer.is_denial
    assert claim.id in engineer.denies


@pytest.mark.nlp
def test_without_the_model_only_the_rules_decide() -> None:
    (result,) = extract_many([(TENANTS, None)], learned_denials=False)
    assert [s.speaker for s in result.statements if s.is_denial] == ["Brackwell Homes"]


def _training_script():
    spec = importlib.util.spec_from_file_location("train_denials", ROOT / "eval" / "train_denials.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_training_labels_each_statement_by_the_gold_statement_it_matches() -> None:
    text = "Ada Brisk said the bridge was unsafe. The council said the bridge was sound. It rained."
    gold = {
        "text": text,
        "statements": [
            {"speaker": ["Ada Brisk"], "start": 15, "end": 36, "denial": False},
            {"speaker": ["council"], "start": 55, "end": 75, "denial": True},
        ],
    }
    statements = [
        {"speaker": "Ada Brisk", "start": 15, "end": 36},  # her claim
        {"speaker": "Town council", "start": 55, "end": 75},  # its denial, under a longer name
        {"speaker": "Ada Brisk", "start": 55, "end": 75},  # the council's words given to her
    ]
    assert _training_script().labels(gold, statements) == [0, 1, 0]


def test_training_leaves_out_what_the_gold_cannot_decide() -> None:
    text = "Ada Brisk said the bridge was unsafe."
    gold = {"text": text, "statements": [{"speaker": ["Ada Brisk"], "start": 15, "end": 36, "denial": None}]}
    assert _training_script().labels(gold, [{"speaker": "Ada Brisk", "start": 15, "end": 36}]) == [None]


def test_the_model_leaves_not_having_seen_something_to_the_rules() -> None:
    unaware = said("Mara Lind", "she had never seen the winter timetable")
    model = Model(weights={"speaker_denies": 4.0}, bias=4.0, threshold=0.5)
    assert model.denials([CLAIM, unaware], [1]) == []


def party(speaker: str, content: str, side: set[str], topic: set[str], is_denial: bool = False) -> Said:
    """A statement with the side and topic words `mark_denials` gives the model."""
    return Said(
        speaker=speaker,
        kind="person",
        is_denial=is_denial,
        cue="said",
        type="indirect",
        content=content,
        side=frozenset(side),
        topic=frozenset(topic),
    )


MILL = {"Dunmore Mills", "Orla Fenwick"}
CHARGE = party(
    "Kit Barras",
    "Dunmore Mills had dumped 40 tonnes of dye into the Avel river",
    {"Kit Barras"},
    {"dunmore", "mill", "dump", "tonne", "dye", "avel", "river"},
)
ANSWER = party(
    "Orla Fenwick",
    "every tonne of dye had gone to the licensed plant, and the river samples were clean",
    MILL,
    {"tonne", "dye", "licensed", "plant", "river", "sample", "clean"},
)


def test_pair_features_compare_the_statement_with_another_sides_claim() -> None:
    found = features([CHARGE, ANSWER], 1)
    assert found["pair_shared"] == pytest.approx(3 / 5)  # tonne, dye, river
    assert found["pair_accuses"] == 1.0  # the charge names the mill she speaks for
    assert found["pair_next"] == 1.0
    assert found["pair_numbers"] == 0.0


def test_pair_features_see_a_number_both_statements_give() -> None:
    answer = party(
        "Orla Fenwick",
        "the 40 tonnes went to the licensed plant",
        MILL,
        {"tonne", "licensed", "plant"},
    )
    assert features([CHARGE, answer], 1)["pair_numbers"] == 1.0


def test_pair_features_ignore_the_speakers_own_side_and_denials() -> None:
    colleague = party("Dunmore Mills", "the dye went to the plant", MILL, {"dye", "plant"})
    rejection = party(
        "Tamsin Roe", "the mill's account was false", {"Tamsin Roe"}, {"dye", "plant"}, is_denial=True
    )
    found = features([colleague, rejection, ANSWER], 2)
    assert not any(name.startswith("pair_") for name in found)


def test_pair_features_ask_whether_the_speakers_side_denies_the_claim_elsewhere() -> None:
    denial = party(
        "Dunmore Mills",
        "it rejected claims that it dumped dye in the river",
        MILL,
        {"dump", "dye", "river"},
        True,
    )
    assert features([CHARGE, denial, ANSWER], 2)["pair_denied"] == 1.0
    assert features([CHARGE, ANSWER], 1)["pair_denied"] == 0.0


def test_a_claim_that_names_someone_else_does_not_accuse_the_speaker() -> None:
    charge = party("Kit Barras", "the Avel river had turned blue", {"Kit Barras"}, {"avel", "river", "blue"})
    assert features([charge, ANSWER], 1)["pair_accuses"] == 0.0


def test_a_claim_said_more_than_two_statements_later_is_not_paired() -> None:
    filler = party("Ned Quayle", "the weather had been dry", {"Ned Quayle"}, {"weather", "dry"})
    assert "pair_shared" not in features([ANSWER, filler, filler, CHARGE], 0)
    assert "pair_shared" in features([ANSWER, filler, CHARGE], 0)


def test_words_count_for_less_than_the_dispute() -> None:
    assert features([CHARGE, ANSWER], 1)["w=clean"] == WORD_VALUE < 1


def test_leave_one_out_takes_the_tuned_batches_in_turn() -> None:
    script = _training_script()
    sets = [script.parse_set(s) for s in script.LOO_SETS]
    holdout = [(lo, hi) for split, lo, hi in sets if split == "holdout"]
    assert sets[0][0] == "dev"
    assert holdout[0][0] == 1 and holdout[-1][1] == 168  # never the untouched batch after it
    assert all(hi + 1 == lo for (_, hi), (lo, _) in itertools.pairwise(holdout))
