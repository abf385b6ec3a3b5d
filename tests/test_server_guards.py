"""The web desk's answers to crafted requests: forged Feeds alerts, ids too large, token
guessing, sessions from an old token, and HEAD on every page. In-process (httpx.ASGITransport)."""

from __future__ import annotations

import pytest

from copydesk.server.security import LoginThrottle
from serverkit import HARBOUR, client, csrf, make_app, store_of

pytestmark = pytest.mark.anyio
HTML = {"accept": "text/html"}
TOKEN = "s3cret-token-for-tests"
SECRET = "a-fixed-secret-so-cookies-survive-a-restart"


class Clock:
    """An injected clock: tests move time on instead of sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_feeds_page_takes_no_alert_or_status_from_the_query_string(app):
    async with client(app) as c:
        forged = await c.get("/feeds", headers=HTML,
                             params={"error": "Your session expired - log in at http://127.0.0.1:9/phish"})
        assert forged.status_code == 200
        assert "phish" not in forged.text and 'role="alert"' not in forged.text
        for code in ("99", "1000", "-1", "600", "abc"):
            r = await c.get("/feeds", headers=HTML, params={"status_code": code})
            assert r.status_code == 200, code
            assert 'role="alert"' not in r.text
        # the page's own errors still show, with their status
        token = await csrf(c, "/feeds")
        bad = await c.post("/feeds", data={"csrf_token": token, "url": "javascript:alert(1)"}, headers=HTML)
        assert bad.status_code == 400 and 'role="alert"' in bad.text and "not an http(s) URL" in bad.text


@pytest.mark.parametrize("big", ["99999999999999999999999", str(2**63), "-99999999999999999999999"])
async def test_ids_too_large_for_the_database_are_404(app, big):
    async with client(app) as c:
        token = await csrf(c, "/feeds")
        answers = [
            await c.get(f"/rewrites/{big}", headers=HTML),
            await c.get(f"/api/v1/rewrites/{big}"),
            await c.delete(f"/api/v1/feeds/{big}"),
            await c.post(f"/feeds/{big}/delete", data={"csrf_token": token}, headers=HTML),
        ]
    for r in answers:
        assert r.status_code == 404, (r.request.url, r.status_code, r.text[:200])


@pytest.mark.postgres
async def test_ids_too_large_are_404_on_postgresql_too(tmp_path, pg_url):
    from copydesk.store import Store

    store = Store.open(pg_url)
    app = make_app(tmp_path, store=store)
    try:
        async with client(app) as c:
            for path in ("/api/v1/rewrites/99999999999999999999999", f"/api/v1/rewrites/{2**63 - 1}"):
                r = await c.get(path)
                assert r.status_code == 404, (path, r.text[:200])
    finally:
        store.close()


async def test_largest_storable_id_is_still_looked_up(app):
    async with client(app) as c:
        r = await c.get(f"/api/v1/rewrites/{2**63 - 1}")
    assert r.status_code == 404 and r.json()["type"] == "NotFound"


async def test_wrong_tokens_at_login_are_slowed_down_per_client(tmp_path):
    clock = Clock()
    app = make_app(tmp_path, host="0.0.0.0", token=TOKEN, login_throttle=LoginThrottle(free=3, clock=clock))
    async with client(app) as c:
        token = await csrf(c, "/login")
        codes = [(await c.post("/login", data={"csrf_token": token, "token": f"guess{i}"}, headers=HTML)).status_code
                 for i in range(3)]
        assert codes == [401, 401, 401]
        locked = await c.post("/login", data={"csrf_token": token, "token": TOKEN}, headers=HTML)
        assert locked.status_code == 429 and "too many wrong tokens" in locked.text
        assert int(locked.headers["retry-after"]) >= 1
        api = await c.post("/api/v1/rewrite", json={"text": HARBOUR}, headers={"authorization": f"Bearer {TOKEN}"})
        assert api.status_code == 429, "the API's Bearer tokens share the same count"
        clock.now += 1.5
        ok = await c.post("/login", data={"csrf_token": token, "token": TOKEN})
        assert ok.status_code == 303 and "copydesk_auth" in c.cookies
        again = await c.post("/login", data={"csrf_token": token, "token": "guess5"}, headers=HTML)
        assert again.status_code == 401, "a right token clears the count"


async def test_wrong_bearer_tokens_are_slowed_down(tmp_path):
    clock = Clock()
    app = make_app(tmp_path, host="0.0.0.0", token=TOKEN, login_throttle=LoginThrottle(free=2, clock=clock))
    async with client(app) as c:
        codes = [(await c.post("/api/v1/rewrite", json={"text": HARBOUR},
                               headers={"authorization": f"Bearer nope{i}"})).status_code for i in range(4)]
        assert codes == [401, 401, 429, 429]
        clock.now += 3600 + 1
        ok = await c.post("/api/v1/rewrite", json={"text": HARBOUR}, headers={"authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201
    assert store_of(app).count_rewrites() == 1


def test_login_throttle_remembers_a_bounded_number_of_clients():
    clock = Clock()
    throttle = LoginThrottle(free=1, base=10, cap=40, max_clients=100, clock=clock)
    for i in range(1000):
        throttle.failed(f"10.0.{i // 256}.{i % 256}")
    assert len(throttle) == 100
    assert throttle.wait("10.0.0.0") == 0.0, "the oldest were forgotten"
    for _ in range(10):
        throttle.failed("c")
    assert throttle.wait("c") == 40, "waits double up to the cap"
    throttle.succeeded("c")
    assert throttle.wait("c") == 0.0


async def test_a_login_cookie_stops_working_when_the_token_changes(tmp_path):
    for name in "abc":
        (tmp_path / name).mkdir()
    first = make_app(tmp_path / "a", host="0.0.0.0", token=TOKEN, secret=SECRET)
    async with client(first) as c:
        token = await csrf(c, "/login")
        assert (await c.post("/login", data={"csrf_token": token, "token": TOKEN})).status_code == 303
        cookie = c.cookies["copydesk_auth"]
    same = make_app(tmp_path / "b", host="0.0.0.0", token=TOKEN, secret=SECRET)
    changed = make_app(tmp_path / "c", host="0.0.0.0", token="a-new-token", secret=SECRET)
    for app, allowed in ((same, True), (changed, False)):
        async with client(app) as c:
            token = await csrf(c)
            c.cookies.set("copydesk_auth", cookie, domain="127.0.0.1")
            r = await c.post("/new", data={"csrf_token": token, "text": HARBOUR})
        assert r.status_code == 303
        assert r.headers["location"].startswith("/rewrites/") is allowed, r.headers["location"]


async def test_head_answers_like_get_without_the_body(app):
    async with client(app) as c:
        created = await c.post("/api/v1/rewrite", json={"text": HARBOUR})
        rid = created.json()["id"]
        paths = ["/", "/new", "/feeds", "/login", "/docs", f"/rewrites/{rid}", "/feed.rss", "/feed.atom",
                 "/api/v1/rewrites", f"/api/v1/rewrites/{rid}", "/api/v1/feeds", "/api/v1/engines",
                 "/healthz", "/openapi.json", "/static/desk.css", "/rewrites/999", "/nothing-here"]
        for path in paths:
            get = await c.get(path, headers=HTML)
            head = await c.head(path, headers=HTML)
            assert head.status_code == get.status_code, (path, head.status_code, get.status_code)
            assert head.content == b"", path
            assert head.headers["content-type"] == get.headers["content-type"], path
            if "content-length" in get.headers and path not in ("/", "/new", "/feeds", "/login", "/docs"):
                assert head.headers["content-length"] == get.headers["content-length"], path
