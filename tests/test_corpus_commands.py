import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from claims.models import Actor, Article, Denial, Statement

pytestmark = pytest.mark.django_db


def test_bench_timeline_prints_the_ratio_and_leaves_nothing_behind():
    out = StringIO()
    call_command("bench_timeline", small=3, large=60, runs=2, background=40, stdout=out)
    text = out.getvalue()
    assert re.search(r"\n\s+3 statements, first page:\s+[\d.]+ ms median, \d+ queries", text)
    assert re.search(r"\n\s+60 statements, first page:\s+[\d.]+ ms median, \d+ queries", text)
    assert re.search(r"Ratio 60 / 3 \(first page\): \d+\.\d\d\n", text)
    queries = re.findall(r"(\d+) queries", text)
    assert len(set(queries)) == 1  # the same queries whatever the size
    assert (Actor.objects.count(), Article.objects.count(), Statement.objects.count()) == (0, 0, 0)


def test_bench_timeline_can_fail_above_a_ratio():
    with pytest.raises(CommandError, match=r"ratio \d+\.\d\d is above --max-ratio 0.01"):
        call_command(
            "bench_timeline", small=2, large=20, runs=1, background=0, max_ratio=0.01, stdout=StringIO()
        )


def test_bench_timeline_refuses_nonsense():
    with pytest.raises(CommandError, match="at least 1"):
        call_command("bench_timeline", runs=0, stdout=StringIO())


def test_bench_timeline_asks_for_migrate_on_a_database_that_lacks_tables(monkeypatch):
    from django.db.migrations.executor import MigrationExecutor

    monkeypatch.setattr(MigrationExecutor, "migration_plan", lambda self, targets: [("claims", "0001")])
    with pytest.raises(CommandError, match=r"is not migrated: run `python manage.py migrate` first"):
        call_command("bench_timeline", small=2, large=20, runs=1, background=0, stdout=StringIO())


def test_fake_corpus_builds_statements_on_their_words():
    out = StringIO()
    call_command("fake_corpus", articles=12, seed=3, stdout=out)
    assert re.match(r"Created 12 articles, \d+ statements and \d+ denials\.", out.getvalue())
    for statement in Statement.objects.select_related("article"):
        assert statement.article.text[statement.start : statement.end] == statement.content
    assert Denial.objects.exists()
    assert Actor.objects.filter(slug="norland", aliases__alias="Republic of Norland").exists()


def test_fake_corpus_refuses_to_load_a_seed_twice():
    call_command("fake_corpus", articles=2, seed=5, stdout=StringIO())
    with pytest.raises(CommandError, match="seed 5 is already loaded"):
        call_command("fake_corpus", articles=2, seed=5, stdout=StringIO())
    call_command("fake_corpus", articles=2, seed=6, stdout=StringIO())
