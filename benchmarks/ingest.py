"""Extraction quality and speed: copydesk's ``extract_article`` against bare trafilatura.

    python benchmarks/ingest.py [--data ../shared/data/extraction_dev] [--repeat 3]

Baseline: ``trafilatura.extract(html, include_comments=False)`` on the same pages, in the
same run. Metric (../shared/data/README.md, the scrapinghub article-extraction-benchmark
rules): tokens are ``\\w+``; per page, TP/FP/FN over the multiset of token 4-grams
("shingles"); precision is averaged over pages that have a prediction, recall over pages
that have a reference (an exact match scores 1), and F1 = 2PR/(P+R) of those averages.
Time per page: each page is extracted ``--repeat`` times by both, alternating, and each
page's median time is kept; the headline ratio is the median over pages of ours/bare.

Targets (issue 4): our F1 equals bare trafilatura's (>= 0.96); time ratio <= 1.1.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

from copydesk.errors import ExtractionFailed
from copydesk.ingest.web import extract_article

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "extraction_dev"
TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    """Token 4-grams; a text shorter than 4 tokens is one shingle of what it has."""
    tokens = TOKEN.findall(text or "")
    if 0 < len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_counts(predicted: str, truth: str) -> tuple[int, int, int]:
    """TP, FP, FN over the multisets of shingles of one page."""
    pred, gold = shingles(predicted), shingles(truth)
    tp = sum((pred & gold).values())
    return tp, sum(pred.values()) - tp, sum(gold.values()) - tp


def score(outputs: list[str], truths: list[str]) -> tuple[float, float, float]:
    """P and R averaged over pages (P over pages with a prediction, R over pages with a
    reference; a perfect page scores 1), F1 = 2PR/(P+R) of the averages."""
    counts = [page_counts(o, t) for o, t in zip(outputs, truths, strict=True)]
    precisions = [1.0 if fp == fn == 0 else tp / (tp + fp) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [1.0 if fp == fn == 0 else tp / (tp + fn) for tp, fp, fn in counts if tp + fn > 0]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ours(html: str, url: str) -> str:
    try:
        return extract_article(html, url).text
    except ExtractionFailed:
        return ""


def bare(html: str, url: str) -> str:
    return trafilatura.extract(html, include_comments=False) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    truth_file = args.data / "ground-truth.json"
    if not truth_file.exists():
        print(f"no extraction data at {args.data} - pass --data DIR", file=sys.stderr)
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = []
    for key, item in sorted(truth.items()):
        html = gzip.decompress((args.data / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
        pages.append((key, html, item.get("url") or "", item["articleBody"]))

    # warm both paths (imports, compiled regexes)
    ours(pages[0][1], pages[0][2])
    bare(pages[0][1], pages[0][2])

    times: dict[str, list[list[float]]] = {"ours": [[] for _ in pages], "bare": [[] for _ in pages]}
    outputs: dict[str, list[str]] = {"ours": [""] * len(pages), "bare": [""] * len(pages)}
    for rep in range(args.repeat):
        order = [("ours", ours), ("bare", bare)] if rep % 2 == 0 else [("bare", bare), ("ours", ours)]
        for i, (_key, html, url, _gold) in enumerate(pages):
            for name, fn in order:
                start = time.perf_counter()
                outputs[name][i] = fn(html, url)
                times[name][i].append(time.perf_counter() - start)

    truths = [p[3] for p in pages]
    rows = []
    for name in ("bare", "ours"):
        p, r, f1 = score(outputs[name], truths)
        per_page = [statistics.median(t) for t in times[name]]
        rows.append((name, p, r, f1, statistics.median(per_page) * 1000, sum(per_page) * 1000 / len(pages)))
    same = sum(a == b for a, b in zip(outputs["ours"], outputs["bare"], strict=True))
    ratios = [statistics.median(o) / statistics.median(b) for o, b in zip(times["ours"], times["bare"], strict=True)]
    bare_med, ours_med = rows[0][4], rows[1][4]

    print(f"extraction_dev: {len(pages)} pages, {args.repeat} timed passes, median of each page's times")
    print(f"{'extractor':<34} {'P':>7} {'R':>7} {'F1':>7} {'ms/page med':>12} {'ms/page mean':>13}")
    labels = {"bare": "trafilatura.extract (baseline)", "ours": "copydesk extract_article"}
    for name, p, r, f1, med, mean in rows:
        print(f"{labels[name]:<34} {p:7.4f} {r:7.4f} {f1:7.4f} {med:12.2f} {mean:13.2f}")
    print(f"identical text on {same}/{len(pages)} pages")
    print(f"time ratio ours/bare: median page time {ours_med / bare_med:.3f}, "
          f"median of per-page ratios {statistics.median(ratios):.3f} (target <= 1.1)")
    print(f"F1 difference ours - bare: {rows[1][3] - rows[0][3]:+.4f} (target 0, F1 >= 0.96)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
