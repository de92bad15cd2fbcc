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

        post_migrate.connect(repair_sqlite_search_index, sender=self)
        # History rows copy the statement's tags and denial links (see claims.history).
        pre_create_historical_record.connect(fill_snapshot, sender=Statement.history.model)


def repair_sqlite_search_index(using: str = "default", **kwargs: object) -> None:
    """Database plumbing, not domain logic: see `claims.search.ensure_sqlite_index`."""
    from django.db import connections

    from claims.search import ensure_sqlite_index

    ensure_sqlite_index(connections[using])
