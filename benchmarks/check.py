"""Benchmark of the checker (``copydesk.check``) over ../shared/data.

    python benchmarks/check.py [--data DIR] [--limit N] [--sample 20] [--seed 7] [--only 12345]

1. Catch rate on planted errors: sentences of the dev articles with one error put
   in (a changed word inside a quote, a changed number, an invented name, a swapped
   speaker, a shifted date), checked against their own article. Target >= 95% per kind.
2. Extractive output: ``copydesk.rewrite(article)`` with the extractive engine must
   get 0 flags. Also times the checker against sentence splitting of the same text.
3. GPT-3 summaries (``gpt3_summary``): flag rate, and a sample of flags to judge by hand.
4. factcheck_dev.jsonl: balanced accuracy of the summary-level verdict (any unsupported
   sentence = inconsistent; the summary is checked as one passage, ``check_passage``), per
   subset (FRANK/CLIFF x CNN/DM/XSum), with halves A/B of the
   articles.
5. Planted contradictions (``contradictions.py``): antonym, negation, person, number, year,
   weekday and time unit, each swapped for another value of the same article, so that every
   word stays the article's. Target >= 90% caught per kind; false flags on untouched
   sentences (a neutral edit, so that every check runs) <= 3%.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path

import contradictions
from copydesk.check import claims, speakers, verify
from copydesk.lexicon import STOPWORDS, flat
from copydesk.segment import find_quotes, split_sentences

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

INVENTED = ["Hargreave", "Okonkwo", "Lindqvist", "Ferreira", "Kowalczyk", "Thistlewood", "Abernathy",
            "Nakamura", "Vasquez", "Obuya", "Rasmussen", "Pemberton", "Zielinski", "Achterberg",
            "Mbeki-Ross", "Quentin Fairbanks", "Delphine Marsh", "Ravi Chandrakant", "Orla Byrne",
            "Tobias Wren"]
SWAP_WORDS = ["never", "always", "terrible", "wonderful", "nobody", "everyone", "secretly", "finally",
              "hundreds", "cheaply", "angry", "proud", "failed", "refused", "banned", "rescued"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SUBSETS = ("FRANK-CNN/DM", "FRANK-XSum", "CLIFF-CNN/DM", "CLIFF-XSum")
SAID = re.compile(r"\b(said|says|told|added|according to)\b")


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def clean(text: str) -> str:
    """Pasted text whose sentences lost their spaces ("sea.Australia") gets them back."""
    return re.sub(r"(?<=[a-z0-9][.!?\"”])(?=[A-Z])", " ", text.replace("\\'", "'"))


# --- 1. planted errors ---------------------------------------------------------


def plant_quote(sent: str, rng: random.Random) -> str | None:
    quotes = [q for q in find_quotes(sent) if len(q.text.split()) >= 4]
    if not quotes:
        return None
    q = rng.choice(quotes)
    words = [m for m in re.finditer(r"[A-Za-z]{4,}", q.text) if m.group(0).lower() not in STOPWORDS]
    if not words:
        return None
    w = rng.choice(words)
    new = rng.choice([x for x in SWAP_WORDS if x != w.group(0).lower()])
    inner = q.text[: w.start()] + new + q.text[w.end():]
    return sent[: q.start] + inner + sent[q.start + len(q.text):]


def plant_number(sent: str, rng: random.Random) -> str | None:
    nums = [m for m in re.finditer(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d,]*\d)", sent)
            if not re.fullmatch(r"(19|20)\d\d", m.group(0))]
    if not nums:
        return None
    m = rng.choice(nums)
    raw = m.group(0).replace(",", "")
    value = float(raw)
    new = value + rng.choice([1, 2, 3, 5, 7]) if value < 20 else value * rng.choice([0.6, 1.3, 1.7, 2])
    text = f"{new:,.{len(raw.split('.')[1])}f}" if "." in raw else f"{int(round(new)):,}"
    if "," not in m.group(0):
        text = text.replace(",", "")
    return sent[: m.start()] + text + sent[m.end():]


def plant_name(sent: str, article: str, rng: random.Random) -> str | None:
    spans = [(s, w) for s, w, opens in claims.name_spans(sent) if not opens and len(s) > 2]
    if not spans:
        return None
    span, _ = rng.choice(spans)
    choices = [n for n in INVENTED if n.split()[-1].lower() not in article.lower()]
    new = rng.choice(choices)
    i = sent.find(span)
    return sent[:i] + new + sent[i + len(span):]


def people(article: str) -> list[str]:
    """Two- and three-word capitalised names the article puts before "said"."""
    found = Counter()
    for m in re.finditer(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b,?(?: \w+){0,3} (?:said|says|told)", article):
        found[m.group(1)] += 1
    for m in re.finditer(r"(?:said|says) ([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})\b", article):
        found[m.group(1)] += 1
    return [n for n in found if n.split()[0] not in ("The", "But", "And", "He", "She", "It", "In")]


def plant_speaker(sent: str, article: str, rng: random.Random) -> str | None:
    if not find_quotes(sent) or not SAID.search(sent):
        return None
    index = verify.SourceIndex([sent])
    who = speakers.speaker_of(sent, index.names)
    if not who:
        return None
    spans = [s for s, w, opens in claims.name_spans(speakers.strip_quotes(sent)) if set(w) & who]
    if not spans:
        return None
    span = spans[0]
    others = [p for p in people(article) if not {t.lower() for t in p.split()} & who]
    if not others:
        return None
    i = sent.find(span)
    if i < 0:
        return None
    return sent[:i] + rng.choice(others) + sent[i + len(span):]


def plant_date(sent: str, rng: random.Random) -> str | None:
    options = []
    for m in re.finditer(r"\b(" + "|".join(WEEKDAYS) + r")\b", sent):
        k = WEEKDAYS.index(m.group(1))
        options.append((m, WEEKDAYS[(k + rng.choice([1, 2, 3, -1, -2])) % 7]))
    for m in re.finditer(r"\b(" + "|".join(MONTHS) + r")\b", sent):
        k = MONTHS.index(m.group(1))
        if m.group(1) == "May" and not re.search(r"\d", sent[m.end(): m.end() + 5]):
            continue
        options.append((m, MONTHS[(k + rng.choice([1, 2, 3, -1, -2])) % 12]))
    for m in re.finditer(r"\b(19[5-9]\d|20[0-2]\d)\b", sent):
        options.append((m, str(int(m.group(1)) + rng.choice([1, 2, -1, -2, 3]))))
    if not options:
        return None
    m, new = rng.choice(options)
    return sent[: m.start()] + new + sent[m.end():]


def planted(news: list[dict], rng: random.Random, per_article: int = 2):
    """Yield (kind, original, planted, article sentences) cases."""
    for rec in news:
        sents = split_sentences(clean(rec["article"]))
        article = rec["article"]
        makers = {
            "quote": lambda s: plant_quote(s, rng),
            "number": lambda s: plant_number(s, rng),
            "name": lambda s, a=article: plant_name(s, a, rng),
            "speaker": lambda s, a=article: plant_speaker(s, a, rng),
            "date": lambda s: plant_date(s, rng),
        }
        for kind, make in makers.items():
            order = list(range(len(sents)))
            rng.shuffle(order)
            made = 0
            for i in order:
                if len(sents[i].split()) < 5:
                    continue  # list markers and fragments are not claims
                new = make(sents[i])
                if new and new != sents[i]:
                    yield kind, sents[i], new, sents
                    made += 1
                    if made >= per_article:
                        break


def bench_planted(news: list[dict], seed: int) -> dict:
    rng = random.Random(seed)
    total, caught, right_kind = Counter(), Counter(), Counter()
    misses = defaultdict(list)
    index_cache: dict[int, verify.SourceIndex] = {}
    for kind, _orig, new, sents in planted(news, rng):
        index = index_cache.setdefault(id(sents), verify.SourceIndex(sents))
        check = verify.check_sentence(new, index)
        total[kind] += 1
        if check.status == "unsupported":
            caught[kind] += 1
            if any(p.kind == kind for p in check.problems):
                right_kind[kind] += 1
        else:
            misses[kind].append(new)
    print("## 1. Planted errors (each checked against its own article)")
    print(f"{'kind':<10}{'cases':>7}{'caught':>8}{'rate':>8}{'right kind':>12}")
    for kind in ("quote", "number", "name", "speaker", "date"):
        n = total[kind]
        print(f"{kind:<10}{n:>7}{caught[kind]:>8}{caught[kind] / max(n, 1):>8.1%}{right_kind[kind] / max(n, 1):>12.1%}")
    n = sum(total.values())
    print(f"{'all':<10}{n:>7}{sum(caught.values()):>8}{sum(caught.values()) / max(n, 1):>8.1%}")
    for kind, items in misses.items():
        for new in items[:2]:
            print(f"  missed {kind}: {new[:160]}")
    return {"total": total, "caught": caught}


# --- 1b. planted contradictions --------------------------------------------------------


def bench_contradictions(news: list[dict], seed: int, per_article: int = 2) -> dict:
    """Contradictions planted from each article's own values; controls are neutral edits."""
    rng = random.Random(seed)
    total, caught, right_kind = Counter(), Counter(), Counter()
    misses = defaultdict(list)
    controls = control_flags = 0
    flagged_controls = []
    expected = {"antonym": {"antonym", "quantifier"}, "negation": {"negation"}, "person": {"role", "name", "speaker"},
                "number": {"number", "binding"}, "year": {"date", "binding"}, "weekday": {"date", "binding"},
                "time": {"binding"}}
    for rec in news:
        sents = split_sentences(clean(rec["article"]))
        article = " ".join(sents)
        index = verify.SourceIndex(sents)
        planted_at: set[int] = set()
        for kind, make in contradictions.PLANTERS.items():
            order = [i for i in range(len(sents)) if len(sents[i].split()) >= 6]
            rng.shuffle(order)
            made = 0
            for i in order:
                new = make(sents[i], article, rng)
                if not new or new == sents[i] or flat(new) == flat(sents[i]):
                    continue
                planted_at.add(i)
                check = verify.check_sentence(new, index)
                total[kind] += 1
                if check.status == "unsupported":
                    caught[kind] += 1
                    right_kind[kind] += any(p.kind in expected[kind] for p in check.problems)
                else:
                    misses[kind].append((sents[i], new))
                made += 1
                if made >= per_article:
                    break
        rest = [i for i in range(len(sents)) if i not in planted_at and len(sents[i].split()) >= 6]
        for i in rng.sample(rest, min(8, len(rest))):
            edited = contradictions.control(sents[i])
            if edited is None:
                continue
            check = verify.check_sentence(edited, index)
            controls += 1
            if check.status == "unsupported":
                control_flags += 1
                flagged_controls.append((edited, check))
    print("\n## 1b. Planted contradictions (a value of the same article; every word still the article's)")
    print(f"{'kind':<10}{'cases':>7}{'caught':>8}{'rate':>8}{'right kind':>12}")
    for kind in contradictions.KINDS:
        n = total[kind]
        print(f"{kind:<10}{n:>7}{caught[kind]:>8}{caught[kind] / max(n, 1):>8.1%}"
              f"{right_kind[kind] / max(n, 1):>12.1%}")
    n = sum(total.values())
    print(f"{'all':<10}{n:>7}{sum(caught.values()):>8}{sum(caught.values()) / max(n, 1):>8.1%}")
    print(f"false flags on untouched sentences (neutral edit): {control_flags}/{controls} "
          f"({control_flags / max(controls, 1):.1%})")
    for kind, items in misses.items():
        for old, new in items[:3]:
            print(f"  missed {kind}: {new[:170]}\n         source: {old[:170]}")
    for edited, check in flagged_controls[:8]:
        print(f"  control flagged: {edited[:150]} {[p.kind + ': ' + p.detail for p in check.problems][:2]}")
    return {"total": total, "caught": caught, "controls": controls, "control_flags": control_flags}


