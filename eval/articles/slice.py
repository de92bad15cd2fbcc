"""Print the gold articles of one split numbered LO to HI, for scoring one batch on its own.

Usage (from the repository root)::

    python eval/articles/slice.py holdout 49 72 > /tmp/holdout-49-72.json
    python manage.py extract eval/articles/holdout.jsonl > /tmp/holdout.out
    python3 ../shared/eval/score.py /tmp/holdout-49-72.json /tmp/holdout.out

score.py pairs documents by id, so the other articles in the predictions are ignored.
Standard library only.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent


def number(article_id: str) -> int:
    """ "holdout-49-halvor-pipeline" -> 49."""
    found = re.match(r"[a-z]+-(\d+)-", article_id)
    if found is None:
        raise ValueError(f"not a gold article id: {article_id!r}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("dev", "holdout"))
    parser.add_argument("lo", type=int)
    parser.add_argument("hi", type=int)
    args = parser.parse_args(argv)
    articles = json.loads((HERE / f"{args.split}.json").read_text(encoding="utf-8"))
    chosen = [a for a in articles if args.lo <= number(a["id"]) <= args.hi]
    if not chosen:
        print(f"no {args.split} article is numbered {args.lo}-{args.hi}", file=sys.stderr)
        return 1
    json.dump(chosen, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
