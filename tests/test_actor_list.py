import re

import pytest

from claims.models import ActorKind, ReviewStatus
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    StatementFactory,
    dispute_scenario,
    disputed_corpus,
)

pytestmark = pytest.mark.django_db


def rows(html: str) -> dict[str, list[str]]:
    """Actor name -> [statements, denials made, denied] as shown."""
    found = re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a>.*?</tr>', html, re.S)
    table = {}
    for name in found:
        row = html.split(f">{name}</a>")[1].split("</tr>")[0]
        table[name] = re.findall(r'<td class="num">(\d+)</td>', row)
    return table


def test_actors_show_counts_of_statements_denials_made_and_received(signed_in):
    dispute_scenario()
    table = rows(signed_in.get("/actors/").content.decode())
    assert table["Tomas Brenner"] == ["2", "0", "2"]
    assert table["Mira Tallis"] == ["1", "1", "0"]
    assert table["Norland"] == ["1", "1", "0"]
    assert table["Estmark"] == ["0", "0", "1"]


def test_rejected_statements_are_not_counted(signed_in):
    actor = ActorFactory(name="Ilse Varga")
    StatementFactory(speaker=actor)
    StatementFactory(speaker=actor, review_status=ReviewStatus.REJECTED)
    assert rows(signed_in.get("/actors/").content.decode())["Ilse Varga"][0] == "1"


def test_filter_by_kind(signed_in):
    dispute_scenario()
    table = rows(signed_in.get("/actors/?kind=country").content.decode())
    assert sorted(table) == ["Estmark", "Norland"]


def test_search_by_name_or_alias_ignoring_case_and_accents(signed_in):
    country = ActorFactory(name="Republic of Søndermark", kind=ActorKind.COUNTRY)
    ActorAliasFactory(actor=country, alias="Séndia")
    ActorFactory(name="Someone Else")
    assert list(rows(signed_in.get("/actors/?q=sendia").content.decode())) == ["Republic of Søndermark"]
    assert list(rows(signed_in.get("/actors/?q=REPUBLIC").content.decode())) == ["Republic of Søndermark"]
    html = signed_in.get("/actors/?q=sendia").content.decode()
    assert "also Séndia" in html


def test_order_by_most_statements(signed_in):
    quiet, busy = ActorFactory(name="Aaron Quiet"), ActorFactory(name="Zora Busy")
    StatementFactory(speaker=quiet)
    StatementFactory.create_batch(3, speaker=busy)
    assert list(rows(signed_in.get("/actors/?sort=statements").content.decode()))[:2] == [
        "Zora Busy",
        "Aaron Quiet",
    ]


def test_typing_gets_the_results_fragment_with_a_live_count(signed_in):
    dispute_scenario()
    response = signed_in.get("/actors/?q=norl", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="results"')
    assert '<p class="result-count">2 actors</p>' in html
    assert '<div id="live-status" hx-swap-oob="innerHTML">2 actors found</div>' in html  # for screen readers
    assert "HX-Request" in response["Vary"]


def test_the_form_works_without_javascript(signed_in):
    html = signed_in.get("/actors/").content.decode()
    form = html.split('<form class="filters"')[1].split("</form>")[0]
    assert 'method="get" action="/actors/"' in form
    assert 'hx-push-url="true"' in form
    for control in ("id_q", "id_kind", "id_sort"):
        assert f'<label for="{control}">' in form


def test_long_lists_are_paged(signed_in):
    ActorFactory.create_batch(55)
    first = signed_in.get("/actors/").content.decode()
    assert len(rows(first)) == 50
    assert 'rel="next" href="?page=2"' in first
    assert len(rows(signed_in.get("/actors/?page=2").content.decode())) == 5


@pytest.mark.parametrize("n", [2, 40])
def test_actor_list_runs_a_bounded_number_of_queries(signed_in, django_assert_max_num_queries, n):
    for denial in disputed_corpus(n):
        ActorAliasFactory(actor=denial.statement.speaker, alias=f"alias of {denial.statement.speaker.name}")
    with django_assert_max_num_queries(6):
        signed_in.get("/actors/?q=actor&sort=denied")
