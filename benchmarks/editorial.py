"""Editorial figures of the whole pipeline on the dev set: what an editor sees.

Over ../shared/data/news_dev.jsonl, each article goes through ``copydesk.rewrite`` (the
default extractive engine, a fixed run date) and ``copydesk.editorial`` measures:

* headlines well formed (a complete clause, not a cut prefix of a source sentence, no
  pronoun or caption-label opening), and why the others are not;
* dangling sentences per article (a pronoun, connective, bare surname or quote
  continuation with nothing, or something else, before it; an answer whose question is
  not before it; a reference inside the sentence, "the same X", "these X", "such a X.",
  "this X", "the 34-year-old" with nobody named, a person described but not named ("the
  former champion"), a fronted or plural pronoun with nothing to stand for, an event
  placed after one told before ("X then went"), away from the sentence it leans on),
  and how many of each kind;
* caption or junk lines per article;
* outputs with broken quotation marks;
* originality (new body 5-grams outside quotations) and altered quotes, for reference.

Place given / place wrong come from the dateline work (benchmarks/summarize.py --places).

    python benchmarks/editorial.py [--data PATH] [--limit N] [--show] [--headlines] [--json]

``--show`` lists each article's problems; ``--headlines`` prints every headline; ``--json``
prints the benchmarks/run row format.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
from pathlib import Path

import copydesk
from copydesk import editorial
from copydesk.errors import InputError
from copydesk.eval import altered_quotes, originality

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)
TARGETS = {
    "headline_ok_share": (">=", 0.95),
    "dangling_per_article": ("<=", 0.2),
    "junk_per_article": ("<=", 0.05),
    "broken_quotes": ("<=", 0),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument("--show", action="store_true", help="list each article's problems")
    ap.add_argument("--headlines", action="store_true", help="print every headline")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"Error: {args.data} not found - put the shared data beside the repo or pass --data",
              file=sys.stderr)
        return 2
    records = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = records[: args.limit] if args.limit else records
    measured, novel, altered, refused = [], [], 0, 0
    for rec in records:
        try:
            result = copydesk.rewrite(rec["article"], now=NOW)
        except InputError:  # too short to rewrite: the desk says so and ships nothing to measure
            refused += 1
            continue
        fig = editorial.measure(result)
        measured.append(fig)
        new, total = originality(result.body_paragraphs, " ".join(result.source_sentences))
        if total:
            novel.append(new / total)
        texts = [" ".join(s.text for s in result.summary), *result.body_paragraphs]
        altered += len(altered_quotes(texts, " ".join(result.source_sentences)))
        if args.headlines:
            print(f"{rec['id'][:24]:24}  {result.headline}")
        if args.show and fig.problems:
            print(f"{rec['id'][:24]:24}  " + "\n" + "\n".join(f"    {p}" for p in fig.problems))
    figs = editorial.figures(measured)
    figs["originality"] = round(statistics.fmean(novel), 4) if novel else None
    figs["altered_quotes"] = altered
    if args.json:  # the benchmarks/run format
        rows = []
        for key, label, unit, scale in (
                ("headline_ok_share", "headlines well formed", "%", 100),
                ("dangling_per_article", "dangling sentences per article", "", 1),
                ("junk_per_article", "caption or junk lines per article", "", 1),
                ("broken_quotes", "outputs with broken quote marks", "", 1)):
            op, bound = TARGETS[key]
            value = figs[key] * scale
            met = value >= bound * scale if op == ">=" else value <= bound * scale
            rows.append({"measure": f"{label} (n={len(measured)})", "ours": round(value, 2), "unit": unit,
                         "better": "higher" if op == ">=" else "lower",
                         "target": f"{op} {bound * scale:g}", "met": met})
        rows.append({"measure": "originality: new body 5-grams", "ours": round(100 * (figs["originality"] or 0), 2),
                     "unit": "%", "better": "higher", "target": "> 0", "met": (figs["originality"] or 0) > 0})
        rows.append({"measure": "altered quotes", "ours": altered, "unit": "", "better": "lower",
                     "target": "0", "met": altered == 0})
        print(json.dumps({"benchmark": "editorial", "rows": rows, "figures": figs}))
        return 0
    print(f"{args.data.name}: {len(records)} records ({refused} refused as too short), whole pipeline "
          "(copydesk.rewrite, extractive engine)\n")
    print("| measure                              |   value | target  |")
    print("|--------------------------------------|---------|---------|")
    rows = [
        ("headlines well formed %", 100 * figs["headline_ok_share"], "headline_ok_share", 100),
        ("dangling sentences / article", figs["dangling_per_article"], "dangling_per_article", 1),
        ("caption or junk lines / article", figs["junk_per_article"], "junk_per_article", 1),
        ("outputs with broken quote marks", figs["broken_quotes"], "broken_quotes", 1),
    ]
    for label, value, key, scale in rows:
        op, bound = TARGETS[key]
        print(f"| {label:36} | {value:7.2f} | {op} {bound * scale:<5g} |")
    print(f"| {'originality: new body 5-grams %':36} | {100 * (figs['originality'] or 0):7.2f} | > 0     |")
    print(f"| {'altered quotes':36} | {figs['altered_quotes']:7d} | 0       |")
    if figs["dangling_kinds"]:
        print("\ndangling sentences by kind: " + ", ".join(f"{k} ({v})" for k, v in figs["dangling_kinds"].items()))
    if figs["headline_problems"]:
        print("\nheadlines not well formed: " + ", ".join(f"{k} ({v})" for k, v in figs["headline_problems"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
