"""The pages: index, detail, new (with job progress), feeds, login, API docs.

Server-rendered with Jinja2 (autoescape on); the only script is ``static/desk.js``
(sentence-to-source highlighting and job polling), allowed by the CSP as 'self'.
Every form post checks the CSRF pair (cookie + signed field).
"""

from __future__ import annotations

import math
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from copydesk.errors import CopydeskError
from copydesk.server.api import check_feed_url
from copydesk.server.responses import render, status_for
from copydesk.server.security import AUTH_COOKIE, CSRF_COOKIE, CSRF_FIELD, Guard, LoginThrottle
from copydesk.server.service import MAX_SUMMARY_SENTENCES, RewriteInput
from copydesk.server.views import detail_view, storable_id, summary_item, when

router = APIRouter(include_in_schema=False)


async def read_form(request: Request) -> dict[str, str] | Response:
    """The posted form as str values, or a 403 page when its CSRF pair does not match."""
    form = await request.form(max_files=0, max_fields=50)
    data = {k: v for k, v in form.items() if isinstance(v, str)}
    guard: Guard = request.app.state.guard
    if not guard.check_csrf(request.cookies.get(CSRF_COOKIE), data.get(CSRF_FIELD)):
        return render(request, "error.html", {
            "status": 403, "kind": "CSRF",
            "message": "this form has expired or came from another site - reload the page and send it again",
        }, status_code=403)
    return data


@router.get("/healthz")
def healthz():
    return JSONResponse({"ok": True})


@router.get("/favicon.ico")
def favicon():
    return Response(status_code=204)


@router.get("/", response_class=HTMLResponse)
def index(request: Request, q: str | None = Query(None, max_length=200),
          page: int = Query(1, ge=1, le=100_000)):
    store = request.app.state.store
    size = request.app.state.page_size
    query = (q or "").strip() or None
    try:
        total = store.count_rewrites(query)
        rows = store.list_rewrites(limit=size, offset=(page - 1) * size, query=query)
        error = None
    except CopydeskError as exc:
        if query is None:
            raise
        total, rows, error = 0, [], exc.message
    pages = max(1, math.ceil(total / size))
    return render(request, "index.html", {
        "items": [summary_item(r) for r in rows], "q": query or "", "page": page,
        "pages": pages, "total": total, "error": error,
    }, status_code=400 if error else 200)


@router.get("/rewrites/{rewrite_id}", response_class=HTMLResponse)
def detail(request: Request, rewrite_id: int):
    stored = request.app.state.store.get_rewrite(rewrite_id) if storable_id(rewrite_id) else None
    if stored is None:
        return render(request, "error.html", {
            "status": 404, "kind": "NotFound",
            "message": f"no rewrite {rewrite_id} - go back to the list of rewrites",
        }, status_code=404)
    rw = stored.rewrite
    return render(request, "detail.html", {
        "id": stored.id, "rw": rw, "v": detail_view(rw), "created": when(stored.created_at),
        "published": when(rw.article.published),
    })


def _new_context(request: Request, values: dict[str, Any] | None = None,
                 error: str | None = None) -> dict[str, Any]:
    desk = request.app.state.desk
    return {
        "engines": desk.engine_names(), "default_engine": desk.settings.engine,
        "values": values or {"summary_sentences": 3}, "error": error,
        "max_summary": MAX_SUMMARY_SENTENCES,
    }


@router.get("/new", response_class=HTMLResponse)
def new_form(request: Request):
    return render(request, "new.html", _new_context(request))


