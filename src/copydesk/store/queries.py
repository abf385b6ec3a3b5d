"""The statements of the per-story path, and rows turned into records.

The statements are built once; SQLAlchemy then caches their compiled SQL, which keeps
the per-story cost of the store low (see benchmarks/pipeline.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import bindparam, func, select

from copydesk.model import Feed, Rewrite, RunRecord, StoredRewrite
from copydesk.store import schema


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


class Q:
    """The statements of the per-story path, built once (SQLAlchemy then caches their SQL)."""

    a, s, b, r, e, f = (schema.articles, schema.article_sources, schema.article_bands, schema.rewrites,
                        schema.entries, schema.feeds)
    mark = select(select(func.max(a.c.id)).scalar_subquery(), select(func.max(s.c.id)).scalar_subquery())
    by_url = select(s.c.article_id).where(s.c.canonical_url == bindparam("cu"))
    by_hash = select(a.c.id).where(a.c.content_hash == bindparam("h"))
    by_bands = select(b.c.article_id).where(b.c.key.in_(bindparam("keys", expanding=True))).distinct()
    minhashes = select(a.c.id, a.c.minhash).where(a.c.id.in_(bindparam("ids", expanding=True)))
    source_id = select(s.c.id).where(s.c.canonical_url == bindparam("cu"))
    insert_article = a.insert().returning(a.c.id)
    insert_source = s.insert()
    insert_bands = b.insert()
    feed_added = f.update().where(f.c.id == bindparam("fid")).values(articles_added=f.c.articles_added + 1)
    rewrite_id = select(r.c.id).where(r.c.article_id == bindparam("aid"), r.c.engine == bindparam("eng"))
    insert_rewrite = r.insert().returning(r.c.id)
    entry_done = e.update().where(e.c.id == bindparam("eid")).values(
        status="done", article_id=bindparam("aid"), done_at=bindparam("now"), error=None, next_try_at=None)


def chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def feed_record(row: Any) -> Feed:
    return Feed(
        id=row["id"], url=row["url"], name=row["name"], added_at=_aware(row["added_at"]),
        last_run_at=_aware(row["last_run_at"]), last_status=row["last_status"], last_error=row["last_error"],
        error_count=row["error_count"] or 0, next_try_at=_aware(row["next_try_at"]),
        entries_seen=row["entries_seen"] or 0, articles_added=row["articles_added"] or 0,
        etag=row["etag"], last_modified=row["last_modified"],
    )


def stored_record(row: Any, sources: list[str]) -> StoredRewrite:
    rewrite = Rewrite.from_dict(json.loads(row["output"]))
    return StoredRewrite(id=row["id"], rewrite=rewrite, created_at=_aware(row["created_at"]),
                         article_id=row["article_id"], sources=sources, feed_id=row["feed_id"])


def run_record(row: Any) -> RunRecord:
    return RunRecord(
        id=row["id"], started_at=_aware(row["started_at"]), finished_at=_aware(row["finished_at"]),
        status=row["status"], feeds=row["feeds"], feeds_failed=row["feeds_failed"],
        feeds_not_modified=row["feeds_not_modified"], entries_new=row["entries_new"],
        articles_new=row["articles_new"], duplicates=row["duplicates"], rewrites=row["rewrites"],
        entries_failed=row["entries_failed"], errors=json.loads(row["errors"] or "[]"),
        prompt_tokens=row.get("prompt_tokens") or 0, completion_tokens=row.get("completion_tokens") or 0,
        worker=row.get("worker"),
    )


def usage_columns(rewrite: Rewrite) -> dict[str, Any]:
    """The rewrite's token counts and reported model, for its row (None without a model)."""
    used = rewrite.usage or {}
    return {"prompt_tokens": used.get("prompt_tokens"), "completion_tokens": used.get("completion_tokens"),
            "model": used.get("model")}
