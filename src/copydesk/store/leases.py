"""Claims and leases: many ``copydesk watch`` workers on one store.

Each feed fetch and each entry is *claimed* by one worker: its row gets the worker's id
(``lease_owner``) and a time (``lease_until``) until which no other worker touches it.
On PostgreSQL the claim is ``SELECT ... FOR UPDATE SKIP LOCKED`` then an ``UPDATE`` in one
transaction, so two workers never claim the same row and never wait on each other; on
SQLite every write transaction already holds the whole database (``BEGIN IMMEDIATE``),
which makes the same statements just as exclusive, for the one machine SQLite serves.

A worker renews its leases (and its run's heartbeat) every third of the lease time from
a thread. A worker that dies stops renewing: when its leases run out, any other worker
claims its feeds and entries and finishes the work. A worker on the *same* machine does
not wait that long: a lease whose owner process is gone (``host:pid`` in the owner id)
counts as expired at once. The story and its rewrite are stored in one transaction with
unique constraints (``Store.commit_story``), so even a lease that runs out under a slow,
living worker cannot make a story stored or rewritten twice in the store.

A run whose worker died is marked ``died`` (``mark_dead_runs``), never left "running".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, and_, func, or_, select
from sqlalchemy.exc import DBAPIError

from copydesk.errors import StoreError
from copydesk.model import Feed
from copydesk.store import PendingEntry, Store, schema
from copydesk.store.queries import feed_record

LOGGER = logging.getLogger(__name__)

#: seconds a claim holds without renewal (``--lease``, ``COPYDESK_LEASE``)
DEFAULT_LEASE = 60.0
HOST = socket.gethostname()


def utcnow_naive() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def worker_id() -> str:
    """``host:pid:tag``: who holds a lease, and whether it can be checked from here."""
    return f"{HOST}:{os.getpid()}:{secrets.token_hex(3)}"


def owner_gone(owner: str | None) -> bool:
    """True when ``owner`` is a process of this machine that no longer runs (or a zombie).

    Owners on other machines are never known to be gone: their leases run out instead."""
    if not owner:
        return False
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != HOST or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state in ("Z", "X")


@contextlib.contextmanager
def transaction(store: Store) -> Iterator[Connection]:
    try:
        with store.engine.begin() as conn:
            yield conn
    except DBAPIError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise StoreError(f"database error while claiming work: {reason[0] if reason else exc} "
                         "- try again") from None


def _gone_owners(conn: Connection, table: Table, now: dt.datetime) -> list[str]:
    owners = conn.execute(select(table.c.lease_owner).where(table.c.lease_until >= now).distinct()).scalars()
    return [o for o in owners if owner_gone(o)]


def _free(table: Table, now: dt.datetime, gone: list[str]) -> Any:
    return or_(table.c.lease_until.is_(None), table.c.lease_until < now, table.c.lease_owner.in_(gone))


def _claim(conn: Connection, table: Table, where: Any, owner: str, lease: float, limit: int | None,
           now: dt.datetime) -> list[int]:
    query = select(table.c.id).where(where, _free(table, now, _gone_owners(conn, table, now)))
    query = query.order_by(table.c.id)
    if limit:
        query = query.limit(limit)
    ids = list(conn.execute(query.with_for_update(skip_locked=True)).scalars())
    if ids:
        conn.execute(table.update().where(table.c.id.in_(ids)).values(
            lease_owner=owner, lease_until=now + dt.timedelta(seconds=lease)))
    return ids


def _workable(now: dt.datetime) -> Any:
    """Pending entries not waiting out a backoff after a failure (``entries.next_try_at``)."""
    e = schema.entries
    return and_(e.c.status == "pending", or_(e.c.next_try_at.is_(None), e.c.next_try_at <= now))


class Worker:
    """One worker's claims on the store, and the heartbeat that keeps them."""

    def __init__(self, store: Store, lease: float = DEFAULT_LEASE, owner: str | None = None):
        self.store = store
        self.lease = max(1.0, float(lease))
        self.owner = owner or worker_id()
        self.run_id: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- the heartbeat

    def start(self, run_id: int | None) -> None:
        """Renew this worker's leases and its run's heartbeat until ``stop``."""
        self.run_id = run_id
        self._thread = threading.Thread(target=self._beat, name="copydesk-heartbeat", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        while not self._stop.wait(self.lease / 3):
            try:
                self.renew()
            except StoreError as exc:  # the next beat tries again; the lease has slack for it
                LOGGER.warning("heartbeat of %s failed: %s", self.owner, exc)

    def renew(self) -> None:
        now = utcnow_naive()
        until = now + dt.timedelta(seconds=self.lease)
        with transaction(self.store) as conn:
            for table in (schema.feeds, schema.entries):
                conn.execute(table.update().where(table.c.lease_owner == self.owner)
                             .values(lease_until=until))
            if self.run_id is not None:
                conn.execute(schema.runs.update().where(schema.runs.c.id == self.run_id)
                             .values(heartbeat_at=now))

    def stop(self) -> None:
        """Stop the heartbeat and give back every claim still held (others take them at once)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        with transaction(self.store) as conn:
            for table in (schema.feeds, schema.entries):
                conn.execute(table.update().where(table.c.lease_owner == self.owner)
                             .values(lease_owner=None, lease_until=None))

    # -- feeds

    def claim_feeds(self, *, force: bool = False, fresh: float = 0.0) -> list[Feed]:
        """The due feeds no other worker is fetching, now claimed by this one.

        With ``fresh`` (seconds), a feed any worker fetched that recently is not due: N
        workers watching every 15 minutes fetch a feed about every 7.5 minutes, not N times."""
        f = schema.feeds
        now = utcnow_naive()
        due = True if force else and_(
            or_(f.c.next_try_at.is_(None), f.c.next_try_at <= now),
            or_(f.c.last_run_at.is_(None), f.c.last_run_at <= now - dt.timedelta(seconds=fresh)) if fresh else True)
        with transaction(self.store) as conn:
            ids = _claim(conn, f, due, self.owner, self.lease, None, now)
            rows = conn.execute(select(f).where(f.c.id.in_(ids)).order_by(f.c.id)).mappings().all() if ids else []
        return [feed_record(r) for r in rows]

    def release_feed(self, feed_id: int) -> None:
        f = schema.feeds
        with transaction(self.store) as conn:
            conn.execute(f.update().where(f.c.id == feed_id, f.c.lease_owner == self.owner)
                         .values(lease_owner=None, lease_until=None))

    # -- entries

    def claim_entries(self, limit: int) -> list[PendingEntry]:
        """Up to ``limit`` pending entries no other worker holds, oldest first, now this one's."""
        e = schema.entries
        now = utcnow_naive()
        with transaction(self.store) as conn:
            ids = _claim(conn, e, _workable(now), self.owner, self.lease, limit, now)
            rows = conn.execute(select(e).where(e.c.id.in_(ids)).order_by(e.c.id)).mappings().all() if ids else []
        return [PendingEntry(r["id"], r["feed_id"], r["entry_key"], r["link"], json.loads(r["payload"]),
                             r["attempts"]) for r in rows]

    def pending_count(self) -> int:
        """Entries any worker could work on now (for the progress bar)."""
        e = schema.entries
        with self.store.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(e).where(_workable(utcnow_naive()))).scalar_one()

    def batches(self, size: int, stop: Callable[[], bool]) -> Iterator[list[PendingEntry]]:
        """Claimed entries, ``size`` at a time, until none are left or ``stop()``."""
        while not stop():
            batch = self.claim_entries(size)
            if not batch:
                return
            yield batch


