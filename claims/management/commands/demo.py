"""`manage.py demo`: a working app in one command.

Migrates, ingests the sample corpus in samples/, creates demo accounts
(analyst, editor, admin) with fresh passwords printed once, then serves the
app on 127.0.0.1:8000.
"""

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError, CommandParser

ACCOUNTS = [("analyst", "Analysts", False), ("editor", "Editors", False), ("admin", None, True)]


class Command(BaseCommand):
    help = "Set up a demo database (migrate, ingest samples/, demo accounts) and serve the app."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000", help="Where to serve.")
        parser.add_argument("--no-serve", action="store_true", help="Set up, then exit without serving.")
        parser.add_argument(
            "--samples", default=str(Path(settings.BASE_DIR) / "samples"), help="Articles to ingest."
        )

    def handle(self, *args: object, **options: object) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write("Database migrated.")
        self.ingest_samples(Path(str(options["samples"])))
        self.create_accounts()
        if not options["no_serve"]:
            self.stdout.write(f"Serving on http://{options['addrport']}/ (Ctrl-C stops).")
            call_command("runserver", str(options["addrport"]), use_reloader=False)

    def ingest_samples(self, samples: Path) -> None:
        if "ingest" not in get_commands():
            self.stdout.write(self.style.WARNING("No ingest command yet: skipping the sample corpus."))
            return
        if not samples.exists():
            self.stdout.write(self.style.WARNING(f"{samples} does not exist: no sample articles ingested."))
            return
        try:
            call_command("ingest", str(samples))
        except CommandError as exc:  # some samples rejected: the rest is in, the demo goes on
            self.stdout.write(self.style.WARNING(f"Sample corpus: {exc}"))

    def create_accounts(self) -> None:
        users = get_user_model()
        self.stdout.write("Demo accounts (passwords are new each run):")
        for username, group_name, is_admin in ACCOUNTS:
            user, _ = users.objects.get_or_create(username=username)
            password = secrets.token_urlsafe(9)
            user.set_password(password)
            user.is_staff = user.is_superuser = is_admin
            user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            self.stdout.write(f"  {username:8} {password}")