# --- 2. extractive output ----------------------------------------------------------


def bench_extractive(news: list[dict]) -> dict:
    import copydesk
    from copydesk.desk import prepare
    from copydesk.model import Article

    flags = sentences = articles = 0
    check_times, base_times = [], []
    for rec in news:
        try:
            result = copydesk.rewrite(rec["article"], engine="extractive", published="2025-01-01")
        except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
            print(f"  rewrite failed on {rec['id']}: {exc}", file=sys.stderr)
            continue
        articles += 1
        for c in result.check.sentences:
            sentences += 1
            if c.status != "supported" or c.problems:
                flags += 1
                print(f"  FLAG {rec['id']}: {c.status} {c.text[:100]} {[p.detail for p in c.problems]}")
        from copydesk.engines import get_engine

        t0 = time.perf_counter()
        doc = prepare(Article(text=rec["article"]))
        draft = get_engine("extractive").draft(doc, summary_sentences=3)
        base_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        verify.check_draft(doc, draft)
        check_times.append(time.perf_counter() - t0)
    print("\n## 2. Extractive output (copydesk.rewrite, engine=extractive)")
    print(f"articles {articles}, sentences checked {sentences}, flags {flags} (target 0)")
    cm, bm = statistics.median(check_times), statistics.median(base_times)
    print(f"checker (index + every sentence) median {cm * 1000:.1f} ms/article; baseline, the extractive "
          f"engine's own work (prepare + draft) median {bm * 1000:.1f} ms/article; ratio {cm / bm:.2f}x")
    return {"articles": articles, "sentences": sentences, "flags": flags, "check_ms": cm * 1000,
            "base_ms": bm * 1000}


