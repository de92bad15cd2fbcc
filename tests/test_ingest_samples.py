"""The demo corpus through `manage.py ingest` with the real engine: every dispute in
tests/data/sample_disputes.json is linked across articles, and a second run changes nothing."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db.models import Q

from claims.models import Actor, Article, Denial, Statement

pytestmark = [pytest.mark.nlp, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DISPUTES = json.loads((Path(__file__).parent / "data" / "sample_disputes.json").read_text(encoding="utf-8"))


def article_of(side: dict) -> Article:
    if side["record_id"]:
        return Article.objects.get(external_id=side["record_id"])
    return Article.objects.get(external_id=str(SAMPLES / side["file"]))


def linked(denying: Article, denied: Article) -> bool:
    return Denial.objects.filter(statement__article=denying, denied_statement__article=denied).exists()


def counts() -> tuple[int, int, int, int]:
    return Article.objects.count(), Statement.objects.count(), Actor.objects.count(), Denial.objects.count()


def ingest() -> str:
    out = io.StringIO()
    call_command("ingest", str(SAMPLES), stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_samples_disputes_are_linked_and_a_rerun_changes_nothing():
    first = ingest()
    assert ", 0 rejected" in first
    missing = [
        dispute["id"]
        for dispute in DISPUTES
        if not linked(article_of(dispute["denial"]), article_of(dispute["claim"]))
    ]
    assert missing == [], f"denial not linked to its claim in: {missing}"
    for dispute in DISPUTES:
        speakers = Statement.objects.filter(article=article_of(dispute["claim"])).filter(
            Q(speaker__name=dispute["claim"]["speaker"])
            | Q(speaker__members__name=dispute["claim"]["speaker"])
        )
        assert speakers.exists(), f"{dispute['id']}: no statement by {dispute['claim']['speaker']}"
    before = counts()
    second = ingest()
    assert f"Articles: 0 new, {before[0]} unchanged, 0 updated, 0 rejected" in second
    assert counts() == before
