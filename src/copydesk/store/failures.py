"""Why entries failed: the queries behind ``copydesk log --failed``, ``feeds list`` and the
Feeds page, and the records they return.

An entry that failed keeps its last error in ``entries.error``. It is either still
``pending`` with ``attempts`` > 0 and a ``next_try_at`` (it is retried after a backoff), or
``failed`` (given up: a final error, or out of attempts).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select

from copydesk.store import schema

#: An entry that failed waits this long before its next try, doubling after each failure.
ENTRY_BACKOFF_BASE = dt.timedelta(minutes=10)
ENTRY_BACKOFF_MAX = dt.timedelta(hours=12)


def entry_backoff(attempts: int) -> dt.timedelta:
    """10 min after the first failure, 20 after the second ..., at most 12 hours."""
    return min(ENTRY_BACKOFF_BASE * (2 ** min(max(attempts - 1, 0), 16)), ENTRY_BACKOFF_MAX)


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


@dataclass
class FailedEntry:
    """An entry whose last try failed: ``status`` "pending" (retried at ``next_try_at``)
    or "failed" (given up)."""

    id: int
    feed_id: int
    feed_url: str | None
    link: str | None
    title: str | None
    status: str
    attempts: int
    error: str
    next_try_at: dt.datetime | None
    seen_at: dt.datetime | None

    @property
    def gave_up(self) -> bool:
        return self.status == "failed"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["next_try_at"] = _iso(self.next_try_at)
        data["seen_at"] = _iso(self.seen_at)
        return data


@dataclass
class EntryStats:
    """One feed's entries by state: ``retrying`` are pending after a failed try."""

    pending: int = 0
    retrying: int = 0
    failed: int = 0
    done: int = 0
    last_error: str | None = None
    next_try_at: dt.datetime | None = None


def _title(payload: str | None) -> str | None:
    try:
        data = json.loads(payload or "{}")
    except ValueError:
        return None
    entry = data.get("entry") if isinstance(data, dict) else None
    title = entry.get("title") if isinstance(entry, dict) else None
    return title if isinstance(title, str) else None


def failed_entries(conn: Connection, *, limit: int | None = None, feed_id: int | None = None) -> list[FailedEntry]:
    """Entries whose last try failed, newest failure first."""
    e, f = schema.entries, schema.feeds
    query = (
        select(e.c.id, e.c.feed_id, f.c.url, e.c.link, e.c.payload, e.c.status, e.c.attempts, e.c.error,
               e.c.next_try_at, e.c.seen_at)
        .select_from(e.outerjoin(f, f.c.id == e.c.feed_id))
        .where(e.c.error.is_not(None), e.c.status.in_(("pending", "failed")))
        .order_by(e.c.status.desc(), e.c.id.desc())
    )
    if feed_id is not None:
        query = query.where(e.c.feed_id == feed_id)
    if limit is not None:
        query = query.limit(limit)
    return [
        FailedEntry(id=r.id, feed_id=r.feed_id, feed_url=r.url, link=r.link, title=_title(r.payload),
                    status=r.status, attempts=r.attempts or 0, error=r.error,
                    next_try_at=_aware(r.next_try_at), seen_at=_aware(r.seen_at))
        for r in conn.execute(query)
    ]


def entry_stats(conn: Connection) -> dict[int, EntryStats]:
    """Every feed's entries by state, with the newest error and the earliest retry."""
    e = schema.entries
    retrying = and_(e.c.status == "pending", e.c.attempts > 0)
    rows = conn.execute(
        select(
            e.c.feed_id,
            func.sum(case((e.c.status == "pending", 1), else_=0)),
            func.sum(case((retrying, 1), else_=0)),
            func.sum(case((e.c.status == "failed", 1), else_=0)),
            func.sum(case((e.c.status == "done", 1), else_=0)),
            func.min(case((retrying, e.c.next_try_at), else_=None)),
            func.max(case((or_(retrying, e.c.status == "failed"), e.c.id), else_=None)),
        ).group_by(e.c.feed_id)
    ).all()
    stats: dict[int, EntryStats] = {}
    newest: dict[int, int] = {}
    for feed_id, pending, retry, failed, done, next_try, last_failed in rows:
        stats[feed_id] = EntryStats(pending=int(pending or 0), retrying=int(retry or 0), failed=int(failed or 0),
                                    done=int(done or 0), next_try_at=_aware(next_try))
        if last_failed is not None:
            newest[last_failed] = feed_id
    if newest:
        for entry_id, error in conn.execute(select(e.c.id, e.c.error).where(e.c.id.in_(list(newest)))):
            stats[newest[entry_id]].last_error = error
    return stats
