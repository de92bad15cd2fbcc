import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import ReviewStatus
from claims.timeline import PAGE_SIZE
from tests.factories import (
    ActorAliasFactory,
    ActorFactory,
    ArticleFactory,
    DenialFactory,
    StatementFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def statement_ids(html: str) -> list[int]:
    """Statements in page order (each statement's own element, not links to it)."""
    return [int(pk) for pk in re.findall(r'<article class="statement[^"]*" id="statement-(\d+)"', html)]


def on(day: int, speaker, **fields):
    return StatementFactory(
        speaker=speaker, article=ArticleFactory(published=dt.date(2026, 3, day)), **fields
    )


def test_timeline_shows_what_the_actor_said_newest_first_grouped_by_day(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url()).content.decode()
    # Brenner's two claims (9 Feb), then the denials of them (11 Feb) above
    assert statement_ids(html) == [
        world.tallis_denial.pk,
        world.ministry_denial.pk,
        world.manifests.pk,
        world.drones.pk,
    ]
    headings = re.findall(r'<h3 class="day-heading"><time datetime="([\d-]+)">([^<]+)</time>', html)
    assert headings == [
        ("2026-02-11", "Wednesday 11 February 2026"),
        ("2026-02-09", "Monday 9 February 2026"),
    ]


def test_timeline_row_shows_speaker_cue_words_kind_and_source(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url()).content.decode()
    row = html.split(f'id="statement-{world.manifests.pk}"')[1].split("</article>")[0]
    assert "Tomas Brenner</a>" in row
    assert '<span class="cue">told</span>' in row
    assert "“We have seen the cargo manifests and the flight records,”" in row  # a direct quote, in quotes
    assert "Direct quote" in row
    assert "Estmark accuses Norland over drone shipments</a>" in row
    assert "(The Estmark Herald)" in row


def test_other_actors_denials_of_this_actor_are_marked(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url()).content.decode()
    row = html.split(f'id="statement-{world.tallis_denial.pk}"')[0].rsplit("<article", 1)[1]
    assert "denies-actor" in row
    assert (
        "Denies Tomas Brenner"
        in html.split(f'id="statement-{world.tallis_denial.pk}"')[1].split("</article>")[0]
    )
    own = html.split(f'id="statement-{world.drones.pk}"')[0].rsplit("<article", 1)[1]
    assert "denies-actor" not in own


def test_own_denials_link_to_what_each_rejects(signed_in, world):
    html = signed_in.get(world.ministry.get_absolute_url()).content.decode()
    row = html.split(f'id="statement-{world.ministry_denial.pk}"')[1].split("</article>")[0]
    assert f'href="{world.drones.get_absolute_url()}"' in row
    norland = signed_in.get(world.norland.get_absolute_url()).content.decode()
    lies = norland.split(f'id="statement-{world.lies.pk}"')[1].split("</article>")[0]
    assert f'claims by <a href="{world.estmark.get_absolute_url()}">Estmark</a>' in lies


def test_claims_link_to_the_denials_they_received(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url()).content.decode()
    row = html.split(f'id="statement-{world.drones.pk}"')[1].split("</article>")[0]
    assert "Denied by" in row
    assert f'href="{world.ministry_denial.get_absolute_url()}"' in row


def test_actor_head_shows_role_affiliation_and_aliases(signed_in, world):
    html = signed_in.get(world.tallis.get_absolute_url()).content.decode()
    assert "vice foreign minister" in html
    assert f'href="{world.ministry.get_absolute_url()}">Norland Ministry of Foreign Affairs</a>' in html
    norland = signed_in.get(world.norland.get_absolute_url()).content.decode()
    assert "<span>Republic of Norland</span>" in norland


def test_counterparts_list_who_denies_them_and_whom_they_deny(signed_in, world):
    brenner = signed_in.get(world.brenner.get_absolute_url()).content.decode()
    aside = brenner.split('id="counterparts-heading"')[1].split("</aside>")[0]
    denied_by, denies = aside.split("<h3>Denies</h3>")
    assert "Mira Tallis" in denied_by and "Norland Ministry of Foreign Affairs" in denied_by
    assert "?counterpart=mira-tallis" in denied_by
    assert "No one." in denies
    norland = signed_in.get(world.norland.get_absolute_url()).content.decode()
    denies = norland.split("<h3>Denies</h3>")[1].split("</aside>")[0]
    assert "Estmark</a>" in denies


def test_kind_filter(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url() + "?kind=direct").content.decode()
    assert statement_ids(html) == [world.manifests.pk]


def test_denials_filter(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url() + "?denials=1").content.decode()
    assert statement_ids(html) == [world.tallis_denial.pk, world.ministry_denial.pk]


def test_words_filter_is_full_text(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url() + "?q=manifest").content.decode()
    assert statement_ids(html) == [world.manifests.pk]


def test_date_filters(signed_in):
    actor = ActorFactory()
    early, middle, late = on(1, actor), on(5, actor), on(9, actor)
    html = signed_in.get(actor.get_absolute_url() + "?since=2026-03-02&until=2026-03-08").content.decode()
    assert statement_ids(html) == [middle.pk]
    assert early.pk not in statement_ids(html) and late.pk not in statement_ids(html)


def test_tag_filter(signed_in):
    actor = ActorFactory()
    tagged, untagged = on(1, actor), on(2, actor)
    tagged.tags.add(TagFactory(name="Harbour"))
    html = signed_in.get(actor.get_absolute_url() + "?tag=harbour").content.decode()
    assert statement_ids(html) == [tagged.pk]
    assert untagged.pk not in statement_ids(html)


def test_counterpart_filter(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url() + "?counterpart=mira-tallis").content.decode()
    assert statement_ids(html) == [world.tallis_denial.pk, world.manifests.pk]


def test_an_invalid_filter_is_reported_and_the_others_still_apply(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url() + "?kind=direct&since=someday").content.decode()
    assert "Some filters were ignored" in html
    assert "Enter a valid date." in html
    assert statement_ids(html) == [world.manifests.pk]


def test_rejected_statements_never_show(signed_in, world):
    world.manifests.review_status = ReviewStatus.REJECTED
    world.manifests.save()
    html = signed_in.get(world.brenner.get_absolute_url()).content.decode()
    assert world.manifests.pk not in statement_ids(html)
    assert "cargo manifests" not in html


def test_keyset_pages_follow_on_without_gaps_or_repeats(signed_in):
    actor = ActorFactory()
    denier = ActorFactory()
    said = [on(1 + i % 20, actor) for i in range(2 * PAGE_SIZE + 5)]  # many per day
    denials = [on(1 + i % 20, denier, is_denial=True) for i in range(6)]
    for denial in denials:
        DenialFactory(statement=denial, denied_statement=None, denied_actor=actor)
    expected = sorted(said + denials, key=lambda s: (s.timeline_date, s.pk), reverse=True)
    seen, url = [], actor.get_absolute_url()
    while url:
        html = signed_in.get(url).content.decode()
        seen += statement_ids(html)
        older = re.search(r'<a class="older" href="([^"]+)"', html)
        url = actor.get_absolute_url() + older.group(1).replace("&amp;", "&") if older else None
    assert seen == [s.pk for s in expected]


def test_a_day_split_across_pages_keeps_one_heading(signed_in):
    actor = ActorFactory()
    for _ in range(PAGE_SIZE + 3):
        on(4, actor)
    first = signed_in.get(actor.get_absolute_url()).content.decode()
    older = re.search(r'<a class="older" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    second = signed_in.get(actor.get_absolute_url() + older, headers={"HX-Request": "true"}).content.decode()
    assert first.count('class="day-heading"') == 1
    assert 'class="day continued"' in second
    assert 'class="day-heading"' not in second
    assert len(statement_ids(second)) == 3


def test_scrolling_gets_only_the_next_page_and_the_next_trigger(signed_in):
    actor = ActorFactory()
    for i in range(2 * PAGE_SIZE + 1):
        on(1 + i % 28, actor)
    first = signed_in.get(actor.get_absolute_url() + "?kind=indirect").content.decode()
    link = re.search(r'<a class="older" href="([^"]+)" hx-get="([^"]+)" hx-trigger="revealed"', first)
    assert link and link.group(1) == link.group(2)
    assert "kind=indirect" in link.group(1)  # the filter carries on into older pages
    response = signed_in.get(
        actor.get_absolute_url() + link.group(1).replace("&amp;", "&"), headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert "<html" not in html and 'id="timeline"' not in html
    assert len(statement_ids(html)) == PAGE_SIZE
    assert '<a class="older"' in html
    assert "HX-Request" in response["Vary"]


def test_a_filter_request_gets_the_whole_timeline_fragment(signed_in, world):
    response = signed_in.get(
        world.brenner.get_absolute_url() + "?kind=direct", headers={"HX-Request": "true"}
    )
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="timeline"')
    assert "<html" not in html and "<form" not in html
    assert statement_ids(html) == [world.manifests.pk]
    assert "HX-Request" in response["Vary"]


def test_a_history_restore_gets_the_full_page(signed_in, world):
    response = signed_in.get(
        world.brenner.get_absolute_url() + "?kind=direct",
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    html = response.content.decode()
    assert "<html" in html
    assert '<option value="direct" selected>' in html  # the form shows the restored filter


def test_no_javascript_gets_plain_links_and_a_submit_button(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url()).content.decode()
    form = html.split('id="timeline-filters"')[1].split("</form>")[0]
    assert (
        'method="get"' in form.split(">")[0]
        or 'method="get"' in html.split('id="timeline-filters"')[0][-200:]
    )
    assert '<button type="submit">Filter</button>' in form
    for control in ("id_q", "id_kind", "id_denials", "id_since", "id_until", "id_counterpart"):
        assert f'<label for="{control}">' in form, control


def test_unknown_actor_is_404(signed_in):
    assert signed_in.get("/actors/nobody-at-all/").status_code == 404


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_timeline_runs_the_same_few_queries_for_ten_rows_or_two_hundred(
    signed_in, django_assert_max_num_queries
):
    small, big = ActorFactory(), ActorFactory()
    tag = TagFactory(name="ships")
    for actor, n in ((small, 10), (big, 200)):
        denier = ActorFactory()
        ActorAliasFactory(actor=actor, alias=f"{actor.name} alias")
        for i in range(n):
            claim = on(1 + i % 28, actor)
            claim.tags.add(tag)
            if i % 5 == 0:
                DenialFactory(statement=on(1 + i % 28, denier, is_denial=True), denied_statement=claim)
    for actor in (small, big):
        # +2 since issue 6: the editors' controls look up the user's permissions once per request;
        # +1: the denials of the actor are sorted on their keys before their rows are read.
        with django_assert_max_num_queries(17):
            signed_in.get(actor.get_absolute_url())
    assert count_queries(signed_in, small.get_absolute_url()) == count_queries(
        signed_in, big.get_absolute_url()
    )
    filtered = "?kind=indirect&tag=ships&q=harbour&since=2026-03-01"
    assert count_queries(signed_in, small.get_absolute_url() + filtered) == count_queries(
        signed_in, big.get_absolute_url() + filtered
    )


def test_a_malformed_position_starts_again_from_the_newest(signed_in, world):
    html = signed_in.get(world.brenner.get_absolute_url() + "?before=yesterday.x").content.decode()
    assert "Not a timeline position: start again from the newest." in html
    assert statement_ids(html)[0] == world.tallis_denial.pk
