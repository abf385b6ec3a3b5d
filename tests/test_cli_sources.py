"""Sources and settings every command shares: ``--allow-private[=NETS]`` and
``COPYDESK_ALLOW_PRIVATE`` (a flag or a network list) on every command that fetches and on
the web desk, ``rewrite`` and ``check`` reading the same sources (file, -, URL), the
one-line note on what ``rewrite`` assumed, and ``rewrite --save``.

Only loopback is ever contacted: a network list either lets 127.0.0.1 through or not,
and the guard's decision for other addresses is checked without connecting.
"""

from __future__ import annotations

import json

import httpx
import pytest
from click.testing import CliRunner

from copydesk.cli import main
from copydesk.config import load_settings
from copydesk.errors import BadOption, BlockedAddress
from copydesk.ingest.fetch import check_url
from copydesk.store import Store

PAGE = "/fixtures/server/article.html"

# Our own article: no date anywhere, no wire dateline, one place named in the text.
UNDATED = """The city council of Leeds voted on Tuesday to build a new tram line across the river, council leader Maria Okafor said.
The line will cost 300 million pounds and open in five years, according to the council's plan.
"This is the biggest step for public transport in a generation," Okafor told reporters after the vote.
Opponents said the money should go to buses instead. The vote was 51 to 30.
"""


@pytest.fixture
def run(monkeypatch, tmp_path):
    for name in ("COPYDESK_DB", "COPYDESK_ALLOW_PRIVATE", "COPYDESK_ENGINE", "COPYDESK_FORMAT",
                 "COPYDESK_TOKEN", "COPYDESK_CHECK_FORMAT"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None):
        return runner.invoke(main, [*args], env=env or {}, input=input, catch_exceptions=False)

    return invoke


def refused_by_guard(result) -> bool:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    return (result.exit_code == 2 and len(lines) == 1 and lines[0].startswith("Error: refused to fetch ")
            and "loopback" in lines[0])


# --- --allow-private and COPYDESK_ALLOW_PRIVATE ---------------------------------------------


def test_the_guard_allows_exactly_the_networks_listed():
    from copydesk.config import allow_private_policy

    policy = allow_private_policy("10.0.0.0/8, 192.168.1.0/24")
    assert [str(n) for n in policy] == ["10.0.0.0/8", "192.168.1.0/24"]
    assert str(check_url(httpx.URL("http://10.20.30.40/feed.xml"), policy)) == "10.20.30.40"
    assert str(check_url(httpx.URL("http://192.168.1.7/"), policy)) == "192.168.1.7"
    for refused in ("http://192.168.2.7/", "http://127.0.0.1/", "http://172.16.0.1/"):
        with pytest.raises(BlockedAddress):
            check_url(httpx.URL(refused), policy)
    assert allow_private_policy("1") is True and allow_private_policy("") is False
    with pytest.raises(BadOption, match="not a network"):
        allow_private_policy("10.0.0.0/8,banana")


def test_rewrite_takes_a_network_list_from_the_environment_or_the_option(run, http_server):
    url = http_server.url(PAGE)
    assert refused_by_guard(run("rewrite", url, env={"COPYDESK_ALLOW_PRIVATE": "10.0.0.0/8"}))
    assert refused_by_guard(run("rewrite", url, "--allow-private=10.0.0.0/8"))
    assert refused_by_guard(run("rewrite", "--allow-private", "10.0.0.0/8", url))  # NETS as the next word
    assert refused_by_guard(run("rewrite", url, env={"COPYDESK_ALLOW_PRIVATE": "0"}))
    for args, env in [((url,), {"COPYDESK_ALLOW_PRIVATE": "10.0.0.0/8,127.0.0.0/8"}),
                      ((url,), {"COPYDESK_ALLOW_PRIVATE": "1"}),
                      (("--allow-private=127.0.0.1/32", url), {}),
                      (("--allow-private", url), {}),  # the flag alone: the URL is not its value
                      (("--allow-private", "127.0.0.0/8,::1", url), {}),
                      ((url, "--allow-private"), {})]:
        done = run("rewrite", *args, env=env)
        assert done.exit_code == 0, (args, env, done.stderr)
        assert "**Summary:**" in done.stdout or "Summary" in done.stdout


def test_a_bad_network_list_is_one_line_with_the_fix_on_every_command(run):
    for args in (("rewrite", "x.txt"), ("run",), ("watch",), ("check", "a.txt", "b.txt"), ("serve",)):
        for how in ({"COPYDESK_ALLOW_PRIVATE": "banana"}, None):
            result = run(*args, env=how) if how else run(*args[:1], "--allow-private=banana", *args[1:])
            lines = [line for line in result.stderr.splitlines() if line.strip()]
            assert result.exit_code == 2 and len(lines) == 1, (args, result.stderr)
            assert "'banana' is not a network - use 1 to allow all private addresses" in lines[0], lines


