"""`manage.py bench_timeline`: is the first page of a huge timeline as fast as a tiny one?

Builds, inside a transaction it rolls back at the end, an actor with 10
statements and one with 10,000 (plus denials of them by another actor), then
renders each actor's first timeline page through the full stack (middleware,
view, templates) several times and prints the medians and their ratio. Also
times a page deep in the big timeline (keyset pagination: it should cost the
same), and an actor with just enough statements to fill a first page, so a
second ratio compares two pages of the same length: the first ratio also
counts the rendering of 25 rows against 10. Nothing is left in the database.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, reset_queries, transaction
from django.db.migrations.executor import MigrationExecutor
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from claims.forms import format_cursor
from claims.management.commands._corpus import bulk_timeline
from claims.models import Actor, Statement
from claims.timeline import PAGE_SIZE


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time the first timeline page of a 10-statement actor against a 10,000-statement one."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--small", type=int, default=10, help="Statements of the small actor (10).")
        parser.add_argument(
            "--large", type=int, default=10_000, help="Statements of the large actor (10,000)."
        )
        parser.add_argument("--runs", type=int, default=15, help="Timed renders of each page (15).")
        parser.add_argument(
            "--background",
            type=int,
            default=20_000,
            help="Statements by 200 other actors, so the big actor is not the whole table (20,000).",
        )
        parser.add_argument(
            "--max-ratio", type=float, default=None, help="Exit with an error if large/small is above this."
        )

    def handle(self, *args: object, **options: int | float | None) -> None:
        small, large, runs = int(options["small"]), int(options["large"]), int(options["runs"])
        background = int(options["background"])
        if min(small, large, runs) < 1 or background < 0:
            raise CommandError("--small, --large and --runs must be at least 1, --background at least 0.")
        executor = MigrationExecutor(connection)
        if executor.migration_plan(executor.loader.graph.leaf_nodes()):
            raise CommandError(
                f"the database {connection.settings_dict['NAME']} is not migrated: "
                "run `python manage.py migrate` first."
            )
        try:
            with transaction.atomic():
                ratio = self.run(small, large, runs, background)
                raise Rollback
        except Rollback:
            pass
        limit = options["max_ratio"]
        if limit is not None and ratio > limit:
            raise CommandError(f"ratio {ratio:.2f} is above --max-ratio {limit}")

    def run(self, small_n: int, large_n: int, runs: int, background: int) -> float:
        tag = uuid.uuid4().hex[:8]
        start = time.perf_counter()
        small, full, large, denier = (
            Actor.objects.create(name=f"Bench {label} {tag}", slug=f"bench-{label}-{tag}")
            for label in ("small", "full", "large", "denier")
        )
        full_n = 2 * PAGE_SIZE
        bulk_timeline(small, small_n, first_day=dt.date(2020, 1, 1), label=f"small-{tag}", denier=denier)
        bulk_timeline(full, full_n, first_day=dt.date(2020, 1, 1), label=f"full-{tag}", denier=denier)
        bulk_timeline(large, large_n, first_day=dt.date(2020, 1, 1), label=f"large-{tag}", denier=denier)
        others = Actor.objects.bulk_create(
            Actor(name=f"Bench other {i} {tag}", slug=f"bench-other-{i}-{tag}") for i in range(200)
        )
        for i, other in enumerate(others):
            share = background // len(others) + (1 if i < background % len(others) else 0)
            if share:
                bulk_timeline(
                    other, share, first_day=dt.date(2020, 1, 1), label=f"other-{i}-{tag}", denier=denier
                )
        self.analyze()
        self.stdout.write(
            f"Built {small_n:,} and {large_n:,} statements, {background:,} by 200 other actors, "
            f"and denials, in {time.perf_counter() - start:.1f} s on {connection.vendor}; "
            f"timing {runs} renders of each page."
        )
        client = Client()
        client.force_login(get_user_model().objects.create(username=f"bench-{tag}"))
        with override_settings(ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"]):
            small_ms, small_q = self.time(client, small.get_absolute_url(), runs)
            full_ms, full_q = self.time(client, full.get_absolute_url(), runs)
            large_ms, large_q = self.time(client, large.get_absolute_url(), runs)
            middle = Statement.objects.by_speaker(large).timeline()[large_n // 2]
            deep = f"{large.get_absolute_url()}?before={format_cursor((middle.timeline_date, middle.pk))}"
            deep_ms, deep_q = self.time(client, deep, runs)
        ratio = large_ms / small_ms
        self.stdout.write(
            f"  {small_n:>7,} statements, first page: {small_ms:7.1f} ms median, {small_q} queries"
        )
        self.stdout.write(
            f"  {full_n:>7,} statements, first page: {full_ms:7.1f} ms median, {full_q} queries"
        )
        self.stdout.write(
            f"  {large_n:>7,} statements, first page: {large_ms:7.1f} ms median, {large_q} queries"
        )
        self.stdout.write(
            f"  {large_n:>7,} statements, middle page: {deep_ms:6.1f} ms median, {deep_q} queries"
        )
        self.stdout.write(f"Ratio {large_n:,} / {small_n:,} (first page): {ratio:.2f}")
        self.stdout.write(
            f"Ratio {large_n:,} / {full_n:,} (first pages both {PAGE_SIZE} rows long): "
            f"{large_ms / full_ms:.2f}"
        )
        return ratio

    def analyze(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def time(self, client: Client, url: str, runs: int) -> tuple[float, int]:
        reset_queries()  # with DEBUG on, building filled the bounded query log
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)  # warm-up, and the query count
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
        timings = []
        for _ in range(runs):
            began = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - began) * 1000)
        return statistics.median(timings), len(queries)
