"""Playwright on Debian's Chromium (Playwright cannot download its own browsers here)."""

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Page

from tests.factories import analyst, editor

CHROMIUM = os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"Browser tests need Chromium at {CHROMIUM}: apt-get install chromium, or set NEWSROOM_CHROMIUM."
        )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def sign_in(page: Page, live_server, user) -> list[str]:
    """Give the page's browser `user`'s session; returns the list its JavaScript errors go to."""
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
    )
    page.set_default_timeout(5000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    return errors


@pytest.fixture
def signed_in(page: Page, live_server) -> Page:
    """A page whose browser holds an analyst's session."""
    errors = sign_in(page, live_server, analyst())
    yield page
    assert errors == [], f"JavaScript errors: {errors}"


@pytest.fixture
def signed_in_editor(page: Page, live_server) -> Page:
    """A page whose browser holds an editor's session."""
    errors = sign_in(page, live_server, editor())
    yield page
    assert errors == [], f"JavaScript errors: {errors}"


@pytest.fixture
def screenshot(pytestconfig) -> Callable[[Page, str], Path]:
    """Save a full-page screenshot as test-results/screenshots/<name>.png, for reviewers."""
    folder = Path(pytestconfig.getoption("--output")) / "screenshots"

    def save(page: Page, name: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        page.screenshot(path=path, full_page=True)
        return path

    return save
