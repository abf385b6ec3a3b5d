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
            "--quiet", "--allow-private", "--every", "1s", "--jitter", "0", "--lease", "30",
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
            items.append((f"http://127.0.0.1/w{f}/news/{i}", s))
            titles.append(s.title)
        (root / f"feed{f}.xml").write_text(rss(f"Feed {f}", f"http://127.0.0.1/w{f}/", items), encoding="utf-8")
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


def claims(db) -> dict[int, set[int]]:
    """The unfinished entries each worker process holds right now, by pid."""
    with db.connect() as conn:
        rows = conn.execute(text("SELECT lease_owner, id FROM entries WHERE status = 'pending' "
                                 "AND lease_owner IS NOT NULL")).all()
    held: dict[int, set[int]] = {}
    for owner, entry_id in rows:
        held.setdefault(int(owner.split(":")[1]), set()).add(entry_id)
    return held


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
                held = claims(db)
                victim = next((p for p in procs if held.get(p.pid)), None)
                if victim is not None:
                    # freeze it first, so what it holds can be read before it dies and others take it
                    victim.send_signal(signal.SIGSTOP)
                    time.sleep(0.2)
                    held_at_kill = claims(db).get(victim.pid, set())
                    victim.send_signal(signal.SIGKILL)
                    victim.wait(timeout=10)
                    killed = victim
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
    # Only what the killed worker had asked for and not stored yet went to the model a second
    # time: its N requests in flight, plus the one queued behind them (results are stored in order).
    # Only entries the killed worker held were asked of the model a second time (those it had
    # already sent); every other worker's claims held to the end.
    assert 0 < len(held_at_kill) and stub.doubled() <= len(held_at_kill), (stub.doubled(), held_at_kill)
    # Work was shared: every surviving worker stored rewrites.
    assert scalar(db, "SELECT count(DISTINCT worker) FROM runs WHERE rewrites > 0") >= 2
    # The killed worker's run is marked died by the others, not left running.
    with db.connect() as conn:
        last = conn.execute(text(f"SELECT status, finished_at FROM runs WHERE worker LIKE '%:{killed.pid}:%' "
                                 "ORDER BY id DESC LIMIT 1")).one()
    assert last[0] == "died" and last[1] is not None
    assert scalar(db, "SELECT count(*) FROM runs WHERE status = 'running'") == 0
    # Tokens the server reported are stored with each rewrite, summed per run.
    assert scalar(db, "SELECT count(*) FROM rewrites WHERE prompt_tokens > 0 AND completion_tokens > 0 "
                      "AND model = 'stub-model'") == len(titles)
