"""Summary quality and speed: copydesk's extractive engine against Lead-3 and LexRank.

Over ../shared/data/news_dev.jsonl in one run:

* ROUGE-1/2/L F1 with stemming (``rouge-score``) of our 3-sentence summary, Lead-3 and
  sumy's LexRank (3 sentences), separately for the CNN/DailyMail and XSum records;
* articles per second of each (median of ``--repeat`` timed passes) and the ratio to
  LexRank. The three methods get the same prepared sentences and pick 3. Two more rows
  time our whole draft (summary, headline and body) on the same sentences, and the
  whole pipeline (cleanup, splitting, language, draft, check, dateline) on raw text;
* peak Python memory of each (tracemalloc, in a separate untimed pass);
* structure share: outputs with every part (summary, headline, dateline with place and
  date, body of 3+ paragraphs), and quotes in our output that differ from the source;
* where the whole pipeline's time goes, stage by stage (cleanup + language + splitting,
  draft, check, dateline), so each stage's owner sees its share;
* with ``--places``, each article's dateline place beside its first 100 characters, to
  check by eye that no place is wrong (a wrong place is worse than none).

All three methods see the same cleaned sentences (copydesk's cleanup and sentencex
splitting), so the comparison is of ranking, not of tokenisation. sumy's own
tokenizer needs NLTK's punkt data, which is not installed here; LexRank gets the same
sentences through a small tokenizer class instead (words: ``\\w+``).

    python benchmarks/summarize.py [--data PATH] [--repeat 3] [--limit N] [--places] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from rouge_score import rouge_scorer

import copydesk
from copydesk import places
from copydesk.check import verify
from copydesk.desk import prepare
from copydesk.engines.extractive import ExtractiveEngine
from copydesk.eval import altered_quotes as eval_altered_quotes
from copydesk.model import Article, Document
from copydesk.places import make_dateline
from copydesk.segment import find_quotes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "news_dev.jsonl"
NOW = dt.datetime(2025, 7, 6, 7, 13, 5, tzinfo=dt.UTC)
GROUPS = {"cnndm": "CNN/DM", "xsum": "XSum"}


SEP = "\u2063"  # invisible separator: sumy joins a paragraph's lines, we split them again


class SentenceTokenizer:
    """What sumy's parser needs from a tokenizer, over pre-split sentences."""

    language = "english"
    _WORD = re.compile(r"\w+", re.UNICODE)

    def to_sentences(self, paragraph: str) -> list[str]:
        return [s.strip() for s in paragraph.split(SEP) if s.strip()]

    def to_words(self, sentence: str) -> list[str]:
        return self._WORD.findall(sentence)


def load(path: Path, limit: int | None) -> list[dict]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return records[:limit] if limit else records


ENGINE = ExtractiveEngine()


def ours(doc: Document) -> str:
    """The summary exactly as the engine's draft makes it: rank, MMR, passages kept whole."""
    return "\n".join(s.text for s in ENGINE.summarize(doc, 3))


def draft(doc: Document) -> str:
    """The engine's whole draft: summary, headline and body."""
    result = ENGINE.draft(doc, summary_sentences=3)
    return "\n".join(s.text for s in result.summary)


def lead3(doc: Document) -> str:
    return "\n".join(doc.sentences[:3])


def make_lexrank() -> Callable[[Document], str]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = SentenceTokenizer()

    def lexrank(doc: Document) -> str:
        parser = PlaintextParser.from_string(SEP.join(doc.sentences), tokenizer)
        return "\n".join(str(s) for s in summarizer(parser.document, 3))

    return lexrank


def pipeline(text: str) -> copydesk.Rewrite:
    """The whole of ``copydesk rewrite`` short of rendering: cleanup to check report."""
    return copydesk.rewrite(text, published="2025-07-06", now=NOW, engine=ENGINE)


STAGES = {
    "prepare": "cleanup, language, sentence splitting (desk.prepare)",
    "draft": "extractive draft: summary, headline, body",
    "check": "checker (verify.check_draft)",
    "dateline": "dateline: place and date (places.make_dateline)",
}


