from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ClaimsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "claims"
    verbose_name = "Claims and statements"

    def ready(self) -> None:
        post_migrate.connect(repair_sqlite_search_index, sender=self)


def repair_sqlite_search_index(using: str = "default", **kwargs: object) -> None:
    """Database plumbing, not domain logic: see `claims.search.ensure_sqlite_index`."""
    from django.db import connections

    from claims.search import ensure_sqlite_index

    ensure_sqlite_index(connections[using])
