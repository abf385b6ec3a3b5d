"""Failures a user can see: exit codes, one summary line, reasons stored and shown, entry
backoff, and the feed's own text when a linked page fails.

Real parts: a real HTTP server on 127.0.0.1 that answers 404/500, a port nobody listens
on, real SQLite files (and the real PostgreSQL server where marked).
"""

from __future__ import annotations

import datetime as dt
import json
import socket
import sqlite3

import pytest
from click.testing import CliRunner

from copydesk.cli import main
from copydesk.model import Feed, RunRecord
from copydesk.newsroom import PassOptions, run_pass
from copydesk.store import Store
from copydesk.store.migrations import applied
from newsgen import rss, story

# Our own short items: three whole sentences, too short to count as a full article
# (under 60 words), so today the linked page is fetched.
SHORT = [
    "The harbour board in Bergen approved a new ferry pier on Tuesday after a two-year review.",
    "Work is due to start in March and will cost 40 million kroner, the board said.",
    "Chair Ingrid Holm said the old pier would stay open until the new one was ready.",
]
SHORT_TEXT = " ".join(SHORT)
OTHER_TEXT = ("The city library in Tampere will open on Sundays from January, the council said on Monday. "
              "The trial will cost 90,000 euros a year and run for twelve months. "
              "Head librarian Olga Varga said families had asked for weekend hours for years.")


def refused_url() -> str:
    """A URL on 127.0.0.1 whose port nobody listens on (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


def item_rss(items: list[tuple[str, str, str | None, str | None]]) -> str:
    """RSS of (title, link, description, content:encoded) items."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>',
           "<title>Harbour news</title><link>http://127.0.0.1/h/</link><description>h</description>"]
    for n, (title, link, description, content) in enumerate(items):
        out.append(f"<item><title>{title}</title><link>{link}</link><guid>g{n}</guid>"
                   "<pubDate>Tue, 01 Dec 2026 09:00:00 +0000</pubDate>")
        if description is not None:
            out.append(f"<description><![CDATA[{description}]]></description>")
        if content is not None:
            out.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out)


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "f.db"))
    yield s
    s.close()


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


@pytest.fixture
def cli(db, monkeypatch):
    for name in ("COPYDESK_DB", "COPYDESK_ALLOW_PRIVATE", "COPYDESK_ENGINE"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None):
        return runner.invoke(main, [*args], env={"COPYDESK_DB": db, **(env or {})}, catch_exceptions=False)

    return invoke


# --- the feed's own text when the page fails ----------------------------------------------


def test_usable_text_needs_three_whole_sentences_and_drops_a_teaser_tail():
    from copydesk.ingest.fallback import usable_text

    assert usable_text(SHORT_TEXT) == SHORT_TEXT
    assert usable_text(" ".join(SHORT[:2])) is None
    cut = SHORT_TEXT + " The board also said that the ferry timetable would..."
    assert usable_text(cut) == SHORT_TEXT
    assert usable_text(SHORT_TEXT + " Read more") == SHORT_TEXT
    assert usable_text("Yes. No. Maybe.") is None  # three sentences, but too few words
    assert usable_text(None) is None and usable_text("   ") is None


def test_entries_whose_pages_fail_are_rewritten_from_their_own_text(site, store):
    (site.root / "h.xml").write_text(item_rss([
        ("Ferry pier approved", site.url("/status/404"), SHORT[0], f"<p>{SHORT_TEXT}</p>"),
        ("Library hours", site.url("/status/500"), OTHER_TEXT + " The board also said that...", None),
        ("Too little", site.url("/status/404"), SHORT[0], None),
    ]))
    store.add_feed(site.url("/s/h.xml"))
    record = run_pass(store, PassOptions(allow_private=True)).record
    assert (record.rewrites, record.entries_failed) == (2, 1)
    stored = {s.rewrite.article.title: s.rewrite for s in store.list_rewrites(limit=None)}
    assert set(stored) == {"Ferry pier approved", "Library hours"}
    for title, rewrite in stored.items():
        notes = [n for n in rewrite.check.notes if "feed entry's own text" in n]
        assert len(notes) == 1, (title, rewrite.check.notes)
        assert ("404" if title.startswith("Ferry") else "500") in notes[0]
        assert "would..." not in rewrite.article.text  # the cut-off sentence was dropped
    assert stored["Ferry pier approved"].article.url == site.url("/status/404")
    (left,) = store.failed_entries()
    assert left.title == "Too little" and "404" in left.error and left.status == "pending"


