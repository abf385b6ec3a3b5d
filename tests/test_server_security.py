"""The web desk's guards: token, login, request size, rate limit, Host check, 500s."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from copydesk.errors import BadOption
from copydesk.server.security import RateLimiter, clean_html, is_loopback, safe_url
from serverkit import HARBOUR, ORCHARD, client, csrf, make_app, store_of

pytestmark = pytest.mark.anyio
HTML = {"accept": "text/html"}
TOKEN = "s3cret-token-for-tests"


@pytest.fixture
def anyio_backend():
    return "asyncio"


def test_non_loopback_without_token_refuses_to_start(tmp_path):
    with pytest.raises(BadOption, match="COPYDESK_TOKEN"):
        make_app(tmp_path, host="0.0.0.0")
    assert not (tmp_path / "desk.db").exists(), "refused before opening the database"


def test_serve_command_refuses_a_public_host_without_token(monkeypatch, tmp_path):
    from copydesk.cli import main

    monkeypatch.delenv("COPYDESK_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "Error: refusing to serve on 0.0.0.0 without a token - set COPYDESK_TOKEN" in result.output
    assert "Traceback" not in result.output


def test_serve_help():
    from copydesk.cli import main

    result = CliRunner().invoke(main, ["serve", "-h"])
    assert result.exit_code == 0 and "--host" in result.output and "COPYDESK_TOKEN" in result.output


async def test_token_guards_every_api_write_but_not_reads(tmp_path):
    app = make_app(tmp_path, host="0.0.0.0", token=TOKEN)
    async with client(app) as c:
        none = await c.post("/api/v1/rewrite", json={"text": HARBOUR})
        wrong = await c.post("/api/v1/rewrite", json={"text": HARBOUR},
                             headers={"authorization": "Bearer nope"})
        feed = await c.post("/api/v1/feeds", json={"url": "http://127.0.0.1/x/feed"})
        delete = await c.delete("/api/v1/feeds/1")
        for r in (none, wrong, feed, delete):
            assert r.status_code == 401 and "Authorization: Bearer" in r.json()["error"]
        assert store_of(app).count_rewrites() == 0
        ok = await c.post("/api/v1/rewrite", json={"text": HARBOUR},
                          headers={"authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201
        assert (await c.get("/api/v1/rewrites")).status_code == 200
        assert (await c.get(f"/rewrites/{ok.json()['id']}", headers=HTML)).status_code == 200


async def test_token_guards_form_posts_through_login(tmp_path):
    app = make_app(tmp_path, host="0.0.0.0", token=TOKEN)
    async with client(app) as c:
        token = await csrf(c)
        r = await c.post("/new", data={"csrf_token": token, "text": HARBOUR})
        assert r.status_code == 303 and r.headers["location"] == "/login"
        login_csrf = await csrf(c, "/login")
        bad = await c.post("/login", data={"csrf_token": login_csrf, "token": "guess"}, headers=HTML)
        assert bad.status_code == 401 and "wrong token" in bad.text
        no_csrf = await c.post("/login", data={"token": TOKEN}, headers=HTML)
        assert no_csrf.status_code == 403
        good = await c.post("/login", data={"csrf_token": login_csrf, "token": TOKEN})
        assert good.status_code == 303 and "copydesk_auth" in c.cookies
        r = await c.post("/new", data={"csrf_token": token, "text": HARBOUR})
        assert r.status_code == 303 and r.headers["location"].startswith("/rewrites/")
        c.cookies.set("copydesk_auth", "forged.value.here", domain="127.0.0.1")
        r = await c.post("/new", data={"csrf_token": token, "text": ORCHARD})
        assert r.headers["location"] == "/login"
    assert store_of(app).count_rewrites() == 1


async def test_login_without_a_token_configured_just_redirects(tmp_path):
    app = make_app(tmp_path)
    async with client(app) as c:
        token = await csrf(c, "/login")
        r = await c.post("/login", data={"csrf_token": token, "token": "x"})
    assert r.status_code == 303 and r.headers["location"] == "/"


async def test_request_size_limit(tmp_path):
    app = make_app(tmp_path, max_body=4096)
    big = HARBOUR * 40
    async with client(app) as c:
        r = await c.post("/api/v1/rewrite", json={"text": big})
        assert r.status_code == 413 and r.json()["type"] == "TooLarge" and "4096" in r.json()["error"]

        async def chunks():  # no Content-Length: the limit counts as the body streams
            for _ in range(10):
                yield b"x" * 1000

        streamed = await c.post("/api/v1/rewrite", content=chunks(),
                                headers={"content-type": "application/json"})
        assert streamed.status_code == 413
        token = await csrf(c)
        form = await c.post("/new", data={"csrf_token": token, "text": big})
        assert form.status_code == 413
        ok = await c.post("/api/v1/rewrite", json={"text": HARBOUR})
        assert ok.status_code == 201
    assert store_of(app).count_rewrites() == 1


async def test_rate_limit_on_the_rewrite_endpoints(tmp_path):
    app = make_app(tmp_path, rate_limit=2)
    async with client(app) as c:
        codes = [(await c.post("/api/v1/rewrite", json={"text": t})).status_code for t in (HARBOUR, ORCHARD)]
        assert codes == [201, 201]
        limited = await c.post("/api/v1/rewrite", json={"text": HARBOUR})
        assert limited.status_code == 429
        assert int(limited.headers["retry-after"]) >= 1
        assert "too many rewrites" in limited.json()["error"] and "wait" in limited.json()["error"]
        token = await csrf(c)
        form = await c.post("/new", data={"csrf_token": token, "text": HARBOUR}, headers=HTML)
        assert form.status_code == 429 and "too many rewrites" in form.text
        assert (await c.get("/api/v1/rewrites")).status_code == 200, "reads are not limited"


def test_rate_limiter_refills():
    now = [1000.0]
    limiter = RateLimiter(2, per=60.0, clock=lambda: now[0])
    assert limiter.take("a") == 0 and limiter.take("a") == 0
    assert limiter.take("a") == pytest.approx(30.0), "one token back every 30 s"
    assert limiter.take("b") == 0, "buckets are per client"
    now[0] += 29.0
    assert limiter.take("a") == pytest.approx(1.0)
    now[0] += 2.0
    assert limiter.take("a") == 0
    assert limiter.take("a") > 0
    now[0] += 3600.0
    takes = [limiter.take("a") for _ in range(3)]
    assert takes[:2] == [0, 0] and takes[2] > 0, "an hour's wait fills the bucket to rate, no more"


async def test_host_header_must_be_a_loopback_name(tmp_path):
    app = make_app(tmp_path)
    async with client(app) as c:
        evil = await c.get("/api/v1/rewrites", headers={"host": "attacker.example"})
        local = await c.get("/api/v1/rewrites", headers={"host": "localhost:8080"})
    assert evil.status_code == 400 and "attacker.example" in evil.json()["error"]
    assert local.status_code == 200


async def test_an_unexpected_error_is_a_500_with_one_line(tmp_path):
    app = make_app(tmp_path)

    @app.get("/api/v1/explode")
    def explode():
        raise RuntimeError("boom")

    async with client(app) as c:
        r = await c.get("/api/v1/explode")
    assert r.status_code == 500
    assert r.json() == {"error": "internal error (RuntimeError) - see the server log",
                        "type": "InternalError", "status": 500}


def test_helpers():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert is_loopback("[::1]") and not is_loopback("0.0.0.0") and not is_loopback("10.0.0.1")
    assert safe_url("https://127.0.0.1/x") == "https://127.0.0.1/x"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "//127.0.0.1/x", "", None):
        assert safe_url(bad) is None
    cleaned = clean_html('<p onclick="x()">Hi<script>alert(1)</script><img src=x onerror=y>'
                         '<a href="javascript:z()">l</a></p>')
    assert "script" not in cleaned and "onclick" not in cleaned and "onerror" not in cleaned
    assert "javascript" not in cleaned and "<p>Hi" in cleaned


async def test_small_routes(tmp_path):
    app = make_app(tmp_path)
    async with client(app) as c:
        health = await c.get("/healthz")
        icon = await c.get("/favicon.ico")
        login = await c.get("/login", headers=HTML)
        css = await c.get("/static/desk.css")
        js = await c.get("/static/desk.js")
        missing = await c.get("/static/nothing.js")
    assert health.json() == {"ok": True}
    assert icon.status_code == 204
    assert login.status_code == 200 and 'name="token"' in login.text
    assert css.headers["content-type"].startswith("text/css")
    assert "javascript" in js.headers["content-type"] and "data-src" in js.text
    assert missing.status_code == 404
