"""Crash safety and clean shutdown, proven on the real command in a subprocess.

``copydesk run`` / ``copydesk watch`` read feeds from a real local HTTP server into a real
SQLite file and are killed with SIGKILL at many different points: while starting, while
fetching feeds, and after N rewrites are in the database (plus a random few ms, so the kill
lands anywhere in the next entry: fetching, rewriting, or committing). After a final run,
every entry must be done, every story stored once, with exactly one rewrite.
No hooks in the library: the test only watches the database from outside.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from copydesk.store import Store
from httpserver import LocalServer
from newsgen import rss, story

FEEDS = 4
PER_FEED = 36
STORIES = FEEDS * PER_FEED  # plus 4 syndicated copies of stories of the first feed


def count(db: Path, sql: str) -> int:
    """A read from outside the process under test; 0 while the tables do not exist yet."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    except sqlite3.OperationalError:
        return 0
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "copydesk", *args, "--db", str(db), "--quiet", "--allow-private"]


@pytest.fixture
def newsroom(tmp_path):
    """4 feeds of 12 stories; the last also carries 4 copies of stories from the first,
    2 word for word under other URLs and 2 as wire copies (a dateline and a credit
    added): 148 entries, 144 stories. One feed answers slowly, to widen the fetch window."""
    root = tmp_path / "site"
    root.mkdir()
    expected_titles = []  # one per story (two stories may share a title)
    links = []
    bodies = {}
    for f in range(FEEDS):
        items = []
        for i in range(PER_FEED):
            s = story(f"kill-{f}-{i}")
            items.append((f"http://127.0.0.1/feed{f}/news/{i}", s))
            expected_titles.append(s.title)
        if f == FEEDS - 1:
            for i in range(4):
                copy = story(f"kill-0-{i}")
                if i >= 2:
                    copy.paragraphs = [f"{copy.place.split(',')[0].upper()} (Wire) - {copy.paragraphs[0]}",
                                       *copy.paragraphs[1:], "Reporting by Wire staff."]
                items.append((f"http://127.0.0.1/wire/{i}", copy))
        links += [url for url, _ in items]
        bodies[f] = rss(f"Feed {f}", f"http://127.0.0.1/feed{f}/", items)
        (root / f"feed{f}.xml").write_text(bodies[f], encoding="utf-8")

    def slow(request):
        time.sleep(0.4)
        request.send(200, bodies[0].encode("utf-8"), {"Content-Type": "application/rss+xml"})

    with LocalServer({"/s/": root}) as server:
        server.route("/slow.xml", slow)
        db = tmp_path / "kill.db"
        with Store.open(str(db)) as store:
            store.add_feed(server.url("/slow.xml"), "slow")
            for f in range(1, FEEDS):
                store.add_feed(server.url(f"/s/feed{f}.xml?cond=1"))
        yield db, server, expected_titles, links


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (from /proc): the rewrite workers of a pass."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def gone(pids: list[int], timeout: float = 10.0) -> bool:
    """Whether every one of ``pids`` has exited (zombies count as exited)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive:
            return True
        time.sleep(0.1)
    return False


def kill_at(proc: subprocess.Popen, db: Path, until, rng: random.Random, *, jitter: float = 0.04,
            deadline: float = 90.0) -> tuple[int, int] | None:
    """SIGKILL ``proc`` once ``until()`` is true, plus a random 0-``jitter`` s.

    Returns (rewrites, entries) in the database at the kill, or None if it ended first."""
    started = time.monotonic()
    while proc.poll() is None and not until() and time.monotonic() - started < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0, jitter))
    if proc.poll() is not None:
        return None
    workers = children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    # Worker processes notice their parent is gone and exit: nothing is left running.
    assert gone(workers), f"worker processes {workers} outlived the killed pass"
    return (count(db, "SELECT count(*) FROM rewrites"), count(db, "SELECT count(*) FROM entries"))


def check_complete(db: Path, expected_titles: list[str], links: list[str]) -> None:
    assert count(db, "SELECT count(*) FROM entries WHERE status != 'done'") == 0
    assert count(db, "SELECT count(*) FROM entries") == len(links)
    assert count(db, "SELECT count(*) FROM articles") == len(expected_titles)
    assert count(db, "SELECT count(*) FROM rewrites") == len(expected_titles)
    assert count(db, "SELECT count(*) FROM (SELECT article_id FROM rewrites GROUP BY article_id HAVING count(*) > 1)") == 0
    assert count(db, "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM rewrites)") == 0
    assert count(db, "SELECT count(*) FROM rewrites_fts") == len(expected_titles)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        titles = [t for (t,) in conn.execute("SELECT title FROM articles")]
        sources = {u for (u,) in conn.execute("SELECT url FROM article_sources")}
    assert sorted(titles) == sorted(expected_titles)  # every story once, none lost
    assert sources == set(links)  # every URL it came under, syndicated copies included


@pytest.mark.timeout(900)  # dozens of killed and restarted passes: 3 min on a busy 2-core machine
def test_sigkill_at_many_points_loses_nothing_and_writes_nothing_twice(newsroom):
    db, server, expected_titles, links = newsroom
    rng = random.Random(4)

    def after(seconds: float):
        start = time.monotonic()
        return lambda: time.monotonic() - start >= seconds

    def fetching():  # the slow feed has been asked for: the pass is in its fetch stage
        before = sum(1 for path, _ in server.requests if path == "/slow.xml")
        return lambda: sum(1 for path, _ in server.requests if path == "/slow.xml") > before

    def entries(n: int):
        return lambda: count(db, "SELECT count(*) FROM entries") >= n

    def rewrites(n: int):
        return lambda: count(db, "SELECT count(*) FROM rewrites") >= n

    plan = [
        ("run", lambda: after(0.3), 0.0),        # while starting up (imports, migrations)
        ("run", lambda: fetching(), 0.3),        # while feeds are being fetched
        ("watch", lambda: fetching(), 0.3),
        ("run", lambda: entries(1), 0.02),       # entries recorded, nothing rewritten yet
        # then after N rewrites, anywhere in the next few entries; N spread over the stories
        *[(("watch" if k % 3 == 1 else "run"), (lambda n=n: rewrites(n)), 0.01)
          for k, n in enumerate(round(STORIES * f) for f in
                                (0.01, 0.04, 0.1, 0.18, 0.27, 0.37, 0.47, 0.57, 0.67, 0.77, 0.87, 0.95))],
    ]
    seen = []
    for name, make_until, jitter in plan:
        # watch rewrites in a worker process, run in its own: both paths get killed.
        args = command(db, name) + (["--every", "1s", "--workers", "1"] if name == "watch" else ["--workers", "0"])
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        until = make_until()  # the condition starts counting now
        at = kill_at(proc, db, until, rng, jitter=jitter)
        if at is None:
            assert proc.returncode == 0, proc.stderr.read().decode()
        seen.append(at)
        proc.stderr.close()
        # Never a second rewrite of a story, at any moment.
        assert count(db, "SELECT count(*) FROM (SELECT article_id FROM rewrites GROUP BY article_id HAVING count(*) > 1)") == 0
    kills = [s for s in seen if s is not None]
    assert len(kills) >= 10, seen
    assert len({r for r, _ in kills}) >= 8, seen  # killed at many different points
    assert any(e == 0 for _, e in kills), seen  # once before any entry was recorded
    assert any(0 < r < len(expected_titles) for r, _ in kills), seen
    assert any(0 < e < len(links) for _, e in kills) or any(r == 0 and e for r, e in kills), seen
    final = subprocess.run(command(db, "run"), capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    # A killed pass is marked as such by the next one (its process is gone), never left "running".
    assert count(db, "SELECT count(*) FROM runs WHERE status = 'died' AND finished_at IS NOT NULL") >= 8
    assert count(db, "SELECT count(*) FROM runs WHERE status = 'running' OR finished_at IS NULL") == 0
    check_complete(db, expected_titles, links)
    again = subprocess.run(command(db, "run"), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0
    assert count(db, "SELECT rewrites + articles_new + entries_new FROM runs ORDER BY id DESC LIMIT 1") == 0
    check_complete(db, expected_titles, links)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_watch_shuts_down_cleanly_mid_pass(newsroom, sig):
    db, _, expected_titles, links = newsroom
    not_quiet = [sys.executable, "-m", "copydesk", "watch", "--every", "30s", "--db", str(db), "--allow-private"]
    proc = subprocess.Popen(not_quiet,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    while count(db, "SELECT count(*) FROM rewrites") < 3 and time.monotonic() - started < 120:
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.01)
    proc.send_signal(sig)
    try:
        _, stderr = proc.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"watch did not stop within 30 s of {sig.name}")
    assert proc.returncode == 0, stderr
    assert f"Stopping after the current entry ({sig.name})" in stderr
    assert "Stopped after 1 pass." in stderr and "Traceback" not in stderr
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        status, finished = conn.execute("SELECT status, finished_at FROM runs ORDER BY id DESC").fetchone()
    assert status == "stopped" and finished is not None
    stored = count(db, "SELECT count(*) FROM rewrites")
    assert 3 <= stored < len(expected_titles)
    # The rest is picked up by the next pass.
    final = subprocess.run(command(db, "run"), capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    check_complete(db, expected_titles, links)


def test_watch_runs_passes_on_schedule_and_stops_while_waiting(newsroom):
    db, _, expected_titles, links = newsroom
    proc = subprocess.Popen(command(db, "watch", "--every", "1s", "--jitter", "0.2"),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    while count(db, "SELECT count(*) FROM runs WHERE finished_at IS NOT NULL") < 3 and time.monotonic() - started < 180:
        assert proc.poll() is None, proc.stderr.read()
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr
    check_complete(db, expected_titles, links)
    assert count(db, "SELECT count(*) FROM runs WHERE status = 'ok'") >= 2
    # Passes after the first found nothing new: conditional GETs and seen entries.
    assert count(db, "SELECT sum(rewrites) FROM runs") == len(expected_titles)
