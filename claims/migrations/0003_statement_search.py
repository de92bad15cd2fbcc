"""Full-text search over statements (see claims/search.py).

PostgreSQL: the search_vector column, a trigger that keeps it current and a GIN
index. SQLite: an FTS5 table kept current by triggers (the column stays NULL).
"""

import django.contrib.postgres.search
from django.db import migrations


def install(apps, schema_editor):
    from claims import search

    search.install(schema_editor.connection)


def uninstall(apps, schema_editor):
    from claims import search

    search.uninstall(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("claims", "0002_reader_and_editor_groups"),
    ]

    operations = [
        migrations.AddField(
            model_name="statement",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False,
                help_text="PostgreSQL: kept current by a trigger (see claims/search.py). Unused on SQLite, which has the FTS5 table claims_statement_fts.",
                null=True,
            ),
        ),
        migrations.RunPython(install, uninstall),
    ]
