"""HTTP responses the app and the pages share: error statuses, error bodies, templates.

``app`` (the application, its middleware and error handlers) and ``pages`` (the HTML
routes) both use these; neither imports the other's module for them.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from copydesk.errors import (
    BlockedAddress,
    CopydeskError,
    EngineNotFound,
    EngineUnavailable,
    FetchError,
    InputError,
    ModelOutputError,
    TooLarge,
)
from copydesk.server.security import AUTH_COOKIE, CSRF_COOKIE, CSRF_FIELD, Guard


def status_for(exc: CopydeskError) -> int:
    """The HTTP status for one of copydesk's errors."""
    if isinstance(exc, TooLarge):
        return 413
    if isinstance(exc, BlockedAddress | InputError | EngineNotFound):
        return 400
    if isinstance(exc, FetchError):
        return 422
    if isinstance(exc, EngineUnavailable):
        return 503
    if isinstance(exc, ModelOutputError):
        return 502
    return 500


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path in ("/openapi.json",)


def error_body(status: int, message: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"error": message, "type": kind, "status": status, **extra}


def render(request: Request, name: str, context: dict[str, Any], *, status_code: int = 200,
           headers: dict[str, str] | None = None) -> Response:
    """Render a template with the CSRF token in it, setting the CSRF cookie if new."""
    guard: Guard = request.app.state.guard
    value = request.cookies.get(CSRF_COOKIE)
    fresh = not value or len(value) > 64
    if fresh:
        value = guard.new_csrf_value()
    ctx = {
        "csrf_field": CSRF_FIELD,
        "csrf_token": guard.sign_csrf(value),
        "needs_login": guard.token is not None and not guard.logged_in(request.cookies.get(AUTH_COOKIE)),
        "has_token": guard.token is not None,
        "path": request.url.path,
        **context,
    }
    response = request.app.state.templates.TemplateResponse(
        request, name, ctx, status_code=status_code, headers=headers
    )
    if fresh:
        response.set_cookie(CSRF_COOKIE, value, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", path="/")
    return response


def error_response(request: Request, status: int, message: str, kind: str,
                   headers: dict[str, str] | None = None, **extra: Any) -> Response:
    if wants_json(request) or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(error_body(status, message, kind, **extra), status_code=status,
                            headers=headers)
    return render(request, "error.html", {"status": status, "message": message, "kind": kind},
                  status_code=status, headers=headers)