def test_run_and_watch_take_a_network_list(run, tmp_path, site):
    from newsgen import rss, story

    (site.root / "f.xml").write_text(rss("f", "http://127.0.0.1/f/", [("http://127.0.0.1/f/1", story("nets"))]))
    db = str(tmp_path / "n.db")
    run("feeds", "add", site.url("/s/f.xml"), "--db", db)
    refused = run("run", "--db", db, env={"COPYDESK_ALLOW_PRIVATE": "10.0.0.0/8"})
    assert refused.exit_code == 1 and "refused to fetch" in refused.stderr
    ok = run("run", "--db", db, "--force", env={"COPYDESK_ALLOW_PRIVATE": "10.0.0.0/8,127.0.0.0/8"})
    assert ok.exit_code == 0 and "1 new stories" in ok.stderr, ok.stderr


def test_serve_reads_the_network_list_before_anything_else(run):
    result = run("serve", "--host", "0.0.0.0", env={"COPYDESK_ALLOW_PRIVATE": "10.0.0.0/8"})
    assert result.exit_code == 2 and "without a token" in result.stderr  # parsed, then refused to start


@pytest.mark.anyio
@pytest.mark.parametrize(("value", "allowed"), [("127.0.0.0/8", True), ("1", True), ("10.0.0.0/8", False),
                                                ("", False)])
