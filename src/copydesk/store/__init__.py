"""The store: feeds, stories, rewrites and runs, in SQLite (default) or PostgreSQL.

``Store.open()`` picks the database (``--db``/``COPYDESK_DB``, else ``copydesk.db`` in
the user data dir), connects and runs the migrations. SQLite runs in WAL mode, and every
write transaction starts with ``BEGIN IMMEDIATE`` so two processes queue instead of
failing. Every database error a user can hit becomes a ``StoreError``.

Crash safety rests on two rules, kept by ``newsroom``:

1. New feed entries are recorded as ``pending`` in the same transaction that saves the
   feed's new ETag/Last-Modified, so a crash either loses neither or refetches both.
2. A story, its sources, its LSH bands, its rewrite and its entry's ``done`` mark are
   written in one transaction, and ``rewrites`` is unique by (story, engine), so a
   re-run after a crash redoes unfinished work and never writes a rewrite twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    create_engine,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    NoSuchModuleError,
    SQLAlchemyError,
)

from copydesk.errors import BadOption, InputError, StoreError
from copydesk.model import Article, Feed, Rewrite, RunRecord, StoredRewrite
from copydesk.safety import clean_text
from copydesk.store import dedupe, failures, schema
from copydesk.store.connect import default_path, error_reason, resolve_url, sqlite_setup
from copydesk.store.dedupe import Fingerprint, fingerprint
from copydesk.store.failures import EntryStats, FailedEntry
from copydesk.store.migrations import migrate
from copydesk.store.queries import Q, chunks, feed_record, run_record, stored_record, usage_columns

__all__ = ["Store", "EntryStats", "FailedEntry", "Fingerprint", "fingerprint", "default_path", "resolve_url",
           "utcnow"]

BACKOFF_BASE = dt.timedelta(minutes=1)
BACKOFF_MAX = dt.timedelta(hours=24)
MAX_ENTRY_ATTEMPTS = 3


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _naive(value: dt.datetime | None) -> dt.datetime | None:
    """Aware -> naive UTC for the database (naive values are taken as UTC)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def backoff(error_count: int) -> dt.timedelta:
    """1 min, 2, 4, 8 ... after each failure in a row, at most a day."""
    return min(BACKOFF_BASE * (2 ** min(max(error_count - 1, 0), 20)), BACKOFF_MAX)


def _fts_query(query: str) -> str | None:
    """User words -> an FTS5 query that cannot be a syntax error: every word, quoted."""
    tokens = re.findall(r"\w+", query, re.UNICODE)
    return " ".join(f'"{t}"' for t in tokens) if tokens else None


def _like(query: str) -> str:
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass
class PendingEntry:
    """One feed entry waiting to be turned into a story."""

    id: int
    feed_id: int
    entry_key: str
    link: str | None
    payload: dict[str, Any]
    attempts: int


@dataclass
class Committed:
    """What ``commit_story`` did: ``new`` story (with ``rewrite_id``) or ``duplicate``."""

    outcome: str
    article_id: int
    rewrite_id: int | None


