from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET
from django_htmx.middleware import HtmxDetails

from claims.access import reader_required
from claims.models import Actor, Article, Denial, Statement


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


@require_GET
def home(request: HtmxHttpRequest) -> HttpResponse:
    context = {
        "counts": {
            "articles": Article.objects.count(),
            "actors": Actor.objects.count(),
            "statements": Statement.objects.visible().count(),
            "denials": Denial.objects.count(),
        },
    }
    if request.user.is_authenticated:
        context["latest"] = Statement.objects.visible().timeline()[:10]
        context["active"] = (
            Actor.objects.annotate(n=Count("statements")).filter(n__gt=0).order_by("-n", "name")[:8]
        )
    return render(request, "claims/home.html", context)


@require_GET
@reader_required
def actor_detail(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    actor = get_object_or_404(Actor.objects.select_related("affiliation"), slug=slug)
    statements = Statement.objects.visible().by_speaker(actor).timeline()[:50]
    return render(request, "claims/actor_detail.html", {"actor": actor, "statements": statements})


@require_GET
@reader_required
def article_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    statements = article.statements.visible().select_related("speaker")
    return render(request, "claims/article_detail.html", {"article": article, "statements": statements})


@require_GET
@reader_required
def statement_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    statement = get_object_or_404(Statement.objects.select_related("speaker", "article", "conduit"), pk=pk)
    return render(request, "claims/statement_detail.html", {"statement": statement})
