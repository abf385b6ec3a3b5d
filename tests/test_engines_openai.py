"""The ``openai`` engine against real HTTP servers on 127.0.0.1.

* a small scripted server (http.server, in a thread) for what a real model cannot be
  made to do on cue: 429 and 5xx answers, refused response formats, planted errors;
* ``python -m llama_cpp.server`` with the real Gemma 270M GGUF (slow), started and
  stopped by a fixture, for the whole path with a real model.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from copydesk.check import verify
from copydesk.cli import main
from copydesk.config import Settings
from copydesk.desk import prepare, rewrite
from copydesk.engines.openai import OpenAIEngine
from copydesk.errors import CheckFailed, EngineUnavailable
from copydesk.inflight import Clock
from copydesk.model import Article
from copydesk.render import render
from httpserver import stop_process

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HARBOUR = (FIXTURES / "engines_harbour.txt").read_text(encoding="utf-8")
LONGREAD = (FIXTURES / "engines_longread.txt").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def completion(content: str, finish: str = "stop") -> dict:
    return {"id": "cmpl-1", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "finish_reason": finish,
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


class Scripted:
    """A real HTTP server whose answers come from ``answer(request_json, n)``."""

    def __init__(self, answer, delay: float = 0.0):
        self.answer = answer
        self.delay = delay
        self.requests: list[dict] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with outer.lock:
                    outer.requests.append(body)
                    n = len(outer.requests)
                    outer.in_flight += 1
                    outer.max_in_flight = max(outer.max_in_flight, outer.in_flight)
                try:
                    time.sleep(outer.delay)
                    status, payload, headers = outer.answer(body, n)
                finally:
                    with outer.lock:
                        outer.in_flight -= 1
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


def article_of(body: dict) -> str:
    user = body["messages"][-1]["content"]
    return user.split("ARTICLE:\n", 1)[1] if "ARTICLE:\n" in user else user.split("SUMMARIES:\n", 1)[-1]


def faithful(body: dict, n: int):
    """An answer made of the request's own sentences (so the checker must pass it)."""
    text = article_of(body)
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(text.split()))
    answer = {"headline": " ".join(sentences[0].split()[:6]), "summary": sentences[:1],
              "body": [" ".join(sentences)]}
    if "SUMMARIES:" in body["messages"][-1]["content"]:
        answer.pop("body")
    return 200, completion(json.dumps(answer)), {}


def settings(url: str, **kw) -> Settings:
    base = dict(engine="openai", base_url=url, model="test-model", backoff=0.01, max_tokens=200)
    base.update(kw)
    return Settings(**base)


def test_json_schema_answer_makes_a_checked_rewrite():
    with Scripted(faithful) as srv:
        result = rewrite(HARBOUR, settings=settings(srv.url))
    assert result.engine == "openai" and result.check.ok
    sent = srv.requests[0]
    assert sent["model"] == "test-model" and sent["max_tokens"] == 200
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["schema"]["required"] == ["headline", "summary", "body"]
    assert result.summary[0].sources == [0]
    assert verify.check_texts(HARBOUR, render(result, "text")).ok
    assert result.options["model"] == "test-model"


def test_429_then_200_is_retried():
    def answer(body, n):
        if n == 1:
            return 429, {"error": {"message": "slow down"}}, {"Retry-After": "0"}
        return faithful(body, n)

    with Scripted(answer) as srv:
        draft = OpenAIEngine(settings(srv.url)).draft(prepare(Article(HARBOUR)))
    assert len(srv.requests) == 2 and draft.body


class FakeClock(Clock):
    """Backoff in no time: each wait is recorded and moves the clock on."""

    def __init__(self):
        self.t = 1000.0
        self.waits: list[float] = []

    def now(self) -> float:
        return self.t

    def wait(self, cond, seconds):
        assert seconds is not None, "a single request never waits for a free slot"
        self.waits.append(round(seconds, 6))
        self.t += seconds


