"""Benchmark of the web desk: the index page with 10,000 stored rewrites.

    python benchmarks/web.py [--rows 10000] [--baseline-rows 100] [--requests 60] [--fresh] [--json]

Seeds two SQLite stores through ``Store.save_rewrite`` with synthetic rewrites of
realistic size (distinct articles, so the store's dedupe keeps every one), starts
``copydesk serve`` on each (a real uvicorn process on 127.0.0.1) and times a real
HTTP client (httpx, keep-alive) against it. Baselines in the same run: the same
pages on a store of ``--baseline-rows`` rewrites, and ``/healthz`` (the server's
floor: routing, middleware, JSON). Target: index median < 200 ms at 10,000 rows.
Seeded stores are kept in /tmp/copydesk-bench (``--fresh`` rebuilds them); ``--json``
adds one JSON line of rows for benchmarks/run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from copydesk.model import (
    Article,
    CheckReport,
    Dateline,
    Problem,
    Rewrite,
    Sentence,
    SentenceCheck,
)
from copydesk.store import Store

CACHE = Path("/tmp/copydesk-bench")
TARGET_MS = 200.0
SYLLABLES = ["ka", "ro", "mi", "ten", "sul", "va", "dor", "pe", "li", "an", "tur", "es", "no", "gra",
             "bel", "ix", "om", "ra", "shi", "vel", "qua", "mon", "te", "ul"]
PLACES = ["Wellington, New Zealand", "Hobart, Australia", "Tromso, Norway", "Galway, Ireland",
          "Porto, Portugal", "Quebec City, Canada", "Valparaiso, Chile", "Kumasi, Ghana"]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def synthetic(rng: random.Random, vocab: list[str], n: int) -> Rewrite:
    """One rewrite of realistic size: 24 source sentences, 3 summary, 12 body, a report."""
    def sentence() -> str:
        words = rng.sample(vocab, rng.randint(14, 26))
        words[0] = words[0].capitalize()
        words.insert(rng.randint(2, len(words) - 1), str(rng.randint(2, 9000)))
        return " ".join(words) + "."

    sources = [sentence() for _ in range(24)]
    summary = [Sentence(sources[i], [i]) for i in (0, 1, 2)]
    body = [[Sentence(sources[i], [i]), Sentence(sources[i + 1], [i + 1])] for i in range(0, 12, 2)]
    checks = [SentenceCheck(s.text, "summary", "supported", list(s.sources)) for s in summary]
    checks += [SentenceCheck(s.text, "body", "supported", list(s.sources)) for p in body for s in p]
    ok = n % 7 != 0
    if not ok:
        checks[-1].status = "unsupported"
        checks[-1].problems = [Problem("number", "4021 is not in the source", "4021")]
    headline = " ".join(rng.sample(vocab, 8)).capitalize()
    place = rng.choice(PLACES)
    day = dt.date(2026, 1, 1) + dt.timedelta(days=n % 330)
    created = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=17 * n)
    article = Article(text="\n".join(sources), title=headline, url=f"http://127.0.0.1/news/story/{n}",
                      source_name="Example News", published=day, place=place)
    return Rewrite(
        article=article, summary=summary, headline=headline,
        dateline=Dateline(place, day, f"{place} – {day:%B} {day.day}, {day.year}", "option"),
        body=body, engine="extractive", created_at=created,
        check=CheckReport(ok=ok, sentences=checks, notes=[]), language="en",
        source_sentences=sources, options={"summary_sentences": 3},
    )


def seeded(rows: int, fresh: bool) -> Path:
    """A store of ``rows`` synthetic rewrites, built once into the cache and reused.

    Built under a lock into a temp file and renamed into place, so two runs at once
    (say benchmarks/run and a manual run) never seed the same file together.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"web-v2-{rows}.db"
    with open(CACHE / f"web-v2-{rows}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists() and not fresh:
            with Store.open(str(path)) as store:
                if store.count_rewrites() == rows:
                    return path
        tmp = CACHE / f"web-v2-{rows}.{os.getpid()}.tmp.db"
        rng = random.Random(rows)
        vocab = vocabulary(rng)
        start = time.perf_counter()
        with Store.open(str(tmp)) as store:
            for n in range(rows):
                store.save_rewrite(synthetic(rng, vocab, n))
                if n and n % 2000 == 0:
                    print(f"  seeded {n}/{rows} ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
            count = store.count_rewrites()
        # closed: SQLite folded the WAL into the file, so the one file holds it all
        if count != rows:
            raise SystemExit(f"seeding stored {count} rewrites, expected {rows} (dedupe merged some)")
        for old in CACHE.glob(f"web-v2-{rows}.db*"):
            old.unlink()
        os.replace(tmp, path)
        for extra in CACHE.glob(f"web-v2-{rows}.{os.getpid()}.tmp.db-*"):
            extra.unlink()
        print(f"  seeded {rows} rewrites in {time.perf_counter() - start:.0f} s -> {path}", file=sys.stderr)
        return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """``copydesk serve`` on a free port, as a subprocess."""

    def __init__(self, db: Path):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        exe = shutil.which("copydesk") or str(Path(sys.executable).with_name("copydesk"))
        env = {k: v for k, v in os.environ.items() if k not in ("COPYDESK_TOKEN",)}
        self.proc = subprocess.Popen(
            [exe, "serve", "--port", str(self.port), "--db", str(db), "--log-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        )
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                self.stop()
                raise SystemExit(f"copydesk serve did not start: {err}")
            time.sleep(0.2)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def measure(client: httpx.Client, path: str, n: int) -> tuple[float, float, int]:
    """Median and p90 in ms over ``n`` requests (after 10 warm-ups), and the body size."""
    for _ in range(10):
        client.get(path).raise_for_status()
    times = []
    size = 0
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(path)
        r.raise_for_status()
        size = len(r.content)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.9 * (len(times) - 1))], size


def run(db: Path, rows: int, n: int) -> dict[str, tuple[float, float, int]]:
    server = Server(db)
    try:
        with httpx.Client(base_url=server.base, timeout=30) as client:
            page = client.get("/api/v1/rewrites", params={"limit": 1}).json()
            assert page["total"] == rows, page["total"]
            rid = page["items"][0]["id"]
            deep = max(1, rows // 20 // 2)
            word = client.get(f"/api/v1/rewrites/{rid}").json()["headline"].split()[1]
            paths = {
                "index /": "/",
                "index, middle page": f"/?page={deep}",
                "search /?q=word": f"/?q={word}",
                "detail /rewrites/{id}": f"/rewrites/{rid}",
                "feed /feed.rss (50)": "/feed.rss",
                "floor /healthz": "/healthz",
            }
            return {name: measure(client, path, n) for name, path in paths.items()}
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--baseline-rows", type=int, default=100)
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--fresh", action="store_true", help="rebuild the seeded stores")
    parser.add_argument("--json", action="store_true", help="also print one JSON object of rows (last line)")
    args = parser.parse_args()

    big = seeded(args.rows, args.fresh)
    small = seeded(args.baseline_rows, args.fresh)
    base = run(small, args.baseline_rows, args.requests)
    full = run(big, args.rows, args.requests)

    print(f"web desk, {args.requests} requests each, median / p90 ms (httpx keep-alive -> copydesk serve)")
    print(f"{'page':<26} {args.baseline_rows:>7} rows {args.rows:>9} rows {'ratio':>7} {'bytes':>8}")
    for name in full:
        b, f = base[name], full[name]
        print(f"{name:<26} {b[0]:6.1f}/{b[1]:5.1f} {f[0]:8.1f}/{f[1]:6.1f} {f[0] / b[0]:7.2f} {f[2]:8d}")
    index = full["index /"][0]
    floor = full["floor /healthz"][0]
    met = index < TARGET_MS
    print(f"index at {args.rows} rows: median {index:.1f} ms = {index / floor:.1f}x the /healthz floor, "
          f"{index / base['index /'][0]:.2f}x the {args.baseline_rows}-row index; "
          f"target < {TARGET_MS:.0f} ms: {'PASS' if met else 'FAIL'}")
    if args.json:
        rows = [{"measure": f"{name}, median ms at {args.rows} rows", "ours": round(full[name][0], 2),
                 "unit": "ms", "baseline": f"same page at {args.baseline_rows} rows",
                 "baseline_value": round(base[name][0], 2), "better": "lower"} for name in full]
        rows[0].update(target=f"< {TARGET_MS:.0f} ms", met=met)
        rows.append({"measure": f"index at {args.rows} rows vs /healthz floor", "ours": round(index, 2),
                     "unit": "ms", "baseline": "/healthz", "baseline_value": round(floor, 2),
                     "better": "lower"})
        print(json.dumps({"benchmark": "web", "rows": rows,
                          "notes": [f"{args.requests} requests per page, httpx keep-alive against "
                                    "copydesk serve on 127.0.0.1"]}))

if __name__ == "__main__":
    main()
