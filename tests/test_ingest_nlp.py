"""`manage.py ingest` with the real spaCy extraction engine, on a two-article dispute written for the project.

A harbour council spokesman accuses a neighbouring country's ferries of
smuggling rifles; four days later that country's ministry dismisses the claim,
and the spokesman (by surname only) answers. Everyone here is invented.
"""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.models import Actor, ActorKind, Article, Denial, Statement

pytestmark = [pytest.mark.nlp, pytest.mark.django_db]

FIXTURES = Path(__file__).parent / "fixtures" / "dispute"
CLAIM_ARTICLE = (FIXTURES / "claim.txt").read_text(encoding="utf-8")
DENIAL_ARTICLE = (FIXTURES / "denial.txt").read_text(encoding="utf-8")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def ingest(*paths: Path, **options: object) -> str:
    out = io.StringIO()
    call_command("ingest", *map(str, paths), stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def counts() -> tuple[int, int, int, int]:
    return Article.objects.count(), Statement.objects.count(), Actor.objects.count(), Denial.objects.count()


def assert_dispute_linked() -> None:
    reyl = Actor.objects.get(name="Tomas Reyl")
    assert reyl.kind == ActorKind.PERSON
    assert not Actor.objects.filter(name="Reyl").exists()
    claims = Statement.objects.filter(speaker=reyl, article__url__contains="ferries-rifles")
    assert claims.exists()
    link = Denial.objects.get(
        denied_statement__in=claims, statement__article__url__contains="brenmoor-rejects"
    )
    assert "Brenmoor" in link.statement.speaker.name or "Brenmoor" in str(link.statement.speaker.affiliation)
    assert 0 < link.confidence <= 1


def test_claim_and_denial_in_one_run_are_linked(tmp_path):
    ingest(write(tmp_path, "b-denial.txt", DENIAL_ARTICLE), write(tmp_path, "a-claim.txt", CLAIM_ARTICLE))
    assert_dispute_linked()


def test_claim_and_denial_in_separate_runs_are_linked(tmp_path):
    ingest(write(tmp_path, "claim.txt", CLAIM_ARTICLE))
    ingest(write(tmp_path, "denial.txt", DENIAL_ARTICLE))
    assert_dispute_linked()


def test_bare_surname_in_the_later_article_is_the_same_person(tmp_path):
    ingest(write(tmp_path, "claim.txt", CLAIM_ARTICLE), write(tmp_path, "denial.txt", DENIAL_ARTICLE))
    reyl = Actor.objects.get(name="Tomas Reyl")
    assert reyl.statements.filter(article__url__contains="brenmoor-rejects").exists()
    assert reyl.affiliation is not None and reyl.affiliation.name == "Harbour Council"


def test_rerun_with_real_extraction_changes_no_count(tmp_path):
    paths = write(tmp_path, "claim.txt", CLAIM_ARTICLE), write(tmp_path, "denial.txt", DENIAL_ARTICLE)
    ingest(*paths)
    before = counts()
    out = ingest(*paths)
    assert "Articles: 0 new, 2 unchanged, 0 updated, 0 rejected" in out
    assert counts() == before


def test_two_workers_write_what_one_process_writes(tmp_path):
    paths = write(tmp_path, "claim.txt", CLAIM_ARTICLE), write(tmp_path, "denial.txt", DENIAL_ARTICLE)
    ingest(*paths)
    one = counts()
    Article.objects.all().delete()
    Actor.objects.all().delete()
    ingest(*paths, workers=2, batch_size=1)
    assert counts() == one
    assert_dispute_linked()


@pytest.mark.django_db(False)
def test_bench_ingest_runs_and_prints_both_ratios(tmp_path):
    # A process of its own: the benchmark makes and drops its own fresh databases.
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}"}
    done = subprocess.run(
        [sys.executable, "manage.py", "bench_ingest", "--articles", "6", "--rounds", "1"],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "ingest (1 process) / nlp.pipe throughput:" in done.stdout
    assert "--workers 2 speed-up over 1 process:" in done.stdout
    assert "Each run wrote 6 articles" in done.stdout
