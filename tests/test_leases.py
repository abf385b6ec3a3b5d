"""Claims and leases on the real stores: two workers never hold the same feed or entry;
a lease that runs out, or whose owner process is gone, frees the work; a run whose worker
died is marked ``died``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from copydesk.store import Store, leases, schema


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path):
    url = str(tmp_path / "leases.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with Store.open(url) as s:
        feed = s.add_feed("http://127.0.0.1/feed.xml")
        s.add_feed("http://127.0.0.1/other.xml")
        s.feed_fetched(feed.id, [(f"id:{i}", f"http://127.0.0.1/{i}", {"entry": {}}) for i in range(10)],
                       etag=None, last_modified=None)
        yield s


def dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    return int(proc.stdout)


def test_two_workers_claim_disjoint_entries_and_feeds(store):
    a, b = leases.Worker(store, 60, "hostA:1:a"), leases.Worker(store, 60, "hostB:2:b")
    first, second = a.claim_entries(4), b.claim_entries(100)
    assert [e.id for e in first] == sorted(e.id for e in first) and len(first) == 4
    assert len(second) == 6 and not {e.id for e in first} & {e.id for e in second}
    assert a.claim_entries(10) == []  # nothing left unclaimed
    feeds = a.claim_feeds()
    assert len(feeds) == 2 and b.claim_feeds() == [] and b.claim_feeds(force=True) == []
    a.release_feed(feeds[0].id)
    assert [f.id for f in b.claim_feeds()] == [feeds[0].id]
    b.stop()  # a clean stop gives its claims back at once
    assert {e.id for e in a.claim_entries(100)} == {e.id for e in second}


def test_a_lease_from_another_machine_frees_its_work_when_it_runs_out(store):
    away = leases.Worker(store, 1.0, "elsewhere:77:x")
    held = away.claim_entries(3)
    here = leases.Worker(store, 60)
    assert {e.id for e in here.claim_entries(100)}.isdisjoint({e.id for e in held})
    time.sleep(1.1)
    assert {e.id for e in here.claim_entries(100)} == {e.id for e in held}


def test_a_renewed_lease_holds(store):
    slow = leases.Worker(store, 1.0, "elsewhere:78:y")
    held = slow.claim_entries(2)
    for _ in range(3):
        time.sleep(0.5)
        slow.renew()
    taken = leases.Worker(store, 60).claim_entries(100)
    assert len(taken) == 8 and {e.id for e in held}.isdisjoint(e.id for e in taken)


def test_the_claims_of_a_dead_process_on_this_machine_are_free_at_once(store):
    gone = leases.Worker(store, 3600, f"{leases.HOST}:{dead_pid()}:dead")
    held = gone.claim_entries(5)
    taken = leases.Worker(store, 60).claim_entries(100)
    assert {e.id for e in held} <= {e.id for e in taken}


def test_runs_of_dead_or_silent_workers_are_marked_died(store):
    dead = store.start_run(f"{leases.HOST}:{dead_pid()}:dead")
    silent = store.start_run("elsewhere:5:z")
    alive = store.start_run(leases.worker_id())
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert leases.mark_dead_runs(store, 60, now=now) == 1  # the silent one still has time
    with store.engine.begin() as conn:  # the live worker's heartbeat thread keeps beating
        conn.execute(schema.runs.update().where(schema.runs.c.id == alive)
                     .values(heartbeat_at=now + dt.timedelta(seconds=100)))
    assert leases.mark_dead_runs(store, 60, now=now + dt.timedelta(seconds=121)) == 1
    status = {r.id: r.status for r in store.runs()}
    assert status[dead] == "died" and status[silent] == "died" and status[alive] == "running"
    assert all(r.finished_at is not None for r in store.runs() if r.status == "died")


def test_old_databases_get_the_new_columns(tmp_path):
    """A store made before migration 0004 (no lease or token columns) is upgraded in place."""
    import sqlite3

    db = tmp_path / "old.db"
    with Store.open(str(db)):
        pass
    with sqlite3.connect(db) as conn:  # make it look like a 0002 database
        for table, cols in (("entries", ["lease_owner", "lease_until"]), ("feeds", ["lease_owner", "lease_until"]),
                            ("rewrites", ["prompt_tokens", "completion_tokens", "model"]),
                            ("runs", ["prompt_tokens", "completion_tokens", "worker", "heartbeat_at"])):
            for col in cols:
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {col}")
        conn.execute("DROP TABLE jobs")
        conn.execute("DELETE FROM copydesk_migrations WHERE name >= '0004'")
    with Store.open(str(db)) as store:
        run = store.start_run("h:1:x")
        with store.engine.connect() as conn:
            assert conn.execute(select(schema.runs.c.worker).where(schema.runs.c.id == run)).scalar() == "h:1:x"
            assert conn.execute(select(schema.jobs.c.id)).all() == []


def test_a_feed_another_worker_just_fetched_is_not_fetched_again_within_fresh(store):
    a, b = leases.Worker(store, 60, "hostA:1:a"), leases.Worker(store, 60, "hostB:2:b")
    feeds = a.claim_feeds()
    for feed in feeds:
        store.feed_not_modified(feed.id)  # fetched just now
        a.release_feed(feed.id)
    assert b.claim_feeds(fresh=60) == []
    assert len(b.claim_feeds()) == len(feeds)  # `copydesk run` (no fresh) fetches them anyway


def test_an_entry_waiting_out_its_backoff_is_not_claimed(store):
    worker = leases.Worker(store, 60)
    first = worker.claim_entries(1)[0]
    assert store.entry_failed(first.id, "page timed out", final=False) is not None  # retried later
    worker.stop()  # nobody holds it any more
    claimed = {e.id for e in leases.Worker(store, 60, "hostC:3:c").claim_entries(100)}
    assert len(claimed) == 9 and first.id not in claimed
