"""Many ``copydesk watch`` workers on one real PostgreSQL store (scripts/pg), against a
stub model server on 127.0.0.1: every entry claimed by exactly one worker, a ``kill -9``'d
worker's claims taken over by the others, no story stored or rewritten twice, none lost.
No hooks in the library: the test watches the database and the model server from outside.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, text

from copydesk.store import Store, resolve_url
from httpserver import LocalServer
from newsgen import rss, story
from stubmodel import StubModel

FEEDS = 6
PER_FEED = 20
CONCURRENCY = 4
DEADLINE = 150.0


def worker(db: str, stub: StubModel, tmp_path, *extra: str) -> subprocess.Popen:
    args = [sys.executable, "-m", "copydesk", "watch", "--db", db, "--engine", "openai",
            "--quiet", "--allow-private", "--every", "1s", "--jitter", "0", "--lease", "5",
            "--concurrency", str(CONCURRENCY), *extra]
    env = {**os.environ, "COPYDESK_BASE_URL": stub.url, "COPYDESK_MODEL": "stub-model",
           "COPYDESK_CONFIG": str(tmp_path / "none.toml"), "COPYDESK_RETRIES": "3"}
    return subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)


@pytest.fixture
def desk(pg_url, tmp_path):
    """6 feeds of 20 distinct stories each (full content in the feed), in a fresh schema."""
    root = tmp_path / "site"
    root.mkdir()
    titles = []
    for f in range(FEEDS):
        items = []
        for i in range(PER_FEED):
            s = story(f"workers-{f}-{i}")
            items.append((f"https://w{f}.example/news/{i}", s))
            titles.append(s.title)
        (root / f"feed{f}.xml").write_text(rss(f"Feed {f}", f"https://w{f}.example/", items), encoding="utf-8")
    with LocalServer({"/s/": root}) as site, StubModel(latency=0.1) as stub:
        with Store.open(pg_url) as store:
            for f in range(FEEDS):
                store.add_feed(site.url(f"/s/feed{f}.xml"))
        db = create_engine(resolve_url(pg_url))
        try:
            yield pg_url, db, stub, titles
        finally:
            db.dispose()


def scalar(db, sql: str, **params) -> int:
    with db.connect() as conn:
        return conn.execute(text(sql), params).scalar() or 0


def holder_of_claims(db, pids: list[int]) -> int | None:
    """A worker process that holds claimed, unfinished entries right now."""
    with db.connect() as conn:
        owners = conn.execute(text("SELECT DISTINCT lease_owner FROM entries WHERE status = 'pending' "
                                   "AND lease_owner IS NOT NULL")).scalars().all()
    held = {int(o.split(":")[1]) for o in owners}
    return next((p for p in pids if p in held), None)


def stop_all(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def test_three_workers_one_killed_mid_pass_all_done_none_doubled(desk, tmp_path):
    db_url, db, stub, titles = desk
    procs = [worker(db_url, stub, tmp_path) for _ in range(3)]
    started = time.monotonic()
    killed = None
    try:
        # kill -9 a worker that holds claims, once a quarter of the stories are stored
        while time.monotonic() - started < DEADLINE:
            assert all(p.poll() is None for p in procs), [p.stderr.read() for p in procs if p.poll() is not None]
            if scalar(db, "SELECT count(*) FROM rewrites") >= len(titles) // 4:
                pid = holder_of_claims(db, [p.pid for p in procs])
                if pid is not None:
                    killed = next(p for p in procs if p.pid == pid)
                    killed.send_signal(signal.SIGKILL)
                    killed.wait(timeout=10)
                    break
            time.sleep(0.02)
        assert killed is not None, "no worker held claims to kill"
        at_kill = scalar(db, "SELECT count(*) FROM rewrites")
        assert at_kill < len(titles), "the pass ended before the kill: nothing to take over"
        # the two others finish everything, the killed worker's claims included
        while time.monotonic() - started < DEADLINE:
            if scalar(db, "SELECT count(*) FROM entries WHERE status != 'done'") == 0 \
                    and scalar(db, "SELECT count(*) FROM entries") == len(titles):
                break
            time.sleep(0.1)
        # and a later pass of theirs marks the killed worker's run died
        while time.monotonic() - started < DEADLINE and scalar(
                db, f"SELECT count(*) FROM runs WHERE status = 'running' AND worker LIKE '%:{killed.pid}:%'"):
            time.sleep(0.1)
    finally:
        stop_all([p for p in procs if p is not killed])
    for p in procs:
        if p is not killed:
            assert p.returncode == 0, p.stderr.read()
            p.stderr.close()
    assert scalar(db, "SELECT count(*) FROM entries") == len(titles)
    assert scalar(db, "SELECT count(*) FROM entries WHERE status != 'done'") == 0
    assert scalar(db, "SELECT count(*) FROM articles") == len(titles)  # none lost
    assert scalar(db, "SELECT count(*) FROM rewrites") == len(titles)
    assert scalar(db, "SELECT count(*) FROM (SELECT article_id FROM rewrites GROUP BY article_id "
                      "HAVING count(*) > 1) d") == 0  # none stored twice
    with db.connect() as conn:
        stored = sorted(conn.execute(text("SELECT title FROM articles")).scalars())
    assert stored == sorted(titles)
    # Only what the killed worker had in flight went to the model a second time.
    assert stub.doubled() <= CONCURRENCY
    # Work was shared: every surviving worker stored rewrites.
    assert scalar(db, "SELECT count(DISTINCT worker) FROM runs WHERE rewrites > 0") >= 2
    # The killed worker's run is marked died by the others, not left running.
    killed_runs = f"SELECT count(*) FROM runs WHERE worker LIKE '%:{killed.pid}:%'"
    assert scalar(db, killed_runs) >= 1
    assert scalar(db, killed_runs + " AND status = 'died' AND finished_at IS NOT NULL") == scalar(db, killed_runs)
    assert scalar(db, "SELECT count(*) FROM runs WHERE status = 'running'") == 0
    # Tokens the server reported are stored with each rewrite, summed per run.
    assert scalar(db, "SELECT count(*) FROM rewrites WHERE prompt_tokens > 0 AND completion_tokens > 0 "
                      "AND model = 'stub-model'") == len(titles)