def stage_times(records: list[dict]) -> dict[str, float]:
    """Seconds each stage of the pipeline takes over ``records``, stage by stage."""
    took = dict.fromkeys(STAGES, 0.0)
    for rec in records:
        t0 = time.perf_counter()
        doc = prepare(Article(text=rec["article"], published=NOW.date()))
        t1 = time.perf_counter()
        result = ENGINE.draft(doc, summary_sentences=3)
        t2 = time.perf_counter()
        verify.check_draft(doc, result)
        t3 = time.perf_counter()
        make_dateline(doc, now=NOW)
        t4 = time.perf_counter()
        for stage, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            took[stage] += seconds
    return took


def _text_caches() -> list:
    """copydesk's memo caches of sentences and texts: those a run over new articles finds
    empty. Not its data, loaded once a process (room for one entry, or no bound), nor the
    big caches of single words (stems, word frequencies: tens of thousands of entries),
    which a process that has read other articles finds warm, as words recur and sentences
    do not."""
    import importlib
    import pkgutil

    found = []
    for info in pkgutil.walk_packages(copydesk.__path__, "copydesk."):
        if info.name.endswith("__main__") or ".server" in info.name or ".cli" in info.name:
            continue
        for value in vars(importlib.import_module(info.name)).values():
            if type(value).__name__ != "_lru_cache_wrapper" or any(value is f for f in found):
                continue
            size = value.cache_info().maxsize
            if size and 1 < size <= SENTENCE_CACHE_MAX:
                found.append(value)
    return found


SENTENCE_CACHE_MAX = 8192  # a sentence cache holds a few hundred articles; a word cache far more
_CACHES: list = []


def forget_texts() -> None:
    """Empty the memo caches, so a timed pass over articles it has seen before reads them as
    new ones, as a real run does (a feed brings new articles, not the same 100 again)."""
    if not _CACHES:
        _CACHES.extend(_text_caches())
    for cached in _CACHES:
        cached.cache_clear()


def structure_ok(result: copydesk.Rewrite) -> bool:
    return bool(
        result.summary and result.headline.strip() and result.dateline.place
        and result.dateline.date and len(result.body) >= 3
    )


def shipped_texts(result: copydesk.Rewrite) -> list[str]:
    return [result.headline, *(s.text for s in result.summary),
            *(s.text for p in result.body for s in p)]


