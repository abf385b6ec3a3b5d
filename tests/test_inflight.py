"""N rewrites in flight against a model server, one shared backoff, and the tokens the
server reports (stored per rewrite, summed per run, shown by ``copydesk log --runs``, the
Runs page and ``copydesk eval``). Real parts: a stub OpenAI-compatible server on
127.0.0.1 (tests/stubmodel.py), the real feed server, real SQLite and PostgreSQL stores."""

from __future__ import annotations

import json
import sqlite3
import threading
import time

import pytest
from click.testing import CliRunner

from copydesk.cli import main
from copydesk.config import load_settings
from copydesk.inflight import Throttle
from copydesk.newsroom import PassOptions, run_pass
from copydesk.store import Store
from newsgen import rss, story
from stubmodel import StubModel


def write_feed(site, name: str, n: int) -> tuple[str, list[str]]:
    stories = [story(f"{name}-{i}") for i in range(n)]
    items = [(f"http://127.0.0.1/{name}/{i}", s) for i, s in enumerate(stories)]
    (site.root / name).write_text(rss(name, "http://127.0.0.1/", items), encoding="utf-8")
    return site.url(f"/s/{name}"), [s.title for s in stories]


def model_opts(url: str, concurrency: int, **kw) -> PassOptions:
    settings = load_settings({"engine": "openai", "base_url": url, "model": "stub-model",
                              "concurrency": concurrency, "backoff": 0.05, "retries": 6, **kw})
    return PassOptions(engine="openai", allow_private=True, settings=settings, workers=0)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request, tmp_path):
    url = str(tmp_path / "any.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with Store.open(url) as s:
        yield s


def test_a_pass_keeps_n_rewrites_in_flight_and_stores_them_in_order(site, any_store):
    url, titles = write_feed(site, "inflight.xml", 10)
    any_store.add_feed(url)
    with StubModel(latency=0.3) as stub:
        outcome = run_pass(any_store, model_opts(stub.url, 4))
    assert outcome.record.rewrites == 10 and outcome.record.entries_failed == 0
    assert stub.max_in_flight == 4  # never more than N, and N were reached
    assert stub.doubled() == 0
    stored = any_store.list_rewrites(limit=None, oldest_first=True)
    assert [s.rewrite.article.title for s in stored] == titles  # stored in the feed's order
    assert [s.id for s in stored] == sorted(s.id for s in stored)


def test_one_in_flight_is_one_at_a_time(site, store_path):
    url, _ = write_feed(site, "one.xml", 4)
    with Store.open(store_path) as store:
        store.add_feed(url)
        with StubModel(latency=0.1) as stub:
            run_pass(store, model_opts(stub.url, 1))
    assert stub.max_in_flight == 1


@pytest.fixture
def store_path(tmp_path):
    return str(tmp_path / "desk.db")


def test_a_server_that_refuses_extra_requests_slows_the_desk_and_loses_nothing(site, store_path):
    url, titles = write_feed(site, "busy.xml", 12)
    with Store.open(store_path) as store:
        store.add_feed(url)
        with StubModel(latency=0.2, reject_over=2) as stub:
            outcome = run_pass(store, model_opts(stub.url, 6))
        assert stub.rejected > 0  # the server did push back
        assert outcome.record.rewrites == len(titles) and outcome.record.entries_failed == 0
        assert store.entry_counts() == {"done": len(titles)}


def test_the_throttle_closes_for_everyone_and_one_overload_counts_once():
    gate = Throttle(8, backoff=0.3, max_wait=5)
    with gate.slot() as sent_a, gate.slot() as sent_b:
        pass
    assert gate.failed(sent_a) >= 0.3 and gate.failures == 1 and gate.allowed == 4
    gate.failed(sent_b)  # sent before the gate closed: the same overload, not a second one
    assert gate.failures == 1 and gate.allowed == 4
    started = time.monotonic()
    waited = []

    def request():
        with gate.slot():
            waited.append(time.monotonic() - started)

    threads = [threading.Thread(target=request) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert min(waited) >= 0.25  # every thread waited for the one shared backoff
    with gate.slot() as sent_c:
        pass
    gate.failed(sent_c)  # a new overload after the gate reopened: the backoff doubles
    assert gate.failures == 2 and gate.allowed == 2
    gate.succeeded()
    assert gate.failures == 0 and gate.allowed == 3  # slots come back one success at a time


def test_tokens_are_stored_per_rewrite_summed_per_run_and_shown(site, tmp_path, app_factory):
    db = str(tmp_path / "tokens.db")
    url, titles = write_feed(site, "tokens.xml", 3)
    with Store.open(db) as store:
        store.add_feed(url)
        with StubModel(latency=0.0) as stub:
            outcome = run_pass(store, model_opts(stub.url, 2))
        rewrites = store.list_rewrites(limit=None)
    assert outcome.record.prompt_tokens > 0 and outcome.record.completion_tokens > 0
    usage = [r.rewrite.usage for r in rewrites]
    assert all(u["prompt_tokens"] > 0 and u["completion_tokens"] > 0 and u["model"] == "stub-model"
               and u["requests"] == 1 for u in usage)
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT prompt_tokens, completion_tokens, model FROM rewrites").fetchall()
        run = conn.execute("SELECT prompt_tokens, completion_tokens FROM runs").fetchone()
    assert sorted(rows) == sorted((u["prompt_tokens"], u["completion_tokens"], "stub-model") for u in usage)
    assert run == (sum(r[0] for r in rows), sum(r[1] for r in rows))

    result = CliRunner().invoke(main, ["log", "--runs", "--db", db])
    assert result.exit_code == 0, result.output
    assert f"{run[0]} prompt + {run[1]} completion tokens" in result.stdout
    assert f"#{outcome.record.id}\tok\t" in result.stdout

    import asyncio

    import httpx

    async def runs_page():
        transport = httpx.ASGITransport(app=app_factory(db))
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.get("/runs", headers={"accept": "text/html"})

    page = asyncio.run(runs_page())
    assert page.status_code == 200
    assert f"{run[0]} prompt + {run[1]} completion tokens" in page.text
    assert f'id="run-{outcome.record.id}"' in page.text


@pytest.fixture
def app_factory():
    from copydesk.server import create_app

    return lambda db: create_app(db)


def test_eval_keeps_n_in_flight_and_reports_tokens_per_engine(tmp_path, monkeypatch):
    data = tmp_path / "set.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for i in range(6):
            s = story(f"eval-{i}")
            fh.write(json.dumps({"id": f"r{i}", "article": "\n\n".join(s.paragraphs),
                                 "reference": s.paragraphs[0]}) + "\n")
    monkeypatch.setenv("COPYDESK_CONFIG", str(tmp_path / "none.toml"))
    with StubModel(latency=0.2) as stub:
        out = tmp_path / "eval.json"
        result = CliRunner().invoke(main, ["eval", str(data), "--engine", "openai", "--base-url", stub.url,
                                           "--model", "stub-model", "--concurrency", "3", "--json", str(out),
                                           "--quiet"])
        assert result.exit_code == 0, result.output
        assert stub.max_in_flight == 3
    fig = json.loads(out.read_text())["engines"]["openai"]
    assert fig["scored"] == 6 and fig["in_flight"] == 3
    assert fig["usage"]["prompt_tokens"] > 0 and fig["usage"]["completion_tokens"] > 0
    assert fig["usage"]["requests"] == 6 and fig["usage"]["models"] == ["stub-model"]
    assert "Tokens: prompt / completion" in result.stdout


def test_a_second_worker_on_sqlite_is_told_sqlite_supports_one(site, tmp_path):
    import subprocess
    import sys

    from copydesk.store import leases

    db = str(tmp_path / "two.db")
    url, _ = write_feed(site, "two.xml", 1)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with Store.open(db) as store:
            store.add_feed(url)
            store.start_run(f"{leases.HOST}:{other.pid}:abcdef")  # a live worker's open run
        result = CliRunner().invoke(main, ["run", "--db", db, "--allow-private"])
    finally:
        other.kill()
        other.wait()
    assert result.exit_code == 0, result.output
    assert "SQLite supports one worker" in result.stderr and "PostgreSQL" in result.stderr
    alone = CliRunner().invoke(main, ["run", "--db", db, "--allow-private"])
    assert "SQLite supports one worker" not in alone.stderr  # that worker is gone: its run died


def test_bad_concurrency_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["run", "--db", str(tmp_path / "x.db"), "--concurrency", "0"])
    assert result.exit_code == 2 and "--concurrency" in result.output
