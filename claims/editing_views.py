"""The editors' write endpoints (an interface: URLs and field names are fixed by issue 6).

Each checks the right in the view, through one access helper per editable
object (claims.access), and answers 403 to anyone without it. With htmx the
answer is the statement's card (or the actor's header), swapped in place; an
invalid form comes back inside it with status 200, a stale `version` with
status 409 (htmx is configured to swap that too, base.html), a conflict
message, the newer data, and the editor's unsaved input still in the form.
Without JavaScript the same URLs serve a plain page, and a successful POST
redirects back to where the editor was.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import HttpResponseClientRedirect

from claims import editing
from claims.access import (
    ADD_ACTORS,
    ADD_TAGS,
    actor_for_editing,
    reader_required,
    signin_required,
    statement_for_editing,
)
from claims.editing import Conflict, EditError
from claims.editing_forms import (
    ActorForm,
    CorrectionForm,
    DenialsForm,
    MergeForm,
    RestoreForm,
    ReviewForm,
    TagsForm,
)
from claims.history import entries
from claims.models import Actor, ActorKind, Statement, Tag
from claims.views import HtmxHttpRequest

CANDIDATES = 10
SUGGESTIONS = 12


# --- answers -------------------------------------------------------------------------


def _card_statement(pk: int) -> Statement:
    """The statement with what its card shows (the list rows' query, for one row)."""
    return Statement.objects.for_list().with_links().get(pk=pk)


def _editor(
    request: HtmxHttpRequest,
    pk: int,
    editor: str,
    *,
    form: Any = None,
    status: int = 200,
    conflict: Conflict | None = None,
    **extra: Any,
) -> HttpResponse:
    """The statement's card with an editor open: the fragment for htmx, else a page around it."""
    statement = _card_statement(pk)
    context = {
        "statement": statement,
        "editor": editor,
        "form": form,
        "conflict": _conflict_note(conflict, form=form is not None) if conflict else None,
        "next": _next(request) or _here(request) or statement.get_absolute_url(),
        **extra,
    }
    if request.htmx:
        context["on_its_page"] = _here(request).split("?")[0] == statement.get_absolute_url()
        return render(request, "claims/includes/_statement_swap.html", context, status=status)
    return render(request, "claims/statement_editor.html", context, status=status)


def _invalid(request: HtmxHttpRequest, pk: int, editor: str, form: Any, **extra: Any) -> HttpResponse:
    """Status 200 for htmx (it swaps only 2xx and our 409), 400 for a plain form post."""
    return _editor(request, pk, editor, form=form, status=200 if request.htmx else 400, **extra)


def _conflict_note(conflict: Conflict, *, form: bool = True) -> str:
    current = conflict.current
    last = current.history.order_by("-history_date", "-history_id").select_related("history_user").first()
    who = last.history_user.get_username() if last and last.history_user else "someone"
    when = f" at {last.history_date:%H:%M}" if last else ""
    then = (
        "your input is still in the form: check it and save again to apply it on top."
        if form
        else "if you still mean your change, make it again."
    )
    return (
        f"{who} changed this{when} while you were editing (it is now at version {current.version}). "
        f"Your change was not saved. What you see is the newer version; {then}"
    )


def _refreshed(form_class: type, request: HttpRequest, version: int, **kwargs: Any) -> Any:
    """The editor's submitted form again, now against the newer version."""
    data = request.POST.copy()
    data["version"] = str(version)
    return form_class(data, **kwargs)


def _next(request: HttpRequest) -> str:
    """Where to go after a plain form post: `next` if it is on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    return target if safe else ""


def _here(request: HtmxHttpRequest) -> str:
    """The page an htmx request came from, as a path (where a plain form would return to)."""
    return (request.htmx.current_url_abs_path or "") if request.htmx else ""


def _ids(pk: int) -> dict[str, str]:
    """Element ids unique to one statement's card: several cards can have an editor open."""
    return {"auto_id": f"statement-{pk}-%s"}


def _done(request: HtmxHttpRequest, pk: int, message: str) -> HttpResponse:
    if request.htmx:
        return _editor(request, pk, "", message=message)
    messages.success(request, message)
    return HttpResponseRedirect(_next(request) or reverse("claims:statement-detail", args=[pk]))


# --- statements ----------------------------------------------------------------------


@require_POST
@vary_on_headers("HX-Request")
@signin_required
def statement_review(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """`status` (confirmed, rejected, extracted) and `version`."""
    statement = statement_for_editing(request.user, pk)
    form = ReviewForm(request.POST, **_ids(pk))
    if not form.is_valid():
        return _invalid(request, pk, "review", form)
    status = form.cleaned_data["status"]
    try:
        editing.statement_review(
            statement=statement, editor=request.user, status=status, version=form.cleaned_data["version"]
        )
    except Conflict as conflict:
        return _editor(request, pk, "", status=409, conflict=conflict)
    said = {"confirmed": "confirmed", "rejected": "rejected", "extracted": "sent back to review"}
    return _done(request, pk, f"Statement {said[status]}.")


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@signin_required
def statement_tags(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """`add` (names, comma-separated or repeated; new ones are created), `remove` (names), `version`."""
    statement = statement_for_editing(request.user, pk)
    if request.method == "GET":
        return _editor(request, pk, "tags", form=TagsForm(initial={"version": statement.version}, **_ids(pk)))
    form = TagsForm(request.POST, **_ids(pk))
    if not form.is_valid():
        return _invalid(request, pk, "tags", form)
    try:
        editing.statement_tag(
            statement=statement,
            editor=request.user,
            version=form.cleaned_data["version"],
            add=form.cleaned_data["add"],
            remove=form.cleaned_data["remove"],
            create=request.user.has_perm(ADD_TAGS),
        )
    except Conflict as conflict:
        form = _refreshed(TagsForm, request, conflict.current.version, **_ids(pk))
        return _editor(request, pk, "tags", form=form, status=409, conflict=conflict)
    except EditError as error:
        form.add_error("add", str(error))
        return _invalid(request, pk, "tags", form)
    return _done(request, pk, "Tags saved.")


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@signin_required
def statement_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """`speaker` (name, alias or id; `create_speaker`, `speaker_kind` to make one), `kind`,
    `said_on`, `said_on_precision`, `content` (or `start` and `end`), `is_denial`, `version`."""
    statement = statement_for_editing(request.user, pk)
    options = {"statement": statement, "can_create_actors": request.user.has_perm(ADD_ACTORS), **_ids(pk)}
    if request.method == "GET":
        form = CorrectionForm(initial=CorrectionForm.initial_for(statement), **options)
        return _editor(request, pk, "edit", form=form)
    form = CorrectionForm(request.POST, **options)
    if not form.is_valid():
        return _invalid(request, pk, "edit", form)
    try:
        speaker = form.speaker_actor
        if speaker is None and form.cleaned_data["speaker"].strip():
            speaker = editing.actor_create(
                name=form.cleaned_data["speaker"],
                kind=form.cleaned_data["speaker_kind"] or ActorKind.PERSON,
                editor=request.user,
            )
        editing.statement_correct(
            statement=statement,
            editor=request.user,
            version=form.cleaned_data["version"],
            correction=form.correction(speaker),
        )
    except Conflict as conflict:
        form = _refreshed(CorrectionForm, request, conflict.current.version, **options)
        return _editor(request, pk, "edit", form=form, status=409, conflict=conflict)
    except EditError as error:
        form.add_error(None, str(error))
        return _invalid(request, pk, "edit", form)
    return _done(request, pk, "Correction saved.")


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@signin_required
def statement_denials(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """`add`, `remove` (statement ids), `add_actor`, `remove_actor` (actor slugs), `version`.

    GET `?q=words` searches statements to link (only the results, for htmx).
    """
    statement = statement_for_editing(request.user, pk)
    words = request.GET.get("q", "").strip()[:200]
    if request.method == "GET":
        found = _candidates(statement, words)
        if request.htmx and request.htmx.target == f"statement-{pk}-candidates":
            context = {"statement": statement, "candidates": found, "q": words}
            return render(request, "claims/includes/_denial_candidates.html", context)
        form = DenialsForm(initial={"version": statement.version}, **_ids(pk))
        return _editor(request, pk, "denials", form=form, candidates=found, q=words)
    form = DenialsForm(request.POST, **_ids(pk))
    if not form.is_valid():
        return _invalid(request, pk, "denials", form, candidates=[], q=words)
    data = form.cleaned_data
    try:
        editing.statement_link_denials(
            statement=statement,
            editor=request.user,
            version=data["version"],
            add=data["add"],
            remove=data["remove"],
            add_actors=data["add_actor"],
            remove_actors=data["remove_actor"],
        )
    except Conflict as conflict:
        form = _refreshed(DenialsForm, request, conflict.current.version, **_ids(pk))
        return _editor(request, pk, "denials", form=form, status=409, conflict=conflict, candidates=[])
    except EditError as error:
        form.add_error(None, str(error))
        return _invalid(request, pk, "denials", form, candidates=[], q=words)
    return _done(request, pk, "Denial links saved.")


def _candidates(statement: Statement, words: str) -> list[Statement]:
    """Statements the denial could reject: `#123` or `123` finds one by number, words search."""
    if not words:
        return []
    others = Statement.objects.visible().exclude(pk=statement.pk)
    number = words.lstrip("#")
    if number.isdigit():
        return list(others.filter(pk=int(number)).for_list())
    return list(others.search(words).for_list()[:CANDIDATES])


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def statement_history(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Every change, who made it, when, before and after; readers read it, editors POST `restore`
    (a history id) and `version` to put an earlier state back."""
    if request.method == "POST":
        return _history_restore(request, pk)
    return _history_read(request, pk)


@reader_required
def _history_read(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    statement = get_object_or_404(Statement.objects.select_related("speaker", "article"), pk=pk)
    return _history_page(request, statement)


def _history_page(
    request: HtmxHttpRequest, statement: Statement, *, status: int = 200, **extra: Any
) -> HttpResponse:
    context = {"statement": statement, "entries": entries(statement), **extra}
    template = "claims/statement_history.html"
    if request.htmx and not request.htmx.history_restore_request:
        template += "#history"
    return render(request, template, context, status=status)


@signin_required
def _history_restore(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    statement = statement_for_editing(request.user, pk)
    form = RestoreForm(request.POST)
    if not form.is_valid():
        return _history_page(request, statement, status=200 if request.htmx else 400, form=form)
    try:
        restored = editing.statement_restore(
            statement=statement,
            editor=request.user,
            version=form.cleaned_data["version"],
            history_id=form.cleaned_data["restore"],
        )
    except Conflict as conflict:
        note = _conflict_note(conflict, form=False)
        return _history_page(request, conflict.current, status=409, conflict=note)
    except EditError as error:
        form.add_error(None, str(error))
        return _history_page(request, statement, status=200 if request.htmx else 400, form=form)
    message = f"Restored: the statement is at version {restored.version} now."
    if request.htmx:
        return _history_page(request, restored, message=message)
    messages.success(request, message)
    return redirect("claims:statement-history", pk=pk)


@require_GET
@signin_required
def tag_suggestions(request: HtmxHttpRequest) -> HttpResponse:
    """`<option>`s of existing tags matching `q`, for a tag input's datalist."""
    if not request.user.has_perm("claims.change_statement"):
        return HttpResponse("Editing needs an editor's account.", status=403)
    words = " ".join(request.GET.get("add", request.GET.get("q", "")).split(",")[-1].split())
    tags = Tag.objects.filter(Q(name__icontains=words) | Q(slug__icontains=words)) if words else Tag.objects
    context = {"tags": tags.order_by("name")[:SUGGESTIONS]}
    return render(request, "claims/includes/_tag_options.html", context)


# --- actors --------------------------------------------------------------------------


def _actor_page(
    request: HtmxHttpRequest, actor: Actor, editor: str, form: Any, *, status: int = 200, **extra: Any
) -> HttpResponse:
    context = {"actor": actor, "editor": editor, "form": form, **extra}
    template = "claims/actor_editor.html"
    if request.htmx:
        template += "#editor"
    return render(request, template, context, status=status)


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@signin_required
def actor_edit(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """`name`, `kind`, `role`, `affiliation` (a name, alias or slug; empty for none), `version`."""
    actor = actor_for_editing(request.user, slug)
    if request.method == "GET":
        return _actor_page(request, actor, "edit", ActorForm(initial=ActorForm.initial_for(actor)))
    form = ActorForm(request.POST)
    if not form.is_valid():
        return _actor_page(request, actor, "edit", form, status=200 if request.htmx else 400)
    data = form.cleaned_data
    try:
        editing.actor_update(
            actor=actor,
            editor=request.user,
            version=data["version"],
            name=data["name"],
            kind=data["kind"],
            role=data["role"],
            affiliation=data["affiliation"],
        )
    except Conflict as conflict:
        form = _refreshed(ActorForm, request, conflict.current.version)
        note = _conflict_note(conflict)
        return _actor_page(request, conflict.current, "edit", form, status=409, conflict=note)
    except EditError as error:
        form.add_error(None, str(error))
        return _actor_page(request, actor, "edit", form, status=200 if request.htmx else 400)
    messages.success(request, f"{data['name']} saved.")
    return _to(request, actor.get_absolute_url())


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
@signin_required
def actor_merge(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """`into` (the slug of the actor that stays) and `version` (of the actor merged away)."""
    actor = actor_for_editing(request.user, slug)
    counts = _merge_counts(actor)
    if request.method == "GET":
        form = MergeForm(initial={"version": actor.version, "into": request.GET.get("into", "")})
        return _actor_page(request, actor, "merge", form, counts=counts)
    form = MergeForm(request.POST)
    if not form.is_valid():
        return _actor_page(request, actor, "merge", form, status=200 if request.htmx else 400, counts=counts)
    try:
        result = editing.actors_merge(
            source=actor,
            target=form.cleaned_data["into"],
            editor=request.user,
            version=form.cleaned_data["version"],
        )
    except Conflict as conflict:
        form = _refreshed(MergeForm, request, conflict.current.version)
        note = _conflict_note(conflict)
        return _actor_page(request, conflict.current, "merge", form, status=409, conflict=note, counts=counts)
    except EditError as error:
        form.add_error(None, str(error))
        return _actor_page(request, actor, "merge", form, status=200 if request.htmx else 400, counts=counts)
    messages.success(
        request,
        f"{actor.name} merged into {result.target.name}: {result.statements} statements, "
        f"{result.aliases} aliases and {result.denials} denials moved; /actors/{actor.slug}/ now leads here.",
    )
    return _to(request, result.target.get_absolute_url())


def _merge_counts(actor: Actor) -> dict[str, int]:
    return {
        "statements": actor.statements.count(),
        "aliases": actor.aliases.count(),
        "denials": actor.denials_received.count(),
    }


def _to(request: HtmxHttpRequest, url: str) -> HttpResponse:
    """After an actor write: the actor's page (htmx loads it whole; the URL may have changed)."""
    return HttpResponseClientRedirect(url) if request.htmx else HttpResponseRedirect(url)


@require_GET
@signin_required
def actor_suggestions(request: HtmxHttpRequest) -> HttpResponse:
    """`<option>`s of actors whose name or alias contains `q`; their names, or slugs with `?by=slug`."""
    if not request.user.has_perm("claims.change_statement"):
        return HttpResponse("Editing needs an editor's account.", status=403)
    words = next(
        (request.GET[n] for n in ("q", "speaker", "into", "affiliation", "add_actor") if request.GET.get(n)),
        "",
    )
    actors = Actor.objects.matching(words).order_by("name")[:SUGGESTIONS] if words.strip() else []
    context = {"actors": actors, "by_slug": request.GET.get("by") == "slug"}
    return render(request, "claims/includes/_actor_options.html", context)
