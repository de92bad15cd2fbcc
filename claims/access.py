"""Who may read and who may write. Views call these; templates only hide buttons."""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse


def reader_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed-in users read; anonymous users too when NEWSROOM_PUBLIC_READ is on."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if request.user.is_authenticated or settings.NEWSROOM_PUBLIC_READ:
            return view(request, *args, **kwargs)
        return redirect_to_login(request.get_full_path())

    return wrapper
