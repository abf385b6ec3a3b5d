"""Named, ordered migrations. ``copydesk_migrations`` records which ones ran.

Each migration runs in its own transaction together with the row that records it,
so a crash leaves either both or neither. Add new ones at the end of ``MIGRATIONS``;
never rename or reorder one that has shipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, Engine, Table, inspect, select, text

from copydesk.store import schema

Migration = tuple[str, Callable[[Connection], None]]


def _initial(conn: Connection) -> None:
    schema.metadata.create_all(
        conn,
        tables=[
            schema.feeds,
            schema.articles,
            schema.article_sources,
            schema.article_bands,
            schema.entries,
            schema.rewrites,
            schema.runs,
        ],
    )


def _fulltext(conn: Connection) -> None:
    """SQLite: an FTS5 index over headline, summary and body (rowid = rewrite id)."""
    if conn.dialect.name != "sqlite":
        return
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS rewrites_fts "
        "USING fts5(headline, summary, body, tokenize='unicode61 remove_diacritics 2')"
    )
    conn.exec_driver_sql(
        "INSERT INTO rewrites_fts(rowid, headline, summary, body) "
        "SELECT id, headline, summary, body FROM rewrites"
    )


def _failure_reasons(conn: Connection) -> None:
    """entries.next_try_at: a failed entry is retried after a backoff, not on every pass.

    (A database made by ``0001_initial`` from today's schema already has the column.)
    """
    if "next_try_at" in {c["name"] for c in inspect(conn).get_columns("entries")}:
        return
    conn.execute(text("ALTER TABLE entries ADD COLUMN next_try_at TIMESTAMP"))


def _add_columns(conn: Connection, table: Table, names: list[str]) -> None:
    """Add the columns ``names`` of ``table`` (as schema.py declares them) that it lacks.

    A database created by 0001 after these columns were declared has them already."""
    have = {c["name"] for c in inspect(conn).get_columns(table.name)}
    for name in names:
        if name in have:
            continue
        column = table.c[name]
        kind = column.type.compile(dialect=conn.dialect)
        default = f" DEFAULT {column.server_default.arg}" if column.server_default is not None else ""
        null = "" if column.nullable else " NOT NULL"
        conn.exec_driver_sql(f"ALTER TABLE {table.name} ADD COLUMN {name} {kind}{default}{null}")


def _workers_and_usage(conn: Connection) -> None:
    """Leases (feeds, entries), worker heartbeats (runs), tokens (rewrites, runs)."""
    _add_columns(conn, schema.feeds, ["lease_owner", "lease_until"])
    _add_columns(conn, schema.entries, ["lease_owner", "lease_until"])
    _add_columns(conn, schema.rewrites, ["prompt_tokens", "completion_tokens", "model"])
    _add_columns(conn, schema.runs, ["prompt_tokens", "completion_tokens", "worker", "heartbeat_at"])


def _jobs(conn: Connection) -> None:
    schema.jobs.create(conn, checkfirst=True)


MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
    ("0002_rewrites_fulltext", _fulltext),
    ("0003_failure_reasons", _failure_reasons),
    ("0004_workers_and_usage", _workers_and_usage),
    ("0005_jobs", _jobs),
]


def applied(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(schema.migrations.c.name).order_by(schema.migrations.c.name)).scalars())


def migrate(engine: Engine) -> list[str]:
    """Run every migration not yet recorded, in order; return the names that ran."""
    schema.migrations.create(engine, checkfirst=True)
    ran: list[str] = []
    for name, step in MIGRATIONS:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # One migrator at a time; the lock ends with the transaction.
                conn.execute(text("SELECT pg_advisory_xact_lock(4242004)"))
            done = conn.execute(
                select(schema.migrations.c.name).where(schema.migrations.c.name == name)
            ).first()
            if done:
                continue
            step(conn)
            conn.execute(
                schema.migrations.insert().values(
                    name=name, applied_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)
                )
            )
        ran.append(name)
    return ran
