"""Editors in a browser: inline review, tags, corrections, denial links, conflicts, merges (issue 6)."""

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from claims.models import Actor, ActorKind, Denial, ReviewStatus, Statement
from tests.browser.conftest import sign_in
from tests.factories import ActorAliasFactory, ActorFactory, StatementFactory, admin, dispute_scenario, editor

# live_server needs committed rows: each test flushes the tables afterwards.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def card(page: Page, statement: Statement):
    return page.locator(f"#statement-{statement.pk}")


def settled(page: Page) -> None:
    """Wait until htmx has no request running and has wired up what it swapped in.

    Playwright types faster than htmx attaches its listeners to new content, and the
    live server shares one SQLite connection between its request threads: a test that
    acts or reads the database mid-request races them (a person never does).
    """
    page.wait_for_function(
        "() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')"
    )


def test_an_editor_confirms_tags_and_corrects_a_statement_inline(
    signed_in_editor: Page, live_server, screenshot
):
    page = signed_in_editor
    world = dispute_scenario()
    timeline = live_server.url + world.brenner.get_absolute_url()
    page.goto(timeline)
    drones = card(page, world.drones)
    screenshot(page, "editing-timeline")

    drones.get_by_role("button", name="Confirm").click()
    expect(drones.locator(".badge.review-confirmed")).to_have_text("Confirmed")
    expect(drones.locator(".saved")).to_have_text("Statement confirmed.")

    drones.get_by_role("link", name="Tags").click()
    settled(page)
    with page.expect_response(lambda r: "/tags/suggest/" in r.url and "province" in r.url):
        drones.get_by_label("Add tags").fill("drones, border province")  # suggestions load as one types
    settled(page)
    screenshot(page, "editing-tags-open")
    drones.get_by_role("button", name="Add").click()
    expect(drones.locator("ul.tags li")).to_have_text(["border province", "drones"])

    drones.get_by_role("link", name="Correct").click()
    expect(drones.locator("form.edit-form")).to_be_visible()
    settled(page)
    expect(drones.get_by_label("Speaker")).to_be_focused()  # keyboard users land in the form
    drones.get_by_label("Kind", exact=True).select_option("mixed")
    drones.get_by_label("Said on").fill("2026-02-08")
    screenshot(page, "editing-correct-open")
    drones.get_by_role("button", name="Save correction").click()
    expect(drones.locator(".badge.kind")).to_have_text("Mixed")
    expect(drones.locator(".badge.review-corrected")).to_have_text("Corrected")
    screenshot(page, "editing-corrected")

    assert page.url == timeline  # all in place: no navigation
    settled(page)
    saved = Statement.objects.get(pk=world.drones.pk)
    assert (saved.review_status, saved.kind, saved.said_on.isoformat(), saved.version) == (
        ReviewStatus.CORRECTED,
        "mixed",
        "2026-02-08",
        4,
    )
    assert sorted(saved.tags.values_list("name", flat=True)) == ["border province", "drones"]

    drones.get_by_role("link", name="History").click()
    expect(page.locator(".history-entry")).to_have_count(4)  # created, confirmed, tagged, corrected
    expect(page.locator(".history-entry strong", has_text="editor")).to_have_count(3)
    screenshot(page, "editing-history")


def test_an_invalid_correction_shows_its_error_in_the_card_and_cancel_closes_it(
    signed_in_editor: Page, live_server
):
    page = signed_in_editor
    world = dispute_scenario()
    page.goto(live_server.url + world.drones.get_absolute_url())
    drones = card(page, world.drones)
    drones.get_by_role("link", name="Correct").click()
    settled(page)
    drones.get_by_label("Words").fill("words that are nowhere in the article")
    drones.get_by_role("button", name="Save correction").click()
    expect(drones.locator(".form-errors")).to_contain_text("These words are not in the article")
    drones.get_by_role("link", name="Cancel").click()
    expect(drones.locator("form.edit-form")).to_have_count(0)
    expect(drones.get_by_role("button", name="Confirm")).to_be_visible()
    assert Statement.objects.get(pk=world.drones.pk).version == 1


def test_speaker_names_are_suggested_as_the_editor_types(signed_in_editor: Page, live_server):
    page = signed_in_editor
    world = dispute_scenario()
    page.goto(live_server.url + world.drones.get_absolute_url())
    drones = card(page, world.drones)
    drones.get_by_role("link", name="Correct").click()
    settled(page)
    drones.get_by_label("Speaker").fill("norl")
    expect(page.locator(f"#statement-{world.drones.pk}-actors option")).to_have_count(2)


def test_an_editor_links_a_denial_to_the_claim_found_by_search(
    signed_in_editor: Page, live_server, screenshot
):
    page = signed_in_editor
    world = dispute_scenario()
    page.goto(live_server.url + world.tallis.get_absolute_url())
    tallis = card(page, world.tallis_denial)
    tallis.get_by_role("link", name="Denies…").click()
    settled(page)
    tallis.get_by_label("Find the claim it denies").fill("rebels border")
    candidates = page.locator(f"#statement-{world.tallis_denial.pk}-candidates li")
    expect(candidates).to_have_count(1)
    screenshot(page, "editing-denials-open")
    candidates.get_by_role("button", name="Link").click()
    expect(tallis.locator(".links.denies li")).to_have_count(2)
    settled(page)
    assert Denial.objects.filter(statement=world.tallis_denial, denied_statement=world.drones).exists()

    tallis.get_by_role("link", name="Denies…").click()  # and an actor's claims in general
    settled(page)
    with page.expect_response(lambda r: "/actors/suggest/" in r.url):
        tallis.get_by_label("it denies an actor's claims in general").fill("estmark")
    settled(page)
    tallis.get_by_role("button", name="Link actor").click()
    expect(tallis.locator(".links.denies li", has_text="claims by Estmark")).to_have_count(1)
    settled(page)


