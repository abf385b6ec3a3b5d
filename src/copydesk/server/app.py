"""The web desk's app factory: ``create_app()`` gives a FastAPI app.

    uvicorn.run(create_app("copydesk.db"), host="127.0.0.1", port=8080)

Pages (``pages.py``) and the JSON API under ``/api/v1`` (``api.py``) share one
``Desk`` (``service.py``) and one ``Store``. Errors become a JSON body
``{"error": "<problem> - <fix>", "type": ..., "status": ...}`` on the API, and an
error page on the pages; never a traceback.
"""

from __future__ import annotations

import logging
import os
import secrets
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException

from copydesk import __version__
from copydesk.config import Settings, load_settings
from copydesk.errors import (
    BadOption,
    CopydeskError,
)
from copydesk.safety import clean_text
from copydesk.server import api, pages, published
from copydesk.server.responses import error_body, error_response, status_for
from copydesk.server.security import (
    AUTH_COOKIE,
    CSRF_COOKIE,
    SECURITY_HEADERS,
    WRITE_METHODS,
    BodyLimitMiddleware,
    Guard,
    HeadAsGet,
    HostCheckMiddleware,
    LoginThrottle,
    RateLimiter,
    is_loopback,
)
from copydesk.server.service import Desk

log = logging.getLogger("copydesk.server")
HERE = Path(__file__).resolve().parent
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}


class CatchAll:
    """Last line: an exception nobody handled becomes a 500 with one line, logged here."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(msg):
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # noqa: BLE001 - logged with its traceback, answered with one line
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            response = JSONResponse(
                error_body(500, f"internal error ({type(exc).__name__}) - see the server log",
                           "InternalError"),
                status_code=500, headers=SECURITY_HEADERS,
            )
            await response(scope, receive, send)


def clean_output(value: Any) -> Any:
    """Every value a template prints loses control and bidi-override characters."""
    if isinstance(value, Markup):
        return Markup(clean_text(str(value)))
    return clean_text(value) if isinstance(value, str) else value


def create_app(
    store_url: str | None = None,
    token: str | None = None,
    *,
    store: Any = None,
    host: str = "127.0.0.1",
    allow_private: bool | list[Any] | None = None,
    settings: Settings | None = None,
    max_body: int = 1_000_000,
    rate_limit: int = 30,
    page_size: int = 20,
    secret: str | None = None,
    allowed_hosts: set[str] | None = None,
    login_throttle: LoginThrottle | None = None,
) -> FastAPI:
    """Build the web desk.

    ``store_url`` is passed to ``Store.open`` (or give an open ``store``). ``token``
    is the write token (required when ``host`` is not loopback). ``rate_limit`` is
    rewrites per minute per client; ``max_body`` the request size cap in bytes.
    ``allowed_hosts`` are the Host names answered (default: the loopback names on a
    loopback bind, any name otherwise). ``login_throttle`` slows down wrong tokens
    (default: ``LoginThrottle()``).
    """
    if not is_loopback(host) and not token:
        raise BadOption(
            f"refusing to serve on {host} without a token - set COPYDESK_TOKEN, "
            "or bind to 127.0.0.1"
        )
    if store is None:
        from copydesk.store import Store

        store = Store.open(store_url)
    settings = settings or load_settings()
    desk = Desk(store, settings=settings, allow_private=allow_private)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        desk.jobs.start()  # jobs queued before a restart, or by another worker, run now
        yield
        desk.close()
        store.close()

    app = FastAPI(
        title="copydesk",
        version=__version__,
        description=(
            "A newsroom copy desk: summaries and rewritten articles, each checked against "
            "its source. Writes need `Authorization: Bearer <COPYDESK_TOKEN>` when the "
            "server runs with a token."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.desk = desk
    app.state.store = store
    app.state.guard = Guard(secret or os.environ.get("COPYDESK_SECRET") or secrets.token_hex(32), token)
    app.state.limiter = RateLimiter(rate_limit, 60.0)
    app.state.login_throttle = login_throttle if login_throttle is not None else LoginThrottle()
    app.state.page_size = page_size
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.globals["version"] = __version__
    app.state.templates.env.finalize = clean_output

    app.include_router(api.router)
    app.include_router(published.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def guard_writes(request: Request, call_next):
        guard: Guard = request.app.state.guard
        if request.method in WRITE_METHODS and guard.token is not None:
            if request.url.path.startswith("/api/"):
                client = request.client.host if request.client else "unknown"
                throttle: LoginThrottle = request.app.state.login_throttle
                wait = throttle.wait(client)
                if wait > 0:
                    seconds = max(1, int(wait + 0.999))
                    return JSONResponse(
                        error_body(429, f"too many wrong tokens from {client} - wait {seconds} s "
                                   "and try again with the right COPYDESK_TOKEN", "RateLimited"),
                        status_code=429, headers={"retry-after": str(seconds)},
                    )
                authorization = request.headers.get("authorization")
                if not guard.bearer_ok(authorization):
                    if authorization:
                        throttle.failed(client)
                    return JSONResponse(
                        error_body(401, "this server needs a token for writes - send "
                                   "'Authorization: Bearer <COPYDESK_TOKEN>'", "Unauthorized"),
                        status_code=401, headers={"www-authenticate": "Bearer"},
                    )
            elif request.url.path != "/login" and not guard.logged_in(request.cookies.get(AUTH_COOKIE)):
                return RedirectResponse("/login", status_code=303)
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(CopydeskError)
    async def copydesk_error(request: Request, exc: CopydeskError):
        status = status_for(exc)
        if status >= 500:
            log.warning("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return error_response(request, status, exc.message, type(exc).__name__)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = []
        for err in exc.errors():
            loc = tuple(err.get("loc", ()))
            if loc == ("body",):
                problems.append("request body: must be a JSON object, sent with "
                                "Content-Type: application/json")
                continue
            where = ".".join(str(p) for p in loc if p not in ("body", "query", "path"))
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        message = "; ".join(problems) + " - fix the request and send it again"
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
                   for e in exc.errors()]
        return error_response(request, 422, message, "ValidationError", details=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path} - check the address (see /docs for the API)"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path} - see /docs"
        return error_response(request, exc.status_code, message, "HTTPError",
                              headers=getattr(exc, "headers", None))

    app.add_middleware(BodyLimitMiddleware, max_body=max_body)
    if allowed_hosts is None:
        allowed_hosts = LOOPBACK_NAMES if is_loopback(host) else None
    if allowed_hosts is not None:
        app.add_middleware(HostCheckMiddleware, allowed={h.lower().strip("[]") for h in allowed_hosts})
    app.add_middleware(CatchAll)
    app.add_middleware(HeadAsGet)
    return app


__all__ = ["create_app", "CSRF_COOKIE"]
