"""Evaluation: run engines over a news set and measure what they ship.

    dataset.jsonl --load_dataset--> EvalRecord --desk.rewrite (per engine)--> Rewrite
        --score_record--> RecordScore --aggregate--> figures (one dict per engine)

A dataset line is a JSON object with ``article`` and ``reference`` (a string, or a list
of strings scored as several references, best one counted) and optionally ``id``,
``title``, ``published``, ``url`` and any extra reference fields named by the caller.

Figures per engine, all shares in 0..1:

* ``rouge1``/``rouge2``/``rougeL``/``rougeLsum``: mean F1 of the summary against each
  reference field (``rouge-score``, Porter stemming; Lsum splits on sentences).
* faithfulness, from the checker: on the SHIPPED output (``supported_share``,
  ``problems_per_100`` by kind, ``altered_quotes``) and on the engine's raw draft before
  the desk repaired it (the same under ``draft``), plus what the desk did (``desk``).
* ``structure_ok_share``: outputs with a summary, a headline, a dateline with a place
  and a date, and a body of at least 3 paragraphs (each part also on its own).
* ``originality``: the share of the body's word 5-grams not found in the source,
  quotations left out (mean over outputs).
* ``editorial`` (``copydesk.editorial``): headlines well formed, dangling sentences and
  page-junk lines per article, outputs with broken quotation marks.
* ``lengths`` and ``seconds_median``/``seconds_p95`` per article. The first article an
  engine rewrites also pays for loading (a gazetteer, a model): its time is reported as
  ``seconds_first`` and left out of the median and p95 when there are other articles.

A failure on one record is counted and listed under ``failures``; it never stops the run.
"""

from __future__ import annotations

import copy
import json
import math
import statistics
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from copydesk import check as checker
from copydesk import editorial as editorial_mod
from copydesk.config import Settings, load_settings
from copydesk.editorial import altered_quotes, originality
from copydesk.engines import Engine, get_engine
from copydesk.errors import BadOption, EngineUnavailable, InputError
from copydesk.inflight import in_flight
from copydesk.lexicon import words
from copydesk.model import PROBLEM_KINDS, Document, Draft, Rewrite
from copydesk.segment import split_sentences

SCHEMA = "copydesk.eval/1"
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
MIN_BODY_PARAGRAPHS = 3
STRUCTURE_PARTS = ("summary", "headline", "dateline", "body")


# ---------------------------------------------------------------------------- dataset


@dataclass
class EvalRecord:
    """One dataset line: the article, its references by field, and its group."""

    line: int
    id: str
    article: str
    references: dict[str, list[str]]
    title: str | None = None
    published: str | None = None
    url: str | None = None
    group: str | None = None


def _references(value: Any, name: str, line: int, path: Path) -> list[str]:
    if isinstance(value, str):
        refs = [value]
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        refs = list(value)
    else:
        raise InputError(
            f"{path}:{line}: field {name!r} is a {type(value).__name__}, not text "
            "- give a string or a list of strings"
        )
    refs = [r for r in refs if r.strip()]
    if not refs:
        raise InputError(f"{path}:{line}: field {name!r} is empty - give a reference summary")
    return refs