def altered_quotes(result: copydesk.Rewrite, source: str) -> int:
    """Quoted spans in the output whose words do not stand in the source as written (a mark
    that reopened a quotation at a source paragraph break may go: copydesk.eval folds it).
    The headline is set in Title Case, quoted words too: its quotes are compared without
    case, as ``copydesk eval`` compares them."""
    texts = shipped_texts(result)
    return len(eval_altered_quotes(texts[1:], source)) + len(eval_altered_quotes(texts[:1], source, fold_case=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the median is shown")
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument("--places", action="store_true",
                    help="list each article's dateline place beside its first 100 characters")
    ap.add_argument("--json", action="store_true",
                    help="print one JSON object of rows (for benchmarks/run) after the table")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"Error: {args.data} not found - put the shared data beside the repo", file=sys.stderr)
        return 2
    records = load(args.data, args.limit)
    docs = [prepare(Article(text=rec["article"])) for rec in records]
    methods: dict[str, Callable[[Document], str]] = {"copydesk": ours, "lead-3": lead3,
                                                      "lexrank": make_lexrank()}
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    # find the memo caches first: the walk imports every copydesk module (the server's and the model
    # clients' too), which a real run imports at start, before the gazetteer's load freezes what
    # exists out of the collector's sight; walked later, their objects stay in its sight and every
    # timed pass pays for collections a real run does not make
    forget_texts()
    pipeline(records[0]["article"])  # warm caches (language model, gazetteer)
    places.fallback_index()  # and the small-town index, loaded on first need (once a process)

    scores: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
    rates: dict[str, list[float]] = {m: [] for m in [*methods, "draft", "pipeline"]}
    stages: dict[str, list[float]] = {}
    for rep in range(args.repeat):
        for name, fn in methods.items():
            start = time.perf_counter()
            outputs = [fn(doc) for doc in docs]
            rates[name].append(len(docs) / (time.perf_counter() - start))
            if rep == 0:
                for rec, out in zip(records, outputs, strict=True):
                    s = scorer.score(rec["reference"], out)
                    key = (name, GROUPS.get(rec["source"], rec["source"]))
                    scores.setdefault(key, []).append(
                        (s["rouge1"].fmeasure, s["rouge2"].fmeasure, s["rougeL"].fmeasure))
        start = time.perf_counter()
        drafts = [draft(doc) for doc in docs]
        rates["draft"].append(len(docs) / (time.perf_counter() - start))
        assert drafts == [ours(doc) for doc in docs]  # the timed summary is the draft's
        forget_texts()  # the pipeline meets these articles as new: nothing of the draft pass kept
        start = time.perf_counter()
        results = [pipeline(rec["article"]) for rec in records]
        rates["pipeline"].append(len(records) / (time.perf_counter() - start))
        forget_texts()
        for stage, seconds in stage_times(records).items():
            stages.setdefault(stage, []).append(seconds)

    structure = sum(structure_ok(r) for r in results)
    # against the source as the desk read it, as copydesk eval does: cleanup only repairs the
    # decoding (mojibake such as "Â£200" is "£200"), never a quote's words
    quotes_bad = sum(altered_quotes(r, " ".join(r.source_sentences)) for r in results)
    quotes_total = sum(len(find_quotes(t)) for r in results for t in shipped_texts(r))
    flagged = sum(1 for r in results if not r.check.ok)
    no_place = sum(1 for r in results if not r.dateline.place)

    peaks: dict[str, float] = {}
    for name, fn in [*methods.items(), ("draft", draft)]:
        tracemalloc.start()
        for doc in docs:
            fn(doc)
        peaks[name] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    tracemalloc.start()
    for rec in records:
        pipeline(rec["article"])
    peaks["pipeline"] = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()

    def mean(values: list[float]) -> float:
        return 100 * sum(values) / len(values) if values else float("nan")

    print(f"news_dev: {len(records)} records "
          + ", ".join(f"{g} {sum(1 for r in records if GROUPS.get(r['source']) == g)}" for g in GROUPS.values())
          + f"; speed = median of {args.repeat} passes")
    print()
    header = f"| {'method':<9} | {'group':<6} | {'R-1':>5} | {'R-2':>5} | {'R-L':>5} | {'R-1 vs Lead-3':>13} | {'R-2 vs Lead-3':>13} |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for group in GROUPS.values():
        base = scores.get(("lead-3", group))
        if not base:
            continue
        b1, b2 = mean([s[0] for s in base]), mean([s[1] for s in base])
        for name in methods:
            rows = scores[(name, group)]
            r1, r2, rl = (mean([s[k] for s in rows]) for k in range(3))
            print(f"| {name:<9} | {group:<6} | {r1:5.2f} | {r2:5.2f} | {rl:5.2f} | {r1 - b1:+13.2f} | {r2 - b2:+13.2f} |")
    print()
    measures = {
        "copydesk": "our 3-sentence summary, from prepared sentences",
        "lead-3": "first 3 sentences, from prepared sentences",
        "lexrank": "sumy LexRank, 3 sentences, from prepared sentences",
        "draft": "our summary + headline + body, from prepared sentences",
        "pipeline": "copydesk.rewrite from raw text: cleanup to check report",
    }
    width = max(len(m) for m in measures.values())
    header = (f"| {'method':<9} | {'articles/s':>10} | {'vs LexRank':>10} | {'peak MB':>7} "
              f"| {'measures':<{width}} |")
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    lex = statistics.median(rates["lexrank"])
    for name in [*methods, "draft", "pipeline"]:
        rate = statistics.median(rates[name])
        print(f"| {name:<9} | {rate:10.1f} | {rate / lex:9.1f}x | {peaks[name]:7.1f} "
              f"| {measures[name]:<{width}} |")
    print()
    total = sum(statistics.median(v) for v in stages.values())
    width = max(len(v) for v in STAGES.values())
    header = f"| {'pipeline stage':<{width}} | {'ms/article':>10} | {'share':>5} |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    for stage, label in STAGES.items():
        seconds = statistics.median(stages[stage])
        print(f"| {label:<{width}} | {1000 * seconds / len(records):10.2f} | {100 * seconds / total:4.0f}% |")
    print()
    print(f"structure: {structure}/{len(records)} outputs have summary, headline, dateline with "
          f"place and date, and a body of 3+ paragraphs ({100 * structure / len(records):.0f}%)")
    print(f"quotes: {quotes_bad} of {quotes_total} quoted spans in the outputs differ from the source")
    print(f"check: {flagged}/{len(records)} outputs flagged by the checker; "
          f"{no_place} datelines without a place (the text names none the gazetteer knows)")
    if args.places:
        print()
        for k, (rec, r) in enumerate(zip(records, results, strict=True)):
            head = " ".join(rec["article"][:100].split())
            print(f"{k:3d} {r.dateline.place_from:6} {r.dateline.place or '-':<32} | {head}")
    if args.json:
        rows = []
        for group in GROUPS.values():
            if ("lead-3", group) not in scores:
                continue
            for k, label in enumerate(("ROUGE-1", "ROUGE-2", "ROUGE-L")):
                ours_v = mean([x[k] for x in scores[("copydesk", group)]])
                base_v = mean([x[k] for x in scores[("lead-3", group)]])
                row = {"measure": f"{label} F1, {group}", "ours": round(ours_v, 2), "unit": "%",
                       "baseline": "Lead-3", "baseline_value": round(base_v, 2), "better": "higher"}
                if group == "CNN/DM" and k == 0:
                    row.update(target=">= Lead-3, goal +2 points", met=ours_v >= base_v,
                               goal_met=ours_v >= base_v + 2)
                if group == "CNN/DM" and k == 1:
                    row.update(target=">= Lead-3", met=ours_v >= base_v)
                rows.append(row)
        for name, label in (("copydesk", "articles/s, summary (same sentences)"),
                            ("draft", "articles/s, summary + headline + body (same sentences)"),
                            ("pipeline", "articles/s, whole pipeline from raw text")):
            rate = statistics.median(rates[name])
            row = {"measure": label, "ours": round(rate, 1), "unit": "articles/s",
                   "baseline": "sumy LexRank", "baseline_value": round(lex, 1), "better": "higher",
                   "target": ">= 10x", "met": rate >= 10 * lex}
            rows.append(row)
        rows.append({"measure": "peak memory, draft", "ours": round(peaks["copydesk"], 2), "unit": "MB",
                     "baseline": "sumy LexRank", "baseline_value": round(peaks["lexrank"], 2),
                     "better": "lower"})
        rows.append({"measure": "outputs with every part", "ours": round(100 * structure / len(records), 1),
                     "unit": "%", "better": "higher", "target": "100%", "met": structure == len(records)})
        rows.append({"measure": "quotes that differ from the source", "ours": quotes_bad, "unit": "quotes",
                     "better": "lower", "target": "0", "met": quotes_bad == 0})
        for stage, label in STAGES.items():
            seconds = statistics.median(stages[stage])
            rows.append({"measure": f"ms/article, pipeline stage: {label}",
                         "ours": round(1000 * seconds / len(records), 2), "unit": "ms",
                         "better": "lower"})
        notes = [f"{no_place} of {len(records)} datelines carry no place: the text names none the "
                 "gazetteer knows, and copydesk never invents one",
                 f"speed is the median of {args.repeat} passes"]
        print(json.dumps({"benchmark": "summarize", "rows": rows, "notes": notes}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
