"""copydesk eval: figures computed by hand on tiny datasets written here, test engines
that plant errors, and every bad-input path of the command."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from copydesk import eval as ev
from copydesk.engines import Engine
from copydesk.model import PROBLEM_KINDS, Document, Draft, Sentence

# Our own short articles (no third-party text). Each has at least 3 paragraphs.
ARTICLE_BRIDGE = (
    "The council approved the new bridge on Monday. The vote was 7 to 2 after a long debate.\n\n"
    "Mayor Ana Ruiz said \"this bridge will join the two halves of our town\" at the meeting. "
    "Work is due to start in March 2027.\n\n"
    "The bridge will cost 12 million euros, paid for by the region. "
    "Residents of Westbank have waited for it since 1998.\n\n"
    "Opponents said the money should go to schools. They plan to appeal."
)
ARTICLE_FERRY = (
    "A ferry ran aground near Port Elm on Sunday. All 43 passengers were taken ashore safely.\n\n"
    "Captain Joe Marsh said \"the tide turned faster than the charts said\" in a statement. "
    "The coast guard sent two boats.\n\n"
    "The ferry was refloated at high tide on Monday. Inspectors will check its hull this week.\n\n"
    "The line said sailings would resume on Friday."
)


class FirstSentenceEngine(Engine):
    """Summary = the first source sentence; body = the source paragraphs, verbatim."""

    name = "first-sentence"

    def draft(self, doc: Document, *, summary_sentences: int = 3) -> Draft:
        body = [[Sentence(doc.sentences[i], [i]) for i in para] for para in doc.paragraphs]
        return Draft(summary=[Sentence(doc.sentences[0], [0])], headline=doc.sentences[0],
                     body=body, engine=self.name)


class PlantingEngine(FirstSentenceEngine):
    """Like FirstSentenceEngine, but changes a number and a quoted word in its draft."""

    name = "planting"

    def draft(self, doc: Document, *, summary_sentences: int = 3) -> Draft:
        d = super().draft(doc, summary_sentences=summary_sentences)
        planted = []
        for para in d.body:
            for s in para:
                text = s.text.replace("12 million", "19 million").replace("43 passengers", "51 passengers")
                text = text.replace("two halves", "three halves").replace("tide turned", "wind turned")
                if text != s.text:
                    planted.append(text)
                s.text = text
        assert planted, "the planting engine found nothing to change"
        return d


class FailingEngine(FirstSentenceEngine):
    name = "failing"

    def draft(self, doc: Document, *, summary_sentences: int = 3) -> Draft:
        if "ferry" in doc.text:
            raise RuntimeError("planted failure on the ferry story")
        return super().draft(doc, summary_sentences=summary_sentences)


def write_jsonl(path: Path, records: list[dict] | list[str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "copydesk", "eval", *args],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


# ------------------------------------------------------------------ ROUGE by hand


def test_rouge_figures_match_a_hand_computation(tmp_path):
    # The engine's summary is the first sentence: "The council approved the new bridge on
    # Monday." rouge-score lowercases, drops punctuation and stems (Porter):
    #   summary   = the council approv the new bridg on monday          (8 tokens)
    #   reference = the council approv a bridg                          (5 tokens)
    # ROUGE-1: overlap the, council, approv, bridg = 4 -> P 4/8, R 4/5, F = 8/13
    # ROUGE-2: summary bigrams 7, reference bigrams 4, common "the council",
    #          "council approv" = 2 -> P 2/7, R 2/4, F = 4/11
    # ROUGE-L: LCS the council approv bridg = 4 -> F = 8/13; Lsum (one sentence) the same.
    # The ferry record's reference is its own first sentence: every F = 1.
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "bridge", "article": ARTICLE_BRIDGE, "reference": "The council approved a bridge.",
         "alt": ["Nothing in common here at all.", "The council approved a bridge."]},
        {"id": "ferry", "article": ARTICLE_FERRY,
         "reference": "A ferry ran aground near Port Elm on Sunday."},
    ])
    records = ev.load_dataset(data, also_reference=["alt"])
    report = ev.evaluate(records, [FirstSentenceEngine()])
    fig = report["engines"]["first-sentence"]
    r1, r2 = 8 / 13, 4 / 11
    assert fig["rouge1"]["reference"] == pytest.approx((r1 + 1) / 2, abs=1e-4)
    assert fig["rouge2"]["reference"] == pytest.approx((r2 + 1) / 2, abs=1e-4)
    assert fig["rougeL"]["reference"] == pytest.approx((r1 + 1) / 2, abs=1e-4)
    assert fig["rougeLsum"]["reference"] == pytest.approx((r1 + 1) / 2, abs=1e-4)
    # "alt" is on one record only, a list of two references: the better one counts.
    assert fig["rouge_n"] == {"reference": 2, "alt": 1}
    assert fig["rouge1"]["alt"] == pytest.approx(r1, abs=1e-4)
    assert fig["rouge2"]["alt"] == pytest.approx(r2, abs=1e-4)


def test_rouge_lsum_splits_sentences():
    scorer = ev.rouge_scorer()
    # Two sentences in the reverse order: LCS over the whole text finds only one of them,
    # the summary-level LCS finds both.
    summary = ["Boats sailed out early.", "The harbour closed at noon."]
    reference = "The harbour closed at noon. Boats sailed out early."
    got = ev.rouge(scorer, summary, [reference])
    assert got["rougeLsum"] == pytest.approx(1.0)
    assert got["rouge1"] == pytest.approx(1.0)
    assert got["rougeL"] < 0.7


# ------------------------------------------------------------------ faithfulness


def test_planted_errors_lower_the_draft_figures_and_never_ship(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"article": ARTICLE_BRIDGE, "reference": "The council approved a bridge."},
        {"article": ARTICLE_FERRY, "reference": "A ferry ran aground."},
    ])
    records = ev.load_dataset(data)
    report = ev.evaluate(records, [FirstSentenceEngine(), PlantingEngine()])
    clean, planted = report["engines"]["first-sentence"], report["engines"]["planting"]

    assert clean["draft"]["supported_share"] == 1.0
    # every kind the checker knows has its own count, zero here
    assert set(clean["draft"]["problems_per_100"]) >= set(PROBLEM_KINDS)
    assert not any(clean["draft"]["problems_per_100"].values())
    assert clean["draft"]["altered_quotes"] == 0
    assert clean["supported_share"] == 1.0 and clean["altered_quotes"] == 0
    assert clean["draft"]["originality"] == 0.0

    # 4 planted sentences out of (1 headline + 1 summary + 8 body) + (1 + 1 + 7) = 19 checked.
    assert planted["draft"]["sentences"] == 19
    assert planted["draft"]["supported_share"] == pytest.approx(15 / 19, abs=1e-4)
    assert planted["draft"]["altered_quotes"] == 2
    assert planted["draft"]["originality"] > 0  # the changed words make new 5-grams
    kinds = planted["draft"]["problems_per_100"]
    assert kinds.get("number", 0) > 0 and kinds.get("quote", 0) > 0
    # The desk repaired, replaced or cut them: what ships is supported, quotes intact.
    assert sum(planted["desk"].values()) >= 4
    assert planted["supported_share"] == 1.0
    assert planted["altered_quotes"] == 0


def test_altered_quotes_and_originality_by_hand():
    source = 'Ana Ruiz said "the bridge will join the town" on Monday. It cost 12 million euros.'
    assert ev.altered_quotes(['She said "the bridge will join the town".'], source) == []
    assert ev.altered_quotes(['She said "the bridge will unite the town".'], source) == [
        "the bridge will unite the town"]
    # Case counts in the body; a headline is in title case, so it is folded there.
    assert ev.altered_quotes(['Ruiz: "The Bridge Will Join the Town"'], source) != []
    assert ev.altered_quotes(['Ruiz: "The Bridge Will Join the Town"'], source, fold_case=True) == []
    # a quotation reopened at a paragraph, on a bracket the editor put in, joined into one
    reopened = "She said: 'I did nothing wrong. '[Sam] and his people lied.' The case ends today."
    assert ev.altered_quotes(["She said: 'I did nothing wrong. [Sam] and his people lied.'"], reopened) == []

    # Body: "the mayor backed it strongly" (5 words, 1 five-gram, new) + a quotation that
    # is left out + "it cost 12 million euros" (1 five-gram, in the source) -> 1 of 2 new.
    body = ['The mayor backed it strongly, saying "the bridge will join the town" loudly. '
            "It cost 12 million euros."]
    new, total = ev.originality(body, source)
    # segments: "The mayor backed it strongly, saying " -> 6 words -> 2 five-grams, both new;
    #           " loudly. It cost 12 million euros." -> 6 words -> 2 five-grams:
    #           "loudly it cost 12 million" (new), "it cost 12 million euros" (in the source)
    assert (new, total) == (3, 4)


# ------------------------------------------------------------------ structure, lengths, failures


def test_structure_lengths_and_speed_figures(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"article": ARTICLE_BRIDGE, "reference": "A bridge.", "published": "2026-03-02"},
        {"article": ARTICLE_FERRY, "reference": "A ferry."},
    ])
    report = ev.evaluate(ev.load_dataset(data), [FirstSentenceEngine()])
    fig = report["engines"]["first-sentence"]
    assert fig["structure"]["summary"] == 1.0
    assert fig["structure"]["headline"] == 1.0
    assert fig["structure"]["body"] == 1.0  # 4 paragraphs each
    assert fig["lengths"]["body_paragraphs"]["median"] == 4
    assert fig["lengths"]["summary_sentences"]["mean"] == 1
    assert fig["date_assumed_share"] == 0.5  # only the bridge record has a date
    assert fig["originality"] == 0.0  # the body is the source, verbatim
    assert 0 < fig["seconds_median"] <= fig["seconds_p95"]
    assert fig["seconds_first"] > 0  # the first article, left out of median and p95
    for key in ("rouge1", "rouge2", "rougeL", "rougeLsum", "supported_share", "problems_per_100",
                "altered_quotes", "structure_ok_share", "originality", "seconds_median",
                "seconds_p95"):
        assert key in fig


def test_a_failing_record_is_counted_and_the_run_goes_on(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "b", "article": ARTICLE_BRIDGE, "reference": "A bridge.", "source": "x"},
        {"id": "f", "article": ARTICLE_FERRY, "reference": "A ferry.", "source": "y"},
        {"id": "s", "article": "Too short. Only two sentences.", "reference": "Short.", "source": "x"},
    ])
    records = ev.load_dataset(data, group_by="source")
    fig = ev.evaluate(records, [FailingEngine()], group_by="source")["engines"]["failing"]
    assert (fig["records"], fig["scored"], fig["failed"]) == (3, 1, 2)
    errors = {f["id"]: f for f in fig["failures"]}
    assert "planted failure" in errors["f"]["error"] and errors["f"]["line"] == 2
    assert errors["s"]["error"].startswith("TooShort")
    assert fig["groups"]["x"]["scored"] == 1 and fig["groups"]["y"]["failed"] == 1


def test_percentile():
    assert ev.percentile([], 95) == 0.0
    assert ev.percentile([3.0], 95) == 3.0
    assert ev.percentile([float(i) for i in range(1, 101)], 95) == pytest.approx(95.05)


def test_side_by_side_table_has_a_column_per_engine(tmp_path):
    from rich.console import Console

    from copydesk.cli.eval import tables

    data = write_jsonl(tmp_path / "d.jsonl", [
        {"article": ARTICLE_BRIDGE, "reference": "A bridge.", "source": "x"},
        {"article": ARTICLE_FERRY, "reference": "A ferry.", "source": "y"},
    ])
    report = ev.evaluate(ev.load_dataset(data, group_by="source"),
                         [FirstSentenceEngine(), PlantingEngine()], dataset="d", group_by="source")
    buf = io.StringIO()
    console = Console(file=buf, width=160)
    for t in tables(report):
        console.print(t)
    text = buf.getvalue()
    assert text.count("first-sentence") == 3 and text.count("planting") == 3  # all, x, y
    row = next(line for line in text.splitlines() if "Supported sentences % (raw draft)" in line)
    # The all-records scope comes first: 4 of the planting engine's 19 sentences are planted.
    assert re.findall(r"\d+\.\d+", row) == ["100.00", "78.95"]


# ------------------------------------------------------------------ the command


def test_cli_writes_json_and_prints_the_table(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "b", "article": ARTICLE_BRIDGE, "reference": "A bridge.", "source": "x", "alt": "Bridge."},
        {"id": "f", "article": ARTICLE_FERRY, "reference": "A ferry.", "source": "y"},
        {"id": "never", "article": ARTICLE_FERRY, "reference": "Not read: past --limit."},
    ])
    out = tmp_path / "out.json"
    done = run_cli(str(data), "--engine", "extractive", "--limit", "2", "--group-by", "source",
                   "--also-reference", "alt", "--json", str(out))
    assert done.returncode == 0, done.stderr
    assert "ROUGE-1 F1 % · reference" in done.stdout and "source = y" in done.stdout
    report = json.loads(out.read_text())
    assert report["records"] == 2 and report["references"] == ["reference", "alt"]
    fig = report["engines"]["extractive"]
    assert fig["failed"] == 0 and set(fig["groups"]) == {"x", "y"}
    assert 0 < fig["rouge1"]["reference"] <= 1 and fig["rouge_n"]["alt"] == 1
    assert fig["supported_share"] == 1.0 and fig["altered_quotes"] == 0


def test_cli_json_to_stdout_keeps_stdout_machine_readable(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [{"article": ARTICLE_BRIDGE, "reference": "A bridge."}])
    done = run_cli(str(data), "--json", "-", "-q")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["engines"]["extractive"]["records"] == 1
    assert "Measure" in done.stderr


def _one_line_error(done: subprocess.CompletedProcess, code: int, *needles: str) -> None:
    assert done.returncode == code, (done.stdout, done.stderr)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr and lines[0].startswith("Error: ") and " - " in lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_cli_bad_input_gets_one_line_errors(tmp_path):
    good = {"article": ARTICLE_BRIDGE, "reference": "A bridge."}
    _one_line_error(run_cli(str(tmp_path / "missing.jsonl")), 2, "does not exist")
    _one_line_error(run_cli(str(tmp_path)), 2, "is a folder")
    bad_json = write_jsonl(tmp_path / "bad.jsonl", [json.dumps(good), "{not json"])
    _one_line_error(run_cli(str(bad_json)), 2, "bad.jsonl:2", "not valid JSON")
    no_ref = write_jsonl(tmp_path / "noref.jsonl", [good, {"article": ARTICLE_FERRY}])
    _one_line_error(run_cli(str(no_ref)), 2, "noref.jsonl:2", "'reference'")
    not_obj = write_jsonl(tmp_path / "list.jsonl", ["[1, 2]"])
    _one_line_error(run_cli(str(not_obj)), 2, "list.jsonl:1", "not a JSON object")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n")
    _one_line_error(run_cli(str(empty)), 2, "no records")
    ok = write_jsonl(tmp_path / "ok.jsonl", [good])
    _one_line_error(run_cli(str(ok), "--engine", "no-such-engine"), 2, "no-such-engine")
    _one_line_error(run_cli(str(ok), "--also-reference", "nope"), 2, "'nope'")
    _one_line_error(run_cli(str(ok), "--group-by", "source"), 2, "'source'")
    _one_line_error(run_cli(str(ok), "--limit", "0"), 2, "--limit")
    _one_line_error(run_cli(str(ok), "--json", str(tmp_path / "nodir" / "o.json")), 2, "does not exist")
    assert not (tmp_path / "nodir").exists()
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(json.dumps(good).encode() + b"\n" + '{"article": "caf\xe9"}'.encode("latin-1"))
    _one_line_error(run_cli(str(latin)), 2, "UTF-8")


def test_cli_exits_1_when_an_engine_fails_every_record(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [{"article": "One. Two.", "reference": "x"}])
    done = run_cli(str(data), "-q")
    assert done.returncode == 1
    assert "failed on every record" in done.stderr and "Traceback" not in done.stderr


def test_an_engine_that_cannot_run_fails_every_record_at_once(tmp_path):
    from copydesk.errors import EngineUnavailable

    class NoModel(FirstSentenceEngine):
        name = "no-model"
        calls = 0

        def draft(self, doc, *, summary_sentences=3):
            NoModel.calls += 1
            raise EngineUnavailable("no model here - pass --model")

    data = write_jsonl(tmp_path / "d.jsonl", [
        {"article": ARTICLE_BRIDGE, "reference": "A bridge."},
        {"article": ARTICLE_FERRY, "reference": "A ferry."},
        {"article": ARTICLE_BRIDGE, "reference": "A bridge again."},
    ])
    fig = ev.evaluate(ev.load_dataset(data), [NoModel()])["engines"]["no-model"]
    assert NoModel.calls == 1
    assert (fig["failed"], fig["scored"]) == (3, 0)
    assert [f["line"] for f in fig["failures"]] == [1, 2, 3]
    assert fig["supported_share"] is None and fig["structure_ok_share"] is None


@pytest.mark.slow
def test_eval_runs_the_real_llama_cpp_engine_side_by_side(tmp_path):
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (scripts/setup --dev)")
    from copydesk.config import load_settings
    from copydesk.engines import get_engine

    settings = load_settings({"model": "gemma3-270m", "max_tokens": 256})
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"article": ARTICLE_FERRY, "reference": "A ferry ran aground near Port Elm."}])
    report = ev.evaluate(ev.load_dataset(data), ["extractive", get_engine("llama-cpp", settings)],
                         summary_sentences=1)
    llama = report["engines"]["llama-cpp"]
    assert list(report["engines"]) == ["extractive", "llama-cpp"]
    assert llama["failed"] == 0, llama["failures"]
    assert llama["draft"]["sentences"] > 0 and 0 <= llama["draft"]["supported_share"] <= 1
    # Whatever the base model invents, what ships is supported, quotes intact.
    assert llama["supported_share"] == 1.0 and llama["altered_quotes"] == 0
    assert llama["seconds_median"] > 0


# ------------------------------------------------------------------ dateline place labels


def test_place_labels_score_given_and_wrong(tmp_path):
    # Three stories we wrote: a wire dateline (right), the same story labelled elsewhere
    # (wrong), and one labelled "no clear place" that gets none; one record has no label.
    wire = "HALIFAX, Nova Scotia (CP) — " + ARTICLE_FERRY
    data = write_jsonl(tmp_path / "d.jsonl", [
        {"id": "right", "article": wire, "reference": "A ferry."},
        {"id": "wrong", "article": wire, "reference": "A ferry."},
        {"id": "none", "article": "I think we all love a good ferry. " * 3, "reference": "Ferries."},
        {"id": "nolabel", "article": wire, "reference": "A ferry."},
    ])
    labels = tmp_path / "labels.json"
    labels.write_text(json.dumps({"right": {"place": "Halifax, Canada", "country": "Canada"},
                                  "wrong": {"place": "Oslo, Norway", "country": "Norway"},
                                  "none": {"place": None, "country": None}}))
    out = tmp_path / "out.json"
    done = run_cli(str(data), "--place-labels", str(labels), "--json", str(out), "-q")
    assert done.returncode == 0, done.stderr
    assert "Dateline place wrong % of given (labelled)" in done.stdout
    fig = json.loads(out.read_text())["engines"]["extractive"]
    assert fig["place"] == {"articles": 3, "given": 2, "right": 1, "wrong": 1, "unlabelled": 1,
                            "place_given_share": round(2 / 3, 4), "place_wrong_share": 0.5}
    assert fig["place_given_share"] == round(2 / 3, 4) and fig["place_wrong_share"] == 0.5
    done = run_cli(str(data), "--json", str(out), "-q")  # without labels: no place figures
    assert "place" not in json.loads(out.read_text())["engines"]["extractive"]


def test_place_labels_bad_input_gets_one_line_errors(tmp_path):
    data = write_jsonl(tmp_path / "d.jsonl", [{"id": "a", "article": ARTICLE_BRIDGE, "reference": "A bridge."}])
    _one_line_error(run_cli(str(data), "--place-labels", str(tmp_path / "nope.json")), 2, "no such file")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    _one_line_error(run_cli(str(data), "--place-labels", str(bad)), 2, "cannot be read as JSON")
    bad.write_text(json.dumps({"a": "Halifax"}))
    _one_line_error(run_cli(str(data), "--place-labels", str(bad)), 2, "not a map of record id")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"zzz": {"place": None}}))
    _one_line_error(run_cli(str(data), "--place-labels", str(other)), 2, "no record of the dataset has a label")