# --- runs whose worker died ------------------------------------------------------------------


def mark_dead_runs(store: Store, lease: float = DEFAULT_LEASE, now: dt.datetime | None = None) -> int:
    """Mark ``died`` every run still "running" whose worker is gone: its process is no more
    (same machine) or its heartbeat is older than two leases. Returns how many."""
    r = schema.runs
    now = now or utcnow_naive()
    stale = now - dt.timedelta(seconds=2 * lease)
    with transaction(store) as conn:
        rows = conn.execute(select(r.c.id, r.c.worker, r.c.heartbeat_at, r.c.started_at)
                            .where(r.c.status == "running")).all()
        dead = [(rid, beat or started) for rid, worker, beat, started in rows
                if owner_gone(worker) or (beat or started) < stale]
        for rid, last in dead:
            conn.execute(r.update().where(r.c.id == rid, r.c.status == "running").values(
                status="died", finished_at=last))
    return len(dead)


def live_workers(store: Store, lease: float = DEFAULT_LEASE, *, besides: str | None = None) -> list[str]:
    """Workers with a running run and a fresh heartbeat (other than ``besides``)."""
    r = schema.runs
    fresh = utcnow_naive() - dt.timedelta(seconds=2 * lease)
    with store.engine.connect() as conn:
        rows = conn.execute(select(r.c.worker).where(r.c.status == "running", r.c.heartbeat_at >= fresh)).scalars()
        return sorted({w for w in rows if w and w != besides and not owner_gone(w)})


def sqlite_notice(store: Store, owner: str, lease: float = DEFAULT_LEASE) -> str | None:
    """On SQLite with another worker running: say plainly that SQLite serves one worker."""
    if store.dialect != "sqlite":
        return None
    others = live_workers(store, lease, besides=owner)
    if not others:
        return None
    return (f"another copydesk worker is using this SQLite store ({others[0]}): SQLite supports one "
            "worker at a time, and the two take turns - for several workers use one PostgreSQL "
            "store (--db postgresql+psycopg://...)")