def test_a_json_feed_whose_links_all_fail_still_yields_stories(site, store):
    refused = refused_url().replace("/feed.xml", "/story")
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Pier", "items": [
        {"id": "1", "url": refused + "1", "title": "Pier one", "content_text": SHORT_TEXT},
        {"id": "2", "url": refused + "2", "title": "Library", "content_html": "<p>" + OTHER_TEXT + "</p>"},
    ]}
    (site.root / "p.json").write_text(json.dumps(feed))
    store.add_feed(site.url("/s/p.json"))
    record = run_pass(store, PassOptions(allow_private=True)).record
    assert (record.rewrites, record.entries_failed) == (2, 0)
    assert all(any("could not be fetched" in n for n in s.rewrite.check.notes) for s in store.list_rewrites())


# --- exit codes and the summary line -------------------------------------------------------


def test_a_pass_where_every_feed_failed_is_not_ok(site, store):
    for url in (site.url("/status/404"), site.url("/status/500"), refused_url()):
        store.add_feed(url)
    record = run_pass(store, PassOptions(allow_private=True)).record
    assert (record.status, record.feeds, record.feeds_failed) == ("failed", 3, 3)
    assert store.runs()[0].status == "failed"


def test_run_exits_1_when_every_feed_failed_and_says_why_on_the_next_run(cli, site):
    for url in (site.url("/status/404"), site.url("/status/500"), refused_url()):
        cli("feeds", "add", url)
    first = cli("run", "--allow-private")
    assert first.exit_code == 1 and first.stdout == ""
    summary = first.stderr.strip().splitlines()[-1]
    assert summary.startswith("Run #1 failed: every feed failed (3 of 3)") and " ok" not in summary
    assert first.stderr.count("Warning: feed #") == 3

    # Every feed is backing off now: the next run says so, and how to force it.
    second = cli("run", "--allow-private")
    assert second.exit_code == 1
    (line,) = second.stderr.strip().splitlines()
    assert line.startswith("Run #2: no feed read - all 3 feeds are backing off after errors, next try ")
    assert "copydesk run --force" in line and "ok" not in line.split(" - ")[0]

    listed = cli("feeds", "list").stdout.splitlines()
    assert len(listed) == 3 and all("backing off until " in row and "after 1 error: " in row for row in listed)
    assert "404" in listed[0] and "500" in listed[1] and "refused" in listed[2].lower()
    assert all("`copydesk run --force` to try now" in row for row in listed)
    as_json = [json.loads(row) for row in cli("feeds", "list", "--json").stdout.splitlines()]
    assert all(row["state"].startswith("backing off until") for row in as_json)

    forced = cli("run", "--allow-private", "--force", "-q")
    assert forced.exit_code == 1 and forced.stderr.startswith("Run #3 failed")
    assert "after 2 errors" in cli("feeds", "list").stdout


def test_run_exits_0_when_one_feed_was_read_and_names_those_backing_off(cli, site):
    (site.root / "ok.xml").write_text(rss("ok", "http://127.0.0.1/ok/", [("http://127.0.0.1/ok/1", story("ok1"))]))
    cli("feeds", "add", site.url("/s/ok.xml"))
    cli("feeds", "add", site.url("/status/500"))
    first = cli("run", "--allow-private")
    assert first.exit_code == 0, first.stderr
    assert first.stderr.strip().splitlines()[-1].startswith("Run #1 ok: 2 feeds (1 failed")
    second = cli("run", "--allow-private", "-q")
    assert second.exit_code == 0
    assert "1 more backing off after errors" in second.stderr and "--force" in second.stderr


def test_quiet_prints_one_summary_line_however_many_entries_fail(cli, site):
    items = [(f"Item {n}", site.url(f"/status/503?n={n}"), "One sentence only.", None) for n in range(25)]
    (site.root / "many.xml").write_text(item_rss(items))
    cli("feeds", "add", site.url("/s/many.xml"))
    quiet = cli("run", "--allow-private", "-q")
    assert quiet.exit_code == 0 and quiet.stdout == ""
    (line,) = quiet.stderr.splitlines()
    assert line.startswith("Run #1 ok:") and "25 entries failed" in line and "log --failed" in line

    # Without -q the warnings are capped, with a pointer to the full list.
    cli("feeds", "add", site.url("/s/many.xml?again=1"))
    loud = cli("run", "--allow-private")
    warnings = [w for w in loud.stderr.splitlines() if w.startswith("Warning: entry ")]
    assert len(warnings) == 10 and "... and 15 more entries failed" in loud.stderr

    failed = cli("log", "--failed")
    assert failed.exit_code == 0
    rows = failed.stdout.splitlines()
    assert len(rows) == 50 and all("503" in r and "retry after " in r and "(1 try so far)" in r for r in rows)
    assert len(cli("log", "--failed", "-n", "3").stdout.splitlines()) == 3
    listed = cli("feeds", "list").stdout
    assert "25 entries waiting to retry (next at " in listed and "last error: " in listed


