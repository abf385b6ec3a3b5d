"""The store's tables, in SQLAlchemy Core. Migrations (``migrations.py``) create them.

    feeds            the feeds the user follows, with conditional-GET and backoff state
    entries          every feed entry ever seen: the work queue (pending -> done / failed),
                     with the error of its last try and, after a failure, its next try time
    articles         one row per story: unique by canonical URL and by content hash
    article_sources  every URL a story was seen under (syndication), unique by canonical URL
    article_bands    MinHash LSH band keys of each story, for near-duplicate lookups
    rewrites         one rewrite per story and engine: output JSON, check report, options
    runs             one row per pass: start, end, counts, errors

Times are stored as naive UTC and handed out as aware UTC.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

Id = BigInteger().with_variant(Integer, "sqlite")

migrations = Table(
    "copydesk_migrations",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime, nullable=False),
)

feeds = Table(
    "feeds",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("added_at", DateTime, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_run_at", DateTime),
    Column("last_status", String(40)),
    Column("last_error", Text),
    Column("error_count", Integer, nullable=False, default=0),
    Column("next_try_at", DateTime),
    Column("entries_seen", Integer, nullable=False, default=0),
    Column("articles_added", Integer, nullable=False, default=0),
)

articles = Table(
    "articles",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("canonical_url", Text, unique=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("article_json", Text, nullable=False),
    Column("minhash", LargeBinary),
    Column("feed_id", Id, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("first_seen_at", DateTime, nullable=False),
)

article_sources = Table(
    "article_sources",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("article_id", Id, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("url", Text, nullable=False),
    Column("canonical_url", Text, nullable=False, unique=True),
    Column("feed_id", Id, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("added_at", DateTime, nullable=False),
    Index("ix_article_sources_article", "article_id"),
)

article_bands = Table(
    "article_bands",
    metadata,
    Column("band", Integer, nullable=False),
    Column("key", BigInteger, nullable=False),
    Column("article_id", Id, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Index("ix_article_bands_key", "key"),
)

entries = Table(
    "entries",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("feed_id", Id, ForeignKey("feeds.id", ondelete="CASCADE"), nullable=False),
    Column("entry_key", Text, nullable=False),
    Column("link", Text),
    Column("payload", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("error", Text),
    Column("article_id", Id, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("seen_at", DateTime, nullable=False),
    Column("done_at", DateTime),
    Column("next_try_at", DateTime),  # a failed entry waits until then (0003_failure_reasons)
    UniqueConstraint("feed_id", "entry_key", name="uq_entries_feed_key"),
    Index("ix_entries_status", "status"),
)

rewrites = Table(
    "rewrites",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("article_id", Id, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("engine", String(100), nullable=False),
    Column("options", Text, nullable=False),
    Column("output", Text, nullable=False),
    Column("check_report", Text, nullable=False),
    Column("check_ok", Integer, nullable=False),
    Column("headline", Text, nullable=False),
    Column("summary", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("feed_id", Id, ForeignKey("feeds.id", ondelete="SET NULL")),
    Column("created_at", DateTime, nullable=False),
    UniqueConstraint("article_id", "engine", name="uq_rewrites_article_engine"),
    Index("ix_rewrites_created", "created_at"),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("status", String(20), nullable=False),
    Column("feeds", Integer, nullable=False, default=0),
    Column("feeds_failed", Integer, nullable=False, default=0),
    Column("feeds_not_modified", Integer, nullable=False, default=0),
    Column("entries_new", Integer, nullable=False, default=0),
    Column("articles_new", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("rewrites", Integer, nullable=False, default=0),
    Column("entries_failed", Integer, nullable=False, default=0),
    Column("errors", Text, nullable=False, default="[]"),
)

# --- many workers on one store, and cost accounting (issue 12; migrations 0004, 0005) -----
#
#   feeds.lease_owner/lease_until      the worker fetching the feed now, and until when
#   entries.lease_owner/lease_until    the worker rewriting the entry now, and until when
#   rewrites.prompt_tokens/...         what the model server reported for the rewrite
#   runs.worker/heartbeat_at           who runs the pass; a stale heartbeat means it died
#   jobs                               web rewrite jobs, run by any worker

for _table in (feeds, entries):
    _table.append_column(Column("lease_owner", String(200)))
    _table.append_column(Column("lease_until", DateTime))
rewrites.append_column(Column("prompt_tokens", Integer))
rewrites.append_column(Column("completion_tokens", Integer))
rewrites.append_column(Column("model", Text))
runs.append_column(Column("prompt_tokens", Integer, nullable=False, default=0, server_default="0"))
runs.append_column(Column("completion_tokens", Integer, nullable=False, default=0, server_default="0"))
runs.append_column(Column("worker", String(200)))
runs.append_column(Column("heartbeat_at", DateTime))

jobs = Table(
    "jobs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("engine", String(100), nullable=False),
    Column("source", Text, nullable=False),
    Column("fetches", Integer, nullable=False, default=0),
    Column("input", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("stage", String(20), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("started_at", DateTime),
    Column("finished_at", DateTime),
    Column("rewrite_id", Id),
    Column("headline", Text),
    Column("error", Text),
    Column("error_type", String(100)),
    Column("attempts", Integer, nullable=False, default=0),
    Column("lease_owner", String(200)),
    Column("lease_until", DateTime),
    Index("ix_jobs_status", "status", "created_at"),
)
