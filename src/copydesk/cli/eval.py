"""``copydesk eval``: measure engines side by side on a news set (see copydesk.eval)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from copydesk import eval as ev
from copydesk.cli.common import write_output
from copydesk.config import load_settings
from copydesk.errors import EngineError, InputError
from copydesk.placeverdict import labelled_place_figures, load_place_labels


def _pct(x: Any) -> str:
    return "-" if x is None else f"{100 * x:.2f}"


def _num(x: Any, places: int = 1) -> str:
    return "-" if x is None else f"{x:.{places}f}"


def _int(x: Any) -> str:
    return "-" if x is None else str(x)


def _per_100(per_100: dict[str, float] | None, kind: str | None = None) -> str:
    if per_100 is None:
        return "-"
    if kind is None:
        return f"{sum(per_100.values()):.2f}"
    return f"{per_100.get(kind, 0.0):.2f}"


def _kinds(fig: dict[str, Any]) -> list[str]:
    found = set(fig.get("problems_per_100") or {}) | set((fig.get("draft") or {}).get("problems_per_100") or {})
    return sorted(found)


def _tokens(used: dict[str, Any] | None) -> str:
    if not used:
        return "—"
    return f"{used['prompt_tokens']} / {used['completion_tokens']}"


def rows(fig: dict[str, Any], references: list[str], kinds: list[str]) -> list[tuple[str, str]]:
    """The table's rows for one engine's figures: (measure, shown value)."""
    out: list[tuple[str, str]] = [("Records scored / failed", f"{fig['scored']} / {fig['failed']}")]
    labels = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeL": "ROUGE-L", "rougeLsum": "ROUGE-Lsum"}
    for ref in references:
        n = fig["rouge_n"].get(ref, 0)
        for kind in ev.ROUGE_TYPES:
            out.append((f"{labels[kind]} F1 % · {ref} (n={n})", _pct(fig[kind].get(ref))))
    draft = fig.get("draft") or {}
    shipped = fig["problems_per_100"] if fig["shipped_sentences"] else None
    out += [
        ("Supported sentences % (shipped)", _pct(fig["supported_share"])),
        ("Problems /100 sentences (shipped)", _per_100(shipped)),
        *((f"  {kind}", _per_100(shipped, kind)) for kind in kinds),
        ("Altered quotes (shipped, must be 0)", _int(fig["altered_quotes"])),
        ("Supported sentences % (raw draft)", _pct(draft.get("supported_share"))),
        ("Problems /100 sentences (raw draft)", _per_100(draft.get("problems_per_100"))),
        *((f"  {kind}", _per_100(draft.get("problems_per_100"), kind)) for kind in kinds),
        ("Altered quotes (raw draft)", _int(draft.get("altered_quotes"))),
        ("Desk repaired / replaced / cut",
         " / ".join(str(fig["desk"][k]) for k in ("repaired", "replaced", "cut"))),
        ("Structure: every part %", _pct(fig["structure_ok_share"])),
        ("  summary %", _pct(fig["structure"]["summary"])),
        ("  headline %", _pct(fig["structure"]["headline"])),
        ("  dateline with place and date %", _pct(fig["structure"]["dateline"])),
        (f"  body >= {ev.MIN_BODY_PARAGRAPHS} paragraphs %", _pct(fig["structure"]["body"])),
        ("Dateline date assumed (run date) %", _pct(fig["date_assumed_share"])),
        *((("Dateline place given % (labelled)", _pct(fig["place"]["place_given_share"])),
           ("Dateline place wrong % of given (labelled)", _pct(fig["place"]["place_wrong_share"])))
          if fig.get("place") else ()),
        ("Originality: new body 5-grams % (shipped)", _pct(fig["originality"])),
        ("Originality: new body 5-grams % (raw draft)", _pct(draft.get("originality"))),
        ("Editorial: headlines well formed %", _pct(fig["editorial"]["headline_ok_share"])),
        ("  dangling sentences / article", _num(fig["editorial"]["dangling_per_article"], 2)),
        ("  caption or junk lines / article", _num(fig["editorial"]["junk_per_article"], 2)),
        ("  outputs with broken quote marks", _int(fig["editorial"]["broken_quotes"])),
        ("Summary words (median)", _num(fig["lengths"]["summary_words"]["median"])),
        ("Body words (median)", _num(fig["lengths"]["body_words"]["median"])),
        ("Body paragraphs (median)", _num(fig["lengths"]["body_paragraphs"]["median"])),
        ("Source words (median)", _num(fig["lengths"]["source_words"]["median"])),
        ("Seconds per article (median)", _num(fig["seconds_median"], 4)),
        ("Seconds per article (p95)", _num(fig["seconds_p95"], 4)),
        ("Seconds, first article (with loading)", _num(fig.get("seconds_first"), 4)),
        ("Articles per second (wall, in flight)",
         f"{_num(fig.get('articles_per_second'), 3)} ({fig.get('in_flight', 1)})"),
        ("Tokens: prompt / completion (model server)", _tokens(fig.get("usage"))),
    ]
    return out


def tables(report: dict[str, Any]) -> list[Any]:
    """One rich table per scope (all records, then each group), engines side by side."""
    from rich.table import Table

    engines = report["engines"]
    names = list(engines)
    scopes: list[tuple[str, dict[str, dict[str, Any]]]] = [("all records", engines)]
    groups = sorted({g for fig in engines.values() for g in fig.get("groups", {})})
    for g in groups:
        scopes.append((f"{report['group_by']} = {g}",
                       {n: engines[n]["groups"][g] for n in names if g in engines[n].get("groups", {})}))
    out = []
    for title, figs in scopes:
        any_fig = next(iter(figs.values()))
        table = Table(title=f"{title} · {report['dataset']}", title_justify="left")
        table.add_column("Measure")
        for name in figs:
            table.add_column(name, justify="right")
        kinds = sorted({k for fig in figs.values() for k in _kinds(fig)})
        per_engine = [rows(fig, report["references"], kinds) for fig in figs.values()]
        for i, (label, _) in enumerate(rows(any_fig, report["references"], kinds)):
            table.add_row(label, *(r[i][1] for r in per_engine))
        out.append(table)
    return out


@click.command(name="eval")
@click.argument("dataset")
@click.option("--engine", "engines", multiple=True, metavar="NAME",
              help="Engine to measure; repeat for several side by side (default: extractive).")
@click.option("--model", envvar="COPYDESK_MODEL", show_envvar=True, default=None,
              help="Model for the model engines (a GGUF path, or a server's model name).")
@click.option("--base-url", envvar="COPYDESK_BASE_URL", show_envvar=True, default=None,
              help="Base URL of an OpenAI-compatible server, for the openai engine.")
@click.option("--limit", type=int, default=None, metavar="N", help="Only the first N records.")
@click.option("--also-reference", "also_reference", multiple=True, metavar="FIELD",
              help="Another reference field to score against (repeatable), e.g. gpt3_summary.")
@click.option("--group-by", "group_by", default=None, metavar="FIELD",
              help="Also report the figures per value of this field, e.g. source.")
@click.option("--summary-sentences", type=int, default=3, show_default=True)
@click.option("--concurrency", type=click.IntRange(1, 256), default=None, envvar="COPYDESK_CONCURRENCY",
              help="Rewrites in flight at once for engines that call a model server "
                   "[env COPYDESK_CONCURRENCY; default: the engine's concurrency setting, 4]")
@click.option("--json", "json_out", default=None, metavar="OUT",
              help="Write the figures as JSON to OUT (- for stdout; the table then goes to stderr).")
@click.option("--place-labels", "place_labels", default=None, metavar="FILE",
              help="Hand labels of the dateline place per record id (e.g. benchmarks/labels/dev-places.json): "
                   "adds place given and place wrong.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def eval_cmd(dataset, engines, model, base_url, limit, also_reference, group_by,
             summary_sentences, concurrency, json_out, quiet, place_labels):
    """Measure engines on DATASET.jsonl: ROUGE, faithfulness, structure, originality, speed.

    Each line of DATASET is a JSON object with "article" and "reference" (and optionally
    "id", "title", "published", "url"). Example:

    \b
        copydesk eval news.jsonl --engine extractive --engine llama-cpp --json out.json
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    if json_out not in (None, "-"):
        parent = Path(json_out).parent
        if not parent.is_dir():
            raise InputError(f"--json {json_out}: folder {parent} does not exist - create it first")
    settings = load_settings({"model": model, "base_url": base_url, "concurrency": concurrency})
    records = ev.load_dataset(dataset, also_reference=also_reference, limit=limit, group_by=group_by)
    labels = load_place_labels(place_labels) if place_labels else None
    if labels is not None:
        labelled_place_figures([(r.id, None) for r in records], labels)  # no label fits: fail before the run
    instances = ev.resolve_engines(list(engines) or [settings.engine], settings)

    err = Console(stderr=True)
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, disable=quiet, transient=False)
    tasks = {e.name: progress.add_task(f"eval {e.name}", total=len(records)) for e in instances}
    with progress:
        report = ev.evaluate(
            records, instances, summary_sentences=summary_sentences, dataset=dataset,
            group_by=group_by, place_labels=labels, concurrency=concurrency,
            progress=lambda name, done: progress.update(tasks[name], completed=done),
        )

    out = Console(stderr=json_out == "-", soft_wrap=False, width=max(100, Console().width))
    for table in tables(report):
        out.print(table)
    for name, fig in report["engines"].items():
        for fail in fig["failures"][:5]:
            err.print(f"{name}: line {fail['line']} ({fail['id']}) failed: {fail['error']}",
                      markup=False, highlight=False, soft_wrap=True)
        if len(fig["failures"]) > 5:
            err.print(f"{name}: ... and {len(fig['failures']) - 5} more failures (see --json)")
    if json_out:
        write_output(json.dumps(report, indent=2, ensure_ascii=False), json_out)
    for name, fig in report["engines"].items():
        if fig["records"] and fig["failed"] == fig["records"]:
            first = fig["failures"][0]["error"]
            raise EngineError(f"engine {name} failed on every record (first: {first}) "
                              f"- check its set-up with 'copydesk engines'")
    sys.stdout.flush()


COMMANDS = [eval_cmd]
