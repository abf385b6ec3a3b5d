"""One pass over feeds (``newsroom.run_pass``) against a real local HTTP server and a real SQLite file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from copydesk.errors import BadOption
from copydesk.newsroom import PassOptions, next_delay, parse_duration, parse_since, run_pass
from copydesk.store import Store
from copydesk.store.dedupe import canonical_url
from newsgen import html_page, rss, story


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "run.db"))
    yield s
    s.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_store(request, tmp_path):
    """A store on SQLite, and one on the real PostgreSQL server (in a fresh schema)."""
    url = str(tmp_path / "any.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = Store.open(url)
    yield s
    s.close()


def write_feed(site, name: str, items, **kw) -> str:
    (site.root / name).write_text(rss(name, "http://127.0.0.1/", items, **kw), encoding="utf-8")
    return site.url(f"/s/{name}?cond=1")


def opts(**kw) -> PassOptions:
    return PassOptions(allow_private=True, **kw)


def test_a_pass_stores_one_rewrite_per_entry_and_a_second_pass_does_nothing(site, any_store):
    store = any_store
    a = write_feed(site, "a.xml", [(f"http://127.0.0.1/a/{i}", story(f"a{i}")) for i in range(6)])
    b = write_feed(site, "b.xml", [(f"http://127.0.0.1/b/{i}", story(f"b{i}")) for i in range(4)])
    store.add_feed(a, "A")
    store.add_feed(b, "B")
    first = run_pass(store, opts()).record
    assert (first.status, first.feeds, first.entries_new, first.articles_new, first.rewrites) == ("ok", 2, 10, 10, 10)
    assert store.counts()["rewrites"] == 10 and store.entry_counts() == {"done": 10}
    titles = {s.rewrite.article.title for s in store.list_rewrites(limit=None)}
    assert titles == {story(f"a{i}").title for i in range(6)} | {story(f"b{i}").title for i in range(4)}
    stored = store.list_rewrites(query=story("a3").title.split()[0], limit=None)
    assert any(s.sources == ["http://127.0.0.1/a/3"] for s in stored)

    before = len(site.requests)
    second = run_pass(store, opts()).record
    assert (second.feeds_not_modified, second.entries_new, second.rewrites, second.articles_new) == (2, 0, 0, 0)
    conditional = site.requests[before:]
    assert len(conditional) == 2 and all("If-None-Match" in headers for _, headers in conditional)
    assert store.counts()["rewrites"] == 10
    assert [r.status for r in store.runs()] == ["ok", "ok"]


def test_feeds_without_validators_are_deduped_by_seen_entries(site, store):
    (site.root / "plain.xml").write_text(rss("p", "http://127.0.0.1/p/", [(f"http://127.0.0.1/p/{i}", story(f"p{i}")) for i in range(3)]))
    store.add_feed(site.url("/s/plain.xml"))
    assert run_pass(store, opts()).record.rewrites == 3
    again = run_pass(store, opts()).record
    assert (again.feeds_not_modified, again.entries_new, again.rewrites) == (0, 0, 0)
    (site.root / "plain.xml").write_text(rss("p", "http://127.0.0.1/p/", [(f"http://127.0.0.1/p/{i}", story(f"p{i}")) for i in range(4)]))
    third = run_pass(store, opts()).record
    assert (third.entries_new, third.rewrites) == (1, 1)


def test_the_same_story_under_two_urls_is_stored_once_with_both_sources(site, any_store):
    store = any_store
    original = story("harbour")
    wire = story("harbour")
    wire.paragraphs = ["BERGEN (Wire) - " + wire.paragraphs[0], *wire.paragraphs[1:],
                       "Reporting by Wire staff; editing by the night desk."]
    store.add_feed(write_feed(site, "local.xml", [("http://127.0.0.1/local/harbour", original),
                                                  ("http://127.0.0.1/local/other", story("other"))]))
    store.add_feed(write_feed(site, "wire.xml", [("http://127.0.0.1/wire/9911", wire),
                                                 ("http://127.0.0.1/local/harbour?utm_source=wire", original)]))
    record = run_pass(store, opts()).record
    assert (record.entries_new, record.articles_new, record.duplicates, record.rewrites) == (4, 2, 2, 2)
    harbour = next(s for s in store.list_rewrites(limit=None) if s.rewrite.article.title == original.title)
    # Feeds are fetched concurrently: either URL of the local copy may be the one kept.
    assert {canonical_url(u) for u in harbour.sources} == {"http://127.0.0.1/local/harbour", "http://127.0.0.1/wire/9911"}
    assert len(harbour.sources) == 2
    assert store.counts() | {"runs": 0} == {"feeds": 2, "articles": 2, "sources": 3, "rewrites": 2,
                                            "entries": 4, "runs": 0}


def test_broken_feeds_are_recorded_backed_off_and_never_stop_the_pass(site, store):
    good = write_feed(site, "good.xml", [(f"http://127.0.0.1/g/{i}", story(f"g{i}")) for i in range(2)])
    (site.root / "page.html").write_text("<html><body><h1>Not a feed</h1><p>Hello.</p></body></html>")
    broken = {
        "404": site.url("/status/404"),
        "500": site.url("/status/500"),
        "html": site.url("/s/page.html"),
        "pdf": site.url("/s/page.html?ct=application/pdf"),
    }
    ids = {name: store.add_feed(url).id for name, url in broken.items()}
    good_id = store.add_feed(good).id
    outcome = run_pass(store, opts())
    record = outcome.record
    assert (record.status, record.feeds, record.feeds_failed, record.rewrites) == ("ok", 5, 4, 2)
    assert len(record.errors) == 4 and all(" - " in e for e in record.errors)
    for name, feed_id in ids.items():
        feed = store.get_feed(feed_id)
        assert feed.last_status == "error" and feed.error_count == 1 and feed.next_try_at > feed.last_run_at, name
    assert "404" in store.get_feed(ids["404"]).last_error
    assert "not a feed" in store.get_feed(ids["html"]).last_error
    assert store.get_feed(good_id).last_status == "ok"
    # Backing off: the next pass skips them; --force tries them again, and the count grows.
    assert run_pass(store, opts()).record.feeds == 1
    forced = run_pass(store, opts(force=True)).record
    assert (forced.feeds, forced.feeds_failed) == (5, 4)
    assert store.get_feed(ids["500"]).error_count == 2


def test_an_ill_formed_feed_is_read_as_far_as_possible(site, store):
    xml = rss("bad", "http://127.0.0.1/bad/", [(f"http://127.0.0.1/bad/{i}", story(f"bad{i}")) for i in range(2)])
    xml = xml.replace("</channel></rss>", "<item><title>Broken & unescaped <b>markup</title></channel>")
    (site.root / "bad.xml").write_text(xml)
    feed = store.add_feed(site.url("/s/bad.xml"))
    record = run_pass(store, opts()).record
    assert record.feeds_failed == 0 and record.rewrites >= 1
    assert store.get_feed(feed.id).last_status == "ill-formed"
    assert "ill-formed" in store.get_feed(feed.id).last_error


def test_entries_without_full_text_fetch_the_linked_page(site, store):
    s = story("page")
    (site.root / "page.html").write_text(html_page(s))
    (site.root / "teaser.xml").write_text(rss("t", "http://127.0.0.1/t/", [(site.url("/s/page.html"), s)], full_content=False))
    store.add_feed(site.url("/s/teaser.xml"))
    record = run_pass(store, opts()).record
    assert (record.rewrites, record.entries_failed) == (1, 0)
    stored = store.list_rewrites()[0]
    assert stored.rewrite.article.title == s.title
    assert stored.sources == [site.url("/s/page.html")]
    assert any(requested.startswith("/s/page.html") for requested, _ in site.requests)


def test_an_entry_whose_page_fails_is_kept_and_retried_with_backoff_not_lost(site, store, tmp_path):
    s = story("gone")
    (site.root / "t.xml").write_text(rss("t", "http://127.0.0.1/t/", [(site.url("/status/503"), s)], full_content=False))
    store.add_feed(site.url("/s/t.xml"))
    record = run_pass(store, opts()).record
    assert (record.rewrites, record.entries_failed) == (0, 1)
    with sqlite3.connect(tmp_path / "run.db") as conn:
        status, attempts, error, next_try = conn.execute(
            "SELECT status, attempts, error, next_try_at FROM entries").fetchone()
    assert (status, attempts) == ("pending", 1) and "503" in error and next_try is not None

    def page_requests() -> int:
        return sum(path.startswith("/status/503") for path, _ in site.requests)

    # The next pass comes before the retry time: the page is not asked for again.
    assert run_pass(store, opts()).record.entries_failed == 0 and page_requests() == 1
    for tries in (2, 3):  # its retry time comes: tried again, then given up after the third try
        with sqlite3.connect(tmp_path / "run.db") as conn:
            conn.execute("UPDATE entries SET next_try_at = '2000-01-01 00:00:00.000000'")
        assert run_pass(store, opts()).record.entries_failed == 1 and page_requests() == tries
    assert store.entry_counts() == {"failed": 1}
    assert "503" in store.failed_entries()[0].error


def test_private_addresses_are_refused_unless_allowed(site, store):
    feed = store.add_feed(write_feed(site, "a.xml", [("http://127.0.0.1/a/1", story("x"))]))
    record = run_pass(store, PassOptions(allow_private=False)).record
    assert record.feeds_failed == 1 and record.rewrites == 0
    assert "--allow-private" in store.get_feed(feed.id).last_error or "COPYDESK_ALLOW_PRIVATE" in store.get_feed(feed.id).last_error
    assert run_pass(store, opts(force=True)).record.rewrites == 1


def test_a_stop_request_ends_the_pass_between_entries(site, store):
    store.add_feed(write_feed(site, "a.xml", [(f"http://127.0.0.1/a/{i}", story(f"s{i}")) for i in range(5)]))
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 3

    record = run_pass(store, opts(), should_stop=stop).record
    assert record.status == "stopped" and 0 < record.rewrites < 5
    assert store.entry_counts()["pending"] == 5 - record.rewrites
    assert run_pass(store, opts()).record.rewrites == 5 - record.rewrites
    assert store.counts()["rewrites"] == 5


def test_durations_and_since():
    assert [parse_duration(x) for x in ("30s", "15m", "1h", "1h30m")] == [30, 900, 3600, 5400]
    for bad in ("", "15", "fifteen minutes", "0s", "-5m"):
        with pytest.raises(BadOption):
            parse_duration(bad)
    now = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
    assert parse_since("2h", now) == now - dt.timedelta(hours=2)
    assert parse_since("2026-04-30", now) == dt.datetime(2026, 4, 30, tzinfo=dt.UTC)
    with pytest.raises(BadOption, match="YYYY-MM-DD"):
        parse_since("last tuesday", now)
    delays = {round(next_delay(100, 0.1), 3) for _ in range(50)}
    assert len(delays) > 1 and all(90 <= d <= 110 for d in delays)