def load_dataset(
    path: str | Path,
    *,
    also_reference: Sequence[str] = (),
    limit: int | None = None,
    group_by: str | None = None,
) -> list[EvalRecord]:
    """Read a JSONL dataset; any bad line raises ``InputError`` naming file and line.

    An extra reference field may be missing from some records (it is then scored on
    the records that have it) but not from all of them.
    """
    path = Path(path)
    if limit is not None and limit < 1:
        raise BadOption(f"--limit {limit} is not positive - give 1 or more")
    if not path.exists():
        raise InputError(f"dataset {path} does not exist - give the path of a .jsonl file")
    if path.is_dir():
        raise InputError(f"dataset {path} is a folder - give the path of a .jsonl file")
    records: list[EvalRecord] = []
    seen_extra: Counter[str] = Counter()
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read dataset {path} ({exc.strerror}) - check its permissions") from None
    with fh:
        try:
            for line_no, raw in enumerate(fh, 1):
                if limit is not None and len(records) >= limit:
                    break
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"{path}:{line_no}: not valid JSON ({exc.msg} at column {exc.colno}) "
                        "- fix the line; each line must be one JSON object"
                    ) from None
                if not isinstance(obj, dict):
                    raise InputError(f"{path}:{line_no}: not a JSON object - put one object per line")
                for name in ("article", "reference"):
                    if name not in obj:
                        raise InputError(f"{path}:{line_no}: no {name!r} field - every record needs article and reference")
                if not isinstance(obj["article"], str) or not obj["article"].strip():
                    raise InputError(f"{path}:{line_no}: field 'article' is empty or not text - give the article text")
                refs = {"reference": _references(obj["reference"], "reference", line_no, path)}
                for name in also_reference:
                    if obj.get(name) is not None:
                        refs[name] = _references(obj[name], name, line_no, path)
                        seen_extra[name] += 1
                group = None
                if group_by:
                    if obj.get(group_by) is None:
                        raise InputError(f"{path}:{line_no}: no {group_by!r} field to group by - drop --group-by or add it")
                    group = str(obj[group_by])
                meta = {k: obj.get(k) for k in ("title", "published", "url")}
                for k, v in meta.items():
                    if v is not None and not isinstance(v, str):
                        raise InputError(f"{path}:{line_no}: field {k!r} is not text - give a string or leave it out")
                records.append(EvalRecord(
                    line=line_no, id=str(obj.get("id", f"line-{line_no}")), article=obj["article"],
                    references=refs, title=meta["title"], published=meta["published"],
                    url=meta["url"], group=group,
                ))
        except UnicodeDecodeError:
            raise InputError(f"dataset {path} is not UTF-8 text - convert it to UTF-8") from None
    if not records:
        raise InputError(f"dataset {path} holds no records - give a file with one JSON object per line")
    for name in also_reference:
        if not seen_extra[name]:
            raise InputError(f"no record in {path} has the field {name!r} - check the --also-reference name")
    return records


# ---------------------------------------------------------------------------- measures


def rouge_scorer():
    """The ROUGE scorer every figure uses: the four types, Porter stemming."""
    from rouge_score import rouge_scorer as rs

    return rs.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def _sentence_lines(text: str) -> str:
    """Text with one sentence per line, as ROUGE-Lsum wants it."""
    if "\n" in text.strip():
        return "\n".join(line.strip() for line in text.splitlines() if line.strip())
    return "\n".join(split_sentences(text))


def rouge(scorer, summary_sentences: Sequence[str], references: Sequence[str]) -> dict[str, float]:
    """F1 of each ROUGE type; with several references, the best one per type."""
    prediction = "\n".join(s.strip() for s in summary_sentences)
    best = dict.fromkeys(ROUGE_TYPES, 0.0)
    for ref in references:
        scores = scorer.score(_sentence_lines(ref), prediction)
        for name in ROUGE_TYPES:
            best[name] = max(best[name], scores[name].fmeasure)
    return best


@dataclass
class Faith:
    """Checker figures for one output: sentences, supported ones, problems by kind, quotes."""

    sentences: int = 0
    supported: int = 0
    problems: Counter[str] = field(default_factory=Counter)
    altered_quotes: int = 0


def faithfulness(headline: str, summary: Sequence[str], body: Sequence[Sequence[str]],
                 source_sentences: Sequence[str]) -> Faith:
    """Check every sentence of an output against its source with the checker; the summary,
    and the body across its paragraphs, are each read as one passage (``repeat``)."""
    index = checker.SourceIndex(list(source_sentences))
    parts = [("headline", [headline] if headline.strip() else [])]
    parts += [("summary", list(summary)), ("body", [s for p in body for s in p])]
    out = Faith()
    for part, sentences in parts:
        for check in checker.check_passage(sentences, index, part=part):
            out.sentences += 1
            out.supported += check.status == "supported"
            out.problems.update(p.kind for p in check.problems)
    source = " ".join(source_sentences)
    texts = [" ".join(summary), *(" ".join(p) for p in body)]
    out.altered_quotes = (len(altered_quotes([headline], source, fold_case=True))
                          + len(altered_quotes(texts, source)))
    return out


# ---------------------------------------------------------------------------- running


