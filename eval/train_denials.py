"""Train the denial model (`claims/extraction/denials/learned.py`) on the gold articles.

The model learns which statements are denials from what the wording rules decided and from the
statements' words and places in their dispute. Its training examples are the statements that
`extract` finds with the rules alone, each labelled by the gold statement it matches (matched as
`../shared/eval/score.py` matches them: a speaker the gold accepts, at least half the words
inside it); undecidable and optional gold statements teach nothing, and a statement matching no
gold one is a counter-example, since flagging it costs precision.

Usage (from the repository root; scikit-learn comes with the dev extra)::

    python eval/train_denials.py                            # train, write the model
    python eval/train_denials.py --validate holdout:145-168 # hold those out, report on them
    python eval/train_denials.py --loo                      # leave each tuned set out in turn

Retrain whenever a rule change moves extraction output: the features include the rules'
decisions. Sets are SPLIT or SPLIT:LO-HI (article numbers); the default is everything that is
tuning material (see eval/articles/README.md), never the untouched holdout batch.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import pathlib
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.extraction import extract_many  # noqa: E402
from claims.extraction.denials.learned import MODEL_PATH, Model, Said, features  # noqa: E402

ARTICLES = ROOT / "eval" / "articles"
TUNING = ("dev", "holdout:1-168")
# The tuned sets as they were tuned on, batch by batch: what --loo leaves out in turn.
LOO_SETS = ("dev", *(f"holdout:{lo}-{lo + 23}" for lo in range(1, 168, 24)))
WORD = re.compile(r"\w+")


def article_number(article_id: str) -> int:
    return int(article_id.split("-")[1])


def parse_set(spec: str) -> tuple[str, int, int]:
    split, _, numbers = spec.partition(":")
    if split not in ("dev", "holdout"):
        raise argparse.ArgumentTypeError(f"unknown split {split!r}: dev or holdout")
    if not numbers:
        return split, 1, 10**6
    lo, _, hi = numbers.partition("-")
    return split, int(lo), int(hi or lo)


def gold_articles(sets: list[tuple[str, int, int]]) -> list[dict]:
    chosen = []
    for split, lo, hi in sets:
        gold = json.loads((ARTICLES / f"{split}.json").read_text(encoding="utf-8"))
        chosen += [a for a in gold if lo <= article_number(a["id"]) <= hi]
    return chosen


def inputs(articles: list[dict]) -> list[tuple[str, dt.date | None]]:
    return [
        (a["text"], dt.date.fromisoformat(a["published"]) if a.get("published") else None) for a in articles
    ]


class Recorder:
    """Stands in for the model during extraction and keeps what it was asked about."""

    def __init__(self) -> None:
        self.asked: tuple[list[Said], list[int]] = ([], [])

    def denials(self, said: Sequence[Said], open_to: Iterable[int]) -> list[int]:
        self.asked = (list(said), list(open_to))
        return []


def rules_only(articles: list[dict]) -> Iterator[tuple[list[dict], list[Said], list[int]]]:
    """Each article's statements as `extract` prints them with the rules alone, and what the model
    would see of them: the statements and which of them are open to it."""
    recorder = Recorder()
    progress = sys.stderr.isatty()
    for done, result in enumerate(extract_many(inputs(articles), learned_denials=recorder), 1):
        if progress:
            print(f"\rextracted {done}/{len(articles)}", end="", file=sys.stderr)
        yield [s.as_json() for s in result.statements], *recorder.asked
        recorder.asked = ([], [])  # an article with no statements never asks
    if progress:
        print(file=sys.stderr)


def _words(text: str, start: int, end: int) -> set[int]:
    return {m.start() for m in WORD.finditer(text, start, end)}


def _name(name: str | None) -> str:
    name = re.sub(r"['’]s\b", "", (name or "").lower())
    return re.sub(r"^the ", "", re.sub(r"[^\w&]+", " ", name).strip())


def _accepts(names: list[str], speaker: str | None) -> bool:
    said = _name(speaker)
    if not said:
        return False
    for name in map(_name, names):
        if said == name or (len(name) >= 3 and re.search(rf"\b{re.escape(name)}\b", said)):
            return True
        if len(said) >= 4 and re.search(rf"\b{re.escape(said)}\b", name):
            return True
    return False


def labels(article: dict, statements: list[dict]) -> list[int | None]:
    """1 for a gold denial, 0 for a gold non-denial or no gold statement, None to leave out."""
    text, gold = article["text"], article["statements"]
    gold_words = [_words(text, g["start"], g["end"]) for g in gold]
    found = []
    for s in statements:
        words = _words(text, s["start"], s["end"])
        heard = [
            (g, w) for g, w in zip(gold, gold_words, strict=True) if _accepts(g["speaker"], s["speaker"])
        ]
        inside = set().union(*(w for _, w in heard))
        if not words or 2 * len(words & inside) < len(words):
            found.append(0)
            continue
        best, _ = max(heard, key=lambda gw: len(words & gw[1]))
        denial = best.get("denial")
        found.append(None if best.get("optional") or denial is None else int(denial is True))
    return found


def examples(articles: list[dict]) -> tuple[list[dict], list[int]]:
    """Features and labels of every labelled statement: those the rules found denials too, since
    they show what denials look like; what the rules miss in new text resembles them more than
    it resembles the few they miss in the text they were written on."""
    xs, ys = [], []
    for article, (statements, said, _) in zip(articles, rules_only(articles), strict=True):
        for n, label in enumerate(labels(article, statements)):
            if label is not None:
                xs.append(features(said, n))
                ys.append(label)
    return xs, ys


def common_words(xs: list[dict], min_count: int) -> list[dict]:
    """The examples without the words seen in fewer than `min_count` statements: a word met once
    or twice in training says more about one writer than about denials."""
    counts = Counter(name for x in xs for name in x if name.startswith("w="))
    return [{k: v for k, v in x.items() if not k.startswith("w=") or counts[k] >= min_count} for x in xs]


def train(xs: list[dict], ys: list[int], c: float) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectors = DictVectorizer()
    fitted = LogisticRegression(C=c, max_iter=5000).fit(vectors.fit_transform(xs), ys)
    weights = {
        name: round(float(w), 4) for name, w in zip(vectors.feature_names_, fitted.coef_[0], strict=True)
    }
    return {k: v for k, v in weights.items() if v}, round(float(fitted.intercept_[0]), 4)


def report(name: str, predicted: list[bool], ys: list[int]) -> None:
    right = sum(p and y for p, y in zip(predicted, ys, strict=True))
    precision = right / max(1, sum(predicted))
    recall = right / max(1, sum(ys))
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(f"{name:>14}: denial precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")


def judged(articles: list[dict], model: Model) -> dict[str, tuple[list[bool], list[int]]]:
    """Each labelled statement's denial as extracted with the rules alone and with the model,
    beside its label."""
    found = {}
    for name, using in (("rules", False), ("rules + model", model)):
        predicted, truth = [], []
        for article, result in zip(
            articles, extract_many(inputs(articles), learned_denials=using), strict=True
        ):
            statements = [s.as_json() for s in result.statements]
            for statement, label in zip(statements, labels(article, statements), strict=True):
                if label is not None:
                    predicted.append(statement["is_denial"])
                    truth.append(label)
        found[name] = (predicted, truth)
    return found


def validate(articles: list[dict], model: Model) -> None:
    """Denial precision and recall on the held-out articles, statement by statement, with the
    rules alone and with the model (score.py gives the figures to report)."""
    for name, (predicted, truth) in judged(articles, model).items():
        report(name, predicted, truth)


def leave_one_out(sets: list[tuple[str, int, int]], c: float, threshold: float, min_count: int) -> None:
    """Train on all the sets but one and judge that one, for each set in turn; report each and
    the pooled figures, which say more about new text than any one set does."""
    held_out = [gold_articles([s]) for s in sets]
    examples_of = [examples(articles) for articles in held_out]
    pooled: dict[str, tuple[list[bool], list[int]]] = {}
    for k, (spec, articles) in enumerate(zip(sets, held_out, strict=True)):
        xs = [x for j, (some, _) in enumerate(examples_of) if j != k for x in some]
        ys = [y for j, (_, some) in enumerate(examples_of) if j != k for y in some]
        weights, bias = train(common_words(xs, min_count), ys, c)
        print(f"{spec[0]}:{spec[1]}-{spec[2]}")
        for name, (predicted, truth) in judged(articles, Model(weights, bias, threshold)).items():
            report(name, predicted, truth)
            pooled.setdefault(name, ([], []))
            pooled[name][0].extend(predicted)
            pooled[name][1].extend(truth)
    print("pooled")
    for name, (predicted, truth) in pooled.items():
        report(name, predicted, truth)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--train", nargs="+", type=parse_set, default=[parse_set(s) for s in TUNING])
    parser.add_argument("--validate", nargs="+", type=parse_set, default=[], help="hold out and report on")
    parser.add_argument(
        "--loo",
        nargs="*",
        type=parse_set,
        help="leave each of these sets out in turn (default: the tuned sets)",
    )
    parser.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--threshold", type=float, default=0.55, help="probability that makes a denial")
    parser.add_argument("--min-count", type=int, default=1, help="statements a word must occur in")
    parser.add_argument("--out", type=pathlib.Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    if args.loo is not None:
        leave_one_out(args.loo or [parse_set(s) for s in LOO_SETS], args.C, args.threshold, args.min_count)
        return

    held = {a["id"] for a in gold_articles(args.validate)}
    training = [a for a in gold_articles(args.train) if a["id"] not in held]
    xs, ys = examples(training)
    weights, bias = train(common_words(xs, args.min_count), ys, args.C)
    print(f"trained on {len(training)} articles, {len(ys)} statements, {sum(ys)} denials")
    if held:
        validate(gold_articles(args.validate), Model(weights=weights, bias=bias, threshold=args.threshold))
        return  # a model trained without the held-out articles is not the one to ship
    data = {
        "trained_on": [f"{s}:{lo}-{hi}" for s, lo, hi in args.train],
        "C": args.C,
        "threshold": args.threshold,
        "min_count": args.min_count,
        "bias": bias,
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(weights)} weights)")


if __name__ == "__main__":
    main()