def test_log_failed_rejects_rewrite_filters_and_says_when_none_failed(cli):
    assert cli("log", "--failed").stderr.strip() == "No failed entries."
    bad = cli("log", "--failed", "--query", "x")
    assert bad.exit_code == 2 and bad.stderr.startswith("Error: --failed lists failed entries")


# --- the wording ---------------------------------------------------------------------------


def test_feed_state_and_summary_wording():
    from copydesk.failures import entries_state, feed_state, summary_line
    from copydesk.store.failures import EntryStats

    now = dt.datetime(2026, 12, 1, 16, 0, tzinfo=dt.UTC)
    feed = Feed(id=1, url="http://127.0.0.1/a/f", name=None, added_at=now, last_status="error",
                last_error="connection refused", error_count=3, next_try_at=now + dt.timedelta(minutes=40),
                last_run_at=now - dt.timedelta(minutes=1))
    assert feed_state(feed, now) == ("backing off until 16:40 UTC after 3 errors: connection refused "
                                     "- `copydesk run --force` to try now")
    assert feed_state(Feed(id=2, url="u", name=None, added_at=now), now) is None
    stats = EntryStats(retrying=2, failed=1, last_error="HTTP 404", next_try_at=now + dt.timedelta(days=1))
    assert entries_state(stats, now) == ("2 entries waiting to retry (next at 2026-12-02 16:00 UTC), 1 given up; "
                                         "last error: HTTP 404")
    idle = RunRecord(id=2, started_at=now, status="ok")
    assert summary_line(idle, [feed], now).startswith("Run #2: no feed read - all 1 feeds are backing off")


# --- the Feeds page ------------------------------------------------------------------------


@pytest.mark.anyio
async def test_feeds_page_shows_why_a_feed_and_its_entries_failed(tmp_path, site):
    from serverkit import client, make_app

    app = make_app(tmp_path)
    store = app.state.store
    broken = store.add_feed(site.url("/status/500"))
    (site.root / "t.xml").write_text(item_rss([("Gone", site.url("/status/404"), "One sentence.", None)]))
    teaser = store.add_feed(site.url("/s/t.xml"))
    run_pass(store, PassOptions(allow_private=True))
    async with client(app) as c:
        page = (await c.get("/feeds")).text
        api = {f["id"]: f for f in (await c.get("/api/v1/feeds")).json()["items"]}
    assert api[broken.id]["state"].startswith("backing off until") and api[broken.id]["entries_state"] is None
    assert api[teaser.id]["state"] is None and api[teaser.id]["entries_state"].startswith("1 entry waiting")
    assert "backing off until" in page and "after 1 error: HTTP 500" in page and "copydesk run --force" in page
    assert "1 entry waiting to retry (next at" in page and "last error: HTTP 404" in page
    assert store.get_feed(broken.id).error_count == 1 and store.get_feed(teaser.id).error_count == 0


# --- the migration -------------------------------------------------------------------------


def test_0003_adds_the_entry_retry_time_to_an_older_database(tmp_path):
    path = tmp_path / "old.db"
    Store.open(str(path)).close()
    with sqlite3.connect(path) as conn:  # what a database from before 0003 looks like
        conn.execute("ALTER TABLE entries DROP COLUMN next_try_at")
        conn.execute("DELETE FROM copydesk_migrations WHERE name = '0003_failure_reasons'")
    with Store.open(str(path)) as store:
        assert "0003_failure_reasons" in applied(store.engine)
        feed = store.add_feed("http://127.0.0.1/a/rss")
        store.feed_fetched(feed.id, [("id:1", None, {"entry": {}})], etag=None, last_modified=None)
        (entry,) = store.pending_entries()
        assert store.entry_failed(entry.id, "HTTP 503", final=False) is not None
        assert store.pending_entries() == []


@pytest.mark.postgres
def test_entry_backoff_and_failure_reasons_on_postgresql(pg_url):
    now = dt.datetime(2026, 12, 1, 16, 0, tzinfo=dt.UTC)
    with Store.open(pg_url) as store:
        feed = store.add_feed("http://127.0.0.1/a/rss")
        store.feed_fetched(feed.id, [("id:1", "http://127.0.0.1/a/1", {"entry": {"title": "One"}}),
                                     ("id:2", None, {"entry": {}})], etag=None, last_modified=None)
        one, two = store.pending_entries(now=now)
        retry = store.entry_failed(one.id, "HTTP 503", final=False, now=now)
        store.entry_failed(two.id, "no text", final=True, now=now)
        assert store.pending_entries(now=now) == [] and [p.id for p in store.pending_entries(now=retry)] == [one.id]
        stats = store.entry_stats()[feed.id]
        assert (stats.retrying, stats.failed, stats.next_try_at, stats.last_error) == (1, 1, retry, "no text")
        rows = store.failed_entries()
        assert [(r.title, r.status, r.next_try_at) for r in rows] == [("One", "pending", retry), (None, "failed", None)]
