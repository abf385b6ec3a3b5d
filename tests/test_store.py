"""The store, on a real SQLite file and on a real PostgreSQL server (COPYDESK_TEST_PG_URL)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from copydesk.desk import rewrite as do_rewrite
from copydesk.errors import BadOption, InputError, StoreError
from copydesk.model import Article, RunRecord
from copydesk.store import Store, backoff, fingerprint, resolve_url
from copydesk.store.dedupe import canonical_url
from copydesk.store.migrations import MIGRATIONS, applied

HARBOUR = (
    "The harbour authority in Portsmouth approved a new ferry terminal on Monday after a two-year review. "
    "The terminal will cost 48 million pounds and open in March 2027, officials said. "
    "\"This gives the island a reliable link for the next forty years,\" said council leader Maria Okafor. "
    "Local fishing crews had objected to the first design because it closed two berths. "
    "The approved plan keeps both berths and moves the passenger building 60 metres east. "
    "Construction firm Bellwether Ltd will start work in June, the authority said."
)
LIBRARY = (
    "The city library in Dundee will open on Sundays from next month, the council announced on Friday. "
    "The change adds 6 hours of opening each week and costs 120,000 pounds a year. "
    "\"Families told us weekends are when they can come,\" said librarian Tomas Reid. "
    "Volunteers from the reading club will run a children's hour at 11 a.m. "
    "The council said attendance rose 14 percent after the building was refurbished in 2024."
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url):
    s = Store.open(db_url)
    yield s
    s.close()


def make(text_: str, url: str | None, title: str | None = None, now: dt.datetime | None = None):
    return do_rewrite(Article(text=text_, url=url, title=title), now=now)


# --- opening and migrations ----------------------------------------------------------------


def test_migrations_run_once_in_order(db_url):
    first = Store.open(db_url)
    assert applied(first.engine) == [name for name, _ in MIGRATIONS]
    first.add_feed("http://127.0.0.1/news/feed.xml")
    first.close()
    again = Store.open(db_url)
    assert applied(again.engine) == [name for name, _ in MIGRATIONS]
    assert len(again.list_feeds()) == 1
    again.close()


def test_sqlite_runs_in_wal_mode(tmp_path):
    path = tmp_path / "wal.db"
    Store.open(str(path)).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_open_takes_copydesk_db_env(tmp_path, monkeypatch):
    path = tmp_path / "env.db"
    monkeypatch.setenv("COPYDESK_DB", str(path))
    Store.open().close()
    assert path.exists()
    assert resolve_url("postgresql://u@127.0.0.1/db") == "postgresql+psycopg://u@127.0.0.1/db"
    assert resolve_url(f"sqlite:///{path}") == f"sqlite:///{path}"


@pytest.mark.parametrize("make_bad,needle", [
    (lambda p: str(p / "missing" / "x.db"), "does not exist - create it first"),
    (lambda p: str(p), "is a folder - give a database file path"),
    (lambda p: "nosuchdriver://127.0.0.1/y", "cannot use database URL"),
])
def test_open_bad_paths_give_one_line_errors(tmp_path, make_bad, needle):
    with pytest.raises(StoreError) as err:
        Store.open(make_bad(tmp_path))
    assert needle in str(err.value)
    assert "\n" not in str(err.value) and " - " in str(err.value)


def test_open_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite\n" * 100)
    with pytest.raises(StoreError) as err:
        Store.open(str(path))
    assert "not a database" in str(err.value) and "--db" in str(err.value)


# --- feeds --------------------------------------------------------------------------------


def test_feeds_add_list_remove(store):
    a = store.add_feed("http://127.0.0.1/news/rss", "Example News")
    b = store.add_feed("http://127.0.0.1/other/atom.xml")
    assert [f.id for f in store.list_feeds()] == [a.id, b.id]
    assert store.list_feeds()[0].name == "Example News"
    with pytest.raises(InputError, match=f"already added as #{a.id}"):
        store.add_feed("http://127.0.0.1/news/rss")
    with pytest.raises(BadOption, match="not an http"):
        store.add_feed("ftp://127.0.0.1/news/rss")
    assert store.remove_feed(a.id) is True
    assert store.remove_feed(a.id) is False
    assert [f.id for f in store.list_feeds()] == [b.id]


def test_feed_entries_are_recorded_once_with_validators(store):
    feed = store.add_feed("http://127.0.0.1/news/rss")
    entries = [("id:1", "http://127.0.0.1/news/1", {"entry": {"title": "one"}}),
               ("id:2", "http://127.0.0.1/news/2", {"entry": {"title": "two"}})]
    assert store.feed_fetched(feed.id, entries, etag='"abc"', last_modified="Mon, 01 Jan 2024 00:00:00 GMT") == 2
    assert store.feed_fetched(feed.id, entries + [("id:3", None, {"entry": {}})], etag='"def"',
                              last_modified=None) == 1
    got = store.get_feed(feed.id)
    assert got.etag == '"def"' and got.entries_seen == 3 and got.last_status == "ok"
    assert [p.entry_key for p in store.pending_entries()] == ["id:1", "id:2", "id:3"]


def test_broken_feed_backs_off_exponentially_and_recovers(store):
    feed = store.add_feed("http://127.0.0.1/broken/rss")
    now = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
    first = store.feed_failed(feed.id, "HTTP 500", now=now)
    second = store.feed_failed(feed.id, "HTTP 500", now=now)
    third = store.feed_failed(feed.id, "HTTP 500", now=now)
    assert (first - now, second - now, third - now) == (backoff(1), backoff(2), backoff(3))
    assert backoff(2) == 2 * backoff(1) and backoff(50) == dt.timedelta(hours=24)
    got = store.get_feed(feed.id)
    assert got.error_count == 3 and got.last_error == "HTTP 500" and got.next_try_at == third
    assert store.due_feeds(now) == []
    assert [f.id for f in store.due_feeds(now, force=True)] == [feed.id]
    assert [f.id for f in store.due_feeds(third + dt.timedelta(seconds=1))] == [feed.id]
    store.feed_not_modified(feed.id)
    got = store.get_feed(feed.id)
    assert got.error_count == 0 and got.next_try_at is None and got.last_error is None


def test_entry_failures_retry_then_give_up(store):
    feed = store.add_feed("http://127.0.0.1/news/rss")
    store.feed_fetched(feed.id, [("id:1", None, {"entry": {}}), ("id:2", None, {"entry": {}})],
                       etag=None, last_modified=None)
    one, two = store.pending_entries()
    now = dt.datetime(2026, 12, 1, 16, 0, tzinfo=dt.UTC)
    retry = store.entry_failed(one.id, "timeout", final=False, now=now)
    assert retry == now + dt.timedelta(minutes=10)
    # Backing off: not handed out again until its retry time.
    assert {p.entry_key: p.attempts for p in store.pending_entries(now=now)} == {"id:2": 0}
    assert {p.entry_key: p.attempts for p in store.pending_entries(now=retry)} == {"id:1": 1, "id:2": 0}
    assert store.entry_failed(one.id, "timeout", final=False, now=retry) == retry + dt.timedelta(minutes=20)
    assert store.entry_failed(one.id, "timeout", final=False, now=retry) is None  # out of attempts
    assert store.entry_failed(two.id, "too short to rewrite", final=True) is None
    assert store.pending_entries(now=now + dt.timedelta(days=1)) == []
    assert store.entry_counts() == {"failed": 2}
    failed = store.failed_entries()
    assert [(f.feed_id, f.status, f.attempts, f.error) for f in failed] == [
        (feed.id, "failed", 1, "too short to rewrite"), (feed.id, "failed", 3, "timeout")]


# --- stories, dedupe and rewrites ---------------------------------------------------------


def test_save_and_get_rewrite_round_trip(store):
    rw = make(HARBOUR, "http://127.0.0.1/news/harbour", "Ferry terminal approved")
    rid = store.save_rewrite(rw)
    got = store.get_rewrite(rid)
    assert got.rewrite.to_dict() == rw.to_dict()
    assert got.sources == ["http://127.0.0.1/news/harbour"]
    assert got.created_at == rw.created_at.astimezone(dt.UTC)
    assert store.get_rewrite(rid + 1000) is None


def test_saving_the_same_story_twice_writes_one_rewrite(store):
    first = store.save_rewrite(make(HARBOUR, "http://127.0.0.1/news/harbour"))
    again = store.save_rewrite(make(HARBOUR, "http://127.0.0.1/news/harbour"))
    assert first == again
    assert store.counts()["rewrites"] == 1 and store.counts()["articles"] == 1


def test_same_url_with_tracking_params_is_the_same_story(store):
    a = store.save_rewrite(make(HARBOUR, "http://127.0.0.1/news/harbour"))
    b = store.save_rewrite(make(LIBRARY, "HTTP://127.0.0.1:80/news/harbour/?utm_source=x#top"))
    assert a == b
    assert canonical_url("http://127.0.0.1/news/harbour/?b=2&a=1&fbclid=z") == "http://127.0.0.1/news/harbour?a=1&b=2"


def test_same_text_under_two_urls_is_one_story_with_both_sources(store):
    a = store.save_rewrite(make(HARBOUR, "http://127.0.0.1/news/harbour"))
    b = store.save_rewrite(make("  " + HARBOUR.replace(" ", "  "), "http://127.0.0.1/wire/story/991"))
    assert a == b
    assert store.get_rewrite(a).sources == ["http://127.0.0.1/news/harbour", "http://127.0.0.1/wire/story/991"]


def test_near_duplicate_syndicated_copy_is_one_story(store):
    syndicated = (
        "PORTSMOUTH (Wire) - " + HARBOUR.replace("on Monday", "on Monday evening")
        + " Reporting by Wire staff; editing by the night desk."
    )
    a = store.save_rewrite(make(HARBOUR, "http://127.0.0.1/news/harbour"))
    fp = fingerprint(syndicated, "http://127.0.0.1/syndicate/ferry")
    assert store.find_story(fp) == (store.get_rewrite(a).article_id, "near")
    b = store.save_rewrite(make(syndicated, "http://127.0.0.1/syndicate/ferry"))
    assert a == b
    assert len(store.get_rewrite(a).sources) == 2
    other = store.save_rewrite(make(LIBRARY, "http://127.0.0.1/news/library"))
    assert other != a and store.counts()["articles"] == 2


def test_near_duplicates_are_found_from_a_new_connection(db_url):
    first = Store.open(db_url)
    first.save_rewrite(make(HARBOUR, "http://127.0.0.1/news/harbour"))
    first.close()
    second = Store.open(db_url)
    near = HARBOUR.replace("two-year review", "lengthy two-year review") + " More follows."
    assert second.find_story(fingerprint(near, "http://127.0.0.1/elsewhere/x"))[1] == "near"
    assert second.find_story(fingerprint(LIBRARY, "http://127.0.0.1/elsewhere/y")) is None
    second.close()


def test_commit_story_marks_its_entry_done_in_the_same_transaction(store):
    feed = store.add_feed("http://127.0.0.1/news/rss")
    store.feed_fetched(feed.id, [("id:1", "http://127.0.0.1/news/harbour", {"entry": {}}),
                                 ("id:2", "http://127.0.0.1/mirror/harbour", {"entry": {}})],
                       etag=None, last_modified=None)
    one, two = store.pending_entries()
    rw = make(HARBOUR, "http://127.0.0.1/news/harbour")
    done = store.commit_story(rw.article, fingerprint(HARBOUR, rw.article.url), rw, feed_id=feed.id, entry_id=one.id)
    assert done.outcome == "new" and done.rewrite_id is not None
    dup = store.commit_story(Article(text=HARBOUR, url="http://127.0.0.1/mirror/harbour"),
                             fingerprint(HARBOUR, "http://127.0.0.1/mirror/harbour"), None,
                             feed_id=feed.id, entry_id=two.id)
    assert dup.outcome == "duplicate" and dup.article_id == done.article_id and dup.rewrite_id is None
    assert store.pending_entries() == [] and store.entry_counts() == {"done": 2}
    assert store.get_feed(feed.id).articles_added == 1
    assert store.get_rewrite(done.rewrite_id).feed_id == feed.id


def test_list_count_search_and_since(store):
    t0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    ids = [
        store.save_rewrite(make(HARBOUR, "http://127.0.0.1/news/harbour", now=t0)),
        store.save_rewrite(make(LIBRARY, "http://127.0.0.1/news/library", now=t0 + dt.timedelta(hours=2))),
    ]
    assert [s.id for s in store.list_rewrites()] == ids[::-1]
    assert [s.id for s in store.list_rewrites(oldest_first=True)] == ids
    assert [s.id for s in store.list_rewrites(limit=1, offset=1)] == [ids[0]]
    assert [s.id for s in store.list_rewrites(since=t0 + dt.timedelta(hours=1))] == [ids[1]]
    assert [s.id for s in store.list_rewrites(query="library")] == [ids[1]]
    assert [s.id for s in store.list_rewrites(query="Okafor ferry")] == [ids[0]]
    assert store.count_rewrites() == 2 and store.count_rewrites("Dundee") == 1
    assert store.count_rewrites("zeppelin") == 0
    # Words that are FTS5 syntax are searched as words, never a syntax error.
    assert store.count_rewrites('"AND" OR (NEAR') == 0


def test_runs_are_recorded(store):
    run_id = store.start_run()
    assert store.runs()[0].status == "running" and store.runs()[0].finished_at is None
    record = RunRecord(id=run_id, started_at=store.runs()[0].started_at, status="ok", feeds=3, feeds_failed=1,
                       articles_new=5, rewrites=5, errors=["feed #2: HTTP 500"])
    store.finish_run(run_id, record)
    got = store.runs()[0]
    assert (got.status, got.feeds, got.feeds_failed, got.rewrites, got.errors) == ("ok", 3, 1, 5, ["feed #2: HTTP 500"])
    assert got.finished_at is not None


def test_a_story_stored_after_the_lookup_is_still_found_at_commit(store):
    """The pass looks a story up, rewrites it, then commits; if a copy was stored in
    between (another process), the commit finds it and writes no second rewrite."""
    fp = fingerprint(HARBOUR, "http://127.0.0.1/late/harbour")
    assert store.find_story(fp) is None and fp.checked_at is not None
    first = store.save_rewrite(make(HARBOUR, "http://127.0.0.1/early/harbour"))
    late = make(HARBOUR, "http://127.0.0.1/late/harbour")
    done = store.commit_story(late.article, fp, late)
    assert done.outcome == "duplicate" and done.rewrite_id == first
    assert store.counts()["rewrites"] == 1 and store.counts()["sources"] == 2
