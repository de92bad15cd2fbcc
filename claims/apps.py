from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims and statements"

    def ready(self) -> None:
        from simple_history.signals import pre_create_historical_record

        from claims.history import fill_snapshot
        from claims.models import Statement

        post_migrate.connect(repair_sqlite_triggers, sender=self)
        # History rows copy the statement's tags and denial links (see claims.history).
        pre_create_historical_record.connect(fill_snapshot, sender=Statement.history.model)


def repair_sqlite_triggers(using: str = "default", **kwargs: object) -> None:
    """Database plumbing, not domain logic: SQLite drops a table's triggers when a
    migration rebuilds the table; see `claims.search` and `claims.claimants`."""
    from django.db import connections

    from claims.claimants import ensure_sqlite_triggers
    from claims.search import ensure_sqlite_index

    ensure_sqlite_index(connections[using])
    ensure_sqlite_triggers(connections[using])