def test_a_stale_edit_shows_the_conflict_in_the_card(browser: Browser, live_server, screenshot):
    world = dispute_scenario()
    contexts = [browser.new_context(), browser.new_context()]
    try:
        alice, bob = (context.new_page() for context in contexts)
        for page, name in ((alice, "alice"), (bob, "bob")):
            sign_in(page, live_server, editor(name))
            page.goto(live_server.url + world.drones.get_absolute_url())
        card(alice, world.drones).get_by_role("button", name="Reject").click()
        expect(card(alice, world.drones).locator(".badge.review-rejected")).to_be_visible()
        bob_card = card(bob, world.drones)
        bob_card.get_by_role("button", name="Confirm").click()  # his page still shows version 1
        expect(bob_card.locator(".conflict")).to_contain_text("alice changed this")
        expect(bob_card.locator(".badge.review-rejected")).to_be_visible()  # the newer data
        screenshot(bob, "editing-conflict")
        settled(bob)
        assert Statement.objects.get(pk=world.drones.pk).review_status == ReviewStatus.REJECTED
    finally:
        for context in contexts:
            context.close()


def test_a_merge_sends_the_editor_to_the_actor_kept_and_the_old_url_redirects(
    signed_in_editor: Page, live_server, screenshot
):
    page = signed_in_editor
    dispute_scenario()
    dup = ActorFactory(name="Republic of Nordland", kind=ActorKind.COUNTRY)
    ActorAliasFactory(actor=dup, alias="Republic of Nordland")
    StatementFactory(speaker=dup)
    page.goto(live_server.url + dup.get_absolute_url())
    page.get_by_role("link", name="Merge into another actor").click()
    settled(page)
    with page.expect_response(lambda r: "/actors/suggest/" in r.url):
        page.get_by_label("Merge into").fill("norland")
    settled(page)
    screenshot(page, "editing-merge-open")
    page.get_by_role("button", name="Merge").click()
    expect(page).to_have_url(live_server.url + "/actors/norland/")
    expect(page.locator(".message")).to_contain_text("Republic of Nordland merged into Norland")
    page.goto(live_server.url + "/actors/republic-of-nordland/?kind=indirect")
    expect(page).to_have_url(live_server.url + "/actors/norland/?kind=indirect")
    expect(page.locator("h1")).to_have_text("Norland")
    assert not Actor.objects.filter(pk=dup.pk).exists()


def test_an_actor_is_edited_inline(signed_in_editor: Page, live_server):
    page = signed_in_editor
    world = dispute_scenario()
    page.goto(live_server.url + world.tallis.get_absolute_url())
    page.get_by_role("link", name="Edit", exact=True).click()
    settled(page)
    page.get_by_label("Role").fill("special envoy")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".message")).to_have_text("Mira Tallis saved.")
    expect(page.locator(".actor-head .meta")).to_contain_text("special envoy")
    assert Actor.objects.get(pk=world.tallis.pk).role == "special envoy"


def test_editing_works_without_javascript(browser: Browser, live_server):
    world = dispute_scenario()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, live_server, editor())
    timeline = live_server.url + world.brenner.get_absolute_url() + "?kind=indirect"
    page.goto(timeline)
    card(page, world.drones).get_by_role("button", name="Confirm").click()
    expect(page).to_have_url(timeline)  # back where the editor was
    expect(page.locator(".message")).to_have_text("Statement confirmed.")
    card(page, world.drones).get_by_role("link", name="Correct").click()
    expect(page).to_have_url(re.compile(rf"/statements/{world.drones.pk}/edit/\?next="))
    page.get_by_label("Kind", exact=True).select_option("direct")
    page.get_by_role("button", name="Save correction").click()
    expect(page).to_have_url(timeline)
    assert Statement.objects.get(pk=world.drones.pk).kind == "direct"
    context.close()


def test_analysts_see_no_editing_controls(signed_in: Page, live_server):
    world = dispute_scenario()
    signed_in.goto(live_server.url + world.brenner.get_absolute_url())
    expect(card(signed_in, world.drones)).to_be_visible()
    expect(signed_in.locator(".editor")).to_have_count(0)
    expect(signed_in.get_by_role("link", name="Merge into another actor")).to_have_count(0)


@pytest.mark.usefixtures("fake_engine")
def test_an_admin_uploads_a_file_and_reads_the_report(
    page: Page, live_server, settings, tmp_path, screenshot
):
    settings.MEDIA_ROOT = tmp_path / "media"
    errors = sign_in(page, live_server, admin())
    feed = tmp_path / "april.jsonl"
    feed.write_text(
        '{"id": "hc-1", "text": "Ilse Varga said on 2026-04-02 that ferry fees would rise."}\n'
        '{"title": "a record without its body"}\n'
    )
    page.goto(live_server.url + "/admin/claims/importjob/add/")
    page.set_input_files("input[name=file]", str(feed))
    screenshot(page, "admin-import-add")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("Upload received: april.jsonl is import")
    expect(page.locator(".field-state")).to_contain_text(
        "Done: Articles: 1 new, 0 unchanged, 0 updated, 1 rejected"
    )
    expect(page.locator(".field-report tbody tr")).to_have_count(2)
    expect(page.locator(".field-report tbody tr").first).to_contain_text("april.jsonl:2")
    screenshot(page, "admin-import-report")
    assert errors == []