def test_5xx_answers_back_off_then_succeed():
    def answer(body, n):
        if n <= 2:
            return (503 if n == 1 else 502), {"error": {"message": "busy"}}, {}
        return faithful(body, n)

    clock = FakeClock()
    waits = clock.waits
    with Scripted(answer) as srv:
        engine = OpenAIEngine(settings(srv.url, backoff=0.2), clock=clock)
        draft = engine.draft(prepare(Article(HARBOUR)))
    assert len(srv.requests) == 3 and draft.headline
    assert len(waits) == 2  # 0.2 s, then 0.4 s (plus up to a quarter of jitter): exponential
    assert 0.2 <= waits[0] <= 0.25 and 0.4 <= waits[1] <= 0.5


def test_retry_after_is_honoured_and_capped():
    def answer(body, n):
        if n <= 2:
            return 429, {"error": {"message": "slow down"}}, {"Retry-After": "7" if n == 1 else "3600"}
        return faithful(body, n)

    clock = FakeClock()
    waits = clock.waits
    with Scripted(answer) as srv:
        draft = OpenAIEngine(settings(srv.url, backoff=0.2), clock=clock).draft(
            prepare(Article(HARBOUR)))
    assert draft.headline and waits == [7.0, 30.0]


def test_retries_run_out_with_a_one_line_error():
    with Scripted(lambda b, n: (429, {"error": {"message": "quota"}}, {"Retry-After": "0"})) as srv:
        with pytest.raises(EngineUnavailable) as info:
            OpenAIEngine(settings(srv.url, retries=2)).draft(prepare(Article(HARBOUR)))
    assert len(srv.requests) == 3
    msg = str(info.value)
    assert "429" in msg and "after 2 retries" in msg and " - " in msg and "\n" not in msg


def test_server_without_structured_output_gets_the_markdown_layout():
    markdown = ("**Summary:**\n\nThe town council of Fairhaven voted 7 to 2 on Tuesday to rebuild "
                "the old harbour wall.\n\n**News Article:**\n\n**Fairhaven votes to rebuild harbour "
                "wall**\n\n*Fairhaven, Norway – March 4, 2025* – Work is set to begin in March, "
                "and the harbour will stay open during the repairs.\n\nRead More")

    def answer(body, n):
        if "response_format" in body:
            return 400, {"error": {"message": f"response_format {body['response_format']['type']} "
                                              "is not supported"}}, {}
        return 200, completion(markdown), {}

    with Scripted(answer) as srv:
        engine = OpenAIEngine(settings(srv.url))
        draft = engine.draft(prepare(Article(HARBOUR)))
        assert [r.get("response_format", {}).get("type") for r in srv.requests] == [
            "json_schema", "json_object", None]
        assert "**Summary:**" in srv.requests[-1]["messages"][-1]["content"]
        engine.draft(prepare(Article(HARBOUR)))  # the engine remembers what the server takes
        assert len(srv.requests) == 4 and "response_format" not in srv.requests[-1]
    assert draft.headline == "Fairhaven votes to rebuild harbour wall"
    assert draft.body[0][0].text.startswith("Work is set to begin in March")


def test_llama_cpp_server_style_500_for_response_format_steps_down():
    def answer(body, n):
        if body.get("response_format", {}).get("type") == "json_schema":
            return 500, {"error": {"message": "validation error: ('body', 'response_format', "
                                              "'type') Input should be 'text' or 'json_object'"}}, {}
        return faithful(body, n)

    with Scripted(answer) as srv:
        draft = OpenAIEngine(settings(srv.url)).draft(prepare(Article(HARBOUR)))
    assert len(srv.requests) == 2 and srv.requests[1]["response_format"]["type"] == "json_object"
    assert draft.body


def test_long_article_is_mapped_and_reduced_within_the_concurrency_limit():
    with Scripted(faithful, delay=0.3) as srv:
        s = settings(srv.url, n_ctx=700, max_tokens=100, concurrency=2)
        result = rewrite(LONGREAD, settings=s)
    parts = [r for r in srv.requests if "ARTICLE:" in r["messages"][-1]["content"]]
    reduces = [r for r in srv.requests if "SUMMARIES:" in r["messages"][-1]["content"]]
    assert len(parts) >= 3 and len(reduces) >= 1
    assert srv.max_in_flight == 2
    note = next(n for n in result.check.notes if "map-reduce" in n)
    assert f"{len(parts)} parts" in note
    # every part's text came back: no sentence of the article was dropped on the way
    shipped = " ".join(s.text for p in result.body for s in p)
    doc = prepare(Article(LONGREAD))
    assert all(sentence in shipped for sentence in doc.sentences)
    assert result.check.ok


