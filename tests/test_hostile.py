"""Hostile feeds stay harmless in every output: text, Markdown, JSON, HTML, RSS, Atom, JSON Lines.

The corpus (tests/fixtures/hostile/feed.json, and the same entries as RSS) is served by a
real HTTP server on 127.0.0.1, read by ``copydesk run`` into a real SQLite file, then
written out by ``log``, ``export`` and ``feeds list``, and served by the web desk
(in-process, httpx.ASGITransport). Rows written before copydesk cleaned its input are
stored directly, so the outbound filters are tested on their own too.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from copydesk.cli import main
from copydesk.desk import rewrite
from copydesk.model import Article
from copydesk.render import render
from copydesk.safety import clean_text, safe_link
from copydesk.store import Store
from hostile import (
    CORPUS,
    assert_json_safe,
    assert_safe_feed,
    assert_safe_html,
    assert_safe_markdown,
    assert_terminal_safe,
    corpus,
    rss_of,
)
from newsgen import story
from serverkit import client, make_app

ESC_TITLE = "Harbour \u001b]0;pwned\u0007 reopens after fire"
MD_BREAK = "http://127.0.0.1/b>)<img src=x onerror=alert(1)>"
NOW = dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.UTC)


def cli(*args: str, db: str):
    return CliRunner().invoke(main, [*args, "--db", db], catch_exceptions=False)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    """The corpus, as a JSON Feed and as RSS, read through `copydesk run` into SQLite."""
    from httpserver import LocalServer

    path = str(tmp_path_factory.mktemp("hostile") / "desk.db")
    with LocalServer({"/h/": CORPUS.parent}) as server:
        rss = rss_of(corpus()).encode("utf-8")
        server.route("/h/feed.rss", lambda req: req.send(200, rss, {"Content-Type": "application/rss+xml"}))
        for name in ("feed.json", "feed.rss"):
            added = cli("feeds", "add", server.url(f"/h/{name}"), db=path)
            assert added.exit_code == 0, added.output
        run = cli("run", "--allow-private", "-q", db=path)
    assert run.exit_code == 0, run.output
    assert "Traceback" not in run.output
    with Store.open(path) as store:
        stored = store.list_rewrites(limit=None)
    assert len(stored) >= len(corpus()["items"]), "every corpus entry became a stored rewrite"
    return path


@pytest.fixture
def old_rows_db(tmp_path):
    """Rows as a copydesk before the fix stored them: raw control characters and bad links."""
    path = str(tmp_path / "old.db")
    with Store.open(path) as store:
        for n, (url, title) in enumerate([
            (MD_BREAK, ESC_TITLE),
            ("javascript:alert(document.cookie)", "Council \u202eteg\u202c budget <script>alert(1)</script>"),
            ("data:text/html,<script>alert(1)</script>", "School \u0000term \u009b31m starts"),
        ]):
            s = story(f"old{n}")
            text = s.text.replace(". ", ". \u001b[2J", 1)
            store.save_rewrite(rewrite(Article(text=text, title=title, url=url, byline="Eve\u0007"), now=NOW))
    return path


# --- the shared functions ------------------------------------------------------------------


def test_safe_link_keeps_http_and_encodes_what_could_break_out():
    assert safe_link("https://127.0.0.1/a?b=1&c=2#d") == "https://127.0.0.1/a?b=1&c=2#d"
    assert safe_link(MD_BREAK) == "http://127.0.0.1/b%3E)%3Cimg%20src=x%20onerror=alert(1)%3E"
    assert safe_link("http://127.0.0.1/x\u001b]0;t\u0007") == "http://127.0.0.1/x%1B]0;t%07"
    assert safe_link("http://127.0.0.1/\u202egpj.exe") == "http://127.0.0.1/%E2%80%AEgpj.exe"
    for bad in ("javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "//127.0.0.1/x",
                "/relative", "http:/127.0.0.1", "http://127.0.0.1<script>/", "http://[::1", "", None):
        assert safe_link(bad) is None, bad


def test_clean_text_drops_controls_and_bidi_overrides_but_keeps_text():
    assert clean_text(ESC_TITLE) == "Harbour ]0;pwned reopens after fire"
    assert clean_text("a\r\nb\rc\td\u0085e\u009bf\u0000g") == "a\nb\nc\tdefg"
    assert clean_text("x\u202ey\u2066z\u2069 \u200f") == "xyz \u200f"
    assert clean_text("Ünïcödé — “quotes” 東京") == "Ünïcödé — “quotes” 東京"


# --- the payloads of the issue, one by one ----------------------------------------------------


def test_markdown_export_cannot_be_made_to_run_script(old_rows_db):
    result = cli("export", "--format", "md", db=old_rows_db)
    assert result.exit_code == 0
    md = result.stdout
    assert_safe_markdown(md, "export md")
    assert "[Read More](<http://127.0.0.1/b%3E)%3Cimg%20src=x%20onerror=alert(1)%3E>)" in md
    assert "javascript:" not in md.replace("\\", "") or "](<javascript" not in md
    assert "(<data:" not in md and "(<javascript:" not in md


@pytest.mark.parametrize("fmt,version", [("rss", "rss20"), ("atom", "atom10")])
def test_feed_exports_of_old_rows_drop_bad_links_and_never_crash(old_rows_db, fmt, version):
    result = cli("export", "--format", fmt, "--title", "Desk \u001b]0;x\u0007 feed", db=old_rows_db)
    assert result.exit_code == 0, result.output
    parsed = assert_safe_feed(result.stdout, f"export {fmt}", version)
    assert len(parsed.entries) == 3 and parsed.feed.title == "Desk ]0;x feed"
    assert "javascript:" not in result.stdout and "data:text" not in result.stdout.replace("&lt;", "<")
    titles = {e.title for e in parsed.entries}
    assert "Harbour ]0;pwned Reopens After Fire" in titles


def test_log_and_feeds_list_print_no_escape_sequences(old_rows_db):
    log = cli("log", db=old_rows_db)
    assert log.exit_code == 0
    assert_terminal_safe(log.stdout, "log")
    assert "Harbour ]0;pwned Reopens After Fire" in log.stdout
    assert "javascript:" not in log.stdout and "data:text" not in log.stdout
    with Store.open(old_rows_db) as store:
        feed = store.add_feed("http://127.0.0.1/feed.xml", "Desk \u001b]0;pwned\u0007 feed")
        store.feed_failed(feed.id, "bad \u001b[31mthing\u001b[0m happened \u202eevil")
    listed = cli("feeds", "list", db=old_rows_db)
    assert listed.exit_code == 0
    assert_terminal_safe(listed.stdout, "feeds list")
    assert "Desk ]0;pwned feed" in listed.stdout and "bad [31mthing[0m happened evil" in listed.stdout


def test_markdown_export_prints_read_more_once_per_record(tmp_path):
    path = str(tmp_path / "md.db")
    with Store.open(path) as store:
        for key in ("m1", "m2"):
            s = story(key)
            store.save_rewrite(rewrite(Article(text=s.text, title=s.title, url=f"http://127.0.0.1/{key}"), now=NOW))
        copy = story("m1")  # the same story from a second source: one record, two links
        store.save_rewrite(rewrite(Article(text=copy.text, url="http://127.0.0.1/mirror/m1"), now=NOW))
    md = cli("export", "--format", "md", db=path).stdout
    records = md.split("\n\n---\n\n# ")
    assert len(records) == 2
    for record in records:
        assert record.count("Read More") == 1, record
    assert "[Read More](<http://127.0.0.1/m1>) (also [http://127.0.0.1/mirror/m1](<http://127.0.0.1/mirror/m1>))" in md


# --- the whole corpus through the real paths, every format -----------------------------------


def test_corpus_through_run_then_log_and_every_export(hostile_db, tmp_path):
    log = cli("log", db=hostile_db)
    assert log.exit_code == 0
    assert_terminal_safe(log.stdout, "log")
    for line in log.stdout.splitlines():
        if line.startswith("Read More "):
            assert line[len("Read More "):].startswith("http"), line
    md = cli("export", "--format", "md", db=hostile_db)
    assert md.exit_code == 0
    assert_safe_markdown(md.stdout, "export md")
    for fmt, version in (("rss", "rss20"), ("atom", "atom10")):
        out = tmp_path / f"feed.{fmt}"
        result = cli("export", "--format", fmt, "-o", str(out), db=hostile_db)
        assert result.exit_code == 0, result.output
        assert_safe_feed(out.read_text(encoding="utf-8"), f"export {fmt}", version)
    jsonl = cli("export", "--format", "jsonl", db=hostile_db)
    assert jsonl.exit_code == 0
    assert_json_safe(jsonl.stdout, "export jsonl")
    listed = cli("feeds", "list", db=hostile_db)
    assert listed.exit_code == 0
    assert_terminal_safe(listed.stdout, "feeds list")


def test_corpus_and_old_rows_through_each_renderer(hostile_db, old_rows_db):
    for path in (hostile_db, old_rows_db):
        with Store.open(path) as store:
            items = store.list_rewrites(limit=None)
        for item in items:
            rw = item.rewrite
            assert_terminal_safe(render(rw, "text"), "text")
            assert_safe_markdown(render(rw, "markdown"), "markdown")
            assert_json_safe(render(rw, "json"), "json")
            assert_safe_html(render(rw, "html"), "html")


def test_what_comes_in_is_cleaned(hostile_db):
    with Store.open(hostile_db) as store:
        items = store.list_rewrites(limit=None)
    for item in items:
        data = json.dumps(item.to_dict(), ensure_ascii=False)
        assert "\\u001b" not in data and "\\u0000" not in data and "\u202e" not in data
        for url in [item.rewrite.article.url, *item.sources]:
            assert url is None or safe_link(url) is not None, url


def test_rewrite_command_with_hostile_options(tmp_path):
    src = tmp_path / "story.txt"
    src.write_text(story("cli").text.replace(". ", ". <script>alert(1)</script> \u001b]0;x\u0007", 2),
                   encoding="utf-8")
    for fmt, check in (("text", assert_terminal_safe), ("markdown", assert_safe_markdown),
                       ("json", assert_json_safe), ("html", assert_safe_html)):
        result = CliRunner().invoke(main, ["rewrite", str(src), "--format", fmt, "--url", MD_BREAK,
                                           "--title", ESC_TITLE], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        check(result.stdout, f"rewrite --format {fmt}")


@pytest.mark.anyio
async def test_corpus_and_old_rows_on_the_web_desk(hostile_db, old_rows_db, tmp_path):
    for path in (hostile_db, old_rows_db):
        store = Store.open(path)
        app = make_app(tmp_path, store=store)
        async with client(app) as c:
            index = await c.get("/", headers={"accept": "text/html"})
            assert index.status_code == 200
            assert_safe_html(index.text, "index", own_scripts=("/static/desk.js",), relative=True)
            api = await c.get("/api/v1/rewrites?limit=100")
            assert api.status_code == 200
            for item in api.json()["items"]:
                page = await c.get(item["url"], headers={"accept": "text/html"})
                assert page.status_code == 200
                assert_safe_html(page.text, item["url"], own_scripts=("/static/desk.js",), relative=True)
                one = await c.get(f"/api/v1/rewrites/{item['id']}")
                assert one.status_code == 200
                assert_json_safe(one.text, "api")
            for fmt, version in (("rss", "rss20"), ("atom", "atom10")):
                feed = await c.get(f"/feed.{fmt}")
                assert feed.status_code == 200
                assert_safe_feed(feed.text, f"/feed.{fmt}", version)
            feeds = await c.get("/feeds", headers={"accept": "text/html"})
            assert feeds.status_code == 200
            assert_safe_html(feeds.text, "/feeds", own_scripts=("/static/desk.js",), relative=True)
        store.close()
