"""The permission matrix: anonymous, analyst, editor and admin against every write endpoint.

Anyone without the right gets 403 from the view itself (an anonymous form
page, a GET, goes to the login form instead); editors and admins succeed,
and the write really happened. No template hides anything here: these are
direct requests, as a script would send them.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.test import Client

from claims.models import Actor, ActorRedirect, Denial, ReviewStatus, Statement
from tests.factories import admin, analyst, dispute_scenario, editor

pytestmark = pytest.mark.django_db


@dataclass
class Endpoint:
    url: Callable[[object], str]
    data: Callable[[object], dict[str, object]]
    happened: Callable[[object], bool]  # did the write land?


ENDPOINTS = {
    "review": Endpoint(
        lambda w: f"/statements/{w.drones.pk}/review/",
        lambda w: {"status": "confirmed", "version": 1},
        lambda w: Statement.objects.get(pk=w.drones.pk).review_status == ReviewStatus.CONFIRMED,
    ),
    "tags": Endpoint(
        lambda w: f"/statements/{w.drones.pk}/tags/",
        lambda w: {"add": "drones", "version": 1},
        lambda w: (
            list(Statement.objects.get(pk=w.drones.pk).tags.values_list("name", flat=True)) == ["drones"]
        ),
    ),
    "edit": Endpoint(
        lambda w: f"/statements/{w.drones.pk}/edit/",
        lambda w: {
            "speaker": "Estmark",
            "kind": "indirect",
            "content": w.drones.content,
            "version": 1,
        },
        lambda w: Statement.objects.get(pk=w.drones.pk).speaker_id == w.estmark.pk,
    ),
    "denials": Endpoint(
        lambda w: f"/statements/{w.tallis_denial.pk}/denials/",
        lambda w: {"add": str(w.drones.pk), "version": 1},
        lambda w: Denial.objects.filter(statement=w.tallis_denial, denied_statement=w.drones).exists(),
    ),
    "restore": Endpoint(
        lambda w: f"/statements/{w.manifests.pk}/history/",
        lambda w: {"restore": w.first_record, "version": 2},
        lambda w: Statement.objects.get(pk=w.manifests.pk).review_status == ReviewStatus.EXTRACTED,
    ),
    "actor-edit": Endpoint(
        lambda w: f"/actors/{w.tallis.slug}/edit/",
        lambda w: {"name": "Mira Tallis-Berg", "kind": "person", "role": "", "affiliation": "", "version": 1},
        lambda w: Actor.objects.get(pk=w.tallis.pk).name == "Mira Tallis-Berg",
    ),
    "actor-merge": Endpoint(
        lambda w: f"/actors/{w.tallis.slug}/merge/",
        lambda w: {"into": w.ministry.slug, "version": 1},
        lambda w: ActorRedirect.objects.filter(old_slug=w.tallis.slug, actor=w.ministry).exists(),
    ),
}
FORM_PAGES = {
    "tags": lambda w: f"/statements/{w.drones.pk}/tags/",
    "edit": lambda w: f"/statements/{w.drones.pk}/edit/",
    "denials": lambda w: f"/statements/{w.tallis_denial.pk}/denials/?q=drones",
    "actor-edit": lambda w: f"/actors/{w.tallis.slug}/edit/",
    "actor-merge": lambda w: f"/actors/{w.tallis.slug}/merge/",
}
ROLES: dict[str, Callable[[], object] | None] = {
    "anonymous": None,
    "analyst": analyst,
    "editor": editor,
    "admin": admin,
}
ALLOWED = {"editor", "admin"}


@pytest.fixture
def world():
    world = dispute_scenario()
    # An earlier state to restore: the statement as extracted, then a review (version 2).
    from claims.editing import statement_review

    statement_review(statement=world.manifests, editor=editor("first-editor"), status="rejected", version=1)
    world.first_record = Statement.history.filter(id=world.manifests.pk).earliest("history_date").history_id
    return world


def client_for(role: str) -> Client:
    client = Client()
    make = ROLES[role]
    if make is not None:
        client.force_login(make(f"{role}-user"))
    return client


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", ENDPOINTS)
def test_every_write_endpoint_answers_each_role(world, role, name):
    endpoint = ENDPOINTS[name]
    response = client_for(role).post(endpoint.url(world), endpoint.data(world))
    if role in ALLOWED:
        assert response.status_code == 302, (name, role, response.content[:500])
        assert endpoint.happened(world), (name, role)
    else:
        assert response.status_code == 403, (name, role)
        assert not endpoint.happened(world), (name, role)


@pytest.mark.parametrize("name", ENDPOINTS)
def test_htmx_writes_answer_403_too_and_send_a_signed_out_browser_to_login(world, name):
    endpoint = ENDPOINTS[name]
    htmx = {"HX-Request": "true", "HX-Current-URL": "http://testserver/actors/norland/"}
    response = client_for("analyst").post(endpoint.url(world), endpoint.data(world), headers=htmx)
    assert response.status_code == 403
    response = client_for("anonymous").post(endpoint.url(world), endpoint.data(world), headers=htmx)
    assert response.status_code == 403
    assert response["HX-Redirect"] == "/accounts/login/?next=/actors/norland/"
    assert not endpoint.happened(world)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", FORM_PAGES)
def test_every_form_page_answers_each_role(world, role, name):
    response = client_for(role).get(FORM_PAGES[name](world))
    if role == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    elif role in ALLOWED:
        assert response.status_code == 200
    else:
        assert response.status_code == 403


def test_anonymous_post_page_offers_the_login_form(world):
    response = client_for("anonymous").post(f"/statements/{world.drones.pk}/review/", {"status": "confirmed"})
    assert response.status_code == 403
    assert b"/accounts/login/?next=" in response.content


def test_public_read_does_not_open_writes(world, settings):
    settings.NEWSROOM_PUBLIC_READ = True
    for name, endpoint in ENDPOINTS.items():
        assert client_for("anonymous").post(endpoint.url(world), endpoint.data(world)).status_code == 403, (
            name
        )
    assert client_for("anonymous").get(f"/statements/{world.manifests.pk}/history/").status_code == 200


def test_the_history_reads_for_every_signed_in_user_and_only_editors_see_restore(world):
    url = f"/statements/{world.manifests.pk}/history/"
    assert client_for("anonymous").get(url).status_code == 302
    as_analyst = client_for("analyst").get(url)
    assert as_analyst.status_code == 200
    assert b"first-editor" in as_analyst.content
    assert b"Restore this version" not in as_analyst.content
    assert b"Restore this version" in client_for("editor").get(url).content


def test_a_staff_user_without_editing_rights_is_refused(world):
    from tests.factories import UserFactory

    client = Client()
    client.force_login(UserFactory(username="staff-only", is_staff=True))
    for name, endpoint in ENDPOINTS.items():
        assert client.post(endpoint.url(world), endpoint.data(world)).status_code == 403, name


def test_editor_controls_show_only_to_editors(world):
    url = world.drones.get_absolute_url()
    assert b"/review/" not in client_for("analyst").get(url).content
    page = client_for("editor").get(url).content.decode()
    assert f'hx-post="/statements/{world.drones.pk}/review/"' in page
    assert f'href="/statements/{world.drones.pk}/edit/?next=' in page
