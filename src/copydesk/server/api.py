"""The JSON API under `/api/v1`. OpenAPI schema at `/openapi.json`, docs at `/docs`.

A rewrite's JSON is `Rewrite.to_dict()` (schema `copydesk.rewrite/1`) with `id`
and `headline` at the top level. Errors are `{"error", "type", "status"}`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from copydesk.errors import BadOption
from copydesk.safety import clean_data
from copydesk.server.security import safe_url
from copydesk.server.service import MAX_SUMMARY_SENTENCES, RewriteInput
from copydesk.server.views import storable_id, summary_item

router = APIRouter(prefix="/api/v1", tags=["api"])


class RewriteRequest(BaseModel):
    """Give `text` (the article) or `url` (a page to fetch), not both."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="the article's text", max_length=500_000)
    url: str | None = Field(None, description="an http(s) URL to fetch the article from",
                            max_length=2048)
    engine: str | None = Field(None, description="engine name; default from the server's settings",
                               max_length=64)
    summary_sentences: int = Field(3, ge=1, le=MAX_SUMMARY_SENTENCES)
    title: str | None = Field(None, max_length=500)
    published: str | None = Field(None, description="YYYY-MM-DD", max_length=32)
    place: str | None = Field(None, description="dateline place, 'City, Country'", max_length=200)


class FeedRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(..., max_length=2048, description="an RSS, Atom or JSON Feed URL")
    name: str | None = Field(None, max_length=200)


def rewrite_json(rewrite_id: int, rewrite: Any, **extra: Any) -> dict[str, Any]:
    data = rewrite.to_dict()
    return clean_data({"id": rewrite_id, "headline": rewrite.headline, "url": f"/rewrites/{rewrite_id}",
                       **extra, **data})


def rate_limited(request: Request) -> JSONResponse | None:
    client = request.client.host if request.client else "unknown"
    wait = request.app.state.limiter.take(client)
    if wait <= 0:
        return None
    seconds = max(1, int(wait + 0.999))
    return JSONResponse(
        {"error": f"too many rewrites from {client} - wait {seconds} s and try again",
         "type": "RateLimited", "status": 429},
        status_code=429, headers={"retry-after": str(seconds)},
    )


@router.post("/rewrite", status_code=201, responses={202: {"description": "queued as a job"}})
def post_rewrite(body: RewriteRequest, request: Request):
    """Rewrite an article. Model-free engines answer 201 with the stored rewrite; model
    engines answer 202 with a job to poll at `/api/v1/jobs/{job_id}`."""
    limited = rate_limited(request)
    if limited is not None:
        return limited
    outcome = request.app.state.desk.submit(RewriteInput(**body.model_dump()))
    if outcome.job is not None:
        job = outcome.job
        return JSONResponse(
            {"job_id": job.id, "status": job.status, "status_url": f"/api/v1/jobs/{job.id}",
             "job": job.to_dict(request.app.state.desk.jobs.position(job))},
            status_code=202, headers={"location": f"/api/v1/jobs/{job.id}"},
        )
    return JSONResponse(rewrite_json(outcome.rewrite_id, outcome.rewrite), status_code=201,
                        headers={"location": f"/api/v1/rewrites/{outcome.rewrite_id}"})


@router.get("/jobs/{job_id}")
def get_job(job_id: str, request: Request):
    """A background job: `queued`, `running`, `done` (with `rewrite_id`), `failed`, or `died`
    (its worker stopped twice while running it)."""
    jobs = request.app.state.desk.jobs
    job = jobs.get(job_id)
    if job is None:
        return JSONResponse({"error": f"no job {job_id!r} - check the job id, "
                             "or start the rewrite again", "type": "NotFound",
                             "status": 404}, status_code=404)
    return job.to_dict(jobs.position(job))


@router.get("/rewrites")
def list_rewrites(
    request: Request,
    q: str | None = Query(None, max_length=200, description="full-text search"),
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0, le=1_000_000),
    since: Annotated[dt.datetime | None, Query(description="only rewrites created at or after")] = None,
):
    """The latest rewrites, newest first: id, headline, dateline, summary, source, check."""
    store = request.app.state.store
    query = (q or "").strip() or None
    rows = store.list_rewrites(limit=limit, offset=offset, query=query, since=since)
    total = store.count_rewrites(query)
    items = []
    for row in rows:
        item = summary_item(row)
        item.pop("status")
        item.pop("created")
        items.append(clean_data(item))
    return {"total": total, "limit": limit, "offset": offset, "q": query, "items": items}


@router.get("/rewrites/{rewrite_id}")
def get_rewrite(rewrite_id: int, request: Request):
    """One stored rewrite in full: summary, article, dateline, check report, provenance."""
    stored = request.app.state.store.get_rewrite(rewrite_id) if storable_id(rewrite_id) else None
    if stored is None:
        return JSONResponse({"error": f"no rewrite {rewrite_id} - list them at /api/v1/rewrites",
                             "type": "NotFound", "status": 404}, status_code=404)
    return rewrite_json(stored.id, stored.rewrite, created_at_stored=_iso(stored.created_at),
                        feed_id=stored.feed_id, sources=list(stored.sources))


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def feed_json(feed: Any, stats: Any = None) -> dict[str, Any]:
    """A feed as the API gives it; ``state``/``entries_state`` say why it or its entries
    failed and when they are tried again (None when all is well)."""
    from copydesk.failures import entries_state, feed_state

    return clean_data({
        "id": feed.id, "url": feed.url, "name": feed.name,
        "added_at": _iso(feed.added_at), "last_run_at": _iso(feed.last_run_at),
        "last_status": feed.last_status, "last_error": feed.last_error,
        "error_count": feed.error_count, "next_try_at": _iso(feed.next_try_at),
        "entries_seen": feed.entries_seen, "articles_added": feed.articles_added,
        "state": feed_state(feed), "entries_state": entries_state(stats),
    })


def check_feed_url(url: str) -> str:
    url = url.strip()
    if safe_url(url) is None:
        raise BadOption(f"feed url {url!r} is not an http(s) URL - give a link that starts with https://")
    return url


@router.get("/feeds")
def list_feeds(request: Request):
    """The feeds the desk follows, with each one's last run, errors and counts."""
    store = request.app.state.store
    stats = store.entry_stats()
    return {"items": [feed_json(f, stats.get(f.id)) for f in store.list_feeds()]}


@router.post("/feeds", status_code=201)
def add_feed(body: FeedRequest, request: Request):
    """Follow a feed. `copydesk feeds run` (or its scheduler) fetches it."""
    feed = request.app.state.store.add_feed(check_feed_url(body.url), (body.name or "").strip() or None)
    return JSONResponse(feed_json(feed), status_code=201)


@router.delete("/feeds/{feed_id}")
def remove_feed(feed_id: int, request: Request):
    """Stop following a feed. Its rewrites stay."""
    if not storable_id(feed_id) or not request.app.state.store.remove_feed(feed_id):
        return JSONResponse({"error": f"no feed {feed_id} - list them at /api/v1/feeds",
                             "type": "NotFound", "status": 404}, status_code=404)
    return {"removed": feed_id}


@router.get("/engines")
def engines(request: Request):
    """The engines this server can use; `uses_model` ones run as background jobs."""
    desk = request.app.state.desk
    return {"default": desk.settings.engine, "items": desk.engine_names()}
