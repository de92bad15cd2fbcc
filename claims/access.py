"""Who may read and who may write. Views call these; templates only hide buttons."""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django_htmx.http import HttpResponseClientRedirect

from claims.models import Actor, Statement


def reader_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed-in users read; anonymous users too when NEWSROOM_PUBLIC_READ is on.

    A fragment request (htmx) from a signed-out browser sends the whole page to
    the login form, returning afterwards to the page the user was on.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if request.user.is_authenticated or settings.NEWSROOM_PUBLIC_READ:
            return view(request, *args, **kwargs)
        htmx = getattr(request, "htmx", None)
        if htmx:
            login = redirect_to_login(htmx.current_url_abs_path or request.get_full_path())
            return HttpResponseClientRedirect(login["Location"])
        return redirect_to_login(request.get_full_path())

    return wrapper


# --- editing --------------------------------------------------------------------------

EDIT_STATEMENTS = "claims.change_statement"
EDIT_ACTORS = "claims.change_actor"
ADD_TAGS = "claims.add_tag"
ADD_ACTORS = "claims.add_actor"


def signin_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Writes need an account, whatever NEWSROOM_PUBLIC_READ says.

    A signed-out GET (a form page) goes to the login form and back; a
    signed-out POST answers 403 (its data cannot survive a login), with a
    link to sign in; htmx is sent to the login form for the page it is on.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        htmx = getattr(request, "htmx", None)
        back = (htmx.current_url_abs_path if htmx else None) or request.get_full_path()
        login = redirect_to_login(back)
        if request.method == "GET" and not htmx:
            return login
        response = render(request, "403.html", {"login_url": login["Location"]}, status=403)
        if htmx:
            response["HX-Redirect"] = login["Location"]
        return response

    return wrapper


def _require(user: AbstractBaseUser | AnonymousUser, *perms: str) -> None:
    if not user.has_perms(perms):
        raise PermissionDenied("Editing needs an editor's account.")


def can_edit_statements(user: AbstractBaseUser | AnonymousUser) -> bool:
    return user.has_perm(EDIT_STATEMENTS)


def statement_for_editing(user: AbstractBaseUser | AnonymousUser, pk: int) -> Statement:
    """The statement `user` may edit (review, tag, correct, link, restore), or 403/404."""
    _require(user, EDIT_STATEMENTS)
    return get_object_or_404(Statement.objects.select_related("article", "speaker"), pk=pk)


def actor_for_editing(user: AbstractBaseUser | AnonymousUser, slug: str) -> Actor:
    """The actor `user` may edit or merge into another, or 403/404.

    Merging moves statements, so it needs both rights; the Editors group has both.
    """
    _require(user, EDIT_ACTORS, EDIT_STATEMENTS)
    return get_object_or_404(Actor.objects.select_related("affiliation"), slug=slug)
