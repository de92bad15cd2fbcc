"""Full-text search: the same tests run on SQLite (FTS5) and PostgreSQL (tsvector).

`make test` runs the suite on both, so every test here checks both backends.
"""

import datetime as dt
import re

import pytest
from django.db import connection

from claims import search
from claims.models import ReviewStatus, Statement, StatementKind
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    StatementFactory,
    TagFactory,
    disputed_corpus,
)

pytestmark = pytest.mark.django_db


def said(content: str, **fields) -> Statement:
    article = ArticleFactory(text=f"Someone said that {content}.")
    return StatementFactory(article=article, start=18, end=18 + len(content), content=content, **fields)


def found(words: str) -> list[str]:
    return [s.content for s in Statement.objects.search(words)]


def test_words_match_in_any_form():
    said("the ferry will be reopening in spring")
    said("the ministry denies everything")
    assert found("reopen") == ["the ferry will be reopening in spring"]
    assert found("denied") == ["the ministry denies everything"]


def test_every_word_must_match():
    said("drones were seen over the border")
    said("drones were never sent")
    assert found("drones border") == ["drones were seen over the border"]


def test_a_quoted_phrase_matches_words_in_that_order():
    said("cargo flights landed at night")
    said("flights of cargo landed at night")
    assert found('"cargo flights"') == ["cargo flights landed at night"]


def test_or_finds_either_word():
    said("the drones were armed")
    said("the missiles were armed")
    said("the ships were armed")
    assert sorted(found("drones or missiles")) == ["the drones were armed", "the missiles were armed"]


def test_a_minus_sign_leaves_a_word_out():
    said("drones reached the rebels")
    said("drones stayed in the hangar")
    assert found("drones -rebels") == ["drones stayed in the hangar"]


def test_stop_words_do_not_narrow_the_search():
    said("the bridge will reopen")
    said("a bridge collapsed")
    assert (
        sorted(found("the bridge"))
        == sorted(found("bridge"))
        == ["a bridge collapsed", "the bridge will reopen"]
    )


def test_only_stop_words_find_nothing():
    said("the bridge will reopen")
    assert found("the of") == []


def test_the_words_said_rank_above_the_speakers_name():
    named = said("no comment on the matter", speaker_text="the Harbour Authority")
    about = said("the harbour stays closed all winter")
    assert [s.pk for s in Statement.objects.search("harbour")] == [about.pk, named.pk]


def test_more_matching_words_rank_higher():
    one = said("drones were mentioned once")
    both = said("drones and missiles were both mentioned")
    assert [s.pk for s in Statement.objects.search("drones or missiles")] == [both.pk, one.pk]


def test_the_index_follows_edits_and_deletes():
    statement = said("the ferry is late")
    statement.content = "the tram is late"
    statement.save()
    assert found("ferry") == []
    assert found("tram") == ["the tram is late"]
    Statement.objects.filter(pk=statement.pk).update(content="the bus is late")
    assert found("bus") == ["the bus is late"]
    statement.delete()
    assert found("bus") == []


def test_rows_written_in_bulk_are_indexed():
    article = ArticleFactory(text="Bulk rows: lighthouse keepers went on strike.")
    Statement.objects.bulk_create(
        [
            Statement(
                article=article,
                content="lighthouse keepers went on strike",
                start=11,
                end=44,
                timeline_date=dt.date(2026, 1, 5),
            )
        ]
    )
    assert found("lighthouse") == ["lighthouse keepers went on strike"]


def test_matching_works_inside_a_subquery():
    wanted = said("the orchard was flooded")
    said("the meadow was dry")
    outer = Statement.objects.filter(id__in=Statement.objects.matching("orchard").values("id"))
    assert list(outer) == [wanted]


def test_the_backend_keeps_a_real_index():
    statement = said("the orchard was flooded")
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT search_vector::text FROM claims_statement WHERE id = %s", [statement.pk])
            assert "'orchard':" in cursor.fetchone()[0]
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'claims_statement_search_idx'")
            assert "USING gin (search_vector)" in cursor.fetchone()[0]
        else:
            cursor.execute(f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH 'orchard'")
            assert cursor.fetchall() == [(statement.pk,)]


def test_a_lost_sqlite_trigger_is_recreated_after_migrate():
    if connection.vendor != "sqlite":
        assert search.ensure_sqlite_index(connection) is False  # PostgreSQL keeps its trigger
        return
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER claims_statement_fts_insert")  # what an SQLite table remake does
    missed = said("written while the trigger was gone")
    assert found("trigger") == []
    assert search.ensure_sqlite_index(connection) is True
    assert search.ensure_sqlite_index(connection) is False
    assert [s.pk for s in Statement.objects.search("trigger")] == [missed.pk]  # the rebuild caught up
    said("another trigger test")
    assert len(found("trigger")) == 2


# The page


def result_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<article class="statement[^"]*" id="statement-(\d+)"', html)]


