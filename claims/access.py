"""Who may read and who may write. Views call these; templates only hide buttons."""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django_htmx.http import HttpResponseClientRedirect


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