class _Recording(Engine):
    """Wraps an engine to keep a copy of its raw draft, before the desk repairs it."""

    def __init__(self, inner: Engine):
        self.inner = inner
        self.settings = inner.settings
        self.name = inner.name  # type: ignore[misc]
        self.uses_model = inner.uses_model  # type: ignore[misc]
        self.in_flight = inner.in_flight  # type: ignore[misc]
        self._local = threading.local()  # the raw draft of the rewrite at hand, per thread

    @property
    def last(self) -> tuple[Document, Draft] | None:
        return getattr(self._local, "last", None)

    @last.setter
    def last(self, value: tuple[Document, Draft] | None) -> None:
        self._local.last = value

    def __getattr__(self, attr: str) -> Any:
        if attr in ("inner", "_local"):
            raise AttributeError(attr)
        return getattr(self.inner, attr)

    def status(self) -> str:
        return self.inner.status()

    def draft(self, doc: Document, *, summary_sentences: int = 3) -> Draft:
        result = self.inner.draft(doc, summary_sentences=summary_sentences)
        self.last = (doc, copy.deepcopy(result))
        return result

    def revise(self, doc, sentence, problems):  # type: ignore[no-untyped-def]
        return self.inner.revise(doc, sentence, problems)

    def close(self) -> None:
        self.inner.close()


@dataclass
class RecordScore:
    """Everything measured on one record for one engine (``error`` set when it failed)."""

    line: int
    id: str
    group: str | None
    error: str | None = None
    seconds: float = 0.0
    rouge: dict[str, dict[str, float]] = field(default_factory=dict)
    shipped: Faith = field(default_factory=Faith)
    draft: Faith | None = None
    desk: Counter[str] = field(default_factory=Counter)
    parts: dict[str, bool] = field(default_factory=dict)
    date_assumed: bool = False
    novel: tuple[int, int] = (0, 0)
    draft_novel: tuple[int, int] | None = None
    first: bool = False
    lengths: dict[str, float] = field(default_factory=dict)
    place: str | None = None  # the dateline's place
    editorial: editorial_mod.Editorial | None = None
    usage: dict[str, Any] | None = None


def score_rewrite(rec: EvalRecord, result: Rewrite, raw: tuple[Document, Draft] | None,
                  scorer, seconds: float) -> RecordScore:
    """Measure one finished rewrite (and the raw draft it came from)."""
    score = RecordScore(line=rec.line, id=rec.id, group=rec.group, seconds=seconds, usage=result.usage)
    summary = [s.text for s in result.summary]
    body = [[s.text for s in para] for para in result.body]
    source_sentences = list(result.source_sentences)
    source = " ".join(source_sentences)
    for name, refs in rec.references.items():
        score.rouge[name] = rouge(scorer, summary, refs)
    score.shipped = faithfulness(result.headline, summary, body, source_sentences)
    if raw is not None:
        doc, draft = raw
        score.draft = faithfulness(draft.headline, [s.text for s in draft.summary],
                                   [[s.text for s in p] for p in draft.body], doc.sentences)
        score.draft_novel = originality([" ".join(s.text for s in p) for p in draft.body],
                                        " ".join(doc.sentences))
    score.desk = Counter(c.status for c in result.check.sentences
                         if c.status in ("repaired", "replaced", "cut"))
    dl = result.dateline
    score.parts = {
        "summary": bool(summary),
        "headline": bool(result.headline and result.headline.strip()),
        "dateline": bool(dl is not None and dl.place and dl.date),
        "body": len([p for p in body if p]) >= MIN_BODY_PARAGRAPHS,
    }
    score.date_assumed = bool(dl is not None and dl.date_assumed)
    score.place = dl.place if dl is not None else None
    score.novel = originality(result.body_paragraphs, source)
    score.editorial = editorial_mod.measure(result)
    score.lengths = {
        "source_words": len(words(source)),
        "summary_words": len(words(" ".join(summary))),
        "summary_sentences": len(summary),
        "headline_words": len(words(result.headline or "")),
        "body_words": len(words(" ".join(result.body_paragraphs))),
        "body_paragraphs": len(body),
    }
    return score


def resolve_engines(engines: Sequence[str | Engine], settings: Settings | None = None) -> list[Engine]:
    """Engine names (or ready instances) to instances; an unknown name raises at once."""
    if not engines:
        engines = ["extractive"]
    out: list[Engine] = []
    for eng in engines:
        out.append(eng if isinstance(eng, Engine) else get_engine(eng, settings or load_settings()))
    names = [e.name for e in out]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise BadOption(f"engine {dupes[0]!r} given twice - name each engine once")
    return out


Progress = Callable[[str, int], None]


