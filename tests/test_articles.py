import datetime as dt
import re
from pathlib import Path

import pytest
from django.conf import settings

from claims.models import ReviewStatus
from tests.factories import (
    ActorFactory,
    ArticleFactory,
    StatementFactory,
    dispute_scenario,
    disputed_corpus,
    say,
)

pytestmark = pytest.mark.django_db


def marks(html: str) -> list[tuple[str, str, str]]:
    """(class, statement id, text) of each highlight in the article text."""
    body = html.split('class="article-text highlighted">')[1].split("</div>")[0]
    return re.findall(
        r'<mark class="([^"]+)" data-statement="(\d+)"><a href="[^"]+" title="[^"]*">([^<]*)</a></mark>', body
    )


def test_article_page_shows_title_outlet_date_and_url(signed_in):
    world = dispute_scenario()
    html = signed_in.get(world.claims.get_absolute_url()).content.decode()
    assert "<h1>Estmark accuses Norland over drone shipments</h1>" in html
    assert "The Estmark Herald" in html
    assert '<time datetime="2026-02-09">9 February 2026</time>' in html
    assert '<a href="https://herald.example/drones" rel="noopener noreferrer">' in html


def test_every_statement_is_highlighted_and_linked(signed_in):
    world = dispute_scenario()
    html = signed_in.get(world.claims.get_absolute_url()).content.decode()
    found = marks(html)
    assert [(pk, text) for _, pk, text in found] == [
        (str(world.drones.pk), "Norland had sent armed drones to rebels in the border province"),
        (str(world.manifests.pk), "We have seen the cargo manifests and the flight records,"),
        (str(world.ferries.pk), "ferry traffic was normal"),
    ]
    assert f'<a href="{world.drones.get_absolute_url()}" title="Statement by Tomas Brenner">' in html
    assert f'id="s-{world.drones.pk}"' in html  # the anchor statement pages link to


def test_highlights_are_coloured_by_speaker_with_a_legend(signed_in):
    world = dispute_scenario()
    html = signed_in.get(world.claims.get_absolute_url()).content.decode()
    colours = {pk: css for css, pk, _ in marks(html)}
    assert colours[str(world.drones.pk)] == colours[str(world.manifests.pk)] == "c0"  # both Brenner
    assert colours[str(world.ferries.pk)] == "c1"
    legend = html.split('class="legend"')[1].split("</section>")[0]
    assert '<mark class="c0">Tomas Brenner</mark>' in legend
    assert '<mark class="c1">Halvik Harbour Authority</mark>' in legend


def test_a_statement_without_a_known_speaker_is_grey(signed_in):
    article = ArticleFactory(text="Officials said the port is closed.")
    say(article, "the port is closed", None, speaker_text="Officials")
    html = signed_in.get(article.get_absolute_url()).content.decode()
    assert marks(html)[0][0] == "cx"
    assert "Unknown speaker" in html


def test_rejected_statements_are_not_highlighted(signed_in):
    article = ArticleFactory(text="Varga said the port is closed. Olm said it is open.")
    shown = say(article, "the port is closed", ActorFactory())
    say(article, "it is open", ActorFactory(), review_status=ReviewStatus.REJECTED)
    html = signed_in.get(article.get_absolute_url()).content.decode()
    assert [pk for _, pk, _ in marks(html)] == [str(shown.pk)]


def test_overlapping_statements_keep_the_page_well_formed(signed_in):
    article = ArticleFactory(text="Olm denied that Varga said the port is closed.")
    outer = say(article, "that Varga said the port is closed", ActorFactory(name="Piet Olm"), is_denial=True)
    inner = say(article, "the port is closed", ActorFactory(name="Ilse Varga"))
    html = signed_in.get(article.get_absolute_url()).content.decode()
    assert [(pk, text) for _, pk, text in marks(html)] == [
        (str(outer.pk), "that Varga said "),
        (str(inner.pk), "the port is closed"),
    ]
    assert (
        "<mark"
        not in html.split('class="article-text highlighted">')[1].split("</mark>")[0].split("<mark", 1)[1]
    )