# --- 3. GPT-3 summaries --------------------------------------------------------------


def bench_gpt3(news: list[dict], sample: int, seed: int) -> dict:
    flagged, sents, summaries_flagged = [], 0, 0
    kinds = Counter()
    times = []
    for rec in news:
        article = clean(rec["article"])
        source, summary = split_sentences(article), split_sentences(rec["gpt3_summary"])
        t0 = time.perf_counter()
        index = verify.SourceIndex(source)
        done = verify.check_passage(summary, index, part="summary")
        times.append(time.perf_counter() - t0)
        any_flag = False
        for c in done:
            sents += 1
            if c.status == "unsupported":
                any_flag = True
                kinds.update(p.kind for p in c.problems)
                flagged.append((rec["id"], c, index))
        summaries_flagged += any_flag
    print("\n## 3. GPT-3 summaries (gpt3_summary)")
    print(f"summaries {len(news)}, flagged {summaries_flagged} ({summaries_flagged / len(news):.1%}); "
          f"sentences {sents}, flagged {len(flagged)} ({len(flagged) / max(sents, 1):.1%}); "
          f"problems by kind {dict(kinds)}")
    print(f"checker on these summaries (index + every sentence, no verbatim fast path): median "
          f"{statistics.median(times) * 1000:.1f} ms/article")
    rng = random.Random(seed)
    chosen = rng.sample(flagged, min(sample, len(flagged)))
    for k, (rid, c, index) in enumerate(chosen, 1):
        print(f"[{k}] {rid}: {c.text}")
        for p in c.problems:
            print(f"     {p.kind}: {p.detail}")
        if c.support:
            print(f"     best support: {index.sentences[c.support[0]][:220]}")
    return {"summaries": len(news), "flagged": summaries_flagged,
            "flagged_pct": 100 * summaries_flagged / max(len(news), 1)}


