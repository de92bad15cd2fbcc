"""The analyst pages.

One URL serves a page and, to htmx, the fragment that changed (the django-htmx
pattern: `template#partial` when `request.htmx`, `Vary: HX-Request`). Lists
also answer `?format=csv|json` with the same filters (claims.export). Every
view reads through `reader_required`, fragments included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.core.paginator import Paginator
from django.db.models import Count, Max, Min
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.middleware import HtmxDetails

from claims import export
from claims.access import reader_required
from claims.forms import (
    ActorFilter,
    ArticleFilter,
    DisputeFilter,
    SearchFilter,
    TimelineFilter,
    format_cursor,
)
from claims.highlight import Span, highlight
from claims.models import (
    Actor,
    ActorRedirect,
    Article,
    Denial,
    Statement,
    StatementKind,
    StatementQuerySet,
    Tag,
)
from claims.timeline import counterparts

LIST_PAGE_SIZE = 50
SEARCH_PAGE_SIZE = 25
SPEAKER_COLOURS = 8


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


def _template(request: HtmxHttpRequest, name: str, partial: str) -> str:
    """The whole page, or only `partial` when htmx swaps it in."""
    if request.htmx and not request.htmx.history_restore_request:
        return f"{name}#{partial}"
    return name


def _wants_export(request: HttpRequest) -> bool:
    return request.GET.get("format") in export.FORMATS


def _absolute(request: HttpRequest) -> Callable[[str], str]:
    return request.build_absolute_uri


@require_GET
@vary_on_headers("HX-Request")
@reader_required
def home(request: HtmxHttpRequest) -> HttpResponse:
    latest = list(Statement.objects.visible().timeline().with_links()[:10])
    # "This week" is the week up to today, or up to the newest statement when
    # the corpus is older (an archive): the heading shows which days it is.
    until = min(timezone.localdate(), latest[0].timeline_date) if latest else timezone.localdate()
    since = until - dt.timedelta(days=6)
    context = {
        "latest": latest,
        "active": Actor.objects.most_active(since, until)[:10],
        "week": (since, until),
        "disputes": Denial.objects.disputes()[:5],
        "counts": {
            "articles": Article.objects.count(),
            "actors": Actor.objects.count(),
            "statements": Statement.objects.visible().count(),
            "disputes": Denial.objects.disputes().count(),
        },
    }
    return render(request, "claims/home.html", context)


@require_GET
@vary_on_headers("HX-Request")
@reader_required
def actor_list(request: HtmxHttpRequest) -> HttpResponse:
    form = ActorFilter(request.GET)
    actors = (
        Actor.objects.matching(form.value("q", ""))
        .of_kind(form.value("kind", ""))
        .with_counts()
        .select_related("affiliation")
        .prefetch_related("aliases")
    )
    order = {"statements": ["-n_statements", "name"], "denied": ["-n_denied", "name"]}
    actors = actors.order_by(*order.get(form.value("sort", ""), ["name", "id"]))
    page = Paginator(actors, LIST_PAGE_SIZE).get_page(form.value("page"))
    template = _template(request, "claims/actor_list.html", "results")
    return render(request, template, {"form": form, "page": page})


@require_GET
@vary_on_headers("HX-Request")
@reader_required
def actor_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    actor = Actor.objects.select_related("affiliation").filter(slug=slug).first()
    if actor is None:
        # An actor merged into another: its old URL leads to the one it became part of.
        moved = get_object_or_404(ActorRedirect.objects.select_related("actor"), old_slug=slug)
        query = request.META.get("QUERY_STRING", "")
        return redirect(moved.actor.get_absolute_url() + (f"?{query}" if query else ""))
    others = counterparts(actor)
    form = TimelineFilter(request.GET, counterparts=others.all)
    timeline = form.timeline(actor)
    if _wants_export(request):
        rows = (
            export.statement_row(s, _absolute(request)) | {"denies_actor": s.denies_actor} for s in timeline
        )
        return export.respond(
            request, rows, fields=[*export.STATEMENT_FIELDS, "denies_actor"], name=f"timeline-{actor.slug}"
        )
    page = timeline.page(form.value("before"))
    scrolling = request.htmx and form.value("before")
    template = _template(request, "claims/actor_detail.html", "timeline-page" if scrolling else "timeline")
    context = {
        "actor": actor,
        "form": form,
        "page": page,
        "next": format_cursor(page.next_cursor) if page.next_cursor else None,
        "denying": others.denying,
        "denied": others.denied,
    }
    return render(request, template, context)


@require_GET
@vary_on_headers("HX-Request")
@reader_required
def statement_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    statement = get_object_or_404(
        Statement.objects.select_related("speaker__affiliation", "conduit", "article").with_links(), pk=pk
    )
    if request.htmx and not request.htmx.history_restore_request:
        # The statement's card alone: what an inline editor's "Cancel" swaps back in.
        return render(request, "claims/includes/_statement.html", {"statement": statement})
    context = {"statement": statement, "paragraph": _paragraph(statement)}
    return render(request, "claims/statement_detail.html", context)


def _paragraph(statement: Statement) -> str:
    """The paragraph(s) of the article holding the statement, its words marked."""
    text = statement.article.text
    start = text.rfind("\n", 0, statement.start) + 1
    end = text.find("\n", statement.end)
    end = len(text) if end == -1 else end
    span = Span(statement.start - start, statement.end - start, statement.pk, "#", "This statement", "c0")
    return highlight(text[start:end], [span])


@require_GET
@vary_on_headers("HX-Request")
@reader_required
def article_list(request: HtmxHttpRequest) -> HttpResponse:
    outlets = list(
        Article.objects.exclude(source="").order_by("source").values_list("source", flat=True).distinct()
    )
    form = ArticleFilter(request.GET, outlets=outlets)
    articles = (
        Article.objects.from_outlet(form.value("outlet", ""))
        .titled(form.value("q", ""))
        .with_counts()
        .newest_first()
    )
    page = Paginator(articles, LIST_PAGE_SIZE).get_page(form.value("page"))
    template = _template(request, "claims/article_list.html", "results")
    return render(request, template, {"form": form, "page": page})


@require_GET
@reader_required
def article_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    statements = list(article.statements.visible().select_related("speaker", "conduit").with_links())
    for statement in statements:
        statement.article = article
    speakers = _speaker_colours(statements)
    spans = [
        Span(
            s.start,
            s.end,
            s.pk,
            s.get_absolute_url(),
            f"Statement by {s.speaker.name if s.speaker else s.speaker_text or 'an unknown speaker'}",
            speakers.get(s.speaker_id, "cx"),
        )
        for s in statements
    ]
    legend = [(s.speaker, speakers[s.speaker_id]) for s in _first_by_speaker(statements)]
    context = {
        "article": article,
        "statements": statements,
        "text": highlight(article.text, spans),
        "legend": legend,
        "unknown_speaker": any(s.speaker_id is None for s in statements),
    }
    return render(request, "claims/article_detail.html", context)


def _first_by_speaker(statements: list[Statement]) -> list[Statement]:
    """One statement per known speaker, in order of first appearance in the text."""
    seen: dict[int, Statement] = {}
    for statement in sorted(statements, key=lambda s: s.start):
        if statement.speaker_id is not None:
            seen.setdefault(statement.speaker_id, statement)
    return list(seen.values())


def _speaker_colours(statements: list[Statement]) -> dict[int | None, str]:
    """A colour class per speaker, by first appearance; the palette repeats past 8."""
    return {s.speaker_id: f"c{i % SPEAKER_COLOURS}" for i, s in enumerate(_first_by_speaker(statements))}


@require_GET
@vary_on_headers("HX-Request")
@reader_required
def dispute_list(request: HtmxHttpRequest) -> HttpResponse | StreamingHttpResponse:
    form = DisputeFilter(request.GET, actors=list(Actor.objects.in_disputes().order_by("name")))
    disputes = Denial.objects.disputes().between_actors(form.value("a"), form.value("b"))
    if _wants_export(request):
        rows = (export.dispute_row(d, _absolute(request)) for d in disputes.iterator(chunk_size=1000))
        return export.respond(request, rows, fields=export.DISPUTE_FIELDS, name="disputes")
    page = Paginator(disputes, SEARCH_PAGE_SIZE).get_page(form.value("page"))
    template = _template(request, "claims/dispute_list.html", "results")
    return render(request, template, {"form": form, "page": page})


@require_GET
@vary_on_headers("HX-Request")
@reader_required
def search(request: HtmxHttpRequest) -> HttpResponse | StreamingHttpResponse:
    form = SearchFilter(request.GET)
    words = form.value("q", "")
    filtered = form.apply(Statement.objects.visible(), words=False)
    if form.value("speaker"):
        filtered = filtered.by_speaker(form.value("speaker"))
    results = filtered.search(words) if words.strip() else filtered.order_by("-timeline_date", "-id")
    results = results.for_list()
    if _wants_export(request):
        rows = (
            export.statement_row(s, _absolute(request))
            for s in results.with_links().iterator(chunk_size=1000)
        )
        return export.respond(request, rows, fields=export.STATEMENT_FIELDS, name="search")
    page = Paginator(results.with_links(), SEARCH_PAGE_SIZE).get_page(form.value("page"))
    template = _template(request, "claims/search.html", "results")
    context = {"form": form, "page": page, "facets": _facets(filtered.matching(words))}
    return render(request, template, context)


def _facets(statements: StatementQuerySet) -> dict[str, object]:
    """Counts over the current results, each a link that narrows them further."""
    plain = statements.order_by()
    return {
        "speakers": plain.filter(speaker__isnull=False)
        .values("speaker__slug", "speaker__name")
        .annotate(n=Count("id"))
        .order_by("-n", "speaker__name")[:10],
        "kinds": [
            (row["kind"], StatementKind(row["kind"]).label, row["n"])
            for row in plain.values("kind").annotate(n=Count("id")).order_by("-n", "kind")
        ],
        "denials": plain.filter(is_denial=True).count(),
        "tags": Tag.objects.filter(statements__in=plain.values("id"))
        .annotate(n=Count("id"))
        .order_by("-n", "name")[:10],
        "dates": plain.aggregate(first=Min("timeline_date"), last=Max("timeline_date")),
    }
