"""The eval gate: scripts/gate fails on a figure below its floor and passes on the pinned
ones; scripts/raise-floors only raises; eval-floors.json never went down in git."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.test_eval import ARTICLE_BRIDGE, ARTICLE_FERRY, write_jsonl

from copydesk import eval as ev
from copydesk import floors as fl

ROOT = Path(__file__).resolve().parents[1]
GATE = ROOT / "scripts" / "gate"
RAISE = ROOT / "scripts" / "raise-floors"
KEY = "groups.x.rouge1.reference"


def run(script: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


@pytest.fixture()
def setup(tmp_path):
    """A tiny dataset in two groups, a floors file at 0 for it, and its real eval figures."""
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "b", "article": ARTICLE_BRIDGE, "source": "x",
         "reference": "The council approved a new bridge that will cost 12 million euros."},
        {"id": "f", "article": ARTICLE_FERRY, "source": "y",
         "reference": "A ferry with 43 passengers ran aground near Port Elm."},
    ])
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({
        "engine": "extractive", "dataset": str(data), "group_by": "source",
        "min": {KEY: 0.0, "groups.y.rouge2.reference": 0.0, "structure_ok_share": 0.0,
                "supported_share": 0.0},
        "max": {"altered_quotes": 5, "failed": 1},
    }))
    report = ev.evaluate(ev.load_dataset(data, group_by="source"), ["extractive"],
                         group_by="source", dataset=str(data))
    figures = tmp_path / "eval.json"
    figures.write_text(json.dumps(report))
    return data, floors, report, figures


def changed(report: dict, key: str, delta: float, path: Path) -> Path:
    """``report`` with the extractive figure at ``key`` moved by ``delta``, written to ``path``."""
    report = copy.deepcopy(report)
    node = report["engines"]["extractive"]
    *parents, last = key.split(".")
    for part in parents:
        node = node[part]
    node[last] = node[last] + delta
    path.write_text(json.dumps(report))
    return path


def test_gate_runs_eval_passes_on_pinned_and_fails_on_a_lowered_figure(setup, tmp_path):
    data, floors, report, figures = setup
    fig = report["engines"]["extractive"]
    assert fig["scored"] == 2 and fl.lookup(fig, KEY) > 0

    # raise-floors runs copydesk eval itself and pins today's figures.
    done = run(RAISE, "--floors", str(floors))
    assert done.returncode == 0, done.stderr
    pinned = json.loads(floors.read_text())
    assert pinned["min"][KEY] == pytest.approx(fl.lookup(fig, KEY), abs=1e-4)
    assert pinned["min"][KEY] <= fl.lookup(fig, KEY)
    assert pinned["max"] == {"altered_quotes": 0, "failed": 0}

    # The gate, also running eval itself, passes on the pinned figures.
    done = run(GATE, "--floors", str(floors))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "gate: passed" in done.stdout and "ROUGE-1" in done.stdout

    # A figure just below its floor fails the gate, naming it.
    lowered = changed(report, KEY, -0.001, tmp_path / "low.json")
    done = run(GATE, "--floors", str(floors), "--from", str(lowered))
    assert done.returncode == 1
    assert KEY in done.stderr and "FAILED" in done.stderr and "Traceback" not in done.stderr

    # So does one altered quote (a ceiling of 0), and a missing figure.
    quoted = changed(report, "altered_quotes", 1, tmp_path / "q.json")
    done = run(GATE, "--floors", str(floors), "--from", str(quoted))
    assert done.returncode == 1 and "altered_quotes" in done.stderr
    gone = copy.deepcopy(report)
    del gone["engines"]["extractive"]["groups"]["x"]
    (tmp_path / "gone.json").write_text(json.dumps(gone))
    done = run(GATE, "--floors", str(floors), "--from", str(tmp_path / "gone.json"))
    assert done.returncode == 1 and KEY in done.stderr

    # The same figures as pinned (not lowered) pass.
    done = run(GATE, "--floors", str(floors), "--from", str(figures))
    assert done.returncode == 0, done.stderr


def test_raise_floors_refuses_to_lower_a_floor_without_allow_regression(setup, tmp_path):
    data, floors, report, figures = setup
    assert run(RAISE, "--floors", str(floors), "--from", str(figures)).returncode == 0
    before = floors.read_bytes()
    floor = json.loads(before)["min"][KEY]

    lowered = changed(report, KEY, -0.05, tmp_path / "low.json")
    done = run(RAISE, "--floors", str(floors), "--from", str(lowered))
    assert done.returncode == 1
    assert "refused" in done.stderr and KEY in done.stderr and "--allow-regression" in done.stderr
    assert floors.read_bytes() == before  # unchanged, byte for byte

    # A worse ceiling is refused the same way.
    worse = changed(report, "altered_quotes", 2, tmp_path / "q.json")
    assert run(RAISE, "--floors", str(floors), "--from", str(worse)).returncode == 1
    assert floors.read_bytes() == before

    # Only the explicit flag lowers it.
    done = run(RAISE, "--floors", str(floors), "--from", str(lowered), "--allow-regression")
    assert done.returncode == 0, done.stderr
    assert "REGRESSION ALLOWED" in done.stdout
    assert json.loads(floors.read_text())["min"][KEY] == pytest.approx(floor - 0.05, abs=2e-4)


def test_raise_floors_raises_and_keeps_the_higher_floor(setup, tmp_path):
    data, floors, report, figures = setup
    assert run(RAISE, "--floors", str(floors), "--from", str(figures)).returncode == 0
    floor = json.loads(floors.read_text())["min"][KEY]
    higher = changed(report, KEY, 0.02, tmp_path / "high.json")
    assert run(RAISE, "--floors", str(floors), "--dry-run", "--from", str(higher)).returncode == 0
    assert json.loads(floors.read_text())["min"][KEY] == floor  # dry run wrote nothing
    assert run(RAISE, "--floors", str(floors), "--from", str(higher)).returncode == 0
    raised = json.loads(floors.read_text())["min"][KEY]
    assert raised == pytest.approx(floor + 0.02, abs=2e-4)
    # Figures between the old and the new floor are now a regression.
    done = run(RAISE, "--floors", str(floors), "--from", str(figures))
    assert done.returncode == 1 and json.loads(floors.read_text())["min"][KEY] == raised


def test_pin_rounds_floors_down_and_ceilings_up():
    figs = {"a": 0.123456, "b": 2}
    new, regressions = fl.raise_floors(figs, {"min": {"a": 0.1}, "max": {"b": 3}})
    assert regressions == [] and new == {"min": {"a": 0.1234}, "max": {"b": 2}}
    assert all(r["ok"] for r in fl.check_floors(figs, new))


def test_gate_skips_when_the_dataset_is_absent(setup, tmp_path):
    data, floors, report, figures = setup
    spec = json.loads(floors.read_text())
    spec["dataset"] = str(tmp_path / "nowhere" / "news_dev.jsonl")
    floors.write_text(json.dumps(spec))
    done = run(GATE, "--floors", str(floors))
    assert done.returncode == 0 and "gate: skipped" in done.stdout and "not found" in done.stdout
    # raise-floors cannot raise without figures: an error, not a skip.
    done = run(RAISE, "--floors", str(floors))
    assert done.returncode == 2 and "not found" in done.stderr


def test_gate_bad_floors_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "floors.json"
    bad.write_text("{not json")
    for script in (GATE, RAISE):
        done = run(script, "--floors", str(bad))
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 2 and len(lines) == 1 and "not valid JSON" in lines[0]
    done = run(GATE, "--floors", str(tmp_path / "none.json"))
    assert done.returncode == 2 and "does not exist" in done.stderr


# ------------------------------------------------------------------ the repo's floors


def test_repo_floors_pin_the_required_figures():
    spec = json.loads((ROOT / "eval-floors.json").read_text())
    assert spec["engine"] == "extractive" and spec["group_by"] == "source"
    assert spec["dataset"] == "../shared/data/news_dev.jsonl"
    for group in ("cnndm", "xsum"):
        for kind in ("rouge1", "rouge2", "rougeL"):
            assert 0 < spec["min"][f"groups.{group}.{kind}.reference"] < 1
    assert spec["min"]["supported_share"] == 1.0
    assert 0 < spec["min"]["structure_ok_share"] <= 1.0
    assert spec["max"]["altered_quotes"] == 0
    assert (ROOT / spec["place_labels"]).exists()
    assert 0 < spec["min"]["place_given_share"] <= 1.0
    assert 0 <= spec["max"]["place_wrong_share"] < 1.0  # a ceiling: lower is better


def test_gate_scores_places_against_labels_and_wrong_share_is_a_ceiling(tmp_path):
    wire = "HALIFAX, Nova Scotia (CP) — " + ARTICLE_FERRY
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "right", "article": wire, "reference": "A ferry."},
        {"id": "wrong", "article": wire, "reference": "A ferry."},
    ])
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"right": {"place": "Halifax, Canada"}, "wrong": {"place": "Oslo, Norway"}}))
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"engine": "extractive", "dataset": str(data), "place_labels": str(labels),
                                  "min": {"place_given_share": 1.0}, "max": {"place_wrong_share": 0.5}}))
    done = run(GATE, "--floors", str(floors))  # runs eval with --place-labels itself
    assert done.returncode == 0, done.stdout + done.stderr
    assert "--place-labels" in done.stdout and "place_wrong_share" in done.stdout

    report = ev.evaluate(ev.load_dataset(data), ["extractive"], place_labels=json.loads(labels.read_text()))
    assert report["engines"]["extractive"]["place_wrong_share"] == 0.5
    worse = changed(report, "place_wrong_share", 0.25, tmp_path / "worse.json")
    done = run(GATE, "--floors", str(floors), "--from", str(worse))
    assert done.returncode == 1 and "ABOVE CEILING" in done.stdout
    better = changed(report, "place_wrong_share", -0.5, tmp_path / "better.json")
    assert run(GATE, "--floors", str(floors), "--from", str(better)).returncode == 0


def _bounds_loosened(old: dict, new: dict) -> list[str]:
    out = []
    for key, value in old.get("min", {}).items():
        if key not in new.get("min", {}) or new["min"][key] < value:
            out.append(f"min {key}: {value} -> {new.get('min', {}).get(key)}")
    for key, value in old.get("max", {}).items():
        if key not in new.get("max", {}) or new["max"][key] > value:
            out.append(f"max {key}: {value} -> {new.get('max', {}).get(key)}")
    return out


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_floors_never_went_down_in_git_without_allow_regression():
    """Every commit of eval-floors.json keeps or raises each floor of its parent(s), unless
    its message says --allow-regression; the working copy keeps or raises HEAD's floors too.

    History has branches, so each commit is compared with its own parents, not with the
    commit before it in the log: a bound counts as lowered when it is looser than in every
    parent (a merge may take either side's floors)."""
    try:
        log = _git("log", "--format=%H%x1f%P%x1f%B%x1e", "--", "eval-floors.json")
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout: the floors' history cannot be read")

    def spec_at(rev: str) -> dict | None:
        try:
            return json.loads(_git("show", f"{rev}:eval-floors.json"))
        except subprocess.CalledProcessError:  # no such file at that commit
            return None

    for entry in log.split("\x1e"):
        if not entry.strip():
            continue
        sha, parents, message = entry.strip().split("\x1f", 2)
        if "--allow-regression" in message:
            continue
        spec = spec_at(sha) or {"min": {}, "max": {}}
        before = [p for p in (spec_at(parent) for parent in parents.split()) if p is not None]
        if not before:
            continue  # the file's first commit
        lowered = set.intersection(*({item.split(":")[0] for item in _bounds_loosened(p, spec)}
                                     for p in before))
        assert not lowered, (sha, message.splitlines()[0], sorted(lowered))
    head = spec_at("HEAD")
    if head is not None:
        current = json.loads((ROOT / "eval-floors.json").read_text())
        assert not _bounds_loosened(head, current), "eval-floors.json lowered since HEAD"


# ------------------------------------------------------------------ benchmarks/run


def _bench_run():
    import importlib.machinery
    import importlib.util

    loader = importlib.machinery.SourceFileLoader("bench_run", str(ROOT / "benchmarks" / "run"))
    spec = importlib.util.spec_from_loader("bench_run", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_benchmarks_run_reads_rows_and_computes_ratios():
    run_mod = _bench_run()
    out = "progress 1/3\nprogress 3/3\n" + json.dumps({"benchmark": "x", "rows": [
        {"measure": "speed", "ours": 30.0, "baseline": "Lead-3", "baseline_value": 10.0, "target": ">= 10x"},
        {"measure": "share", "ours": 84.0, "unit": "%", "target": "100%", "met": False},
    ], "notes": ["a note"]})
    rows = run_mod.normalise("x", run_mod.last_json(out))
    assert rows[0]["ratio"] == pytest.approx(3.0) and rows[1]["ratio"] is None
    text = run_mod.table(rows)
    assert "| x | speed | 30.00 | Lead-3 | 10.00 | 3.00x | >= 10x |  |" in text
    assert "| x | share | 84.00 % |  |  |  | 100% | NO |" in text
    assert run_mod.last_json("no json at all") is None


def test_benchmarks_run_reports_a_missing_script_and_an_unknown_name():
    run_mod = _bench_run()
    rows, raw, failed = run_mod.run_one("no_such_benchmark", None)
    assert rows[0]["measure"].startswith("not run: benchmarks/no_such_benchmark.py does not exist")
    assert raw is None and failed is False
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run"), "--only", "nosuch"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no benchmark named 'nosuch'" in done.stderr


def test_the_gate_finds_the_repo_venv_when_run_with_the_base_python():
    """A venv's python is a symlink to the base interpreter: the gate must still re-run itself
    with .venv's python (by sys.prefix), not stop with 'copydesk is not installed'."""
    base = Path(sys.base_prefix) / "bin" / "python3"
    if not (ROOT / ".venv" / "bin" / "python").exists() or Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
        pytest.skip("needs the repo's own .venv (scripts/setup) as the test interpreter")
    probe = subprocess.run([str(base), "-c", "import copydesk"], capture_output=True, timeout=60)
    if probe.returncode == 0:
        pytest.skip("the base python has copydesk installed: nothing to find")
    done = subprocess.run([str(base), str(GATE), "--help"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0 and "usage: scripts/gate" in done.stdout, done.stderr