def run_engine(records: Sequence[EvalRecord], engine: Engine, *, summary_sentences: int = 3,
               progress: Progress | None = None, concurrency: int | None = None) -> list[RecordScore]:
    """Rewrite every record with ``engine`` and score it; a failing record is kept as an error.

    An engine that talks to a server keeps up to ``concurrency`` (default: its setting)
    rewrites in flight (``copydesk.inflight``); scores come back in record order."""
    from copydesk.desk import rewrite

    scorer = rouge_scorer()
    recorder = _Recording(engine)
    n = concurrency or in_flight(engine, engine.settings)

    def one(rec: EvalRecord) -> tuple[RecordScore, Exception | None]:
        recorder.last = None
        start = time.perf_counter()
        try:
            result = rewrite(rec.article, engine=recorder, summary_sentences=summary_sentences,
                             title=rec.title, published=rec.published, url=rec.url,
                             settings=engine.settings)
            seconds = time.perf_counter() - start
            return score_rewrite(rec, result, recorder.last, scorer, seconds), None
        except Exception as exc:  # noqa: BLE001 - counted and reported per record, never aborts
            error = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
            return RecordScore(line=rec.line, id=rec.id, group=rec.group, error=error), exc

    scores: list[RecordScore] = []
    with ThreadPoolExecutor(max_workers=max(1, n)) as pool:
        futures = [pool.submit(one, rec) for rec in records] if n > 1 else None
        for i, rec in enumerate(records):
            score, exc = futures[i].result() if futures else one(rec)
            score.first = score.error is None and not any(s.first for s in scores)
            scores.append(score)
            if isinstance(exc, EngineUnavailable):
                # Not this record's fault: the engine cannot run at all (no model, no
                # server). Every remaining record is counted as failed with the same error.
                for fut in futures or []:
                    fut.cancel()
                scores += [RecordScore(line=r.line, id=r.id, group=r.group, error=score.error)
                           for r in records[i + 1:]]
                if progress:
                    progress(engine.name, len(records))
                break
            if progress:
                progress(engine.name, i + 1)
    return scores


# ---------------------------------------------------------------------------- figures


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) by linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def _r(x: float) -> float:
    return round(x, 4)


def _faith_figures(faiths: list[Faith]) -> dict[str, Any]:
    sentences = sum(f.sentences for f in faiths)
    kinds: Counter[str] = Counter()
    for f in faiths:
        kinds.update(f.problems)
    return {
        "sentences": sentences,
        "supported_share": _r(sum(f.supported for f in faiths) / sentences) if sentences else None,
        # every kind the checker knows, zeros too, so that each has its own count
        "problems_per_100": {k: _r(100 * kinds.get(k, 0) / sentences) if sentences else 0.0
                             for k in sorted({*PROBLEM_KINDS, *kinds})},
        "problems_per_100_total": _r(100 * sum(kinds.values()) / sentences) if sentences else None,
        "altered_quotes": sum(f.altered_quotes for f in faiths) if faiths else None,
    }


