"""What only a browser shows: htmx swaps, infinite scroll, history, clicks. Chromium via Playwright."""

import datetime as dt
import re

import pytest
from playwright.sync_api import Page, expect

from claims.models import StatementKind
from claims.timeline import PAGE_SIZE
from tests.factories import ArticleFactory, StatementFactory, dispute_scenario

# live_server needs committed rows: each test flushes the tables afterwards.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STATEMENTS = "article.statement"


def busy_brenner(world, n: int = 2 * PAGE_SIZE + 5) -> None:
    """Enough statements by the spokesman for three timeline pages; every third one a direct quote."""
    for i in range(n):
        article = ArticleFactory(published=dt.date(2026, 1, 1) + dt.timedelta(days=i % 30))
        kind = StatementKind.DIRECT if i % 3 == 0 else StatementKind.INDIRECT
        StatementFactory(speaker=world.brenner, article=article, kind=kind)


def test_every_page_renders_and_is_saved_for_review(signed_in: Page, live_server, screenshot):
    world = dispute_scenario()
    pages = {
        "overview": "/",
        "actors": "/actors/",
        "timeline": world.brenner.get_absolute_url(),
        "timeline-norland": world.norland.get_absolute_url(),
        "statement": world.drones.get_absolute_url(),
        "articles": "/articles/",
        "article": world.claims.get_absolute_url(),
        "disputes": "/disputes/",
        "search": "/search/?q=drones",
    }
    for name, path in pages.items():
        signed_in.goto(live_server.url + path)
        expect(signed_in.locator("h1")).to_be_visible()
        screenshot(signed_in, name)
    signed_in.set_viewport_size({"width": 390, "height": 844})  # a phone
    for name in ("timeline", "article", "disputes"):
        signed_in.goto(live_server.url + pages[name])
        screenshot(signed_in, f"{name}-phone")
    signed_in.context.clear_cookies()
    signed_in.goto(live_server.url + "/")
    expect(signed_in).to_have_url(re.compile(r"/accounts/login/\?next=/$"))
    screenshot(signed_in, "login")


def test_the_timeline_loads_older_statements_on_scroll(signed_in: Page, live_server):
    world = dispute_scenario()
    busy_brenner(world)
    signed_in.goto(live_server.url + world.brenner.get_absolute_url())
    statements = signed_in.locator(f"#timeline {STATEMENTS}")
    expect(statements).to_have_count(PAGE_SIZE)
    signed_in.mouse.wheel(0, 100_000)
    expect(statements).to_have_count(2 * PAGE_SIZE)
    signed_in.mouse.wheel(0, 100_000)
    expect(statements).to_have_count(2 * PAGE_SIZE + 5 + 4)  # and the four of the scenario
    expect(signed_in.locator("text=The beginning of this timeline.")).to_be_visible()
    assert signed_in.url == live_server.url + world.brenner.get_absolute_url()  # scrolling is not navigation


def test_a_filter_updates_the_timeline_and_the_url(signed_in: Page, live_server):
    world = dispute_scenario()
    busy_brenner(world, 9)
    signed_in.goto(live_server.url + world.brenner.get_absolute_url())
    expect(signed_in.locator(f"#timeline {STATEMENTS}")).to_have_count(13)
    signed_in.select_option("#id_kind", "direct")
    expect(signed_in).to_have_url(live_server.url + world.brenner.get_absolute_url() + "?kind=direct")
    expect(signed_in.locator(f"#timeline {STATEMENTS}")).to_have_count(4)  # 3 made here + the manifests quote
    expect(signed_in.locator(f"#timeline {STATEMENTS}.kind-indirect")).to_have_count(0)


def test_the_back_button_restores_the_previous_filter(signed_in: Page, live_server):
    world = dispute_scenario()
    base = live_server.url + world.brenner.get_absolute_url()
    signed_in.goto(base)
    statements = signed_in.locator(f"#timeline {STATEMENTS}")
    expect(statements).to_have_count(4)
    signed_in.select_option("#id_kind", "direct")
    expect(statements).to_have_count(1)
    signed_in.check("#id_denials")
    expect(signed_in).to_have_url(base + "?kind=direct&denials=on")
    expect(statements).to_have_count(0)
    signed_in.go_back()
    expect(signed_in).to_have_url(base + "?kind=direct")
    expect(statements).to_have_count(1)
    expect(signed_in.locator("#id_kind")).to_have_value("direct")
    expect(signed_in.locator("#id_denials")).not_to_be_checked()
    signed_in.go_back()
    expect(signed_in).to_have_url(base)
    expect(statements).to_have_count(4)
    expect(signed_in.locator("#id_kind")).to_have_value("")


def test_search_as_you_type_updates_the_actors(signed_in: Page, live_server):
    dispute_scenario()
    signed_in.goto(live_server.url + "/actors/")
    rows = signed_in.locator("table.actors tbody tr")
    expect(rows).to_have_count(6)
    signed_in.locator("#id_q").press_sequentially("norl", delay=40)
    expect(rows).to_have_count(2)  # Norland and its ministry
    expect(signed_in.locator("#results")).to_contain_text("Norland Ministry of Foreign Affairs")
    expect(signed_in).to_have_url(live_server.url + "/actors/?q=norl")
    expect(signed_in.locator("#id_q")).to_be_focused()
    expect(signed_in.locator("#live-status")).to_have_text("2 actors found")  # announced to screen readers


def test_search_as_you_type_updates_the_statements(signed_in: Page, live_server):
    world = dispute_scenario()
    signed_in.goto(live_server.url + "/search/")
    signed_in.locator("#id_q").press_sequentially("manifests", delay=30)
    expect(signed_in.locator(f"#results {STATEMENTS}")).to_have_count(1)
    expect(signed_in.locator(f"#results #statement-{world.manifests.pk}")).to_be_visible()
    expect(signed_in).to_have_url(live_server.url + "/search/?q=manifests")


def test_a_highlight_in_an_article_opens_its_statement(signed_in: Page, live_server):
    world = dispute_scenario()
    signed_in.goto(live_server.url + world.denials.get_absolute_url())
    signed_in.locator(f'mark[data-statement="{world.tallis_denial.pk}"] a').click()
    expect(signed_in).to_have_url(live_server.url + world.tallis_denial.get_absolute_url())
    expect(signed_in.locator("h1")).to_have_text("Mira Tallis said")


def test_pages_work_without_javascript(browser, live_server):
    from django.conf import settings
    from django.test import Client

    from tests.factories import analyst

    world = dispute_scenario()
    busy_brenner(world)
    client = Client()
    client.force_login(analyst())
    context = browser.new_context(java_script_enabled=False)
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    context.set_default_timeout(5000)
    page = context.new_page()
    page.goto(live_server.url + world.brenner.get_absolute_url())
    page.select_option("#id_kind", "indirect")
    page.click("text=Filter")
    expect(page).to_have_url(re.compile(r"\?q=&kind=indirect&"))
    expect(page.locator(STATEMENTS)).to_have_count(PAGE_SIZE)
    page.click("a.older")
    expect(page).to_have_url(re.compile(r"kind=indirect.*before=\d{4}-\d\d-\d\d\.\d+"))
    expect(page.locator(STATEMENTS).first).to_be_visible()
    context.close()
