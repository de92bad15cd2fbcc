import datetime as dt
import re
from pathlib import Path

import pytest
from django.urls import reverse

from claims.models import ReviewStatus
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    StatementFactory,
    dispute_scenario,
    disputed_corpus,
)

pytestmark = pytest.mark.django_db


def test_overview_shows_latest_statements_active_actors_and_disputes(signed_in):
    world = dispute_scenario()
    html = signed_in.get("/").content.decode()
    assert "Latest statements" in html
    assert reverse("claims:statement-detail", args=[world.tallis_denial.pk]) in html
    assert world.tallis.name in html
    # the latest dispute: the vice minister denying the spokesman's words
    disputes = html.split('id="disputes-heading"')[1]
    assert world.tallis_denial.get_absolute_url() in disputes
    assert world.manifests.get_absolute_url() in disputes


def test_most_active_counts_the_seven_days_up_to_the_newest_statement(signed_in):
    busy, quiet = ActorFactory(name="Ilse Varga"), ActorFactory(name="Old Voice")
    for day in (10, 11, 12):
        StatementFactory(speaker=busy, article=ArticleFactory(published=dt.date(2026, 3, day)))
    StatementFactory(speaker=quiet, article=ArticleFactory(published=dt.date(2026, 2, 1)))
    active = signed_in.get("/").content.decode().split('id="active-heading"')[1].split("</section>")[0]
    assert busy.name in active
    assert '<span class="count">3</span>' in active
    assert quiet.name not in active  # said five weeks before the newest statement
    assert '<time datetime="2026-03-06">' in active  # the window is shown


def test_overview_leaves_out_rejected_statements(signed_in):
    StatementFactory(content="Shown to analysts.")
    StatementFactory(content="Rejected by an editor.", review_status=ReviewStatus.REJECTED)
    html = signed_in.get("/").content.decode()
    assert "Shown to analysts." in html
    assert "Rejected by an editor." not in html


@pytest.mark.parametrize("n", [1, 30])
def test_overview_runs_a_bounded_number_of_queries(signed_in, django_assert_max_num_queries, n):
    disputed_corpus(n)
    # 12, +2 since issue 6: the editors' controls look up the user's permissions once per request.
    with django_assert_max_num_queries(14):
        assert signed_in.get("/").status_code == 200


def test_login_page_loads_vendored_htmx_and_sets_the_csrf_header(client):
    html = client.get("/accounts/login/").content.decode()
    assert 'src="/static/vendor/htmx.min.js"' in html
    assert 'hx-headers=\'{"X-CSRFToken": "' in html
    # every script and stylesheet is ours (no CDN); not a search for "cdn", which a CSRF token may contain
    assets = re.findall(r'<script src="([^"]+)"|<link rel="stylesheet" href="([^"]+)"', html)
    assert assets and all(path.startswith("/static/") for pair in assets for path in pair if path)


def test_vendored_htmx_is_version_2(settings):
    htmx = Path(settings.BASE_DIR, "static", "vendor", "htmx.min.js").read_text()
    assert 'version:"2.' in htmx.replace(" ", "")