def aggregate(scores: Sequence[RecordScore], references: Sequence[str]) -> dict[str, Any]:
    """The figures of one engine over ``scores`` (failed records counted, not scored)."""
    ok = [s for s in scores if s.error is None]
    fig: dict[str, Any] = {"records": len(scores), "scored": len(ok), "failed": len(scores) - len(ok)}
    for kind in ROUGE_TYPES:
        fig[kind] = {}
        for ref in references:
            vals = [s.rouge[ref][kind] for s in ok if ref in s.rouge]
            fig[kind][ref] = _r(statistics.fmean(vals)) if vals else None
    fig["rouge_n"] = {ref: sum(1 for s in ok if ref in s.rouge) for ref in references}
    shipped = _faith_figures([s.shipped for s in ok])
    fig.update({k: shipped[k] for k in ("supported_share", "problems_per_100", "altered_quotes")})
    fig["problems_per_100_total"] = shipped["problems_per_100_total"]
    fig["shipped_sentences"] = shipped["sentences"]
    drafts = [s.draft for s in ok if s.draft is not None]
    fig["draft"] = _faith_figures(drafts) if drafts else None
    if fig["draft"] is not None:
        shares = [new / total for new, total in (s.draft_novel for s in ok if s.draft_novel) if total]
        fig["draft"]["originality"] = _r(statistics.fmean(shares)) if shares else None
    desk: Counter[str] = Counter()
    for s in ok:
        desk.update(s.desk)
    fig["desk"] = {k: desk.get(k, 0) for k in ("repaired", "replaced", "cut")}
    n = len(ok)
    fig["structure"] = {p: _r(sum(s.parts.get(p, False) for s in ok) / n) if n else None
                        for p in STRUCTURE_PARTS}
    fig["structure_ok_share"] = _r(sum(all(s.parts.values()) for s in ok) / n) if n else None
    fig["date_assumed_share"] = _r(sum(s.date_assumed for s in ok) / n) if n else None
    shares = [new / total for new, total in (s.novel for s in ok) if total]
    fig["originality"] = _r(statistics.fmean(shares)) if shares else None
    fig["editorial"] = editorial_mod.figures([s.editorial for s in ok if s.editorial is not None])
    fig["lengths"] = {}
    for key in ("source_words", "summary_words", "summary_sentences", "headline_words",
                "body_words", "body_paragraphs"):
        vals = [s.lengths[key] for s in ok]
        fig["lengths"][key] = {"mean": _r(statistics.fmean(vals)) if vals else None,
                               "median": _r(statistics.median(vals)) if vals else None}
    secs = [s.seconds for s in ok if not s.first] or [s.seconds for s in ok]
    fig["seconds_median"] = _r(statistics.median(secs)) if secs else None
    fig["seconds_p95"] = _r(percentile(secs, 95)) if secs else None
    fig["seconds_first"] = next((_r(s.seconds) for s in ok if s.first), None)
    fig["seconds_total"] = _r(sum(s.seconds for s in ok))
    used = [s.usage for s in ok if s.usage]
    fig["usage"] = {"prompt_tokens": sum(u.get("prompt_tokens") or 0 for u in used),
                    "completion_tokens": sum(u.get("completion_tokens") or 0 for u in used),
                    "requests": sum(u.get("requests") or 0 for u in used),
                    "models": sorted({u["model"] for u in used if u.get("model")})} if used else None
    return fig


def figures(scores: Sequence[RecordScore], references: Sequence[str]) -> dict[str, Any]:
    """Figures over all records, plus the same per group when records carry one."""
    fig = aggregate(scores, references)
    groups = sorted({s.group for s in scores if s.group is not None})
    if groups:
        fig["groups"] = {g: aggregate([s for s in scores if s.group == g], references)
                         for g in groups}
    fig["failures"] = [{"line": s.line, "id": s.id, "error": s.error} for s in scores if s.error]
    return fig


def evaluate(records: Sequence[EvalRecord], engines: Sequence[str | Engine], *,
             settings: Settings | None = None, summary_sentences: int = 3,
             progress: Progress | None = None, dataset: str | None = None,
             group_by: str | None = None, place_labels: dict[str, Any] | None = None,
             concurrency: int | None = None) -> dict[str, Any]:
    """Run each engine over ``records``; the report that ``--json`` writes (with
    ``place_labels``, also the dateline place figures: ``placeverdict.labelled_place_figures``)."""
    if summary_sentences < 1:
        raise BadOption("--summary-sentences must be at least 1 - pass a positive number")
    instances = resolve_engines(engines, settings)
    references = list(dict.fromkeys(r for rec in records for r in rec.references))
    report: dict[str, Any] = {
        "schema": SCHEMA,
        "dataset": dataset,
        "records": len(records),
        "group_by": group_by,
        "references": references,
        "summary_sentences": summary_sentences,
        "engines": {},
    }
    for eng in instances:
        start = time.perf_counter()
        try:
            scores = run_engine(records, eng, summary_sentences=summary_sentences, progress=progress,
                                concurrency=concurrency)
        finally:
            eng.close()
        report["engines"][eng.name] = figures(scores, references)
        wall = time.perf_counter() - start
        report["engines"][eng.name]["in_flight"] = concurrency or in_flight(eng, eng.settings)
        report["engines"][eng.name]["articles_per_second"] = _r(len(records) / wall) if wall > 0 else None
        if place_labels is not None:
            from copydesk.placeverdict import labelled_place_figures

            place = labelled_place_figures([(s.id, s.place) for s in scores if s.error is None], place_labels)
            report["engines"][eng.name].update(place=place, place_given_share=place["place_given_share"],
                                               place_wrong_share=place["place_wrong_share"])
    return report