class Store:
    """The one way into the database. Open with ``Store.open()``; close when done."""

    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        resolved = resolve_url(url)
        shown = cls._shown(resolved)
        try:
            if resolved.startswith("sqlite"):
                engine = create_engine(resolved, connect_args={"timeout": 30})
                sqlite_setup(engine)
            else:
                engine = create_engine(resolved, pool_pre_ping=True)
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StoreError(
                f"cannot use database URL {shown} ({exc}) - give a file path, "
                "sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"
            ) from None
        except ImportError as exc:
            raise StoreError(
                f"the driver for {shown} is not installed ({exc.name}) - pip install 'copydesk[postgres]'"
            ) from None
        store = cls(engine, resolved)
        try:
            migrate(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(
                f"cannot open the database {shown}: {error_reason(exc)} - check --db / COPYDESK_DB"
            ) from None
        return store

    @staticmethod
    def _shown(url: str) -> str:
        try:
            return make_url(url).render_as_string(hide_password=True)
        except ArgumentError:
            return url

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                conn.execution_options(copydesk_read=True)
                yield conn
        except DBAPIError as exc:
            raise StoreError(f"database error on {self._shown(self.url)}: {error_reason(exc)} - try again") from None

    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as conn:
                yield conn
        except IntegrityError:
            raise
        except DBAPIError as exc:
            raise StoreError(f"database error on {self._shown(self.url)}: {error_reason(exc)} - try again") from None

    # --- feeds ------------------------------------------------------------------------

    def add_feed(self, url: str, name: str | None = None) -> Feed:
        url = (url or "").strip()
        if not re.match(r"^https?://[^/\s]+", url):
            raise BadOption(f"feed URL {url!r} is not an http(s) URL - give one like https://example.com/feed.xml")
        if re.search(r"[\x00-\x20\x7f-\x9f]", url):
            raise BadOption(f"feed URL {url!r} has spaces or control characters - give the URL alone, "
                            "with spaces written as %20")
        name = clean_text(name).strip() or None if name else None
        t = schema.feeds
        try:
            with self._write() as conn:
                new_id = conn.execute(
                    t.insert().values(url=url, name=name, added_at=_naive(utcnow()), error_count=0,
                                      entries_seen=0, articles_added=0).returning(t.c.id)
                ).scalar_one()
        except IntegrityError:
            existing = next((f for f in self.list_feeds() if f.url == url), None)
            where = f" as #{existing.id}" if existing else ""
            raise InputError(f"feed {url} is already added{where} - see copydesk feeds list") from None
        feed = self.get_feed(new_id)
        assert feed is not None
        return feed

    def get_feed(self, feed_id: int) -> Feed | None:
        with self._read() as conn:
            row = conn.execute(select(schema.feeds).where(schema.feeds.c.id == feed_id)).mappings().first()
        return feed_record(row) if row else None

    def list_feeds(self) -> list[Feed]:
        with self._read() as conn:
            rows = conn.execute(select(schema.feeds).order_by(schema.feeds.c.id)).mappings().all()
        return [feed_record(r) for r in rows]

    def remove_feed(self, feed_id: int) -> bool:
        with self._write() as conn:
            conn.execute(schema.entries.delete().where(schema.entries.c.feed_id == feed_id))
            return conn.execute(schema.feeds.delete().where(schema.feeds.c.id == feed_id)).rowcount > 0

    def due_feeds(self, now: dt.datetime | None = None, *, force: bool = False) -> list[Feed]:
        """Feeds to fetch now: all with ``force``, else those not backing off."""
        now = now or utcnow()
        return [f for f in self.list_feeds() if force or f.next_try_at is None or f.next_try_at <= now]

    def feed_fetched(
        self,
        feed_id: int,
        entries: Sequence[tuple[str, str | None, dict[str, Any]]],
        *,
        etag: str | None,
        last_modified: str | None,
        status: str = "ok",
        warning: str | None = None,
    ) -> int:
        """Record a fetched feed: its new entries as pending, and its validators, at once.

        ``entries`` holds (entry_key, link, payload); keys already seen for this feed are
        skipped. Returns how many were new.
        """
        t, f = schema.entries, schema.feeds
        now = _naive(utcnow())
        with self._write() as conn:
            keys = list(dict.fromkeys(k for k, _, _ in entries))
            seen: set[str] = set()
            for chunk in chunks(keys, 500):
                seen.update(conn.execute(
                    select(t.c.entry_key).where(t.c.feed_id == feed_id, t.c.entry_key.in_(chunk))
                ).scalars())
            rows, taken = [], set(seen)
            for key, link, payload in entries:
                if key in taken:
                    continue
                taken.add(key)
                rows.append({"feed_id": feed_id, "entry_key": key, "link": link,
                             "payload": json.dumps(payload, default=str), "status": "pending",
                             "attempts": 0, "seen_at": now})
            if rows:
                conn.execute(t.insert(), rows)
            conn.execute(f.update().where(f.c.id == feed_id).values(
                etag=etag, last_modified=last_modified, last_run_at=now, last_status=status,
                last_error=warning, error_count=0, next_try_at=None,
                entries_seen=f.c.entries_seen + len(rows),
            ))
        return len(rows)

    def feed_not_modified(self, feed_id: int) -> None:
        f = schema.feeds
        with self._write() as conn:
            conn.execute(f.update().where(f.c.id == feed_id).values(
                last_run_at=_naive(utcnow()), last_status="not modified", last_error=None,
                error_count=0, next_try_at=None,
            ))

    def feed_failed(self, feed_id: int, error: str, now: dt.datetime | None = None) -> dt.datetime:
        """Record a failed fetch; the feed is skipped until the returned time (backoff)."""
        f = schema.feeds
        now = now or utcnow()
        with self._write() as conn:
            count = conn.execute(select(f.c.error_count).where(f.c.id == feed_id)).scalar_one_or_none() or 0
            retry = now + backoff(count + 1)
            conn.execute(f.update().where(f.c.id == feed_id).values(
                last_run_at=_naive(now), last_status="error", last_error=error[:2000],
                error_count=count + 1, next_try_at=_naive(retry),
            ))
        return retry

    # --- the entry queue --------------------------------------------------------------

    def pending_entries(self, limit: int | None = None, now: dt.datetime | None = None) -> list[PendingEntry]:
        """Entries to work on now: pending, and not waiting out a backoff after a failure."""
        t = schema.entries
        query = select(t).where(t.c.status == "pending", or_(t.c.next_try_at.is_(None),
                                                             t.c.next_try_at <= _naive(now or utcnow()))).order_by(t.c.id)
        if limit:
            query = query.limit(limit)
        with self._read() as conn:
            rows = conn.execute(query).mappings().all()
        return [PendingEntry(r["id"], r["feed_id"], r["entry_key"], r["link"], json.loads(r["payload"]),
                             r["attempts"]) for r in rows]

    def entry_failed(self, entry_id: int, error: str, *, final: bool,
                     now: dt.datetime | None = None) -> dt.datetime | None:
        """One failed try at an entry, with its error. Unless ``final`` or out of attempts it
        stays pending and is tried again after a backoff: returns that time. Else it is
        marked failed and None is returned."""
        t = schema.entries
        now = now or utcnow()
        with self._write() as conn:
            attempts = (conn.execute(select(t.c.attempts).where(t.c.id == entry_id)).scalar_one_or_none() or 0) + 1
            failed = final or attempts >= MAX_ENTRY_ATTEMPTS
            retry = None if failed else now + failures.entry_backoff(attempts)
            conn.execute(t.update().where(t.c.id == entry_id).values(
                attempts=attempts, error=error[:2000], status="failed" if failed else "pending",
                done_at=_naive(now) if failed else None, next_try_at=_naive(retry),
            ))
        return retry

    def failed_entries(self, limit: int | None = None, *, feed_id: int | None = None) -> list[FailedEntry]:
        """Entries whose last try failed (retrying or given up), with why; newest first."""
        with self._read() as conn:
            return failures.failed_entries(conn, limit=limit, feed_id=feed_id)

    def entry_stats(self) -> dict[int, EntryStats]:
        """Each feed's entries: pending, retrying, failed, done, newest error, next retry."""
        with self._read() as conn:
            return failures.entry_stats(conn)

    def entry_counts(self) -> dict[str, int]:
        t = schema.entries
        with self._read() as conn:
            rows = conn.execute(select(t.c.status, func.count()).group_by(t.c.status)).all()
        return {status: n for status, n in rows}

    # --- stories and rewrites ---------------------------------------------------------

    def find_story(self, fp: Fingerprint) -> tuple[int, str] | None:
        """The id of the story ``fp`` is already in, and why (url, hash, near), or None.

        Remembers, in ``fp``, how far the store had got; ``commit_story`` then skips the
        lookups again if nothing was stored since (the unique constraints still hold).
        """
        with self._read() as conn:
            mark = self._mark(conn)
            found = self._find(conn, fp)
        fp.checked_at = None if found else mark
        return found

    @staticmethod
    def _mark(conn: Connection) -> tuple[int, int]:
        row = conn.execute(Q.mark).one()
        return (row[0] or 0, row[1] or 0)

    def _find(self, conn: Connection, fp: Fingerprint) -> tuple[int, str] | None:
        if fp.canonical_url:
            hit = conn.execute(Q.by_url, {"cu": fp.canonical_url}).scalar()
            if hit is not None:
                return hit, "url"
        hit = conn.execute(Q.by_hash, {"h": fp.content_hash}).scalar()
        if hit is not None:
            return hit, "hash"
        if not fp.bands:
            return None
        candidates = conn.execute(Q.by_bands, {"keys": [key for _, key in fp.bands]}).scalars().all()
        best: tuple[float, int] | None = None
        for chunk in chunks(list(candidates), 500):
            for art_id, blob in conn.execute(Q.minhashes, {"ids": chunk}):
                if blob is None:
                    continue
                score = dedupe.similarity(fp.minhash, bytes(blob))
                if score >= dedupe.THRESHOLD and (best is None or score > best[0]):
                    best = (score, art_id)
        return (best[1], "near") if best else None

    def commit_story(
        self,
        article: Article,
        fp: Fingerprint,
        rewrite: Rewrite | None,
        *,
        feed_id: int | None = None,
        entry_id: int | None = None,
    ) -> Committed:
        """Store a story in one transaction, or add its URL to the story it duplicates.

        With ``entry_id`` the entry is marked done in the same transaction. A rewrite
        is written only if the story has none from that engine yet. Races with another
        process end in a unique-constraint error; the transaction is then retried and
        finds the other's story.
        """
        for attempt in range(3):
            try:
                with self._write() as conn:
                    return self._commit(conn, article, fp, rewrite, feed_id, entry_id)
            except IntegrityError:
                fp.checked_at = None  # look everything up again: another writer got there first
                if attempt == 2:
                    raise StoreError("could not store a story: it kept colliding with another writer - try again") from None
        raise AssertionError("unreachable")

    def _commit(self, conn: Connection, article: Article, fp: Fingerprint, rewrite: Rewrite | None,
                feed_id: int | None, entry_id: int | None) -> Committed:
        now = _naive(utcnow())
        unchanged = fp.checked_at is not None and self._mark(conn) == fp.checked_at
        found = None if unchanged else self._find(conn, fp)
        source = {"article_id": None, "url": fp.url, "canonical_url": fp.canonical_url, "feed_id": feed_id,
                  "added_at": now}
        if found:
            article_id, outcome = found[0], "duplicate"
            if fp.canonical_url and conn.execute(Q.source_id, {"cu": fp.canonical_url}).scalar() is None:
                conn.execute(Q.insert_source, source | {"article_id": article_id})
        else:
            outcome = "new"
            article_id = conn.execute(Q.insert_article, {
                "canonical_url": fp.canonical_url, "content_hash": fp.content_hash, "title": article.title,
                "article_json": json.dumps(article.to_dict()), "minhash": dedupe.to_bytes(fp.minhash),
                "feed_id": feed_id, "first_seen_at": now,
            }).scalar_one()
            if fp.canonical_url:
                conn.execute(Q.insert_source, source | {"article_id": article_id})
            conn.execute(Q.insert_bands, [{"band": band, "key": key, "article_id": article_id}
                                           for band, key in fp.bands])
            if feed_id is not None:
                conn.execute(Q.feed_added, {"fid": feed_id})
        rewrite_id = None
        if rewrite is not None:
            if outcome == "duplicate":
                rewrite_id = conn.execute(Q.rewrite_id, {"aid": article_id, "eng": rewrite.engine}).scalar()
            if rewrite_id is None:
                rewrite_id = self._insert_rewrite(conn, article_id, rewrite, feed_id)
                if outcome == "duplicate":
                    outcome = "new rewrite"
        if entry_id is not None:
            conn.execute(Q.entry_done, {"eid": entry_id, "aid": article_id, "now": now})
        return Committed(outcome, article_id, rewrite_id)

    def _insert_rewrite(self, conn: Connection, article_id: int, rewrite: Rewrite, feed_id: int | None) -> int:
        data = rewrite.to_dict()
        body = "\n\n".join(rewrite.body_paragraphs)
        rewrite_id = conn.execute(Q.insert_rewrite, {
            "article_id": article_id, "engine": rewrite.engine, "options": json.dumps(rewrite.options, default=str),
            "output": json.dumps(data), "check_report": json.dumps(data["check"]), "check_ok": int(rewrite.check.ok),
            "headline": rewrite.headline, "summary": rewrite.summary_text, "body": body, "feed_id": feed_id,
            "created_at": _naive(rewrite.created_at), **usage_columns(rewrite),
        }).scalar_one()
        if self.dialect == "sqlite":
            conn.exec_driver_sql(
                "INSERT INTO rewrites_fts(rowid, headline, summary, body) VALUES (?, ?, ?, ?)",
                (rewrite_id, rewrite.headline, rewrite.summary_text, body),
            )
        return rewrite_id

    def save_rewrite(self, rewrite: Rewrite, *, feed_id: int | None = None) -> int:
        """Store ``rewrite`` and its article (deduped); return the rewrite's id.

        If the article is a story already stored with a rewrite from the same engine,
        nothing new is written and that rewrite's id is returned.
        """
        fp = fingerprint(rewrite.article.text, rewrite.article.url)
        done = self.commit_story(rewrite.article, fp, rewrite, feed_id=feed_id)
        assert done.rewrite_id is not None
        return done.rewrite_id

    def _filtered(self, query: str | None, since: dt.datetime | None):
        r = schema.rewrites
        stmt = select(r)
        if since is not None:
            stmt = stmt.where(r.c.created_at >= _naive(since))
        if query is not None and query.strip():
            if self.dialect == "sqlite":
                match = _fts_query(query)
                if match is None:
                    return None
                fts = select(literal_column("rowid")).select_from(table("rewrites_fts")).where(
                    text("rewrites_fts MATCH :match").bindparams(match=match)
                )
                stmt = stmt.where(r.c.id.in_(fts))
            else:
                words = re.findall(r"\w+", query, re.UNICODE)
                if not words:
                    return None
                for word in words:  # every word, in any part (as FTS5 does on SQLite)
                    pattern = _like(word)
                    stmt = stmt.where(or_(r.c.headline.ilike(pattern, escape="\\"),
                                          r.c.summary.ilike(pattern, escape="\\"),
                                          r.c.body.ilike(pattern, escape="\\")))
        return stmt

    def list_rewrites(
        self,
        *,
        limit: int | None = 20,
        offset: int = 0,
        query: str | None = None,
        since: dt.datetime | None = None,
        oldest_first: bool = False,
    ) -> list[StoredRewrite]:
        r = schema.rewrites
        stmt = self._filtered(query, since)
        if stmt is None:
            return []
        order = (r.c.created_at.asc(), r.c.id.asc()) if oldest_first else (r.c.created_at.desc(), r.c.id.desc())
        stmt = stmt.order_by(*order).offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._read() as conn:
            rows = conn.execute(stmt).mappings().all()
            sources = self._sources(conn, [row["article_id"] for row in rows])
        return [stored_record(row, sources.get(row["article_id"], [])) for row in rows]

    def count_rewrites(self, query: str | None = None, since: dt.datetime | None = None) -> int:
        stmt = self._filtered(query, since)
        if stmt is None:
            return 0
        with self._read() as conn:
            return conn.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()

    def get_rewrite(self, rewrite_id: int) -> StoredRewrite | None:
        r = schema.rewrites
        with self._read() as conn:
            row = conn.execute(select(r).where(r.c.id == rewrite_id)).mappings().first()
            if row is None:
                return None
            sources = self._sources(conn, [row["article_id"]])
        return stored_record(row, sources.get(row["article_id"], []))

    def _sources(self, conn: Connection, article_ids: list[int]) -> dict[int, list[str]]:
        s = schema.article_sources
        out: dict[int, list[str]] = {}
        for chunk in chunks(sorted(set(article_ids)), 500):
            for art_id, url in conn.execute(
                select(s.c.article_id, s.c.url).where(s.c.article_id.in_(chunk)).order_by(s.c.id)
            ):
                out.setdefault(art_id, []).append(url)
        return out

    def counts(self) -> dict[str, int]:
        """Row counts: feeds, articles, sources, rewrites, entries, runs."""
        names = {"feeds": schema.feeds, "articles": schema.articles, "sources": schema.article_sources,
                 "rewrites": schema.rewrites, "entries": schema.entries, "runs": schema.runs}
        with self._read() as conn:
            return {k: conn.execute(select(func.count()).select_from(t)).scalar_one() for k, t in names.items()}

    # --- runs -------------------------------------------------------------------------

    def start_run(self, worker: str | None = None) -> int:
        t = schema.runs
        now = _naive(utcnow())
        with self._write() as conn:
            return conn.execute(t.insert().values(started_at=now, status="running", errors="[]",
                                                  worker=worker, heartbeat_at=now)
                                .returning(t.c.id)).scalar_one()

    def finish_run(self, run_id: int, record: RunRecord) -> None:
        t = schema.runs
        with self._write() as conn:
            conn.execute(t.update().where(t.c.id == run_id).values(
                finished_at=_naive(record.finished_at or utcnow()), status=record.status, feeds=record.feeds,
                feeds_failed=record.feeds_failed, feeds_not_modified=record.feeds_not_modified,
                entries_new=record.entries_new, articles_new=record.articles_new,
                duplicates=record.duplicates, rewrites=record.rewrites,
                entries_failed=record.entries_failed, errors=json.dumps(record.errors[:200]),
                prompt_tokens=record.prompt_tokens, completion_tokens=record.completion_tokens,
            ))

    def runs(self, limit: int = 20) -> list[RunRecord]:
        t = schema.runs
        with self._read() as conn:
            rows = conn.execute(select(t).order_by(t.c.id.desc()).limit(limit)).mappings().all()
        return [run_record(r) for r in rows]
