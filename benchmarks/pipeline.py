"""End-to-end feed pass: fetch, parse, dedupe, rewrite (extractive) and store, in articles/second.

    python benchmarks/pipeline.py [--feeds 200] [--entries 20] [--passes 3] [--workers N]

Setup: ``--feeds`` RSS feeds of ``--entries`` items each, every item carrying its full
article in ``content:encoded`` (synthetic but realistic stories from tests/newsgen.py, each
one different), served by the real test HTTP server (tests/httpserver.py) on 127.0.0.1,
running in its own process. Each pass starts from an empty SQLite file, adds the feeds
and runs ``newsroom.run_pass`` once; the figure is new stored articles per second, wall
clock, median of ``--passes``. A second pass over the same store (nothing new: conditional
GETs) is timed too.

Baseline, same run: bare ``desk.rewrite`` on a sample of the same articles, in this one
process (no fetch, parse, dedupe or store). The ratio pipeline / baseline shows what the
rest of the pipeline and the worker processes add or cost.

Profile: one more pass under cProfile with ``workers=0`` (everything in this process, so
the profile sees the rewrite too); top functions by own time, and the stages' totals.

Target (issue 4): >= 50 new articles/second end to end.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import multiprocessing
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from copydesk.desk import rewrite  # noqa: E402
from copydesk.model import Article  # noqa: E402
from copydesk.newsroom import PassOptions, auto_workers, run_pass  # noqa: E402
from copydesk.store import Store  # noqa: E402
from newsgen import rss, story  # noqa: E402

TARGET = 50.0
STAGES = [
    ("fetch (HTTP in threads; main thread waiting)", "newsroom.py", "_fetch_all"),
    ("parse (feedparser)", "ingest/feeds.py", "parse_feed"),
    ("entries -> pending (one txn per feed)", "store/__init__.py", "feed_fetched"),
    ("entry -> Article", "newsroom.py", "_article_from_entry"),
    ("fingerprint (MinHash)", "store/dedupe.py", "fingerprint"),
    ("dedupe lookup", "store/__init__.py", "find_story"),
    ("rewrite (desk.rewrite)", "desk.py", "rewrite"),
    ("store story + rewrite (one txn)", "store/__init__.py", "commit_story"),
]


def serve(root: str, port_out) -> None:
    from httpserver import LocalServer

    server = LocalServer({"/f/": Path(root)}).start()
    port_out.send(server.port)
    port_out.close()
    while True:
        time.sleep(3600)


def build_site(root: Path, feeds: int, entries: int) -> list[Article]:
    articles = []
    for f in range(feeds):
        items = []
        for i in range(entries):
            s = story(f"bench-{f}-{i}")
            url = f"http://127.0.0.1/site{f % 37}/{f}/{i}"
            items.append((url, s))
            if len(articles) < 400:
                articles.append(Article(text=s.text, title=s.title, url=url))
        (root / f"{f}.xml").write_text(rss(f"Feed {f}", f"http://127.0.0.1/site{f}/", items), encoding="utf-8")
    return articles


def one_pass(base: str, feeds: int, db: Path, opts: PassOptions, profile: cProfile.Profile | None = None):
    store = Store.open(str(db))
    try:
        for f in range(feeds):
            store.add_feed(f"{base}/f/{f}.xml?cond=1")
        started = time.perf_counter()
        if profile:
            profile.enable()
        record = run_pass(store, opts).record
        if profile:
            profile.disable()
        elapsed = time.perf_counter() - started
        again_started = time.perf_counter()
        again = run_pass(store, opts).record if profile is None else None
        again_elapsed = time.perf_counter() - again_started
        counts = store.counts()
    finally:
        store.close()
    return record, elapsed, again, again_elapsed, counts


def baseline(articles: list[Article], n: int) -> float:
    from copydesk.config import load_settings
    from copydesk.engines import get_engine

    settings = load_settings({"engine": "extractive"})
    engine = get_engine("extractive", settings)
    rewrite(Article(text=articles[0].text, title=articles[0].title), engine=engine, settings=settings)  # warm
    sample = articles[:n]
    started = time.perf_counter()
    for a in sample:
        rewrite(Article(text=a.text, title=a.title, url=a.url), engine=engine, settings=settings)
    return len(sample) / (time.perf_counter() - started)


def stage_table(profile: cProfile.Profile) -> list[tuple[str, float, int]]:
    stats = pstats.Stats(profile).stats  # {(file, line, name): (cc, nc, tt, ct, callers)}
    rows = []
    for label, file_end, name in STAGES:
        total, calls = 0.0, 0
        for (file, _, fn), (_, nc, _, ct, _) in stats.items():
            if fn == name and file.endswith(file_end):
                total += ct
                calls += nc
        rows.append((label, total, calls))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--passes", "--repeat", type=int, default=3, help="timed passes (median reported)")
    parser.add_argument("--workers", type=int, default=None, help="rewrite worker processes (default: auto)")
    parser.add_argument("--baseline-sample", type=int, default=200)
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--json", action="store_true", help="end with one JSON object (for benchmarks/run)")
    args = parser.parse_args()

    total = args.feeds * args.entries
    workers = auto_workers("extractive", total) if args.workers is None else args.workers
    with tempfile.TemporaryDirectory(prefix="copydesk-pipeline-") as tmp:
        tmpdir = Path(tmp)
        site = tmpdir / "site"
        site.mkdir()
        articles = build_site(site, args.feeds, args.entries)
        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        server = ctx.Process(target=serve, args=(str(site), send), daemon=True)
        server.start()
        base = f"http://127.0.0.1:{receive.recv()}"
        try:
            print(f"pipeline: {args.feeds} feeds x {args.entries} entries = {total} articles with full content; "
                  f"extractive engine; {workers} rewrite worker process(es); cpu_count={os.cpu_count()}; "
                  f"load average {os.getloadavg()[0]:.2f}")
            base_rate = baseline(articles, args.baseline_sample)
            opts = PassOptions(allow_private=True, concurrency=8, per_host=8, workers=workers)
            rates, seconds = [], []
            for n in range(args.passes):
                record, elapsed, again, again_elapsed, counts = one_pass(base, args.feeds, tmpdir / f"p{n}.db", opts)
                assert record.articles_new == total and counts["rewrites"] == total, (record, counts)
                assert again is not None and again.rewrites == 0 and again.feeds_not_modified == args.feeds
                rates.append(record.articles_new / elapsed)
                seconds.append(elapsed)
                print(f"  pass {n + 1}: {record.articles_new} new articles in {elapsed:.2f} s = "
                      f"{rates[-1]:.1f} articles/s; second pass over the same store: {again.rewrites} new, "
                      f"{again.feeds_not_modified} feeds not modified, {again_elapsed:.2f} s")
            median = statistics.median(rates)
            print()
            print("| measure | value |")
            print("|---|---|")
            print(f"| end to end, median of {args.passes} passes | {median:.1f} articles/s "
                  f"({statistics.median(seconds):.2f} s for {total}) |")
            print(f"| baseline: bare desk.rewrite, one process, same articles | {base_rate:.1f} articles/s |")
            print(f"| ratio end to end / bare rewrite | {median / base_rate:.2f}x |")
            print(f"| target >= {TARGET:.0f} articles/s | {'met' if median >= TARGET else 'NOT met'} |")

            result = {
                "benchmark": "pipeline",
                "rows": [
                    {"measure": f"feed pass end to end, {total} articles, median of {args.passes}",
                     "ours": round(median, 1), "unit": "articles/s", "better": "higher",
                     "baseline": "bare desk.rewrite, one process", "baseline_value": round(base_rate, 1),
                     "ratio": round(median / base_rate, 3), "target": f">= {TARGET:.0f} articles/s",
                     "met": median >= TARGET},
                ],
                "notes": [f"{workers} rewrite worker process(es); cpu_count={os.cpu_count()}; "
                          f"load average {os.getloadavg()[0]:.2f}"],
            }
            if not args.no_profile:
                profile = cProfile.Profile()
                popts = PassOptions(allow_private=True, concurrency=8, per_host=8, workers=0)
                record, elapsed, _, _, _ = one_pass(base, args.feeds, tmpdir / "profile.db", popts, profile)
                print()
                print(f"profile: one more pass with workers=0 under cProfile: {record.articles_new} articles "
                      f"in {elapsed:.2f} s (cProfile slows it down)")
                print()
                print("| stage | cumulative s | share | calls |")
                print("|---|---|---|---|")
                for label, secs, calls in stage_table(profile):
                    print(f"| {label} | {secs:.2f} | {100 * secs / elapsed:.0f}% | {calls} |")
                out = io.StringIO()
                pstats.Stats(profile, stream=out).strip_dirs().sort_stats("tottime").print_stats(20)
                print()
                print("top functions by own time:")
                print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))
            if args.json:
                print(json.dumps(result))
        finally:
            server.terminate()
            server.join(5)


if __name__ == "__main__":
    main()
