"""Where the store lives and how a connection is set up: the database URL from ``--db`` /
``COPYDESK_DB`` or the default file, SQLite's pragmas and write locking, and the one-line
reason of a database error."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from copydesk.errors import StoreError


def default_path() -> Path:
    return Path(platformdirs.user_data_dir("copydesk")) / "copydesk.db"


def resolve_url(url: str | None) -> str:
    """``None`` -> ``COPYDESK_DB`` or the default file; a path -> ``sqlite:///``; a URL as is."""
    if not url:
        url = os.environ.get("COPYDESK_DB") or None
    if not url:
        path = default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        return url
    path = Path(url).expanduser()
    if path.is_dir():
        raise StoreError(f"--db {url} is a folder - give a database file path")
    if not path.parent.exists():
        raise StoreError(f"--db {url}: folder {path.parent} does not exist - create it first")
    return f"sqlite:///{path.resolve()}"


def sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we send BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        read = conn.get_execution_options().get("copydesk_read")
        conn.exec_driver_sql("BEGIN" if read else "BEGIN IMMEDIATE")


def error_reason(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