# --- 4. factcheck ---------------------------------------------------------------------


def half(article_id: str) -> str:
    """Which half of the articles a record falls in (a stable hash of its article id)."""
    return "AB"[zlib.crc32(article_id.encode()) % 2]


def balanced(c: Counter) -> tuple[int, int, float, float, float]:
    pos, neg = c[(1, 1)] + c[(1, 0)], c[(0, 1)] + c[(0, 0)]
    tpr = c[(1, 1)] / pos if pos else 0.0
    tnr = c[(0, 0)] / neg if neg else 0.0
    return pos, neg, tpr, tnr, (tpr + tnr) / 2


def bench_factcheck(records: list[dict]) -> dict:
    by = defaultdict(lambda: Counter())
    t0 = time.perf_counter()
    cache: dict[str, verify.SourceIndex] = {}
    for rec in records:
        article = clean(rec["article"])
        if article not in cache:
            cache.clear()
            cache[article] = verify.SourceIndex(split_sentences(article))
        index = cache[article]
        summary = rec["summary"].replace("\\'", "'")
        ok = all(c.status == "supported"
                 for c in verify.check_passage(split_sentences(summary), index, part="summary"))
        subset = f"{rec['dataset'].upper()}-{'CNN/DM' if rec['origin'] == 'cnndm' else 'XSum'}"
        by[subset][(rec["label"], int(ok))] += 1
        by[(subset, half(rec["article_id"]))][(rec["label"], int(ok))] += 1
    elapsed = time.perf_counter() - t0
    print("\n## 4. factcheck_dev.jsonl: summary-level verdict (any unsupported sentence = inconsistent)")
    print(f"{'subset':<14}{'n':>6}{'consistent':>12}{'TPR(cons)':>11}{'TNR(incons)':>13}{'bal.acc':>9}"
          f"{'half A':>8}{'half B':>8}")
    out = {}
    for subset in SUBSETS:
        pos, neg, tpr, tnr, bal = balanced(by[subset])
        halves = [balanced(by[(subset, h)])[4] for h in "AB"]
        out[subset] = {"n": pos + neg, "bal_acc": bal, "half_a": halves[0], "half_b": halves[1]}
        print(f"{subset:<14}{pos + neg:>6}{pos:>12}{tpr:>11.3f}{tnr:>13.3f}{bal:>9.3f}"
              f"{halves[0]:>8.3f}{halves[1]:>8.3f}")
    print(f"({len(records)} records in {elapsed:.1f} s; halves split the articles by a hash of article_id)")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N records of each file")
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--only", default="12345", help="which parts to run, e.g. 34 (5: planted contradictions)")
    ap.add_argument("--json", action="store_true",
                    help="end with one JSON object of rows (for benchmarks/run); the tables go to stderr")
    args = ap.parse_args()
    if args.json:
        real_stdout, sys.stdout = sys.stdout, sys.stderr
    if not (args.data / "news_dev.jsonl").exists():
        sys.exit(f"reference data not found at {args.data} - put ../shared/data beside the repo or pass --data")
    news = load(args.data / "news_dev.jsonl")[: args.limit]
    rows = []
    if "1" in args.only:
        got = bench_planted(news, args.seed)
        for kind in ("quote", "number", "name", "speaker", "date"):
            n = got["total"][kind]
            rate = 100 * got["caught"][kind] / max(n, 1)
            rows.append({"measure": f"planted errors caught: {kind} (n={n})", "ours": rate, "unit": "%",
                         "target": ">= 95%", "met": rate >= 95})
    if "5" in args.only:
        got = bench_contradictions(news, args.seed)
        for kind in contradictions.KINDS:
            n = got["total"][kind]
            rate = 100 * got["caught"][kind] / max(n, 1)
            rows.append({"measure": f"planted contradictions caught: {kind} (n={n})", "ours": rate,
                         "unit": "%", "target": ">= 90%", "met": rate >= 90})
        rate = 100 * got["control_flags"] / max(got["controls"], 1)
        rows.append({"measure": f"false flags on untouched sentences (n={got['controls']})", "ours": rate,
                     "unit": "%", "better": "lower", "target": "<= 3%", "met": rate <= 3})
    if "2" in args.only:
        got = bench_extractive(news)
        rows.append({"measure": f"flags on extractive output ({got['sentences']} sentences)",
                     "ours": got["flags"], "better": "lower", "target": "0", "met": got["flags"] == 0})
        rows.append({"measure": "checker ms per article (median)", "ours": got["check_ms"], "unit": "ms",
                     "baseline": "extractive engine's own work", "baseline_value": got["base_ms"],
                     "better": "lower", "target": "<= 3 ms", "met": got["check_ms"] <= 3})
    if "3" in args.only:
        got = bench_gpt3(news, args.sample, args.seed)
        rows.append({"measure": f"gpt3_summary summaries flagged (n={got['summaries']})",
                     "ours": got["flagged_pct"], "unit": "%", "better": "lower",
                     "target": "<= 3 false flags per 100 summaries (judged by hand)"})
    if "4" in args.only:
        got = bench_factcheck(load(args.data / "factcheck_dev.jsonl")[: args.limit])
        published = {"FRANK-CNN/DM": ">= .70 (QAFactEval .702, published)", "CLIFF-CNN/DM": ".65-.73 (published)"}
        for subset, r in got.items():
            rows.append({"measure": f"balanced accuracy {subset} (n={r['n']}; halves A/B "
                                    f"{r['half_a']:.3f}/{r['half_b']:.3f})",
                         "ours": r["bal_acc"], "target": published.get(subset)})
    if args.json:
        sys.stdout = real_stdout
        print(json.dumps({"benchmark": "check", "rows": rows}))


if __name__ == "__main__":
    main()
