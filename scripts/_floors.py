"""Shared by scripts/gate and scripts/raise-floors: the floors file and the eval run.

eval-floors.json pins minimum ("min") and maximum ("max") figures for one engine on one
dataset; keys are dotted paths into that engine's figures in `copydesk eval --json`
output, e.g. "groups.cnndm.rouge1.reference". "place_labels" names the hand labels the
dateline places are scored against (place_given_share is a floor, place_wrong_share a
ceiling). Only scripts/raise-floors writes it, and
it never loosens a bound without --allow-regression.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "eval-floors.json"
DEFAULT_DATA = "../shared/data/news_dev.jsonl"
DEFAULT_PLACE_LABELS = "benchmarks/labels/dev-places.json"

# The figures pinned when the file is first written.
DEFAULT_FLOORS = {
    "engine": "extractive",
    "dataset": DEFAULT_DATA,
    "group_by": "source",
    "place_labels": DEFAULT_PLACE_LABELS,
    "min": {
        **{f"groups.{g}.{k}.reference": 0.0 for g in ("cnndm", "xsum")
           for k in ("rouge1", "rouge2", "rougeL")},
        "structure_ok_share": 0.0,
        "supported_share": 0.0,
        "place_given_share": 0.0,
    },
    "max": {"altered_quotes": 0, "failed": 0, "place_wrong_share": 1.0},
}


class GateError(Exception):
    """A one-line problem with the gate's own input; exit 2."""


def ensure_venv() -> None:
    """Re-run this script with the repo's .venv python when copydesk is not importable."""
    try:
        import copydesk  # noqa: F401
    except ModuleNotFoundError:
        venv = ROOT / ".venv" / "bin" / "python"
        # a venv's python is a symlink to the base one: tell them apart by sys.prefix
        if venv.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
            os.execv(str(venv), [str(venv), *sys.argv])
        print("error: copydesk is not installed - run scripts/setup first", file=sys.stderr)
        sys.exit(2)


def load_floors(path: Path) -> dict:
    if not path.exists():
        raise GateError(f"floors file {path} does not exist - run scripts/raise-floors --init")
    try:
        floors = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GateError(f"floors file {path} is not valid JSON ({exc}) - restore it from git") from None
    if not isinstance(floors, dict) or not {"engine", "min", "max"} <= floors.keys():
        raise GateError(f"floors file {path} lacks engine/min/max - restore it from git")
    return floors


def dataset_path(floors: dict, override: str | None) -> Path:
    raw = override or os.environ.get("COPYDESK_EVAL_DATA") or floors.get("dataset") or DEFAULT_DATA
    path = Path(raw)
    return path if path.is_absolute() else (ROOT / path).resolve()


def figures(floors: dict, data: Path, from_json: str | None) -> dict:
    """The pinned engine's figures: read from --from, or measured now with copydesk eval."""
    if from_json:
        try:
            report = json.loads(Path(from_json).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GateError(f"--from {from_json} cannot be read as JSON ({exc}) - give copydesk eval --json output") from None
    else:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "eval.json"
            cmd = [sys.executable, "-m", "copydesk", "eval", str(data), "--engine", floors["engine"],
                   "--json", str(out), "--quiet"]
            if floors.get("group_by"):
                cmd += ["--group-by", floors["group_by"]]
            if floors.get("place_labels"):  # the dateline place against hand labels
                cmd += ["--place-labels", str(ROOT / floors["place_labels"])]
            print("$ " + " ".join(cmd[2:]), flush=True)
            done = subprocess.run(cmd, cwd=ROOT)
            if done.returncode != 0 or not out.exists():
                raise GateError(f"copydesk eval exited with {done.returncode} - see its message above")
            report = json.loads(out.read_text(encoding="utf-8"))
    engines = report.get("engines", {}) if isinstance(report, dict) else {}
    if floors["engine"] not in engines:
        raise GateError(f"the eval figures hold no engine {floors['engine']!r} - run eval with --engine {floors['engine']}")
    return engines[floors["engine"]]


def show(rows: list[dict]) -> None:
    width = max((len(r["key"]) for r in rows), default=10)
    print(f"{'figure':<{width}}  bound   pinned     now  status")
    for r in rows:
        sign = ">=" if r["bound"] == "min" else "<="
        now = "missing" if r["figure"] is None else f"{r['figure']:.4f}"
        status = "ok" if r["ok"] else "BELOW FLOOR" if r["bound"] == "min" else "ABOVE CEILING"
        print(f"{r['key']:<{width}}  {sign} {r['pinned']:>8.4f} {now:>8}  {status}")


def write_atomic(path: Path, data: dict) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, indent=2) + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