PLANTED = {
    "headline": "Fairhaven to rebuild harbour wall",
    "summary": ["The town council of Fairhaven voted 7 to 2 on Tuesday to rebuild the old harbour wall."],
    "body": ["The project will cost 9.5 million kroner and should be finished by October 2027.",
             "Work is set to begin in March, and the harbour will stay open during the repairs."],
}


def planted(revision: str | None):
    def answer(body, n):
        if "SENTENCE:\n" in body["messages"][-1]["content"]:
            return 200, completion(json.dumps({"sentence": revision})), {}
        return 200, completion(json.dumps(PLANTED)), {}
    return answer


def test_a_flagged_sentence_goes_back_once_and_is_repaired():
    fixed = "The project will cost 4.2 million kroner and should be finished by October 2027."
    with Scripted(planted(fixed)) as srv:
        result = rewrite(HARBOUR, settings=settings(srv.url))
    revise = [r for r in srv.requests if "SENTENCE:\n" in r["messages"][-1]["content"]]
    assert len(revise) == 1
    asked = revise[0]["messages"][-1]["content"]
    assert "9.5 million" in asked and "number" in asked and "4.2 million kroner" in asked
    repaired = next(c for c in result.check.sentences if c.status == "repaired")
    assert repaired.text == fixed and "9.5" in repaired.original
    assert result.check.ok and "9.5" not in render(result, "text")


def test_a_revision_that_still_fails_is_replaced_by_its_source_sentence():
    with Scripted(planted("The project will cost 8 million kroner.")) as srv:
        result = rewrite(HARBOUR, settings=settings(srv.url))
    replaced = next(c for c in result.check.sentences if c.status == "replaced")
    assert replaced.text.startswith("The project will cost 4.2 million kroner")
    assert replaced.problems and replaced.problems[0].kind == "number"
    assert result.check.ok
    text = render(result, "text")
    assert "9.5" not in text and " 8 million" not in text
    assert verify.check_texts(HARBOUR, text).ok


def test_strict_raises_after_the_one_revision():
    with Scripted(planted("The project will cost 8 million kroner.")) as srv:
        with pytest.raises(CheckFailed) as info:
            rewrite(HARBOUR, settings=settings(srv.url), strict=True)
    assert sum("SENTENCE:\n" in r["messages"][-1]["content"] for r in srv.requests) == 1
    assert "drop --strict" in str(info.value) and "number" in str(info.value)


def test_when_every_body_sentence_fails_the_first_paragraph_stands_in():
    invented = {"headline": "Fairhaven to rebuild harbour wall", "summary": ["Zorbania wins the cup."],
                "body": ["Zorbanian troops crossed the Klimt river at dawn."]}
    def answer(body, n):
        revising = "SENTENCE:\n" in body["messages"][-1]["content"]
        content = {"sentence": "Olaf Brandt paid 77 euros."} if revising else invented
        return 200, completion(json.dumps(content)), {}

    with Scripted(answer) as srv:
        result = rewrite(HARBOUR, settings=settings(srv.url))
    assert result.check.ok and result.body and result.summary
    assert any("first paragraph" in n for n in result.check.notes)
    assert any("lead sentence" in n for n in result.check.notes)
    assert [c.status for c in result.check.sentences if c.part != "headline"].count("cut") == 2
    text = render(result, "text")
    assert "Brandt" not in text and "Zorbania" not in text and "Klimt" not in text
    assert verify.check_texts(HARBOUR, text).ok


# ------------------------------------------------------------------ errors, one line each


def one_line_error(args, env, input_text=HARBOUR):
    result = CliRunner().invoke(main, args, input=input_text, env=env)
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ") and " - " in lines[0]
    return result.exit_code, lines[0]


