"""Datelines: is the place right, and where does the date come from?

Over ../shared/data/news_dev.jsonl, against the hand labels in
benchmarks/labels/dev-places.json (made by reading each article; see that file's "why"):

* place given %: articles whose dateline names a place (target >= 75%);
* place wrong %: of the datelines that name a place, those that name a wrong one, by
  ``copydesk.placeverdict.place_verdict`` (target <= 3%); a place given for an article
  labelled "no clear place" counts as wrong;
* the same for the CNN stories that open with a "City (CNN)" wire dateline, rewritten
  again with that dateline cut from the text, so the place must come from the story;
* where the dateline's date came from (metadata, URL, a "PUBLISHED:" line, or the run
  date, assumed), over the dev articles and, when present, the extraction_dev pages;
* the time ``make_dateline`` takes per article (median of the dev articles).

Each article is rewritten by the whole desk (``copydesk.rewrite``, extractive engine).

    python benchmarks/datelines.py [--data PATH] [--labels PATH] [--list] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from copydesk.desk import prepare, rewrite
from copydesk.errors import CopydeskError
from copydesk.model import Article
from copydesk.places import make_dateline
from copydesk.placeverdict import place_figures, place_verdict

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
DEFAULT_LABELS = ROOT / "benchmarks" / "labels" / "dev-places.json"
NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)
CNN_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][^()\n]{1,60}?)\s*\(CNN\)\s*")
GIVEN_TARGET, WRONG_TARGET = 75.0, 3.0


def judge(records: list[dict], labels: dict, *, hide_cnn: bool = False) -> list[dict]:
    """Rewrite each record and judge its dateline place against its label."""
    rows = []
    for rec in records:
        text = rec["article"]
        if hide_cnn:
            text = CNN_DATELINE.sub("", text, count=1)
        result = rewrite(text, engine="extractive", now=NOW)
        dl = result.dateline
        rows.append({"id": rec["id"], "got": dl.place, "from": dl.place_from,
                     "date_from": dl.date_from, "want": labels[rec["id"]]["place"],
                     "verdict": place_verdict(dl.place, labels[rec["id"]])})
    return rows


def tally(rows: list[dict], labels: dict) -> dict:
    fig = place_figures([(r["got"], labels[r["id"]]) for r in rows])
    return {**fig, "given_pct": round(100 * (fig["place_given_share"] or 0), 1),
            "wrong_pct": round(100 * (fig["place_wrong_share"] or 0), 1)}


def page_date_sources(folder: Path) -> Counter[str] | None:
    """Where the date comes from for each extraction_dev page (None when absent)."""
    from copydesk.ingest.web import extract_article

    truth = folder / "ground-truth.json"
    if not truth.exists():
        return None
    counts: Counter[str] = Counter()
    for key, value in json.loads(truth.read_text(encoding="utf-8")).items():
        try:
            article = extract_article(gzip.open(folder / "html" / f"{key}.html.gz").read(), value["url"])
            dl, _ = make_dateline(prepare(article), now=NOW)
        except CopydeskError:
            counts["(not an article)"] += 1
            continue
        counts[dl.date_from] += 1
    return counts


def dateline_ms(records: list[dict]) -> float:
    docs = [prepare(Article(text=rec["article"])) for rec in records]
    make_dateline(docs[0], now=NOW)  # warm the gazetteer
    times = []
    for doc in docs:
        start = time.perf_counter()
        make_dateline(doc, now=NOW)
        times.append(time.perf_counter() - start)
    return round(1000 * statistics.median(times), 3)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--labels", type=Path, default=DEFAULT_LABELS)
    ap.add_argument("--list", action="store_true", help="list every article's place, label and verdict")
    ap.add_argument("--json", action="store_true", help="print one JSON object of rows (for benchmarks/run)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"Error: {args.data} not found - put the shared data beside the repo", file=sys.stderr)
        return 2
    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = [r["id"] for r in records if r["id"] not in labels]
    if missing:
        print(f"Error: {len(missing)} records have no label (first {missing[0]}) - label them in {args.labels}",
              file=sys.stderr)
        return 2
    rows = judge(records, labels)
    cnn = [r for r in records if r["subset"] == "cnn" and CNN_DATELINE.match(r["article"])]
    hidden = judge(cnn, labels, hide_cnn=True)
    all_t, hid_t = tally(rows, labels), tally(hidden, labels)
    dev_dates = Counter(r["date_from"] for r in rows)
    pages = page_date_sources(args.data.parent / "extraction_dev")
    ms = dateline_ms(records)

    if args.list:
        for r in [*rows, *({**h, "id": h["id"] + " (dateline hidden)"} for h in hidden)]:
            mark = {"right": " ", "wrong": "X", "none": "-"}[r["verdict"]]
            print(f"{mark} {r['id'][:48]:<48} got={r['got']!s:<34} want={r['want']!s:<32} ({r['from']})")
        print()
    print(f"Datelines over {len(records)} dev articles (labels: {args.labels.name})")
    print(f"  place given          {all_t['given_pct']:5.1f}%  ({all_t['given']}/{all_t['articles']}; target >= {GIVEN_TARGET:.0f}%)")
    print(f"  place wrong          {all_t['wrong_pct']:5.1f}%  ({all_t['wrong']}/{all_t['given']} given; target <= {WRONG_TARGET:.0f}%)")
    print(f"  CNN, dateline hidden: given {hid_t['given']}/{hid_t['articles']}, wrong {hid_t['wrong']}/{hid_t['given']}, "
          f"right {hid_t['right']}")
    print(f"  date from (dev)      {dict(sorted(dev_dates.items()))}")
    if pages is not None:
        print(f"  date from (pages)    {dict(sorted(pages.items()))}")
    print(f"  make_dateline        {ms:.3f} ms/article (median)")
    if args.json:
        out = {"benchmark": "datelines", "rows": [
            {"measure": "Place given", "ours": all_t["given_pct"], "unit": "%", "better": "higher",
             "target": f">= {GIVEN_TARGET:.0f}", "met": all_t["given_pct"] >= GIVEN_TARGET},
            {"measure": "Place wrong, of given", "ours": all_t["wrong_pct"], "unit": "%", "better": "lower",
             "target": f"<= {WRONG_TARGET:.0f}", "met": all_t["wrong_pct"] <= WRONG_TARGET},
            {"measure": "CNN dateline hidden: place given", "ours": hid_t["given_pct"], "unit": "%",
             "better": "higher"},
            {"measure": "CNN dateline hidden: place wrong, of given", "ours": hid_t["wrong_pct"], "unit": "%",
             "better": "lower"},
            {"measure": "make_dateline per article", "ours": ms, "unit": "ms", "better": "lower",
             "target": "<= 1", "met": ms <= 1.0},
        ], "notes": [f"date from (dev): {dict(dev_dates)}", f"date from (pages): {dict(pages or {})}"]}
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