@router.post("/new")
async def new_submit(request: Request):
    data = await read_form(request)
    if isinstance(data, Response):
        return data
    values = {k: data.get(k, "") for k in
              ("text", "url", "engine", "summary_sentences", "title", "published", "place")}
    client = request.client.host if request.client else "unknown"
    wait = request.app.state.limiter.take(client)
    if wait > 0:
        seconds = max(1, int(wait + 0.999))
        return render(request, "new.html", _new_context(
            request, values, f"too many rewrites from {client} - wait {seconds} s and try again"),
            status_code=429, headers={"retry-after": str(seconds)})
    try:
        count = int(values["summary_sentences"] or 3)
    except ValueError:
        return render(request, "new.html", _new_context(
            request, values, "summary sentences must be a whole number - type one from 1 to "
            f"{MAX_SUMMARY_SENTENCES}"), status_code=400)
    inp = RewriteInput(text=values["text"], url=values["url"], engine=values["engine"],
                       summary_sentences=count, title=values["title"],
                       published=values["published"], place=values["place"])
    try:
        outcome = await run_in_threadpool(request.app.state.desk.submit, inp)
    except CopydeskError as exc:
        return render(request, "new.html", _new_context(request, values, exc.message),
                      status_code=status_for(exc))
    if outcome.job is not None:
        return RedirectResponse(f"/jobs/{outcome.job.id}", status_code=303)
    return RedirectResponse(f"/rewrites/{outcome.rewrite_id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str):
    jobs = request.app.state.desk.jobs
    job = jobs.get(job_id)
    if job is None:
        return render(request, "error.html", {
            "status": 404, "kind": "NotFound",
            "message": f"no job {job_id} - check the link, or start the rewrite again",
        }, status_code=404)
    if job.status == "done" and job.rewrite_id is not None:
        return RedirectResponse(f"/rewrites/{job.rewrite_id}", status_code=303)
    return render(request, "job.html", {"job": job.to_dict(jobs.position(job))})


@router.get("/feeds", response_class=HTMLResponse)
def feeds_list_page(request: Request):
    return feeds_page(request)


def feeds_page(request: Request, error: str | None = None, status_code: int = 200,
               values: dict[str, str] | None = None) -> Response:
    """The Feeds page; ``error`` and ``status_code`` come from this server, never the URL."""
    from copydesk.failures import entries_state, feed_state

    feeds = request.app.state.store.list_feeds()
    stats = request.app.state.store.entry_stats()
    rows = [{"feed": f, "added": when(f.added_at), "last_run": when(f.last_run_at),
             "next_try": when(f.next_try_at), "state": feed_state(f), "entries": entries_state(stats.get(f.id))}
            for f in feeds]
    return render(request, "feeds.html", {"feeds": rows, "error": error,
                                          "values": values or {}}, status_code=status_code)


@router.get("/runs", response_class=HTMLResponse)
def runs_page(request: Request):
    """The latest passes over the feeds: counts, tokens the model server reported, worker."""
    from copydesk.store import leases

    store = request.app.state.store
    leases.mark_dead_runs(store)
    runs = store.runs(limit=100)
    rows = [{"run": r, "started": when(r.started_at), "finished": when(r.finished_at)} for r in runs]
    totals = {"prompt_tokens": sum(r.prompt_tokens for r in runs),
              "completion_tokens": sum(r.completion_tokens for r in runs),
              "rewrites": sum(r.rewrites for r in runs)}
    return render(request, "runs.html", {"runs": rows, "totals": totals})


@router.post("/feeds")
async def feeds_add(request: Request):
    data = await read_form(request)
    if isinstance(data, Response):
        return data
    values = {"url": data.get("url", ""), "name": data.get("name", "")}
    try:
        request.app.state.store.add_feed(check_feed_url(values["url"]), values["name"].strip() or None)
    except CopydeskError as exc:
        return feeds_page(request, exc.message, status_for(exc), values)
    return RedirectResponse("/feeds", status_code=303)


@router.post("/feeds/{feed_id}/delete")
async def feeds_remove(request: Request, feed_id: int):
    data = await read_form(request)
    if isinstance(data, Response):
        return data
    if not storable_id(feed_id) or not request.app.state.store.remove_feed(feed_id):
        return feeds_page(request, f"no feed {feed_id} - it may have been removed already", 404)
    return RedirectResponse("/feeds", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request):
    return render(request, "login.html", {"error": None})


@router.post("/login")
async def login(request: Request):
    data = await read_form(request)
    if isinstance(data, Response):
        return data
    guard: Guard = request.app.state.guard
    if guard.token is None:
        return RedirectResponse("/", status_code=303)
    client = request.client.host if request.client else "unknown"
    throttle: LoginThrottle = request.app.state.login_throttle
    wait = throttle.wait(client)
    if wait > 0:
        seconds = max(1, int(wait + 0.999))
        return render(request, "login.html", {
            "error": f"too many wrong tokens from {client} - wait {seconds} s and try again"
        }, status_code=429, headers={"retry-after": str(seconds)})
    if not guard.token_ok(data.get("token", "")):
        throttle.failed(client)
        return render(request, "login.html", {
            "error": "wrong token - give the value of COPYDESK_TOKEN the server was started with"
        }, status_code=401)
    throttle.succeeded(client)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(AUTH_COOKIE, guard.login_cookie(), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/", max_age=30 * 24 * 3600)
    return response


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request):
    """The API reference, rendered here from the OpenAPI schema (no CDN, CSP-safe)."""
    schema = request.app.openapi()
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "desc": p.get("description", "")} for p in op.get("parameters", [])]
            body = None
            ref = (op.get("requestBody", {}).get("content", {}).get("application/json", {})
                   .get("schema", {}).get("$ref"))
            if ref:
                name = ref.rsplit("/", 1)[-1]
                comp = schema.get("components", {}).get("schemas", {}).get(name, {})
                body = {"name": name, "fields": [
                    {"name": k, "required": k in comp.get("required", []),
                     "desc": v.get("description", ""), "type": _type_of(v)}
                    for k, v in comp.get("properties", {}).items()]}
            ops.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "params": params, "body": body,
                        "responses": sorted(op.get("responses", {}))})
    return render(request, "docs.html", {"ops": ops, "info": schema.get("info", {})})


def _type_of(prop: dict[str, Any]) -> str:
    if "type" in prop:
        return str(prop["type"])
    kinds = [p.get("type", "?") for p in prop.get("anyOf", []) if p.get("type") != "null"]
    return " | ".join(kinds) or "any"