def test_search_page_lists_ranked_results_without_rejected_ones(signed_in):
    best = said("harbour harbour harbour")
    good = said("the harbour is calm")
    said("the harbour was closed", review_status=ReviewStatus.REJECTED)
    said("nothing to see")
    html = signed_in.get("/search/?q=harbour").content.decode()
    assert result_ids(html) == [best.pk, good.pk]
    assert "2 statements matching “harbour”" in html


def test_facets_count_speakers_kinds_denials_and_tags(signed_in):
    varga, other = ActorFactory(name="Ilse Varga"), ActorFactory(name="Piet Olm")
    tag = TagFactory(name="Ferries")
    said("the ferry sails", speaker=varga).tags.add(tag)
    said("the ferry is late", speaker=varga, kind=StatementKind.DIRECT)
    said("the ferry never sank", speaker=other, is_denial=True)
    said("unrelated words", speaker=other)
    html = signed_in.get("/search/?q=ferry").content.decode()
    facets = html.split('id="facets-heading"')[1]
    assert re.search(r'speaker=ilse-varga"[^>]*>Ilse Varga</a> <span class="count">2</span>', facets)
    assert re.search(r'>Piet Olm</a> <span class="count">1</span>', facets)
    assert re.search(r'kind=direct"[^>]*>Direct quote</a> <span class="count">1</span>', facets)
    assert re.search(r'denials=1"[^>]*>Denials only</a> <span class="count">1</span>', facets)
    assert re.search(r'tag=ferries"[^>]*>Ferries</a> <span class="count">1</span>', facets)


def test_facet_filters_narrow_the_results(signed_in):
    varga = ActorFactory(name="Ilse Varga")
    by_varga = said("the ferry sails", speaker=varga)
    denial = said("the ferry never sank", is_denial=True)
    tagged = said("the ferry is new")
    tagged.tags.add(TagFactory(name="Ferries"))
    assert result_ids(signed_in.get("/search/?q=ferry&speaker=ilse-varga").content.decode()) == [by_varga.pk]
    assert result_ids(signed_in.get("/search/?q=ferry&denials=1").content.decode()) == [denial.pk]
    assert result_ids(signed_in.get("/search/?q=ferry&tag=ferries").content.decode()) == [tagged.pk]


def test_date_range_filter(signed_in):
    inside = StatementFactory(article=ArticleFactory(published=dt.date(2026, 4, 2)))
    StatementFactory(article=ArticleFactory(published=dt.date(2026, 5, 2)))
    html = signed_in.get("/search/?q=harbour&since=2026-04-01&until=2026-04-30").content.decode()
    assert result_ids(html) == [inside.pk]


def test_an_unknown_speaker_is_reported(signed_in):
    said("the ferry sails")
    html = signed_in.get("/search/?q=ferry&speaker=nobody").content.decode()
    assert "No actor &#x27;nobody&#x27;." in html
    assert len(result_ids(html)) == 1


def test_no_words_lists_everything_newest_first(signed_in):
    old = StatementFactory(article=ArticleFactory(published=dt.date(2026, 1, 1)))
    new = StatementFactory(article=ArticleFactory(published=dt.date(2026, 2, 1)))
    assert result_ids(signed_in.get("/search/").content.decode()) == [new.pk, old.pk]


def test_typing_gets_only_the_results_fragment(signed_in):
    said("the ferry sails")
    response = signed_in.get("/search/?q=ferr", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results"')
    assert "<form" not in html
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize("n", [3, 60])
def test_search_runs_a_bounded_number_of_queries(signed_in, django_assert_max_num_queries, n):
    disputed_corpus(n)
    with django_assert_max_num_queries(16):
        signed_in.get("/search/?q=harbour&kind=indirect&tag=query-count")
    with django_assert_max_num_queries(16):
        signed_in.get("/search/")
