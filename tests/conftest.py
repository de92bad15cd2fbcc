import os

import pytest
from django.conf import settings

# Playwright's sync API runs an event loop in the test thread; Django refuses
# ORM calls from "async" contexts unless told this is safe (it is: one thread).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_report_header(config: pytest.Config) -> str:
    db = settings.DATABASES["default"]
    return f"database: {db['ENGINE'].rsplit('.', 1)[-1]} {db.get('HOST') or db['NAME']}"


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Test users need no slow key stretching: PBKDF2 made each user cost about 0.3 s."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest through tests/fake_extraction.py instead of spaCy (see its docstring for its grammar)."""
    from tests import fake_extraction

    monkeypatch.setattr("claims.pipeline.extraction_api", fake_extraction.api)


@pytest.fixture
def world():
    """The invented dispute of tests/factories.py: Estmark's claims, Norland's denials."""
    from tests.factories import dispute_scenario

    return dispute_scenario()


@pytest.fixture
def signed_in(client):
    """The test client, signed in as a member of Analysts."""
    from tests.factories import analyst

    client.force_login(analyst())
    return client


@pytest.fixture
def as_editor(client):
    """The test client, signed in as a member of Editors."""
    from tests.factories import editor

    client.force_login(editor())
    return client