async def test_the_web_desk_honours_the_allow_private_setting(tmp_path, monkeypatch, http_server, value, allowed):
    from copydesk.server import create_app
    from serverkit import client

    monkeypatch.setenv("COPYDESK_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("COPYDESK_ALLOW_PRIVATE", value)
    settings = load_settings()
    assert settings.allow_private == value
    app = create_app(str(tmp_path / "w.db"), settings=settings)
    async with client(app) as c:
        r = await c.post("/api/v1/rewrite", json={"url": http_server.url(PAGE)})
    if allowed:
        assert r.status_code == 201, r.text
    else:
        assert r.status_code == 400 and r.json()["type"] == "BlockedAddress"


def test_the_config_file_may_allow_private_networks(tmp_path, monkeypatch):
    from copydesk.config import allow_private_policy

    monkeypatch.delenv("COPYDESK_ALLOW_PRIVATE", raising=False)
    config = tmp_path / "config.toml"
    monkeypatch.setenv("COPYDESK_CONFIG", str(config))
    config.write_text('allow_private = ["10.0.0.0/8", "127.0.0.1"]\n')
    assert load_settings().allow_private == "10.0.0.0/8,127.0.0.1"
    config.write_text("allow_private = true\n")
    assert allow_private_policy(load_settings().allow_private) is True
    config.write_text('allow_private = "nope"\n')
    with pytest.raises(BadOption, match=r"allow_private \(config file .*not a network"):
        load_settings()


# --- rewrite and check read the same sources -------------------------------------------------


def test_check_reads_a_url_source_like_rewrite_does(run, http_server, tmp_path):
    url = http_server.url(PAGE)
    rewritten = run("rewrite", "--allow-private", url)
    assert rewritten.exit_code == 0, rewritten.stderr
    (tmp_path / "rw.txt").write_text(rewritten.stdout)
    checked = run("check", url, str(tmp_path / "rw.txt"), "--allow-private", "--format", "json")
    assert checked.exit_code == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["ok"] is True and any("night crossings" in s["text"] for s in report["source_sentences"])
    assert refused_by_guard(run("check", url, str(tmp_path / "rw.txt")))
    missing = run("check", http_server.url("/status/404"), str(tmp_path / "rw.txt"), "--allow-private")
    assert missing.exit_code == 2 and "404" in missing.stderr and len(missing.stderr.strip().splitlines()) == 1
    # file and stdin, as before
    (tmp_path / "src.txt").write_text(UNDATED)
    assert run("check", "-", str(tmp_path / "rw.txt"), input=UNDATED).exit_code in (0, 1)


# --- what rewrite assumed ------------------------------------------------------------------


def test_rewrite_says_in_one_line_when_the_date_is_assumed_and_the_place_guessed(run, tmp_path):
    # (no weekday in the text: "voted on Tuesday", told as past, leaves the date out on a run from Saturday to
    # Monday, and this test runs on the real clock)
    (tmp_path / "a.txt").write_text(UNDATED.replace(" on Tuesday", ""))
    guessed = run("rewrite", str(tmp_path / "a.txt"), "--url", "http://127.0.0.1/leeds")
    assert guessed.exit_code == 0
    (note,) = guessed.stderr.strip().splitlines()
    assert note.startswith("Note: date assumed: no publication date found, used the run date ")
    assert "place guessed from the text: Leeds" in note and "--place" in note and "--published" in note
    assert "Note:" not in guessed.stdout
    given = run("rewrite", str(tmp_path / "a.txt"), "--published", "2026-11-24", "--place", "Leeds, United Kingdom")
    assert given.exit_code == 0 and given.stderr == ""
    dated = run("rewrite", str(tmp_path / "a.txt"), "--published", "2026-11-24")
    assert dated.stderr.startswith("Note: place guessed") and "date assumed" not in dated.stderr
    bare = run("rewrite", str(tmp_path / "a.txt"))  # no date and no address: no date, said in the same line
    assert bare.stderr.startswith("Note: date left out: no publication date known, and the text came with no URL")
    assert "--published YYYY-MM-DD (or --published today)" in bare.stderr and "place guessed" in bare.stderr


# --- rewrite --save --------------------------------------------------------------------------


def test_rewrite_save_stores_it_for_log_export_and_the_web_desk(run, tmp_path):
    (tmp_path / "a.txt").write_text(UNDATED)
    db = str(tmp_path / "s.db")
    saved = run("rewrite", str(tmp_path / "a.txt"), "--published", "2026-11-24", "--place", "Leeds, United Kingdom",
                "--save", "--db", db)
    assert saved.exit_code == 0, saved.stderr
    assert saved.stderr.strip() == "Saved as rewrite #1 (see: copydesk log -n 1)"
    again = run("rewrite", str(tmp_path / "a.txt"), "--published", "2026-11-24", "--save",
                env={"COPYDESK_DB": db})
    assert again.stderr.strip().splitlines()[-1].startswith("Saved as rewrite #1")  # the same story: not stored twice
    with Store.open(db) as store:
        (item,) = store.list_rewrites()
    assert item.rewrite.headline in saved.stdout
    log = run("log", "--db", db)
    assert log.exit_code == 0 and item.rewrite.headline in log.stdout
    exported = [json.loads(line) for line in run("export", "--db", db).stdout.splitlines()]
    assert len(exported) == 1
    from fastapi.testclient import TestClient

    from copydesk.config import Settings
    from copydesk.server import create_app

    with TestClient(create_app(db, settings=Settings()), base_url="http://127.0.0.1") as web:
        assert "/rewrites/1" in web.get("/").text and "Leeds" in web.get("/rewrites/1").text
    assert run("rewrite", str(tmp_path / "a.txt"), env={"COPYDESK_DB": db}).exit_code == 0  # no --save: untouched
    with Store.open(db) as store:
        assert store.count_rewrites() == 1


def test_rewrite_save_errors_are_one_line_and_store_nothing(run, tmp_path):
    (tmp_path / "a.txt").write_text(UNDATED)
    lonely = run("rewrite", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.db"))
    assert lonely.exit_code == 2 and lonely.stderr.startswith("Error: --db only says where --save stores")
    assert not (tmp_path / "x.db").exists() and lonely.stdout == ""
    missing = run("rewrite", str(tmp_path / "a.txt"), "--save", "--db", str(tmp_path / "no" / "x.db"))
    assert missing.exit_code == 1 and "does not exist - create it first" in missing.stderr
    assert missing.stdout == ""
    db = str(tmp_path / "ok.db")
    empty = run("rewrite", str(tmp_path / "none.txt"), "--save", "--db", db)
    assert empty.exit_code == 2
    with Store.open(db) as store:
        assert store.count_rewrites() == 0


def test_the_bare_flag_takes_a_network_list_as_its_value_and_nothing_else():
    from copydesk.cli.common import bare_flags

    assert bare_flags(["--allow-private", "10.0.0.0/8,::1", "x.txt"]) == ["--allow-private=10.0.0.0/8,::1", "x.txt"]
    assert bare_flags(["--allow-private", "http://127.0.0.1/a"]) == ["--allow-private=all", "http://127.0.0.1/a"]
    assert bare_flags(["--allow-private", "10.txt"]) == ["--allow-private=all", "10.txt"]
    assert bare_flags(["--allow-private", "10"]) == ["--allow-private=all", "10"]  # a file named 10
    assert bare_flags(["--allow-private"]) == ["--allow-private=all"]
    assert bare_flags(["--", "--allow-private", "10.0.0.0/8"]) == ["--", "--allow-private", "10.0.0.0/8"]
