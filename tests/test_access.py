"""Every analyst page needs a signed-in user, unless NEWSROOM_PUBLIC_READ opens reading."""

import pytest
from django.urls import reverse

from tests.factories import analyst

pytestmark = pytest.mark.django_db


def page_urls(world) -> list[str]:
    return [
        reverse("claims:home"),
        reverse("claims:actor-list"),
        reverse("claims:actor-detail", args=[world.norland.slug]),
        reverse("claims:statement-detail", args=[world.drones.pk]),
        reverse("claims:article-list"),
        reverse("claims:article-detail", args=[world.claims.pk]),
        reverse("claims:dispute-list"),
        reverse("claims:search") + "?q=drones",
        reverse("claims:dispute-list") + "?format=csv",
    ]


def test_the_url_scheme_is_the_one_the_issue_fixes(world):
    assert page_urls(world)[:8] == [
        "/",
        "/actors/",
        "/actors/norland/",
        f"/statements/{world.drones.pk}/",
        "/articles/",
        f"/articles/{world.claims.pk}/",
        "/disputes/",
        "/search/?q=drones",
    ]


def test_every_page_redirects_an_anonymous_user_to_the_login_page(client, world):
    for url in page_urls(world):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next="), url


def test_a_fragment_request_sends_the_whole_page_to_login(client, world):
    response = client.get(
        "/actors/norland/?kind=direct",
        headers={"HX-Request": "true", "HX-Current-URL": "http://testserver/actors/norland/"},
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == "/accounts/login/?next=/actors/norland/"


def test_every_page_answers_an_analyst(client, world):
    client.force_login(analyst())
    for url in page_urls(world):
        assert client.get(url).status_code == 200, url


def test_public_read_opens_every_page_to_anonymous_users(client, world, settings):
    settings.NEWSROOM_PUBLIC_READ = True
    for url in page_urls(world):
        assert client.get(url).status_code == 200, url


def test_login_page_says_what_the_app_is_for_and_signs_in(client):
    user = analyst()
    page = client.get("/accounts/login/?next=/disputes/")
    assert b"Who said what in the news" in page.content
    assert b'<label for="id_username">' in page.content
    response = client.post(
        "/accounts/login/",
        {"username": user.username, "password": "correct horse battery staple", "next": "/disputes/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/disputes/"


def test_a_wrong_password_is_refused_with_a_message(client):
    analyst()
    response = client.post("/accounts/login/", {"username": "analyst", "password": "wrong"})
    assert response.status_code == 200
    assert b"did not match" in response.content
