import pytest
from django.urls import reverse

from tests.factories import StatementFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_home_says_what_the_app_is_for_anonymous_visitors(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Who said what in the news" in response.content
    assert b"Sign in to browse" in response.content


def test_base_template_loads_vendored_htmx_and_sets_the_csrf_header(client):
    html = client.get("/").content.decode()
    assert 'src="/static/vendor/htmx.min.js"' in html
    assert 'hx-headers=\'{"X-CSRFToken": "' in html
    assert "cdn" not in html.lower()


def test_home_lists_latest_statements_for_a_signed_in_user(client):
    statement = StatementFactory()
    client.force_login(UserFactory())
    html = client.get("/").content.decode()
    assert statement.speaker.name in html
    assert reverse("claims:statement-detail", args=[statement.pk]) in html


def test_vendored_htmx_is_version_2(settings):
    from pathlib import Path

    htmx = Path(settings.BASE_DIR, "static", "vendor", "htmx.min.js").read_text()
    assert 'version:"2.' in htmx.replace(" ", "")