def test_article_list_shows_outlet_date_and_statement_counts(signed_in):
    world = dispute_scenario()
    html = signed_in.get("/articles/").content.decode()
    titles = re.findall(r'<a class="title" href="/articles/(\d+)/">', html)
    assert titles == [str(world.denials.pk), str(world.claims.pk)]  # newest first
    assert 'Northern Wire · <time datetime="2026-02-11">11 February 2026</time> · 3 statements' in html


def test_article_list_filters_by_outlet_and_title(signed_in):
    world = dispute_scenario()
    by_outlet = signed_in.get("/articles/?outlet=Northern+Wire").content.decode()
    assert re.findall(r'<a class="title" href="/articles/(\d+)/">', by_outlet) == [str(world.denials.pk)]
    by_title = signed_in.get("/articles/?q=accuses").content.decode()
    assert re.findall(r'<a class="title" href="/articles/(\d+)/">', by_title) == [str(world.claims.pk)]
    fragment = signed_in.get("/articles/?q=accuses", headers={"HX-Request": "true"}).content.decode()
    assert fragment.lstrip().startswith('<section id="results"')


@pytest.mark.parametrize("n", [2, 40])
def test_article_pages_run_a_bounded_number_of_queries(signed_in, django_assert_max_num_queries, n):
    denials = disputed_corpus(n)
    with django_assert_max_num_queries(7):
        signed_in.get("/articles/")
    article = ArticleFactory(text="x" * (n + 10), published=dt.date(2026, 6, 1))
    for i in range(n):
        StatementFactory(article=article, start=i, end=i + 5, content="xxxxx")
    # Pages with statement cards: +2 since issue 6, the editors' controls look up the user's
    # permissions once per request.
    with django_assert_max_num_queries(10):
        signed_in.get(article.get_absolute_url())
    with django_assert_max_num_queries(9):
        signed_in.get(denials[0].statement.get_absolute_url())


def test_statement_page_shows_its_paragraph_links_tags_and_status(signed_in):
    world = dispute_scenario()
    world.drones.tags.create(name="Drones", slug="drones")
    world.drones.review_status = ReviewStatus.CONFIRMED
    world.drones.save()
    html = signed_in.get(world.drones.get_absolute_url()).content.decode()
    context = html.split('class="article-text context">')[1].split("</div>")[0]
    assert "Tomas Brenner, the Estmark government spokesman, said on Monday that " in context
    assert (
        "<mark" in context
        and ">Norland had sent armed drones to rebels in the border province</a></mark>" in context
    )
    assert "Estmark accuses Norland over drone shipments\n" not in context  # only its paragraph
    assert "ferry traffic" not in context
    assert f'href="{world.ministry_denial.get_absolute_url()}"' in html  # denied by
    assert '<time datetime="2026-02-09">9 February 2026</time>' in html  # said on
    assert ">Drones</a>" in html
    assert "Confirmed" in html
    denial = signed_in.get(world.ministry_denial.get_absolute_url()).content.decode()
    assert f'href="{world.drones.get_absolute_url()}"' in denial  # denies, the other way


def test_a_rejected_statement_page_says_so(signed_in):
    statement = StatementFactory(review_status=ReviewStatus.REJECTED)
    html = signed_in.get(statement.get_absolute_url()).content.decode()
    assert "Editors rejected this statement" in html


def test_statement_markup_has_a_marked_place_for_editor_actions(signed_in):
    statement = StatementFactory()
    html = signed_in.get(statement.get_absolute_url()).content.decode()
    assert f'id="statement-{statement.pk}"' in html
    include = Path(settings.BASE_DIR, "templates/claims/includes/_statement.html").read_text()
    assert '{% include "claims/includes/_statement_actions.html" %}' in include
