"""Shared fixtures. ``shared_data`` points at ../shared/data and skips when it is absent.

Every test runs hermetically (``hermetic``, autouse): HOME and the XDG config, data and
cache dirs point at temporary folders, and no ``COPYDESK_*`` or ``OPENAI_API_KEY`` setting
of the developer's shell reaches it, in-process or in the subprocesses it starts.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

#: Settings a developer's shell may hold that would change what copydesk does.
SECRETS = ("OPENAI_API_KEY",)


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory) -> Path:
    """One cache dir for the whole run: the gazetteer's pickles (about 10 s to build) and the
    joined model file are made once per run, not per test, and never in ~/.cache."""
    return tmp_path_factory.mktemp("xdg-cache")


@pytest.fixture(autouse=True)
def hermetic(monkeypatch, tmp_path_factory, shared_cache):
    """Config, data and home in fresh temporary folders; the cache in the run's shared one;
    no COPYDESK_* or OPENAI_API_KEY from the environment. Tests set what they need."""
    home = tmp_path_factory.mktemp("home")
    for var in [v for v in os.environ if v.startswith("COPYDESK_") or v in SECRETS]:
        if var == "COPYDESK_TEST_PG_URL":
            continue  # where the throw-away PostgreSQL server is (scripts/pg), not a setting
        monkeypatch.delenv(var)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(shared_cache))
    return home


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not (DATA / "news_dev.jsonl").exists():
        pytest.skip(f"reference data not found at {DATA} (the ../shared/data folder beside the repo)")
    return DATA


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SHARED / "seed" / "000_cd67989d856edafc.txt"
    if not path.exists():
        pytest.skip(f"seed output not found at {path}")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def http_server():
    """A real HTTP server on 127.0.0.1 (tests/httpserver.py): /fixtures/ serves tests/fixtures,
    /shared/feeds/ and /shared/extraction/ serve ../shared/data (when present)."""
    from httpserver import LocalServer

    mounts = {"/fixtures/": FIXTURES}
    if (DATA / "feeds").is_dir():
        mounts["/shared/feeds/"] = DATA / "feeds"
    if (DATA / "extraction_dev" / "html").is_dir():
        mounts["/shared/extraction/"] = DATA / "extraction_dev" / "html"
    with LocalServer(mounts) as server:
        yield server


@pytest.fixture
def site(tmp_path):
    """A real HTTP server on 127.0.0.1 serving ``site.root`` (an empty folder) under /s/."""
    from httpserver import LocalServer

    root = tmp_path / "site"
    root.mkdir()
    with LocalServer({"/s/": root}) as server:
        server.root = root
        yield server


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def app(tmp_path):
    """The web desk's ASGI app on a fresh SQLite file (tests/serverkit.py)."""
    from serverkit import make_app

    return make_app(tmp_path)


@pytest.fixture
def pg_url():
    """A URL of the real PostgreSQL server (COPYDESK_TEST_PG_URL) in a fresh, empty schema.

    Skips when no server is configured; the schema is dropped afterwards.
    """
    import os
    import uuid
    from urllib.parse import quote

    from sqlalchemy import text

    from copydesk.store import Store

    url = os.environ.get("COPYDESK_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL not configured: set COPYDESK_TEST_PG_URL (eval \"$(scripts/pg start)\")")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = Store.open(url)
    with admin.engine.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{url}{'&' if '?' in url else '?'}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.close()


@pytest.fixture(scope="session")
def drafted():
    """The extractive draft of a text: ``drafted(text)`` -> (document, draft)."""
    from copydesk.desk import prepare
    from copydesk.engines.extractive import ExtractiveEngine
    from copydesk.model import Article

    engine = ExtractiveEngine()

    def draft(text: str):
        doc = prepare(Article(text=text))
        return doc, engine.draft(doc, summary_sentences=3)

    return draft