def test_unreachable_server_names_the_fix(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(EngineUnavailable, match="start the server or set --base-url"):
        OpenAIEngine(settings(url)).draft(prepare(Article(HARBOUR)))
    code, line = one_line_error(
        ["rewrite", "-"], {"COPYDESK_ENGINE": "openai", "COPYDESK_BASE_URL": url,
                           "COPYDESK_CONFIG": str(tmp_path / "none.toml")})
    assert code == 1 and f"cannot reach {url}" in line


def test_missing_key_for_openai_names_the_fix(tmp_path):
    engine = OpenAIEngine(Settings(engine="openai"))
    assert "no API key (set OPENAI_API_KEY)" in engine.status()
    with pytest.raises(EngineUnavailable, match="set OPENAI_API_KEY"):
        engine.draft(prepare(Article(HARBOUR)))
    code, line = one_line_error(
        ["rewrite", "-"], {"COPYDESK_ENGINE": "openai", "OPENAI_API_KEY": "", "COPYDESK_BASE_URL": "",
                           "COPYDESK_CONFIG": str(tmp_path / "none.toml")})
    assert "no API key for https://api.openai.com/v1 - set OPENAI_API_KEY" in line


@pytest.mark.parametrize("status, words", [(401, "refused the API key"), (404, "has no model"),
                                           (403, "denied access")])
def test_auth_and_model_errors_name_the_fix(status, words):
    with Scripted(lambda b, n: (status, {"error": {"message": "no"}}, {})) as srv:
        with pytest.raises(EngineUnavailable, match=words):
            OpenAIEngine(settings(srv.url)).draft(prepare(Article(HARBOUR)))
        assert len(srv.requests) == 1  # not retried


# ------------------------------------------------------------------ a real model behind a real server


@pytest.fixture(scope="module")
def llama_server():
    pytest.importorskip("llama_cpp.server", reason="needs llama-cpp-python[server] (pip install 'copydesk[llama]' 'llama-cpp-python[server]')")
    from copydesk.engines.llama_cpp import alias_path

    gguf = alias_path("gemma3-270m")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "2048", "--n_threads", "1", "--seed", "0"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ},
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail("llama_cpp.server did not start within 120 s")
                time.sleep(0.5)
        yield url
    finally:
        stop_process(proc, timeout=20)


@pytest.mark.slow
def test_real_model_behind_a_real_server_ships_only_what_the_source_says(llama_server):
    s = settings(llama_server, model="gemma-3-270m", max_tokens=160, n_ctx=2048, temperature=0.0,
                 timeout=300)
    result = rewrite(HARBOUR, settings=s, summary_sentences=2)
    assert result.engine == "openai"
    assert result.check.ok
    assert not [c for c in result.check.sentences if c.status == "unsupported"]
    assert result.summary and result.body and result.headline
    text = render(result, "text")
    report = verify.check_texts(HARBOUR, text)
    assert report.ok, [(c.text, c.problems) for c in report.sentences if c.status != "supported"]
    for sentence in [*result.summary, *(s for p in result.body for s in p)]:
        assert all(0 <= i < len(result.source_sentences) for i in sentence.sources)


# ------------------------------------------------------------------ the rewrite command's model options


def test_cli_model_options_reach_the_engine(tmp_path):
    env = {"COPYDESK_CONFIG": str(tmp_path / "none.toml"), "COPYDESK_ENGINE": "", "COPYDESK_MAX_TOKENS": "100",
           "COPYDESK_MODEL": "", "COPYDESK_BASE_URL": ""}
    with Scripted(faithful) as srv:
        result = CliRunner().invoke(
            main, ["rewrite", "-", "--engine", "openai", "--base-url", srv.url, "--model", "cli-model",
                   "--ctx", "700", "--format", "json"], input=LONGREAD, env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # stderr may carry a note on what was assumed
    assert data["engine"] == "openai" and data["options"]["model"] == "cli-model"
    assert {r["model"] for r in srv.requests} == {"cli-model"}
    assert any("map-reduce" in n for n in data["check"]["notes"])
    assert data["check"]["ok"]


def test_cli_strict_exits_1_in_one_line(tmp_path):
    env = {"COPYDESK_CONFIG": str(tmp_path / "none.toml")}
    with Scripted(planted("The project will cost 8 million kroner.")) as srv:
        out = tmp_path / "out.txt"
        args = ["rewrite", "-", "--engine", "openai", "--base-url", srv.url, "-o", str(out)]
        code, line = one_line_error([*args, "--strict"], env)
        assert code == 1 and "check failed after one revision" in line and not out.exists()
        ok = CliRunner().invoke(main, args, input=HARBOUR, env=env)
    assert ok.exit_code == 0 and out.exists() and "9.5" not in out.read_text(encoding="utf-8")
