"""The commands ``feeds add|list|remove``, ``run``, ``log`` and their errors, as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from copydesk.cli import main
from copydesk.desk import rewrite
from copydesk.model import Article
from copydesk.render.text import timestamp
from copydesk.store import Store
from newsgen import rss, story


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


@pytest.fixture
def cli(db, monkeypatch):
    monkeypatch.delenv("COPYDESK_DB", raising=False)
    monkeypatch.delenv("COPYDESK_ALLOW_PRIVATE", raising=False)
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None):
        return runner.invoke(main, [*args], env={"COPYDESK_DB": db, **(env or {})}, catch_exceptions=False)

    return invoke


def one_line_error(result, code: int = 2) -> str:
    assert result.exit_code == code, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and " - " in lines[0], result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def test_feeds_add_list_remove(cli):
    added = cli("feeds", "add", "http://127.0.0.1/news/rss.xml", "--name", "Example")
    assert added.exit_code == 0 and added.stdout.strip() == "1"
    cli("feeds", "add", "http://127.0.0.1/other/atom")
    listed = cli("feeds", "list")
    assert listed.exit_code == 0
    lines = listed.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith("#1\tExample\thttp://127.0.0.1/news/rss.xml\tnever run")
    as_json = [json.loads(line) for line in cli("feeds", "list", "--json").stdout.splitlines()]
    assert [f["url"] for f in as_json] == ["http://127.0.0.1/news/rss.xml", "http://127.0.0.1/other/atom"]
    assert cli("feeds", "remove", "1").exit_code == 0
    assert [f["id"] for f in map(json.loads, cli("feeds", "list", "--json").stdout.splitlines())] == [2]


def test_feeds_errors_are_one_line_with_a_fix(cli, tmp_path):
    cli("feeds", "add", "http://127.0.0.1/news/rss.xml")
    assert "already added as #1" in one_line_error(cli("feeds", "add", "http://127.0.0.1/news/rss.xml"))
    assert "not an http(s) URL" in one_line_error(cli("feeds", "add", "127.0.0.1/news/rss"))
    assert "no feed #9" in one_line_error(cli("feeds", "remove", "9"))
    missing = str(tmp_path / "nope" / "x.db")
    assert "does not exist - create it first" in one_line_error(cli("feeds", "list", "--db", missing), code=1)
    assert not (tmp_path / "nope").exists()


def test_feeds_add_refuses_control_characters_and_cleans_the_name(cli):
    hostile = "http://127.0.0.1:9/feed\x1b]0;pwned\x07.xml"
    error = one_line_error(cli("feeds", "add", hostile))
    assert "spaces or control characters" in error and "\x1b" not in error
    assert "spaces or control characters" in one_line_error(cli("feeds", "add", "http://127.0.0.1:9/a b.xml"))
    assert cli("feeds", "list", "--json").stdout.strip() == ""  # nothing was stored
    added = cli("feeds", "add", "http://127.0.0.1:9/feed.xml", "--name", "Desk\x1b[31m red\x07")
    assert added.exit_code == 0 and "\x1b" not in added.output
    (feed,) = map(json.loads, cli("feeds", "list", "--json").stdout.splitlines())
    assert "\x1b" not in feed["name"] and "\x07" not in feed["name"] and feed["name"].startswith("Desk")


def test_run_without_feeds_says_how_to_add_one(cli):
    assert "feeds add URL" in one_line_error(cli("run", "--quiet"))


def test_run_then_log_in_the_seed_format(cli, site, db):
    (site.root / "f.xml").write_text(rss("f", "http://127.0.0.1/f/", [(f"http://127.0.0.1/f/{i}", story(f"cli{i}")) for i in range(3)]))
    cli("feeds", "add", site.url("/s/f.xml?cond=1"))
    blocked = cli("run")
    assert blocked.exit_code == 1  # no feed could be read
    assert "Warning: feed #1" in blocked.stderr and "failed: every feed failed (1 of 1)" in blocked.stderr
    ran = cli("run", "--force", env={"COPYDESK_ALLOW_PRIVATE": "1"})
    assert ran.exit_code == 0, ran.stderr
    assert "3 new stories" in ran.stderr and "3 rewrites" in ran.stderr and ran.stdout == ""
    quiet = cli("run", "--quiet", "--allow-private")
    assert quiet.exit_code == 0 and quiet.stdout == ""
    assert quiet.stderr.startswith("Run #3 ok: 1 feeds") and quiet.stderr.count("\n") == 1

    log = cli("log")
    assert log.exit_code == 0
    with Store.open(db) as store:
        items = store.list_rewrites(limit=None, oldest_first=True)
    blocks = log.stdout.split("\n\n" + timestamp(items[1].created_at))
    assert log.stdout.startswith(timestamp(items[0].created_at) + ": Here’s a summary")
    assert len(items) == 3 and log.stdout.count("**Summary:**") == 3 and log.stdout.count("**News Article:**") == 3
    assert blocks[0].rstrip().endswith(f"Read More {items[0].sources[0]}")
    positions = [log.stdout.index(f"Read More {i.sources[0]}") for i in items]
    assert positions == sorted(positions)  # oldest first
    assert cli("log", "-n", "1").stdout.count("**Summary:**") == 1


def test_log_since(cli, db):
    import datetime as dt

    with Store.open(db) as store:
        old = rewrite(Article(text=story("old").text, url="http://127.0.0.1/m/old", title="Old"),
                      now=dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.UTC))
        new = rewrite(Article(text=story("new").text, url="http://127.0.0.1/m/new", title="New"),
                      now=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))
        store.save_rewrite(old)
        store.save_rewrite(new)
    assert cli("log").stdout.count("**Summary:**") == 2
    since = cli("log", "--since", "2026-02-01")
    assert since.stdout.count("**Summary:**") == 1 and "Read More http://127.0.0.1/m/new" in since.stdout
    assert "YYYY-MM-DD" in one_line_error(cli("log", "--since", "yesterday-ish"))
    empty = cli("log", "--since", "2030-01-01")
    assert empty.exit_code == 0 and empty.stdout == "" and "No rewrites match" in empty.stderr


def test_watch_rejects_a_bad_interval(cli):
    cli("feeds", "add", "http://127.0.0.1/news/rss.xml")
    assert "30s, 15m or 1h" in one_line_error(cli("watch", "--every", "soon"))


def test_every_store_command_takes_db_and_every_fetching_command_allow_private(cli):
    for command in (["feeds", "add"], ["feeds", "list"], ["feeds", "remove"], ["run"], ["watch"], ["log"], ["export"]):
        text = cli(*command, "-h").stdout
        assert "--db" in text and "COPYDESK_DB" in text, command
    for command in (["run"], ["watch"]):
        text = cli(*command, "-h").stdout
        assert "--allow-private" in text and "COPYDESK_ALLOW_PRIVATE" in text and "--quiet" in text


def test_a_real_subprocess_exits_2_without_a_traceback(tmp_path):
    env = {**os.environ, "COPYDESK_DB": str(tmp_path / "p.db")}
    result = subprocess.run([sys.executable, "-m", "copydesk", "feeds", "remove", "42"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip() == "Error: no feed #42 - see copydesk feeds list"


def _run_on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the real command with its stderr on a pseudo-terminal; return what it drew there."""
    import pty
    import select

    master, slave = pty.openpty()
    proc = subprocess.Popen(args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other end closed: the command is done
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(master)
    assert proc.returncode == 0, out.decode(errors="replace")
    return out.decode("utf-8", errors="replace")


def test_progress_bar_on_a_terminal_and_quiet_silences_it(site, tmp_path):
    (site.root / "f.xml").write_text(rss("f", "http://127.0.0.1/f/", [(f"http://127.0.0.1/f/{i}", story(f"tty{i}")) for i in range(3)]))
    db = str(tmp_path / "tty.db")
    with Store.open(db) as store:
        store.add_feed(site.url("/s/f.xml"))
    env = {**os.environ, "COPYDESK_DB": db, "COPYDESK_ALLOW_PRIVATE": "1", "COLUMNS": "100", "TERM": "xterm"}
    drawn = _run_on_a_terminal([sys.executable, "-m", "copydesk", "run", "--force"], env)
    assert "Rewriting entries" in drawn and "3/3" in drawn
    assert "3 new stories" in drawn
    (site.root / "f.xml").write_text(rss("f", "http://127.0.0.1/f/", [(f"http://127.0.0.1/f/{i}", story(f"tty{i}")) for i in range(5)]))
    quiet = _run_on_a_terminal([sys.executable, "-m", "copydesk", "run", "--quiet"], env)
    assert quiet.strip().startswith("Run #2 ok:") and len(quiet.strip().splitlines()) == 1  # no bar
    with Store.open(db) as store:
        assert store.count_rewrites() == 5
