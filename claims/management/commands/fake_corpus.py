"""`manage.py fake_corpus`: an invented corpus through the ORM, to look at the pages without ingesting.

Two invented governments in a dispute, their officials, a harbour town, and
articles in which they claim and deny things (no NLP: offsets are placed by
construction). Every name is invented.
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from claims.management.commands._corpus import fake_corpus
from claims.models import Article


class Command(BaseCommand):
    help = "Fill the database with an invented corpus (articles, actors, statements, denials)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--articles", type=int, default=150, help="How many articles (150).")
        parser.add_argument(
            "--seed", type=int, default=1, help="Random seed: each seed is its own corpus (1)."
        )
        parser.add_argument(
            "--start", type=dt.date.fromisoformat, default=dt.date(2026, 1, 5), help="First day (2026-01-05)."
        )

    def handle(self, *args: object, **options: object) -> None:
        articles, seed = int(options["articles"]), int(options["seed"])
        if articles < 1:
            raise CommandError("--articles must be at least 1.")
        if Article.objects.filter(url__startswith=f"https://news.example/{seed}/").exists():
            raise CommandError(f"The corpus of seed {seed} is already loaded: pass another --seed.")
        with transaction.atomic():
            built = fake_corpus(articles=articles, seed=seed, start=options["start"])
        self.stdout.write(
            f"Created {built.articles} articles, {built.statements} statements and {built.denials} denials."
        )
